// DOM helpers. User content only ever goes through text nodes (`text:` or a
// string child): the client never parses HTML from strings.

import { lang, switchLang, t } from "../i18n.js";

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

const SVG_NS = "http://www.w3.org/2000/svg";

/** A decorative line icon drawn in the current text colour (no emoji font needed:
 * a machine without one shows an empty box for "📷"). `paths`: SVG path data, 24×24. */
export function icon(paths) {
  const svg = document.createElementNS(SVG_NS, "svg");
  for (const [k, v] of Object.entries({ viewBox: "0 0 24 24", width: "22", height: "22", fill: "none",
    stroke: "currentColor", "stroke-width": "2", "stroke-linecap": "round", "stroke-linejoin": "round",
    "aria-hidden": "true", focusable: "false", class: "icon" })) svg.setAttribute(k, v);
  for (const d of paths) {
    const path = document.createElementNS(SVG_NS, "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}

export const CAMERA = [
  "M4 8h3l2-3h6l2 3h3a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1z",
  "M12 16.5a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z",
];

// A statement of reasons' address inside a server message ("Motifs et recours :
// https://site/sanctions/s_…?token=…"; a bare path from a server before 2026-12), or
// the page of the decision on a report (https://site/reports/R-2026-000123?token=…).
const STATEMENT_LINK = /((?:https?:\/\/[^\s/]+)?\/(?:sanctions\/[A-Za-z0-9_-]+|reports\/[A-Za-z0-9-]+)\?token=[A-Za-z0-9_-]+)/;

/** `text` as nodes, a statement of reasons' address made a link (opened in a new tab,
 * so that the conversation stays). Only for the server's own messages. */
export function withLinks(text) {
  const parts = String(text || "").split(STATEMENT_LINK);
  return parts.map((part, i) =>
    i % 2 === 1 ? h("a", { href: part, target: "_blank", rel: "noopener", class: "statement-link", text: part }) : part,
  ).filter((part) => part !== "");
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
export function toast(text, { sticky = false } = {}) {
  let box = document.querySelector(".toasts");
  if (!box) {
    box = h("div", { class: "toasts", role: "status", "aria-live": "polite" });
    document.body.append(box);
  }
  const item = h("p", { class: "toast" }, withLinks(text));
  box.append(item);
  // A sticky one (a moderation decision with its link) stays until the link is used
  // or the notice is closed.
  if (sticky) {
    item.append(" ", h("button", { type: "button", class: "link-btn toast-close", text: t("dialog.close"), onclick: () => item.remove() }));
  } else {
    setTimeout(() => item.remove(), 5000);
  }
}

/** The switch to the other language, named in that language (« English », « Français »). */
export function langSwitch() {
  const other = lang === "fr" ? "en" : "fr";
  return h("button", { type: "button", class: "link-btn lang-switch", lang: other, onclick: () => switchLang(other), text: t("lang.switch") });
}
