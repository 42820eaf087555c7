// Causette web client: entry page, then the chat shell (tabs, room directory,
// conversations) driven by one WebSocket link. See docs/client.md.
import { api, session } from "./api.js";
import { errorText, lang, pickLang, savedLang, setLang, t } from "./i18n.js";
import { Link } from "./socket.js";
import { Conversation } from "./store.js";
import { announce, h, toast } from "./views/dom.js";
import { renderEntry } from "./views/entry.js";
import { createDirectory } from "./views/directory.js";
import { createConversationView, userMeta } from "./views/conversation.js";
import { openContest, openCreateRoom, openProfile, openQuit, openReport } from "./views/dialogs.js";
import { checkReports, followReport, forgetReports, reportDecided } from "./followup.js";

setLang(savedLang() || pickLang(navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language]));
const root = document.getElementById("app");
const DIR = "dir";
const OPEN_KEY = "causette.open"; // open rooms and last ids, so a reload picks up where it was
const RESTORE_BACK = 50; // on reload, replay this many ids back to refill each conversation
const DM_AHEAD_MAX = 200; // DM numbers seen past a gap before the gap is given up as empty

function readOpen() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(OPEN_KEY) || "null");
    return saved && typeof saved === "object" && saved.rooms && typeof saved.rooms === "object" ? saved : null;
  } catch {
    return null;
  }
}

class Chat {
  constructor(user) {
    this.me = user || null;
    this.premium = false;
    this.limits = { text_max: 1000, join_wait: 5 };
    this.entries = new Map(); // conversation key -> { conv, view }
    this.active = DIR;
    this.blocked = new Set();
    this.rooms = new Map();
    this.refSeq = 0;
    this.inflight = new Map(); // ref -> pending (insertion order = send order)
    // DM inbox numbers: every number up to dmLast has been seen (what a resume asks after);
    // dmAhead holds numbers seen past a gap. With several nodes, a DM received through the
    // broker can arrive after the ack of a later DM this tab sent: resuming from the
    // highest number seen would skip it.
    this.dmLast = 0;
    this.dmAhead = new Set();
    this.helloSeen = false;
    this.joinUntil = 0;
    this.pendingJoin = null;
    this.queuedJoin = null;
    this.rejoin = []; // rooms a resume could not restore without the join wait: joined in turn
    this.rejoining = new Set();
    this.joinTimer = null;
    // A reloaded page (token but no user yet) resumes the rooms it had open.
    this.restore = user ? null : readOpen();
    this.saveTimer = null;
    this.buildShell();
    this.link = new Link({
      token: session.token,
      onFrame: (f) => this.onFrame(f),
      onReady: (info) => this.onReady(info),
      onAuthFailed: () => this.end(t("entry.expired")),
      onState: (s) => this.onLinkState(s),
      resumeState: () => this.resumeState(),
      resumeFirst: () => Boolean(this.restore && (Object.keys(this.restore.rooms).length || this.restore.dmLast)),
      checkToken: () => api.me().then(() => true, (e) => (e.status === 401 ? false : true)),
    });
    this.link.start();
    this.loadRooms();
    this.roomTimer = setInterval(() => { if (this.active === DIR && !document.hidden) this.loadRooms(); }, 30000);
    this.onVisible = () => { if (!document.hidden) this.markRead(this.active); };
    document.addEventListener("visibilitychange", this.onVisible);
  }

