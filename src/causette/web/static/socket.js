// The WebSocket link: connects, keeps alive, reconnects with exponential
// backoff and full jitter, and after a reconnect sends `resume` with the last
// ids seen so the server replays what was missed (the store dedupes by id).

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 15000;
const PING_EVERY_MS = 25000;
const RESUME_TIMEOUT_MS = 8000;

/** Delay before attempt `n` (0-based): random in [d/2, d], d = min(max, base * 2^n). */
export function backoffDelay(n, random = Math.random) {
  const d = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(n, 16));
  return Math.round(d / 2 + random() * (d / 2));
}

/**
 * States reported to `onState`: "connecting", "open", "reconnecting", "offline".
 * Callbacks: onFrame(frame), onReady({resumed}), onAuthFailed(), onState(state).
 * `resumeState()` returns {rooms: {ROOM: LAST_ID}, dms: LAST_DM_ID}; `resumeFirst()`
 * says whether the very first connection should resume too (a reloaded page).
 * `checkToken()` resolves false when the HTTP API refuses the token (401).
 */
export class Link {
  constructor({ token, onFrame, onReady, onAuthFailed, onState, resumeState, resumeFirst, checkToken }) {
    Object.assign(this, { token, onFrame, onReady, onAuthFailed, onState, resumeState, resumeFirst, checkToken });
    this.ws = null;
    this.attempt = 0;
    this.everReady = false;
    this.ready = false;
    this.stopped = false;
    this.timer = null;
    this.pingTimer = null;
    this.resumeTimer = null;
    this.state = "connecting";
    // Back online: reconnect if the socket died; if it lived through the outage (the
    // browser's offline event does not always close it), say so again.
    this.onOnline = () => {
      if (!this.ws) this.reconnectNow();
      else if (this.ready) this.setState("open");
    };
    this.onOffline = () => this.setState("offline");
    window.addEventListener("online", this.onOnline);
    window.addEventListener("offline", this.onOffline);
  }

  setState(state) {
    if (!navigator.onLine && state !== "open") state = "offline";
    if (this.state === state) return;
    this.state = state;
    if (this.onState) this.onState(state);
  }

  url() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    return `${scheme}://${location.host}/ws?token=${encodeURIComponent(this.token)}`;
  }

  start() {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.setState(this.everReady ? "reconnecting" : "connecting");
    let ws;
    try {
      ws = new WebSocket(this.url());
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.ws = ws;
    let helloSeen = false;
    ws.onmessage = (ev) => {
      let frame;
      try { frame = JSON.parse(ev.data); } catch { return; }
      if (!frame || typeof frame !== "object") return;
      if (frame.type === "hello") {
        helloSeen = true;
        this.attempt = 0;
        this.onFrame(frame);
        this.afterHello();
        return;
      }
      if (frame.type === "resumed") {
        this.onFrame(frame);
        this.markReady(true);
        return;
      }
      this.onFrame(frame);
    };
    ws.onclose = (ev) => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.ready = false;
      clearInterval(this.pingTimer);
      clearTimeout(this.resumeTimer);
      if (this.stopped) return;
      if (ev.code === 4401) {
        this.stop();
        this.onAuthFailed();
        return;
      }
      if (!helloSeen && this.checkToken) {
        // The upgrade itself may be refused with HTTP 401, which a browser
        // reports as a bare 1006: ask the HTTP API before retrying forever.
        this.checkToken().then((ok) => {
          if (ok === false) { this.stop(); this.onAuthFailed(); } else this.scheduleReconnect();
        });
        return;
      }
      this.scheduleReconnect();
    };
  }

  afterHello() {
    clearInterval(this.pingTimer);
    this.pingTimer = setInterval(() => this.sendNow({ type: "ping" }), PING_EVERY_MS);
    if (!this.everReady && !(this.resumeFirst && this.resumeFirst())) {
      this.markReady(false);
      return;
    }
    const { rooms, dms } = this.resumeState();
    this.sendNow({ type: "resume", rooms, dms });
    // A server that never answers `resumed` must not leave us stuck.
    this.resumeTimer = setTimeout(() => this.markReady(true), RESUME_TIMEOUT_MS);
  }

  markReady(resumed) {
    clearTimeout(this.resumeTimer);
    if (this.ready) return;
    this.ready = true;
    this.everReady = true;
    this.setState("open");
    this.onReady({ resumed });
  }

  scheduleReconnect() {
    if (this.stopped) return;
    this.setState("reconnecting");
    const delay = backoffDelay(this.attempt);
    this.attempt += 1;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.start(), delay);
  }

  reconnectNow() {
    if (this.stopped || this.ws) return;
    this.attempt = 0;
    this.start();
  }

  /** Send now if the socket is open; returns false otherwise (caller keeps it). */
  sendNow(frame) {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  /** Send only once the session is ready (after hello, and after resume). */
  send(frame) {
    if (!this.ready) return false;
    return this.sendNow(frame);
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.resumeTimer);
    clearInterval(this.pingTimer);
    window.removeEventListener("online", this.onOnline);
    window.removeEventListener("offline", this.onOffline);
    if (this.ws) {
      const ws = this.ws;
      this.ws = null;
      try { ws.close(1000); } catch { /* already closed */ }
    }
  }
}
