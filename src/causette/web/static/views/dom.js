// DOM helpers. User content only ever goes through text nodes (`text:` or a
// string child): the client never parses HTML from strings.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = v;
    else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
  return el;
}

let uid = 0;
export function nextId(prefix) {
  uid += 1;
  return `${prefix}-${uid}`;
}

/** A polite live region for short announcements (joins, blocks, errors). */
let announcer = null;
export function announce(text) {
  if (!announcer) {
    announcer = h("div", { class: "sr-only", role: "status", "aria-live": "polite" });
    document.body.append(announcer);
  }
  announcer.textContent = "";
  setTimeout(() => { announcer.textContent = text; }, 30);
}

/** A short visible notice at the bottom of the screen (also announced). */
export function toast(text) {
  let box = document.querySelector(".toasts");
  if (!box) {
    box = h("div", { class: "toasts", role: "status", "aria-live": "polite" });
    document.body.append(box);
  }
  const item = h("p", { class: "toast", text });
  box.append(item);
  setTimeout(() => item.remove(), 5000);
}