  // ---- shell -------------------------------------------------------------
  buildShell() {
    this.connPill = h("p", { class: "conn conn--connecting", role: "status" }, h("span", { class: "conn-dot", "aria-hidden": "true" }), h("span", { class: "conn-text", text: t("conn.connecting") }));
    this.meChip = h("p", { class: "me-chip" });
    const quit = h("button", { type: "button", class: "btn btn-ghost btn-quit", text: t("shell.quit") });
    quit.addEventListener("click", () => openQuit(() => this.quit()));
    this.roomTabs = h("ul", { class: "tab-list", "aria-labelledby": "tabs-rooms" });
    this.dmTabs = h("ul", { class: "tab-list", "aria-labelledby": "tabs-dms" });
    this.dirTab = h("button", { type: "button", class: "tab tab--dir", "data-key": DIR }, h("span", { class: "tab-label", text: t("tabs.directory") }));
    this.dirTab.addEventListener("click", () => this.activate(DIR));
    this.dmHeading = h("h2", { class: "tabs-heading", id: "tabs-dms", text: t("tabs.dms") });
    this.roomHeading = h("h2", { class: "tabs-heading", id: "tabs-rooms", text: t("tabs.rooms") });
    this.nav = h("nav", { class: "tabs", "aria-label": t("tabs.label") }, this.dirTab, this.roomHeading, this.roomTabs, this.dmHeading, this.dmTabs);
    this.main = h("main", { id: "main", class: "main" });
    this.directory = createDirectory({
      onJoin: (id) => this.requestJoin(id),
      onCreate: () => openCreateRoom({ adultAllowed: !this.me || this.me.age >= 18, onCreated: (room) => { this.loadRooms(); this.requestJoin(room.id, room); } }),
      joinLabel: (id) => this.joinLabel(id),
    });
    this.main.append(this.directory.el);
    root.replaceChildren(
      h("a", { class: "skip-link", href: "#main", text: t("shell.skip") }),
      h(
        "div",
        { class: "shell" },
        h("header", { class: "topbar" }, h("p", { class: "brand" }, h("span", { class: "brand-mark", "aria-hidden": "true" }), "Causette"), this.connPill, this.meChip, quit),
        this.nav,
        this.main,
      ),
    );
    this.renderMe();
    this.renderTabs();
    this.updateTitle();
  }

  renderMe() {
    if (!this.me) return;
    this.directory.setMinor(this.me.age < 18);
    this.meChip.replaceChildren(h("span", { class: "me-name", text: this.me.pseudonym }), h("span", { class: "me-meta", text: userMeta(this.me) }));
  }

  onLinkState(state) {
    this.connPill.className = `conn conn--${state}`;
    this.connPill.querySelector(".conn-text").textContent = t(`conn.${state}`);
    if (state !== "open") {
      // Replies to frames sent on the old socket will never come.
      for (const p of this.inflight.values()) p.state = "unsure";
      this.inflight.clear();
      this.pendingJoin = null;
    }
  }

  renderTabs() {
    const focusedKey = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.key : null;
    const make = (entry) => {
      const { conv } = entry;
      const btn = h("button", { type: "button", class: `tab tab--${conv.kind}`, "data-key": conv.key }, h("span", { class: "tab-label", text: conv.title }));
      if (conv.unread > 0) btn.append(h("span", { class: "badge", text: conv.unread > 99 ? "99+" : String(conv.unread), "aria-label": t("tabs.unread", { n: conv.unread }) }));
      if (this.active === conv.key) btn.setAttribute("aria-current", "page");
      btn.addEventListener("click", () => this.activate(conv.key));
      const close = h("button", { type: "button", class: "tab-close", "data-key": `${conv.key}:close`, "aria-label": t(conv.kind === "room" ? "tabs.leave" : "tabs.close", { name: conv.title }), text: "×" });
      close.addEventListener("click", () => this.closeConversation(conv.key));
      return h("li", { class: "tab-item" }, btn, close);
    };
    const rooms = [];
    const dms = [];
    for (const entry of this.entries.values()) {
      if (entry.conv.kind === "room") rooms.push(make(entry));
      else if (!entry.conv.hiddenTab) dms.push(make(entry));
    }
    this.roomTabs.replaceChildren(...rooms);
    this.dmTabs.replaceChildren(...dms);
    this.roomHeading.hidden = rooms.length === 0;
    this.dmHeading.hidden = dms.length === 0;
    if (this.active === DIR) this.dirTab.setAttribute("aria-current", "page");
    else this.dirTab.removeAttribute("aria-current");
    const current = this.nav.querySelector('[aria-current="page"]');
    if (current && current.scrollIntoView) current.scrollIntoView({ block: "nearest", inline: "nearest" });
    if (focusedKey) {
      const again = this.nav.querySelector(`[data-key="${CSS.escape(focusedKey)}"]`);
      if (again) again.focus();
    }
  }

  updateTitle() {
    let unread = 0;
    for (const { conv } of this.entries.values()) unread += conv.unread;
    let name = t("dir.title");
    const entry = this.entries.get(this.active);
    if (entry) name = entry.conv.title;
    document.title = `${unread ? `(${unread}) ` : ""}${name} · Causette`;
  }

