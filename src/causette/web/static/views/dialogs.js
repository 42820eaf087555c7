// Modal dialogs on native <dialog>: focus is trapped, Escape closes, and focus
// returns to whatever opened the dialog.
import { api } from "../api.js";
import { errorText, lang, t } from "../i18n.js";
import { h } from "./dom.js";
import { userMeta } from "./conversation.js";

export const REPORT_CATEGORIES = [
  "drugs", "child_safety", "sexual_violence", "ncii", "prostitution",
  "threat", "hate", "doxxing", "sexual", "spam", "other",
];

function openDialog(labelId, ...content) {
  const opener = document.activeElement;
  const close = h("button", { type: "button", class: "dialog-close", "aria-label": t("dialog.close"), text: "×" });
  const dialog = h("dialog", { class: "dialog", "aria-labelledby": labelId }, close, ...content);
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("click", (ev) => { if (ev.target === dialog) dialog.close(); });
  dialog.addEventListener("close", () => {
    dialog.remove();
    if (opener && opener.isConnected && typeof opener.focus === "function") opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** `actions`: { dm(user), block(user), unblock(user), report(user) }; `state`: { me, blocked }. */
export function openProfile(user, actions, state) {
  const self = state.me && state.me.id === user.id;
  const buttons = [];
  if (!self) {
    const dm = h("button", { type: "button", class: "btn btn-primary", text: t("profile.dm") });
    dm.addEventListener("click", () => { dialog.close(); actions.dm(user); });
    const block = h("button", { type: "button", class: "btn btn-secondary", text: state.blocked ? t("profile.unblock") : t("profile.block") });
    block.addEventListener("click", () => { dialog.close(); (state.blocked ? actions.unblock : actions.block)(user); });
    const report = h("button", { type: "button", class: "btn btn-danger", text: t("report.action") });
    report.addEventListener("click", () => { dialog.close(); actions.report(user); });
    if (state.blocked) dm.disabled = true;
    buttons.push(dm, block, report);
  }
  const initial = [...user.pseudonym][0] || "?";
  const dialog = openDialog(
    "profile-title",
    h(
      "div",
      { class: "profile" },
      h("span", { class: `avatar gender-${user.gender || "x"}`, "aria-hidden": "true", text: initial.toUpperCase() }),
      h("h2", { id: "profile-title", class: "profile-name", text: user.pseudonym }),
      h("p", { class: "profile-meta", text: userMeta(user) }),
      self ? h("p", { class: "profile-self", text: t("profile.self") }) : null,
      state.blocked ? h("p", { class: "profile-self", text: t("profile.blocked") }) : null,
      buttons.length ? h("div", { class: "profile-actions" }, buttons) : null,
    ),
  );
  const first = dialog.querySelector(".profile-actions .btn:not([disabled])");
  if (first) first.focus();
  return dialog;
}

/**
 * The « Signaler » dialog. `target`: { user, message?, room? }. `after`: { onFiled(receipt),
 * canBlock, block() }: once filed, the reporter is told the report's number and what comes
 * next, and is offered to block the person (one more tap) when `canBlock`.
 * Posts `{"category", "comment", "user", "room"?, "message_id"?, "dm_id"?, "photo_id"?}` to
 * POST /api/reports (delivered by the reports issue).
 */
export function openReport(target, after = {}) {
  const name = target.user ? target.user.pseudonym : "";
  const choices = REPORT_CATEGORIES.map((c, i) =>
    h(
      "label",
      { class: "choice choice--block", for: `report-cat-${c}` },
      h("input", { type: "radio", name: "category", value: c, id: `report-cat-${c}`, required: i === 0 }),
      h("span", {}, h("strong", { text: t(`cat.${c}`) }), h("small", { text: t(`cat.${c}.hint`) })),
    ),
  );
  const comment = h("textarea", { id: "report-comment", name: "comment", rows: 3, maxlength: 1000 });
  const status = h("p", { class: "form-error", role: "alert", hidden: true });
  const submit = h("button", { type: "submit", class: "btn btn-danger", text: t("report.send") });
  const form = h(
    "form",
    { class: "report-form", novalidate: true },
    h("fieldset", { class: "field field--choice" }, h("legend", { text: t("report.why") }), h("div", { class: "choice-list" }, choices)),
    h("div", { class: "field" }, h("label", { for: "report-comment", text: t("report.comment") }), comment),
    status,
    h("div", { class: "dialog-actions" }, submit),
  );
  const dialog = openDialog(
    "report-title",
    h("h2", { id: "report-title", class: "dialog-title", text: target.message ? t("report.title.message", { name }) : t("report.title.user", { name }) }),
    target.message ? h("blockquote", { class: "report-quote", text: target.message.text || (target.message.photo ? t("report.photo.quote") : "") }) : null,
    h("p", { class: "dialog-lead", text: t("report.lead") }),
    form,
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const category = new FormData(form).get("category");
    if (!category) {
      status.textContent = t("report.pick");
      status.hidden = false;
      choices[0].querySelector("input").focus();
      return;
    }
    const body = { category, comment: comment.value.trim() };
    if (target.user) body.user = target.user.id;
    if (target.room) body.room = target.room;
    if (target.message && target.room) body.message_id = target.message.id;
    if (target.message && target.message.photo) body.photo_id = target.message.photo.id;
    if (target.message && !target.room) body.dm_id = target.message.id;
    submit.disabled = true;
    try {
      const receipt = await api.report(body);
      const ticket = receipt && typeof receipt.ticket === "string" ? receipt.ticket : null;
      if (ticket !== null && after.onFiled) after.onFiled(receipt);
      const ok = h("button", { type: "button", class: "btn btn-primary", onclick: () => dialog.close(), text: t("dialog.ok") });
      const offer = [];
      if (after.canBlock && target.user) {
        const line = h("p", { class: "dialog-lead report-block", text: t("report.block.offer", { name }) });
        const block = h("button", { type: "button", class: "btn btn-secondary", text: t("report.block", { name }) });
        block.addEventListener("click", () => {
          after.block();
          line.textContent = t("block.done", { name });
          block.remove();
          ok.focus();
        });
        offer.push(line, block);
      }
      form.replaceChildren(
        h("p", { class: "form-notice", role: "status", text: ticket !== null ? t("report.done.ticket", { n: ticket }) : t("report.done") }),
        h("p", { class: "dialog-lead", text: t("report.next") }),
        ...offer,
        h("div", { class: "dialog-actions" }, ok),
      );
      ok.focus();
    } catch (e) {
      status.textContent = e.status === 404 || e.status === 405 ? t("report.unavailable") : e.code === "network" ? t("err.network") : errorText(e.code, e.serverMessage);
      status.hidden = false;
      submit.disabled = false;
    }
  });
  return dialog;
}

/**
 * « Contester » a refused message (DSA Art. 20): an optional explanation, posted to
 * POST /api/refusals/{id}/contest; a person from the team looks at the message again.
 * `pending`: the refused message ({ text, contest }). Calls onDone() once sent.
 */
export function openContest(pending, onDone) {
  const why = h("textarea", { id: "contest-text", name: "text", rows: 3, maxlength: 1000 });
  const status = h("p", { class: "form-error", role: "alert", hidden: true });
  const submit = h("button", { type: "submit", class: "btn btn-primary", text: t("contest.send") });
  const form = h(
    "form",
    { class: "contest-form", novalidate: true },
    h("div", { class: "field" }, h("label", { for: "contest-text", text: t("contest.why") }), why),
    status,
    h("div", { class: "dialog-actions" }, submit),
  );
  const dialog = openDialog(
    "contest-title",
    h("h2", { id: "contest-title", class: "dialog-title", text: t("contest.title") }),
    h("blockquote", { class: "report-quote", text: pending.text || "" }),
    h("p", { class: "dialog-lead", text: t("contest.lead") }),
    form,
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    submit.disabled = true;
    try {
      const res = await api.contest(pending.contest, why.value.trim());
      onDone();
      form.replaceChildren(h("p", { class: "form-notice", role: "status", text: (lang === "fr" && res && res.message) || t("contest.done") }), h("div", { class: "dialog-actions" }, h("button", { type: "button", class: "btn btn-primary", onclick: () => dialog.close(), text: t("dialog.ok") })));
      form.querySelector("button").focus();
    } catch (e) {
      if (e.code === "refusal_contested") onDone();
      status.textContent = e.code === "network" ? t("err.network") : errorText(e.code, e.serverMessage);
      status.hidden = false;
      submit.disabled = false;
    }
  });
  return dialog;
}

/** Create a room: name, topic, adult-only (shown to adults only). Calls onCreated(room). */
export function openCreateRoom({ adultAllowed, onCreated }) {
  const nameIn = h("input", { id: "room-new-name", name: "name", required: true, maxlength: 40, autocomplete: "off" });
  const topicIn = h("input", { id: "room-new-topic", name: "topic", maxlength: 200, autocomplete: "off" });
  const adultIn = h("input", { type: "checkbox", id: "room-new-adult", name: "adult" });
  const errs = {
    name: h("p", { class: "field-error", id: "room-new-name-err", hidden: true }),
    topic: h("p", { class: "field-error", id: "room-new-topic-err", hidden: true }),
  };
  const formError = h("p", { class: "form-error", role: "alert", hidden: true });
  const submit = h("button", { type: "submit", class: "btn btn-primary", text: t("create.submit") });
  const form = h(
    "form",
    { novalidate: true },
    h("div", { class: "field" }, h("label", { for: "room-new-name", text: t("create.name") }), nameIn, errs.name),
    h("div", { class: "field" }, h("label", { for: "room-new-topic", text: t("create.topic") }), topicIn, errs.topic),
    adultAllowed
      ? h("div", { class: "field field--check" }, h("label", { class: "check", for: "room-new-adult" }, adultIn, h("span", { text: t("create.adult") })))
      : null,
    formError,
    h("div", { class: "dialog-actions" }, submit),
  );
  const dialog = openDialog("create-title", h("h2", { id: "create-title", class: "dialog-title", text: t("create.title") }), h("p", { class: "dialog-lead", text: t("create.lead") }), form);
  nameIn.focus();
  function setErr(field, input, msg) {
    errs[field].textContent = msg || "";
    errs[field].hidden = !msg;
    if (msg) { input.setAttribute("aria-invalid", "true"); input.setAttribute("aria-describedby", errs[field].id); }
    else { input.removeAttribute("aria-invalid"); input.removeAttribute("aria-describedby"); }
  }
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    setErr("name", nameIn, "");
    setErr("topic", topicIn, "");
    formError.hidden = true;
    const name = nameIn.value.trim();
    if (!name) { setErr("name", nameIn, t("create.missing")); nameIn.focus(); return; }
    submit.disabled = true;
    try {
      const room = await api.createRoom({ name, topic: topicIn.value.trim(), adult: adultIn.checked });
      dialog.close();
      onCreated(room);
    } catch (e) {
      const msg = e.code === "network" ? t("err.network") : errorText(e.code, e.serverMessage);
      const field = e.field === "topic" ? "topic" : e.field === "name" || e.code === "room_name_taken" ? "name" : null;
      if (field) { setErr(field, field === "name" ? nameIn : topicIn, msg); (field === "name" ? nameIn : topicIn).focus(); }
      else { formError.textContent = msg; formError.hidden = false; }
      submit.disabled = false;
    }
  });
  return dialog;
}

/** « Quitter » asks first: ending the session cannot be undone (no account to come back
 * to: the pseudonym is freed, rooms and private conversations are gone). `onQuit()`. */
export function openQuit(onQuit) {
  const stay = h("button", { type: "button", class: "btn btn-secondary", text: t("quit.stay") });
  const quit = h("button", { type: "button", class: "btn btn-danger", text: t("quit.confirm") });
  const dialog = openDialog(
    "quit-title",
    h("h2", { id: "quit-title", class: "dialog-title", text: t("quit.title") }),
    h("p", { class: "dialog-lead", text: t("quit.lead") }),
    h("div", { class: "dialog-actions" }, stay, quit),
  );
  stay.addEventListener("click", () => dialog.close());
  quit.addEventListener("click", () => { dialog.close(); onQuit(); });
  stay.focus();
  return dialog;
}
