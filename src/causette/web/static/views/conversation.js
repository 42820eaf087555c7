// One open conversation (room or private): the message log, the composer with
// its character counter, and for rooms the member list.
import { formatTime, t } from "../i18n.js";
import { CAMERA, h, icon, withLinks } from "./dom.js";

/** "34 ans · femme · 75": age, gender and département (null for minors). */
export function userMeta(user) {
  const parts = [];
  if (user.age) parts.push(t("meta.age", { n: user.age }));
  if (user.gender) parts.push(t(`gender.short.${user.gender}`));
  if (user.department) parts.push(user.department);
  return parts.join(" · ");
}

function charCount(s) {
  return [...s].length;
}

/**
 * `ctx`: { me(), textMax(), send(conv, text), sendPhoto(conv, file, onProgress) -> Promise,
 *   photoUrl(url) -> Promise<blob: URL>, openProfile(user, conv), contest(conv, pending),
 *   reportMessage(conv, msg), loadMore(conv), retry(conv, pending), unblock(userId), isBlocked(userId) }.
 */
export function createConversationView(conv, ctx) {
  const isRoom = conv.kind === "room";
  const titleId = `conv-title-${conv.key.replace(/[^\w-]/g, "_")}`;
  const list = h("ol", { class: "msgs" });
  const pendingList = h("ol", { class: "msgs msgs--pending" });
  const more = h("button", { type: "button", class: "btn btn-ghost btn-more", hidden: true, text: t("conv.more") });
  more.addEventListener("click", () => ctx.loadMore(conv));
  // Where a free session's history stops, a plain word instead of a button that vanishes.
  const limitNote = h("p", { class: "history-limit", hidden: true, tabindex: "-1", text: t("conv.history.premium") });
  const emptyNote = h("p", { class: "conv-empty", text: t(isRoom ? "conv.empty.room" : "conv.empty.dm") });
  const safety = isRoom ? null : h("p", { class: "dm-safety", text: t("conv.dm.safety") });
  const log = h(
    "div",
    { class: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions", tabindex: "0", "aria-labelledby": titleId },
    safety,
    more,
    limitNote,
    emptyNote,
    list,
    pendingList,
  );

  // Composer
  const inputId = `composer-${titleId}`;
  const counterId = `${inputId}-count`;
  const noticeId = `${inputId}-notice`;
  const input = h("textarea", {
    id: inputId,
    class: "composer-input",
    rows: 1,
    placeholder: isRoom ? t("composer.placeholder.room", { name: conv.title }) : t("composer.placeholder.dm", { name: conv.title }),
    "aria-describedby": `${counterId} ${noticeId}`,
    autocomplete: "off",
  });
  const counter = h("span", { class: "composer-count", id: counterId, "aria-live": "off" });
  const sendBtn = h("button", { type: "submit", class: "btn btn-primary composer-send", text: t("composer.send") });
  const notice = h("p", { class: "composer-notice", id: noticeId, role: "status", "aria-live": "polite" });
  // Photos: a labelled file input styled as a button; progress while uploading.
  const fileId = `${inputId}-photo`;
  const fileInput = h("input", {
    type: "file",
    id: fileId,
    class: "sr-only composer-file",
    accept: "image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif",
  });
  const photoBtn = h("label", { class: "btn btn-ghost composer-photo", for: fileId, title: t("photo.add") },
    icon(CAMERA), h("span", { class: "sr-only", text: t("photo.add") }));
  const progress = h("progress", { class: "composer-progress", max: "100", value: "0", hidden: true, "aria-label": t("photo.uploading") });
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = "";
    if (!file || composer.dataset.blocked === "1") return;
    if (file.size > 10_000_000) {
      view.setNotice(t("photo.too_large"), "error");
      return;
    }
    progress.hidden = false;
    progress.value = 0;
    view.setNotice(t("photo.uploading"));
    try {
      await ctx.sendPhoto(conv, file, (fraction) => { progress.value = Math.round(fraction * 100); });
    } finally {
      progress.hidden = true;
    }
  });
  const blockedBar = h("div", { class: "blocked-bar", hidden: true });
  // A minor's helpline pointer (`safety_3018`): it stays until closed, where a composer
  // notice would be replaced at once by the "held" notice of the same message.
  const safetyText = h("p", { class: "safety-note-text" });
  const safetyClose = h("button", { type: "button", class: "btn btn-ghost safety-note-close", text: t("dialog.close") });
  const safetyBar = h(
    "div",
    { class: "safety-note", role: "note", "aria-label": t("safety.label"), hidden: true },
    safetyText,
    h("p", { class: "safety-note-actions" },
      h("a", { class: "btn btn-ghost", href: "tel:3018", text: t("safety.call") }),
      safetyClose),
  );
  safetyClose.addEventListener("click", () => { safetyBar.hidden = true; input.focus(); });
  // Private conversations: whether images come from people one never wrote to.
  const prefsId = `${inputId}-strangers`;
  const prefsBox = isRoom ? null : h("input", { type: "checkbox", id: prefsId, class: "prefs-strangers" });
  if (prefsBox) {
    prefsBox.checked = ctx.imagesFromStrangers ? ctx.imagesFromStrangers() !== false : true;
    prefsBox.addEventListener("change", () => ctx.setImagesFromStrangers(prefsBox.checked));
  }
  const composer = h(
    "form",
    { class: "composer", novalidate: true },
    h("label", { class: "sr-only", for: inputId, text: t("composer.label") }),
    h("div", { class: "composer-row" }, fileInput, photoBtn, input, sendBtn),
    progress,
    h("div", { class: "composer-foot" }, notice, counter),
    prefsBox ? h("div", { class: "composer-prefs" }, prefsBox, h("label", { for: prefsId, text: t("photo.prefs.strangers") })) : null,
  );

  function updateCounter() {
    const n = charCount(input.value);
    const max = ctx.textMax();
    counter.textContent = t("composer.count", { n, max });
    const over = n > max;
    counter.classList.toggle("composer-count--near", n > max * 0.9 && !over);
    counter.classList.toggle("composer-count--over", over);
    if (over) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
    sendBtn.disabled = over || n === 0 || !input.value.trim() || composer.dataset.blocked === "1";
    input.style.height = "auto";
    input.style.height = `${Math.min(input.scrollHeight, 160)}px`;
  }

  function submit() {
    const text = input.value.trim();
    if (!text || charCount(text) > ctx.textMax() || composer.dataset.blocked === "1") return;
    ctx.send(conv, text);
    input.value = "";
    updateCounter();
    scrollToBottom();
  }

  composer.addEventListener("submit", (ev) => {
    ev.preventDefault();
    submit();
  });
  input.addEventListener("input", updateCounter);
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      submit();
    }
  });

  // Header
  const membersBtn = isRoom
    ? h("button", { type: "button", class: "btn btn-ghost members-toggle", "aria-expanded": "false", "aria-controls": `${titleId}-members` })
    : null;
  const peerMeta = h("p", { class: "conv-topic" });
  const titleText = document.createTextNode(conv.title);
  const roomTopic = isRoom ? h("p", { class: "conv-topic", text: conv.topic || "" }) : null;
  const peerAvatar = isRoom ? null : h("span", { class: "avatar avatar--small", "aria-hidden": "true", text: ([...conv.title][0] || "?").toUpperCase() });
  const head = h(
    "header",
    { class: "conv-head" },
    peerAvatar,
    h(
      "div",
      { class: "conv-head-text" },
      h("h1", { id: titleId, class: "conv-title", tabindex: "-1" }, isRoom ? null : h("span", { class: "conv-title-kind", text: t("conv.dm.prefix") }), titleText),
      isRoom ? roomTopic : peerMeta,
    ),
    isRoom
      ? membersBtn
      : h("button", { type: "button", class: "btn btn-ghost", onclick: () => conv.peer && ctx.openProfile(conv.peer, conv), text: t("conv.profile") }),
  );

  // Members
  const memberList = h("ul", { class: "member-list" });
  const members = isRoom
    ? h("aside", { class: "members", id: `${titleId}-members`, "aria-label": t("members.title") }, h("h2", { class: "members-title", text: t("members.title") }), memberList)
    : null;
  function setMembersOpen(open) {
    membersBtn.setAttribute("aria-expanded", String(open));
    members.classList.toggle("members--open", open);
  }
  if (membersBtn) {
    membersBtn.addEventListener("click", () => {
      const open = membersBtn.getAttribute("aria-expanded") !== "true";
      setMembersOpen(open);
      if (open) { const first = members.querySelector("button"); if (first) first.focus(); }
    });
    // On narrow screens the list is an overlay: Escape closes it.
    members.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape" && members.classList.contains("members--open")) {
        setMembersOpen(false);
        membersBtn.focus();
      }
    });
  }

  const el = h(
    "section",
    { class: `conv conv--${conv.kind}`, "aria-labelledby": titleId },
    head,
    h("div", { class: "conv-body" }, h("div", { class: "conv-main" }, log, safetyBar, blockedBar, composer), members),
  );

  function nearBottom() {
    return log.scrollHeight - log.scrollTop - log.clientHeight < 80;
  }
  // Stay pinned to the newest message when the log resizes (rotation, on-screen
  // keyboard, window resize) if the reader was at the bottom.
  let pinned = true;
  log.addEventListener("scroll", () => { pinned = nearBottom(); }, { passive: true });
  if (typeof ResizeObserver === "function") {
    new ResizeObserver(() => { if (pinned) log.scrollTop = log.scrollHeight; }).observe(log);
  }
  function scrollToBottom() {
    log.scrollTop = log.scrollHeight;
  }

  function messageEl(msg, state) {
    const me = ctx.me();
    const mine = msg.from && me && msg.from.id === me.id;
    const author = h("button", { type: "button", class: "msg-author", text: msg.from ? msg.from.pseudonym : "?" });
    author.addEventListener("click", () => msg.from && ctx.openProfile(msg.from, conv));
    const head = h("div", { class: "msg-head" }, author, msg.from ? h("span", { class: "msg-meta", text: userMeta(msg.from) }) : null);
    const foot = h(
      "div",
      { class: "msg-foot" },
      msg.ts ? h("time", { class: "msg-time", datetime: new Date(msg.ts * 1000).toISOString(), text: formatTime(msg.ts) }) : null,
    );
    const body = h("p", { class: "msg-text", text: msg.text });
    const li = h("li", { class: `msg${mine ? " msg--mine" : ""}${state ? ` msg--${state.kind}` : ""}`, "data-key": msg.key || "" }, head, foot, body);
    if (msg.photo) li.append(photoEl(msg, mine));
    if (msg.late) li.append(h("p", { class: "msg-status", text: t("msg.late") }));
    if (state) {
      const status = h("p", { class: "msg-status", text: state.label });
      if (state.retry) {
        const retry = h("button", { type: "button", class: "link-btn", text: t("msg.retry") });
        retry.addEventListener("click", () => ctx.retry(conv, state.pending));
        status.append(" ", retry);
      }
      if (state.contest) {
        const contest = h("button", { type: "button", class: "link-btn msg-contest", text: t("msg.contest") });
        contest.addEventListener("click", () => ctx.contest(conv, state.pending));
        status.append(" ", contest);
      }
      li.append(status);
    } else if (!mine && msg.from) {
      const label = msg.photo ? "report.photo.label" : "report.message.label";
      const report = h("button", { type: "button", class: "msg-report", text: t("report.action"), "aria-label": t(label, { name: msg.from.pseudonym }) });
      report.addEventListener("click", () => ctx.reportMessage(conv, msg));
      foot.append(report);
    }
    return li;
  }

  /** A photo: blurred until the reader taps "Afficher" when the server says so. */
  function photoEl(msg, mine) {
    const name = msg.from ? msg.from.pseudonym : "?";
    const img = h("img", { class: "photo-img", alt: t("photo.alt", { name }), decoding: "async" });
    const blurred = Boolean(msg.photo.blur) && !mine;
    const fig = h("figure", { class: `photo${blurred ? " photo--blurred" : ""}` }, img);
    if (blurred) {
      // « Afficher » unblurs and becomes « Masquer » (focus stays on it): the note that
      // says the image is blurred goes with the blur.
      const reveal = h("button", { type: "button", class: "btn photo-reveal", text: t("photo.reveal"), "aria-label": t("photo.reveal.label", { name }), "aria-pressed": "false" });
      const note = h("p", { class: "photo-note", text: t("photo.blurred") });
      reveal.addEventListener("click", () => {
        const shown = fig.classList.toggle("photo--blurred") === false;
        note.hidden = shown;
        reveal.textContent = shown ? t("photo.hide") : t("photo.reveal");
        reveal.setAttribute("aria-label", t(shown ? "photo.hide.label" : "photo.reveal.label", { name }));
        reveal.setAttribute("aria-pressed", shown ? "true" : "false");
        reveal.classList.toggle("photo-reveal--shown", shown);
      });
      fig.append(note, reveal);
    }
    ctx.photoUrl(msg.photo.url).then(
      (src) => { img.src = src; },
      () => { fig.replaceChildren(h("p", { class: "photo-note", text: t("photo.gone") })); },
    );
    return fig;
  }

  function refreshEmpty() {
    emptyNote.hidden = conv.messages.length + conv.pending.length > 0;
    const pressed = document.activeElement === more;
    more.hidden = !isRoom || conv.historyComplete || conv.messages.length === 0;
    limitNote.hidden = !isRoom || !conv.historyLimited || conv.messages.length === 0;
    // The button just pressed is gone: keep the reader's focus on what took its place.
    if (pressed && more.hidden && !limitNote.hidden) limitNote.focus({ preventScroll: true });
  }

  const view = {
    el,
    conv,
    input,
    addMessage(msg, index) {
      const stick = nearBottom();
      const node = messageEl(msg, null);
      msg.el = node;
      const next = conv.messages[index + 1];
      if (next && next.el && next.el.parentNode === list) list.insertBefore(node, next.el);
      else list.append(node);
      refreshEmpty();
      if (stick && index === conv.messages.length - 1) scrollToBottom();
    },
    prependedBatch(anchorHeight) {
      // Keep the reader's place after older messages were inserted above.
      log.scrollTop += log.scrollHeight - anchorHeight;
    },
    scrollHeight: () => log.scrollHeight,
    removeMessage(msg) {
      if (msg.el) msg.el.remove();
      refreshEmpty();
    },
    renderPending() {
      pendingList.replaceChildren(
        ...conv.pending.map((p) => {
          const node = messageEl({ from: ctx.me(), text: p.photo && !p.text ? t("photo.pending") : p.text, ts: p.ts }, { kind: p.state, label: p.contested ? t("msg.state.contested") : t(`msg.state.${p.state}`), retry: p.state === "failed", contest: p.state === "rejected" && p.contest !== undefined && !p.contested, pending: p });
          return node;
        }),
      );
      refreshEmpty();
      scrollToBottom();
    },
    setMembers() {
      if (!isRoom) return;
      const me = ctx.me();
      const sorted = [...conv.members.values()].sort((a, b) => a.pseudonym.localeCompare(b.pseudonym, "fr", { sensitivity: "base" }));
      memberList.replaceChildren(
        ...sorted.map((u) => {
          const btn = h(
            "button",
            { type: "button", class: `member gender-${u.gender || "x"}` },
            h("span", { class: "member-dot", "aria-hidden": "true" }),
            h("span", { class: "member-name", text: u.pseudonym }),
            me && u.id === me.id ? h("span", { class: "member-you", text: t("members.you") }) : null,
            ctx.isBlocked(u.id) ? h("span", { class: "member-you", text: t("members.blocked") }) : null,
            h("span", { class: "member-meta", text: userMeta(u) }),
          );
          btn.addEventListener("click", () => ctx.openProfile(u, conv));
          return h("li", {}, btn);
        }),
      );
      membersBtn.textContent = t("members.toggle", { n: conv.members.size });
    },
    setTitle(title, topic) {
      conv.title = title;
      titleText.data = title;
      if (roomTopic) { conv.topic = topic || ""; roomTopic.textContent = conv.topic; }
      input.placeholder = isRoom ? t("composer.placeholder.room", { name: title }) : t("composer.placeholder.dm", { name: title });
    },
    setPrefs(allowed) {
      if (prefsBox) prefsBox.checked = Boolean(allowed);
    },
    setTopic() {
      if (!isRoom && conv.peer) {
        peerMeta.textContent = userMeta(conv.peer);
        peerAvatar.className = `avatar avatar--small gender-${conv.peer.gender || "x"}`;
      }
    },
    showSafety(text) {
      safetyText.textContent = text || t("safety.default");
      safetyBar.hidden = false;
      scrollToBottom();
    },
    setNotice(text, kind = "info") {
      notice.replaceChildren(...withLinks(text));
      notice.className = `composer-notice composer-notice--${kind}`;
    },
    setBlocked(blocked) {
      composer.dataset.blocked = blocked ? "1" : "0";
      input.disabled = Boolean(blocked);
      blockedBar.hidden = !blocked;
      if (blocked) {
        const unblock = h("button", { type: "button", class: "btn btn-ghost", text: t("profile.unblock") });
        unblock.addEventListener("click", () => ctx.unblock(conv.id));
        blockedBar.replaceChildren(h("span", { text: t("conv.blocked") }), unblock);
      }
      updateCounter();
    },
    setClosed() {
      view.setNotice(t("conv.closed"), "error");
      input.disabled = true;
    },
    focus() {
      if (!input.disabled && window.matchMedia("(min-width: 700px)").matches) input.focus();
      else el.querySelector(".conv-title").focus();
    },
    atBottom: nearBottom,
    scrollToBottom,
    refreshCounter: updateCounter,
    refreshEmpty,
  };
  updateCounter();
  view.setMembers();
  view.setTopic();
  refreshEmpty();
  return view;
}