  activate(key) {
    const prev = this.entries.get(this.active);
    if (prev) prev.saved = prev.view.atBottom() ? null : prev.view.el.querySelector(".log").scrollTop;
    this.active = key;
    const entry = this.entries.get(key);
    if (!entry) {
      this.active = DIR;
      this.main.replaceChildren(this.directory.el);
      this.loadRooms();
      this.directory.focus();
    } else {
      entry.conv.hiddenTab = false;
      this.main.replaceChildren(entry.view.el);
      if (entry.saved === null || entry.saved === undefined) entry.view.scrollToBottom();
      else entry.view.el.querySelector(".log").scrollTop = entry.saved;
      this.markRead(key);
      entry.view.focus();
    }
    this.renderTabs();
    this.updateTitle();
    this.save();
  }

  markRead(key) {
    const entry = this.entries.get(key);
    if (entry && entry.conv.unread) {
      entry.conv.unread = 0;
      this.renderTabs();
      this.updateTitle();
    }
  }

  bumpUnread(conv) {
    if (this.active === conv.key && !document.hidden) return;
    conv.unread += 1;
    this.renderTabs();
    this.updateTitle();
  }

  // ---- conversations -----------------------------------------------------
  viewCtx() {
    return {
      me: () => this.me,
      textMax: () => (this.limits && this.limits.text_max) || 1000,
      send: (conv, text) => this.send(conv, text),
      sendPhoto: (conv, file, onProgress) => this.sendPhoto(conv, file, onProgress),
      photoUrl: (url) => api.photoUrl(url),
      imagesFromStrangers: () => this.imagesFromStrangers,
      setImagesFromStrangers: (allowed) => this.link.send({ type: "prefs", images_from_strangers: allowed }) || toast(t("err.offline")),
      openProfile: (user, conv) => this.openProfile(user, conv),
      reportMessage: (conv, msg) => openReport({ user: msg.from, message: msg, room: conv.kind === "room" ? conv.id : null }, this.afterReport(msg.from)),
      loadMore: (conv) => this.link.send({ type: "history", room: conv.id, before: conv.firstId() }),
      retry: (conv, p) => this.retry(conv, p),
      contest: (conv, p) => openContest(p, () => {
        p.contested = true;
        const entry = this.entries.get(conv.key);
        if (entry) entry.view.renderPending();
      }),
      unblock: (userId) => this.link.send({ type: "unblock", user: userId }),
      isBlocked: (userId) => this.blocked.has(userId),
    };
  }

  ensure(kind, id, title, extra = {}) {
    const key = kind === "room" ? `room:${id}` : `dm:${id}`;
    let entry = this.entries.get(key);
    if (!entry) {
      const conv = new Conversation(kind, id, title);
      Object.assign(conv, extra);
      entry = { conv, view: createConversationView(conv, this.viewCtx()), saved: null };
      this.entries.set(key, entry);
      if (kind === "dm") entry.view.setBlocked(this.blocked.has(id));
      this.renderTabs();
    }
    return entry;
  }

  closeConversation(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    if (entry.conv.kind === "room") {
      this.link.send({ type: "leave", room: entry.conv.id });
      this.entries.delete(key);
    } else {
      entry.conv.hiddenTab = true;
      entry.conv.unread = 0;
    }
    if (this.active === key) this.activate(DIR);
    else { this.renderTabs(); this.updateTitle(); }
  }

  openDm(user) {
    this.ensure("dm", user.id, user.pseudonym, { peer: user }).view.setTopic();
    this.activate(`dm:${user.id}`);
  }

  /** What the report dialog offers once filed: follow the decision, block the person. */
  afterReport(user) {
    const other = user && this.me && user.id !== this.me.id;
    return {
      onFiled: (receipt) => followReport(receipt.ticket),
      canBlock: Boolean(other && !this.blocked.has(user.id)),
      block: () => this.link.send({ type: "block", user: user.id }) || toast(t("err.offline")),
    };
  }

