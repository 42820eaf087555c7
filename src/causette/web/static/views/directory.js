// The room directory: official and user rooms, filters, search, create.
import { t } from "../i18n.js";
import { h, langSwitch } from "./dom.js";

function fold(s) {
  return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/**
 * `ctx`: { onJoin(roomId), onCreate(), isOpen(roomId), joinLabel(roomId) }.
 * Returns { el, setRooms(rooms), refreshButtons(), focus() }.
 */
export function createDirectory(ctx) {
  let rooms = [];
  const search = h("input", { type: "search", id: "dir-search", autocomplete: "off", placeholder: t("dir.search.placeholder") });
  const theme = h("select", { id: "dir-theme" });
  const region = h("select", { id: "dir-region" });
  const adult = h("input", { type: "checkbox", id: "dir-adult" });
  const adultBox = h("label", { class: "check check--inline", for: "dir-adult" }, adult, h("span", { text: t("dir.adult") }));
  const count = h("p", { class: "dir-count", role: "status" });
  const official = h("ul", { class: "room-grid", "aria-labelledby": "dir-official" });
  const mine = h("ul", { class: "room-grid", "aria-labelledby": "dir-users" });
  const officialSection = h("section", { class: "dir-section" }, h("h2", { id: "dir-official", text: t("dir.official") }), official);
  const usersSection = h("section", { class: "dir-section" }, h("h2", { id: "dir-users", text: t("dir.users") }), mine);
  const empty = h("p", { class: "dir-empty", hidden: true, text: t("dir.empty") });
  const buttons = new Map();
  const whyOf = new WeakMap(); // join button -> the line saying why it waits
  // The 15-17 space, said plainly: who they meet, who cannot reach them, where to call.
  const teenNote = h(
    "aside",
    { class: "safety-note teen-note", role: "note", "aria-labelledby": "teen-note-title", hidden: true },
    h("p", { class: "safety-note-text", id: "teen-note-title", text: t("teen.title") }),
    h("p", { class: "teen-note-body", text: t("teen.body") }),
    h("p", { class: "safety-note-actions" }, h("a", { class: "btn btn-ghost", href: "tel:3018", text: t("safety.call") }), h("a", { class: "teen-note-link", href: "/regles#mineurs", text: t("teen.rules") })),
  );

  const el = h(
    "section",
    { class: "dir", "aria-labelledby": "dir-title" },
    h(
      "header",
      { class: "dir-head" },
      h("div", {}, h("h1", { id: "dir-title", tabindex: "-1", text: t("dir.title") }), h("p", { class: "dir-sub", text: t("dir.subtitle") })),
      h("button", { type: "button", class: "btn btn-secondary", onclick: () => ctx.onCreate(), text: t("dir.create") }),
    ),
    teenNote,
    h(
      "div",
      { class: "filters", role: "search" },
      h("div", { class: "filter filter--search" }, h("label", { for: "dir-search", text: t("dir.search") }), search),
      h("div", { class: "filter" }, h("label", { for: "dir-theme", text: t("dir.theme") }), theme),
      h("div", { class: "filter" }, h("label", { for: "dir-region", text: t("dir.region") }), region),
      adultBox,
    ),
    count,
    officialSection,
    usersSection,
    empty,
    h(
      "footer",
      { class: "dir-footer" },
      h("a", { href: "/regles", text: t("entry.footer.rules") }),
      h("span", { "aria-hidden": "true", text: "·" }),
      langSwitch(),
    ),
  );

  for (const c of [search, theme, region, adult]) c.addEventListener("input", render);

  function fillSelect(select, values, allLabel) {
    const keep = select.value;
    select.replaceChildren(h("option", { value: "", text: allLabel }), values.map((v) => h("option", { value: v, text: v })));
    select.value = values.includes(keep) ? keep : "";
  }

  function card(room) {
    const btn = h("button", { type: "button", class: "btn btn-primary btn-join", "data-room": room.id });
    btn.addEventListener("click", () => ctx.onJoin(room.id));
    // Why « Patientez 10 s »: shown under the button once pressed (a phone has no tooltip).
    const why = h("p", { class: "join-why", hidden: true, text: t("dir.wait.why") });
    whyOf.set(btn, why);
    buttons.set(room.id, btn);
    const nameId = `room-name-${room.id}`;
    btn.dataset.name = room.name;
    const tags = [];
    if (room.kind === "adult") tags.push(h("span", { class: "tag tag--adult", text: t("dir.tag.adult") }));
    if (room.theme) tags.push(h("span", { class: "tag", text: room.theme }));
    if (room.region) tags.push(h("span", { class: "tag tag--region", text: room.region }));
    return h(
      "li",
      { class: "room-card" },
      h("div", { class: "room-card-top" }, h("h3", { class: "room-name", id: nameId, text: room.name }), h("span", { class: `room-members${room.members ? "" : " room-members--empty"}`, text: t("members.count", { n: room.members || 0 }) })),
      room.topic ? h("p", { class: "room-topic", text: room.topic }) : null,
      tags.length ? h("p", { class: "room-tags" }, tags) : null,
      btn,
      why,
    );
  }

  function render() {
    const q = fold(search.value.trim());
    const list = rooms.filter((r) =>
      (!q || fold(`${r.name} ${r.topic} ${r.theme} ${r.region}`).includes(q)) &&
      (!theme.value || r.theme === theme.value) &&
      (!region.value || r.region === region.value) &&
      (!adult.checked || r.kind === "adult"),
    );
    buttons.clear();
    const off = list.filter((r) => r.official !== false);
    const usr = list.filter((r) => r.official === false);
    official.replaceChildren(...off.map(card));
    mine.replaceChildren(...usr.map(card));
    officialSection.hidden = off.length === 0;
    usersSection.hidden = usr.length === 0;
    empty.hidden = list.length > 0;
    count.textContent = t("dir.count", { n: list.length });
    refreshButtons();
  }

  function refreshButtons() {
    for (const [id, btn] of buttons) {
      const label = ctx.joinLabel(id);
      btn.textContent = label.text;
      // Each button says which room it opens (« Entrer, Paris »): a screen reader's list
      // of buttons would otherwise read « Entrer » twenty times.
      btn.setAttribute("aria-label", t("dir.join.label", { action: label.text, name: btn.dataset.name }));
      btn.classList.toggle("btn-wait", label.waiting);
      btn.classList.toggle("btn-open", Boolean(label.open));
      // The wait between two joins says what it is for: on hover, to a screen reader,
      // and in a line under the button once pressed.
      if (label.pause) {
        btn.title = t("dir.wait.why");
        btn.setAttribute("aria-description", t("dir.wait.why"));
      } else {
        btn.removeAttribute("title");
        btn.removeAttribute("aria-description");
      }
      whyOf.get(btn).hidden = !(label.pause && label.queued);
    }
  }

  return {
    el,
    setRooms(next) {
      // Busiest first, the general room ahead of equals, then by name.
      const general = (r) => (r.theme === "général" ? 0 : 1);
      rooms = next.slice().sort((a, b) => (b.members || 0) - (a.members || 0) || general(a) - general(b) || a.name.localeCompare(b.name, "fr"));
      const themes = [...new Set(rooms.map((r) => r.theme).filter(Boolean))].sort((a, b) => a.localeCompare(b, "fr"));
      const regions = [...new Set(rooms.map((r) => r.region).filter(Boolean))].sort((a, b) => a.localeCompare(b, "fr"));
      fillSelect(theme, themes, t("dir.theme.all"));
      fillSelect(region, regions, t("dir.region.all"));
      adultBox.hidden = !rooms.some((r) => r.kind === "adult");
      render();
    },
    refreshButtons,
    /** Show the 15-17 space's note when `minor`. */
    setMinor(minor) { teenNote.hidden = !minor; },
    focus() { el.querySelector("#dir-title").focus(); },
  };
}