  openProfile(user, conv) {
    openProfile(
      user,
      {
        dm: (u) => this.openDm(u),
        block: (u) => this.link.send({ type: "block", user: u.id }) || toast(t("err.offline")),
        unblock: (u) => this.link.send({ type: "unblock", user: u.id }) || toast(t("err.offline")),
        report: (u) => openReport({ user: u, room: conv && conv.kind === "room" ? conv.id : null }, this.afterReport(u)),
      },
      { me: this.me, blocked: this.blocked.has(user.id) },
    );
  }

  // ---- sending -----------------------------------------------------------
  /** Upload an image checked for this conversation, then send it like a message. */
  async sendPhoto(conv, file, onProgress) {
    const entry = this.entries.get(conv.key);
    const target = conv.kind === "room" ? { room: conv.id } : { to: conv.id };
    let result;
    try {
      result = await api.uploadPhoto(file, target, onProgress);
    } catch (e) {
      if (entry) entry.view.setNotice(errorText(e.code, e.serverMessage), "error");
      return;
    }
    if (result.held) {
      if (entry) entry.view.setNotice(errorText("held_for_review", result.message), "info");
      return;
    }
    if (entry) entry.view.setNotice("");
    this.send(conv, "", { id: result.photo, url: `/media/${result.photo}`, blur: Boolean(result.blur) });
  }

  send(conv, text, photo = null) {
    this.refSeq += 1;
    const p = { ref: `c${this.refSeq}`, conv, text, photo, ts: Date.now() / 1000, state: "queued", sentLastId: conv.lastId };
    conv.pending.push(p);
    this.transmit(p);
    this.entries.get(conv.key).view.renderPending();
  }

  transmit(p) {
    const { conv } = p;
    p.sentLastId = conv.lastId;
    const frame = conv.kind === "room"
      ? { type: "say", room: conv.id, text: p.text, ref: p.ref }
      : { type: "dm", to: conv.id, text: p.text, ref: p.ref };
    if (p.photo) frame.photo = p.photo.id;
    if (this.link.send(frame)) {
      p.state = "sending";
      this.inflight.set(p.ref, p);
    } else {
      p.state = "queued";
    }
  }

  retry(conv, p) {
    this.refSeq += 1;
    p.ref = `c${this.refSeq}`;
    this.transmit(p);
    this.entries.get(conv.key).view.renderPending();
  }

  dropPending(p) {
    const list = p.conv.pending;
    const i = list.indexOf(p);
    if (i >= 0) list.splice(i, 1);
    const entry = this.entries.get(p.conv.key);
    if (entry) entry.view.renderPending();
  }

  onAck(frame) {
    const p = this.inflight.get(frame.ref);
    if (!p) return;
    this.inflight.delete(frame.ref);
    const { conv } = p;
    const entry = this.entries.get(conv.key);
    this.dropPending(p);
    if (conv.kind === "dm") this.noteDm(frame.id);
    if (!entry) return;
    // A private message is not echoed to the connection that sent it: the ack carries
    // its number, time and (when the server changed it) its text.
    const text = typeof frame.text === "string" ? frame.text : p.text;
    const msg = conv.kind === "room"
      ? { type: "message", room: conv.id, id: frame.id, from: this.me, text, ts: frame.ts || p.ts }
      : { type: "dm", id: frame.id, from: this.me, to: conv.peer || { id: conv.id }, text, ts: frame.ts || p.ts };
    if (p.photo) msg.photo = p.photo;
    const idx = conv.add(msg);
    if (idx >= 0) entry.view.addMessage(msg, idx);
    entry.view.setNotice("");
  }

  onHeldOrRejected(frame) {
    const p = this.inflight.get(frame.ref);
    if (!p) return;
    this.inflight.delete(frame.ref);
    p.state = frame.type === "held" ? "held" : "rejected";
    if (frame.type === "rejected" && Number.isInteger(frame.contest)) p.contest = frame.contest;
    const entry = this.entries.get(p.conv.key);
    if (!entry) return;
    entry.view.renderPending();
    // In English the server's French reason gives way to the category's name.
    const text = frame.code === "moderation_blocked" && lang !== "fr" && frame.category
      ? t("err.moderation_blocked", { category: t(`cat.${frame.category}`) })
      : errorText(frame.code, frame.message);
    entry.view.setNotice(text, frame.type === "held" ? "info" : "error");
  }

  // ---- joining -----------------------------------------------------------
  joinLabel(id) {
    if (this.entries.has(`room:${id}`)) return { text: t("dir.open"), waiting: false, open: true };
    const left = Math.ceil((this.joinUntil - Date.now()) / 1000);
    if (left > 0 && !this.premium) {
      const queued = this.queuedJoin === id;
      return { text: queued ? t("dir.joining_in", { s: left }) : t("dir.wait", { s: left }), waiting: true, pause: true, queued };
    }
    if (this.pendingJoin === id || this.queuedJoin === id) return { text: t("dir.joining"), waiting: true };
    return { text: t("dir.join"), waiting: false };
  }

  requestJoin(id, room) {
    if (room) this.rooms.set(room.id, room);
    if (this.entries.has(`room:${id}`)) { this.activate(`room:${id}`); return; }
    const left = this.joinUntil - Date.now();
    if (left > 0 && !this.premium) {
      this.queuedJoin = id;
      announce(t("dir.wait.announce", { s: Math.ceil(left / 1000) }));
      this.tickJoin();
      return;
    }
    this.sendJoin(id);
  }

  sendJoin(id) {
    this.queuedJoin = null;
    if (!this.link.send({ type: "join", room: id })) {
      this.queuedJoin = id; // sent once the link is ready
      this.directory.refreshButtons();
      return;
    }
    this.pendingJoin = id;
    if (!this.premium) this.joinUntil = Date.now() + ((this.limits && this.limits.join_wait) || 0) * 1000;
    this.tickJoin();
  }

  tickJoin() {
    this.directory.refreshButtons();
    if (this.joinTimer) return;
    this.joinTimer = setInterval(() => {
      const left = this.joinUntil - Date.now();
      if (left <= 0 && this.queuedJoin && this.link.ready) this.sendJoin(this.queuedJoin);
      else if (left <= 0 && !this.pendingJoin && this.rejoin.length && this.link.ready) {
        const room = this.rejoin.shift();
        this.rejoining.add(room);
        this.sendJoin(room);
      }
      this.directory.refreshButtons();
      if (left <= 0 && !this.queuedJoin && !this.rejoin.length) { clearInterval(this.joinTimer); this.joinTimer = null; }
    }, 250);
  }

  // ---- frames ------------------------------------------------------------
  onFrame(f) {
    this.handleFrame(f);
    if (f.type !== "pong") this.save();
  }

  handleFrame(f) {
    switch (f.type) {
      case "hello": return this.onHello(f);
      case "joined": return this.onJoined(f);
      case "left": return this.onLeft(f);
      case "message": return this.onMessage(f);
      case "dm": return this.onDm(f);
      case "ack": return this.onAck(f);
      case "held":
      case "rejected": return this.onHeldOrRejected(f);
      case "history": return this.onHistory(f);
      case "blocked": return this.onBlocked(f.user, true);
      case "unblocked": return this.onBlocked(f.user, false);
      case "presence": return this.onPresence(f);
      case "resumed":
      case "dms": return this.onDmBatch(f);
      case "error": return this.onError(f);
      case "notice": return this.onNotice(f);
      case "prefs": return this.onPrefs(f);
      case "report_decided": return reportDecided(f);
      default: return undefined;
    }
  }

  /** A DM number seen (received, echoed from another tab, or acknowledged). */
  noteDm(n) {
    if (typeof n !== "number" || n <= this.dmLast) return;
    this.dmAhead.add(n);
    this.advanceDms();
    while (this.dmAhead.size > DM_AHEAD_MAX) {
      // A number that never comes (never expected: numbers are gapless): move past it.
      this.dmLast = Math.min(...this.dmAhead);
      this.dmAhead.delete(this.dmLast);
      this.advanceDms();
    }
  }

  /** A batch of missed DMs is out (`resumed`, `dms`): ask for the next while more remain. */
  onDmBatch(f) {
    if (typeof f.dm_last !== "number") return;
    this.settleDms(f.dm_last);
    // Straight on the socket: `resumed` comes before the link is marked ready.
    if (f.dm_more) this.link.sendNow({ type: "dms", after: f.dm_last });
  }

  /** The server has sent every DM up to `n` (`resumed`, `dms`). */
  settleDms(n) {
    if (n > this.dmLast) this.dmLast = n;
    for (const k of this.dmAhead) if (k <= this.dmLast) this.dmAhead.delete(k);
    this.advanceDms();
  }

  advanceDms() {
    while (this.dmAhead.delete(this.dmLast + 1)) this.dmLast += 1;
  }

  onHello(f) {
    if (f.user) this.me = f.user;
    this.premium = Boolean(f.premium);
    if (f.limits) this.limits = { ...this.limits, ...f.limits };
    if (!this.helloSeen && typeof f.dm_last === "number") this.dmLast = f.dm_last;
    if (Array.isArray(f.blocked)) for (const u of f.blocked) this.blocked.add(typeof u === "string" ? u : u.id);
    this.helloSeen = true;
    this.renderMe();
    for (const { view } of this.entries.values()) view.refreshCounter();
    this.link.send({ type: "prefs" }); // read the image preference (answered by `prefs`)
    // Decisions on this session's reports taken while it was away (those taken while
    // it is here come as `report_decided`).
    checkReports();
  }

  onPrefs(f) {
    this.imagesFromStrangers = Boolean(f.images_from_strangers);
    for (const { view } of this.entries.values()) if (view.setPrefs) view.setPrefs(this.imagesFromStrangers);
  }

  onReady({ resumed }) {
    if (this.restore) {
      const { active } = this.restore;
      this.restore = null;
      if (active && this.entries.has(active)) this.activate(active);
      this.save();
    }
    for (const entry of this.entries.values()) {
      const { conv } = entry;
      const claimed = new Set();
      for (const p of conv.pending.slice()) {
        if (p.state !== "unsure") continue;
        if (resumed) {
          // The resume replay (room messages, and our own DMs too) may already hold
          // the message whose ack was lost with the old socket: then it is not resent.
          const found = conv.messages.find((m) => m.id > p.sentLastId && m.from && this.me && m.from.id === this.me.id && m.text === p.text && !claimed.has(m.key));
          if (found) { claimed.add(found.key); this.dropPending(p); continue; }
          this.transmit(p);
        } else {
          p.state = "failed"; // no replay to check against: let the user decide
        }
      }
      for (const p of conv.pending) if (p.state === "queued") this.transmit(p);
      entry.view.renderPending();
    }
    if (this.queuedJoin && Date.now() >= this.joinUntil) this.sendJoin(this.queuedJoin);
    if (this.rejoin.length) this.tickJoin();
  }

  resumeState() {
    if (this.restore) {
      const rooms = {};
      for (const [id, last] of Object.entries(this.restore.rooms)) rooms[id] = Math.max(0, (Number(last) || 0) - RESTORE_BACK);
      return { rooms, dms: Math.max(0, (Number(this.restore.dmLast) || 0) - RESTORE_BACK) };
    }
    const rooms = {};
    for (const { conv } of this.entries.values()) if (conv.kind === "room") rooms[conv.id] = conv.lastId;
    return { rooms, dms: this.dmLast };
  }

  save() {
    if (this.saveTimer || this.restore || this.ended) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      const rooms = {};
      for (const { conv } of this.entries.values()) if (conv.kind === "room") rooms[conv.id] = conv.lastId;
      try {
        sessionStorage.setItem(OPEN_KEY, JSON.stringify({ rooms, dmLast: this.dmLast, active: this.active }));
      } catch { /* storage full or disabled: a reload starts afresh */ }
    }, 300);
  }

  onJoined(f) {
    const known = this.rooms.get(f.room);
    const fresh = !this.entries.has(`room:${f.room}`);
    const entry = this.ensure("room", f.room, (known && known.name) || f.name || f.room, { topic: (known && known.topic) || f.topic || "" });
    const { conv, view } = entry;
    if (Array.isArray(f.members)) {
      conv.members = new Map(f.members.map((u) => [u.id, u]));
      view.setMembers();
    }
    if (f.gap) {
      // A long absence: the resume sent only the newest missed messages. What we had
      // would sit before a hole, so start again from these (older pages via history).
      for (const m of conv.messages.slice()) { conv.remove(m.key); view.removeMessage(m); }
      conv.historyComplete = false;
      conv.historyLimited = false;
      view.setNotice(t("conv.gap"));
    }
    for (const m of f.history || []) {
      if (m.from && this.blocked.has(m.from.id)) continue;
      const idx = conv.add(m);
      if (idx < 0) continue;
      view.addMessage(m, idx);
      if (!fresh && !this.restore && !(m.from && this.me && m.from.id === this.me.id)) this.bumpUnread(conv);
    }
    if ((f.history || []).length < 50 && fresh && !this.restore) conv.historyComplete = true;
    if (f.limited) {
      // A free session's history stops here while the room goes further back: say so at
      // once rather than offer « Messages précédents » that can bring nothing.
      conv.historyComplete = true;
      conv.historyLimited = true;
    }
    view.refreshEmpty();
    if (this.pendingJoin === f.room) this.pendingJoin = null;
    const rejoined = this.rejoining.delete(f.room); // back in a room we had open: no focus change
    if (fresh && !this.restore && !rejoined) {
      this.activate(conv.key);
      announce(t("conv.joined", { name: conv.title }));
    }
    this.directory.refreshButtons();
  }

  onLeft(f) {
    const key = `room:${f.room}`;
    if (this.entries.has(key)) this.closeConversation(key);
  }

  onMessage(f) {
    const entry = this.entries.get(`room:${f.room}`);
    if (!entry || !f.from) return;
    if (this.blocked.has(f.from.id)) return;
    const { conv, view } = entry;
    const mine = this.me && f.from.id === this.me.id;
    if (mine) {
      // A held message released by a moderator arrives like any other.
      const held = conv.pending.find((p) => p.state === "held" && p.text === f.text);
      if (held) this.dropPending(held);
    }
    const idx = conv.add(f);
    if (idx < 0) return;
    view.addMessage(f, idx);
    if (!mine) this.bumpUnread(conv);
  }

  onDm(f) {
    if (!f.from || !f.to || !this.me) return;
    const mine = f.from.id === this.me.id;
    const peer = mine ? f.to : f.from;
    this.noteDm(f.id);
    if (this.blocked.has(peer.id)) return;
    const entry = this.ensure("dm", peer.id, peer.pseudonym, { peer });
    const { conv, view } = entry;
    conv.peer = peer;
    view.setTopic();
    const idx = conv.add(f);
    if (idx < 0) return;
    if (conv.hiddenTab) { conv.hiddenTab = false; this.renderTabs(); }
    view.addMessage(f, idx);
    if (!mine && !this.restore) {
      this.bumpUnread(conv);
      if (this.active !== conv.key) announce(t("dm.new", { name: peer.pseudonym }));
    }
  }

  onHistory(f) {
    const entry = this.entries.get(`room:${f.room}`);
    if (!entry) return;
    const { conv, view } = entry;
    const before = view.scrollHeight();
    for (const m of f.messages || []) {
      if (m.from && this.blocked.has(m.from.id)) continue;
      const idx = conv.add(m);
      if (idx >= 0) view.addMessage(m, idx);
    }
    if (f.complete || !(f.messages || []).length) {
      conv.historyComplete = true;
      // A free session pages back through the newest messages only (the server's floor):
      // when the room goes further back (`limited`), say so rather than go silent.
      conv.historyLimited = Boolean(f.limited);
    }
    view.prependedBatch(before);
    view.refreshEmpty();
  }

  onBlocked(userId, blocked) {
    if (!userId) return;
    const id = typeof userId === "string" ? userId : userId.id;
    let name = id;
    if (blocked) this.blocked.add(id);
    else this.blocked.delete(id);
    for (const { conv, view } of this.entries.values()) {
      if (conv.members.has(id)) name = conv.members.get(id).pseudonym;
      if (conv.kind === "dm" && conv.id === id) { name = conv.title; view.setBlocked(blocked); }
      if (blocked && conv.kind === "room") {
        for (const m of conv.messages.slice()) {
          if (m.from && m.from.id === id) { conv.remove(m.key); view.removeMessage(m); if (!name || name === id) name = m.from.pseudonym; }
        }
      }
      view.setMembers();
    }
    toast(t(blocked ? "block.done" : "block.undone", { name }));
  }

  onPresence(f) {
    const entry = this.entries.get(`room:${f.room}`);
    if (!entry || !f.user) return;
    if (f.event === "joined") entry.conv.members.set(f.user.id, f.user);
    else if (f.event === "left") entry.conv.members.delete(f.user.id);
    entry.view.setMembers();
  }

  onError(f) {
    // A server without the photos extra answers the `prefs` read: nothing to show.
    if (f.code === "photos_unavailable" && !f.ref) return;
    const text = errorText(f.code, f.message);
    // Errors answering a frame carry its `ref` (say, dm) and/or `room` (join, resume).
    const p = f.ref ? this.inflight.get(f.ref) : null;
    if (p) {
      this.inflight.delete(f.ref);
      p.state = "failed";
      const entry = this.entries.get(p.conv.key);
      if (entry) {
        entry.view.renderPending();
        entry.view.setNotice(f.code === "rate_limited" && f.retry_after ? t("err.rate_limited.wait", { s: Math.max(1, Math.ceil(f.retry_after)) }) : text, "error");
      }
      return;
    }
    if (f.code === "cooldown") {
      this.joinUntil = Date.now() + (Number(f.retry_after) || 1) * 1000;
      const room = f.room || this.pendingJoin;
      // A room the resume could not restore without the join wait: join it in turn.
      const reopen = room && (this.rejoining.has(room) || (room !== this.pendingJoin && (this.restore || this.entries.has(`room:${room}`))));
      if (reopen) {
        if (!this.rejoin.includes(room)) this.rejoin.push(room);
      } else if (room && !this.entries.has(`room:${room}`)) this.queuedJoin = room;
      if (!f.room || f.room === this.pendingJoin) this.pendingJoin = null;
      if (room) this.rejoining.delete(room);
      this.tickJoin();
      return;
    }
    if (f.room) {
      const entry = this.entries.get(`room:${f.room}`);
      if (entry && (f.code === "room_not_found" || f.code === "room_closed")) {
        entry.conv.closed = true;
        entry.view.setClosed();
        return;
      }
      if (this.pendingJoin === f.room || this.queuedJoin === f.room) {
        this.pendingJoin = null;
        if (this.queuedJoin === f.room) this.queuedJoin = null;
        this.directory.refreshButtons();
        this.loadRooms();
      }
      if (entry && this.active === entry.conv.key) { entry.view.setNotice(text, "error"); return; }
    }
    toast(text);
  }

  onNotice(f) {
    // `safety_3018`: a helpline pointer kept above the composer until closed; others
    // are shown next to the composer.
    const entry = this.entries.get(this.active);
    const text = errorText(f.code, f.message || "");
    if (entry && f.code === "safety_3018") entry.view.showSafety(text);
    else if (f.code === "sanctioned") toast(text, { sticky: true });
    else if (entry) entry.view.setNotice(text, "info");
    else toast(text);
  }

  // ---- rooms, session ------------------------------------------------------
  async loadRooms() {
    try {
      const rooms = await api.rooms();
      if (!Array.isArray(rooms)) return;
      this.rooms = new Map(rooms.map((r) => [r.id, r]));
      this.directory.setRooms(rooms);
      let renamed = false;
      for (const { conv, view } of this.entries.values()) {
        const room = conv.kind === "room" ? this.rooms.get(conv.id) : null;
        if (room && (conv.title !== room.name || conv.topic !== (room.topic || ""))) {
          view.setTitle(room.name, room.topic);
          renamed = true;
        }
      }
      if (renamed) { this.renderTabs(); this.updateTitle(); }
    } catch (e) {
      if (e.status === 401) this.end(t("entry.expired"));
    }
  }

  async quit() {
    try { await api.logout(); } catch { /* the session ends here anyway */ }
    this.end(t("entry.bye"));
  }

  end(notice) {
    this.link.stop();
    forgetReports();
    clearInterval(this.roomTimer);
    clearInterval(this.joinTimer);
    document.removeEventListener("visibilitychange", this.onVisible);
    clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.ended = true;
    try { sessionStorage.removeItem(OPEN_KEY); } catch { /* nothing to clear */ }
    session.clear();
    showEntry(notice);
  }
}

function showEntry(notice) {
  renderEntry(root, { onEntered: (user) => { new Chat(user); }, notice });
}

if (session.token) new Chat(null);
else showEntry();
