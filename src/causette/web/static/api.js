// HTTP API of docs/protocol.md. The session token lives in sessionStorage only
// (never localStorage or cookies) so it dies with the tab.

const TOKEN_KEY = "causette.token";
const DEVICE_KEY = "causette.device";

export const session = {
  get token() {
    try { return sessionStorage.getItem(TOKEN_KEY); } catch { return null; }
  },
  set(token) {
    try { sessionStorage.setItem(TOKEN_KEY, token); } catch { /* private mode: memory only */ }
  },
  clear() {
    try { sessionStorage.removeItem(TOKEN_KEY); } catch { /* nothing to clear */ }
  },
};

function randomHex(bytes) {
  const buf = new Uint8Array(bytes);
  crypto.getRandomValues(buf);
  return Array.from(buf, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A long-lived random id of this browser, sent at entry (ban evasion signal). */
export function deviceId() {
  try {
    let id = localStorage.getItem(DEVICE_KEY);
    if (!id) {
      id = randomHex(16);
      localStorage.setItem(DEVICE_KEY, id);
    }
    return id;
  } catch {
    return randomHex(16);
  }
}

export class ApiError extends Error {
  constructor(status, code, message, field) {
    super(message || code);
    this.status = status;
    this.code = code;
    this.serverMessage = message || "";
    this.field = field || null;
  }
}

async function request(method, path, body, auth = true) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const token = session.token;
  if (auth && token) headers.Authorization = `Bearer ${token}`;
  let res;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch {
    throw new ApiError(0, "network", "", null);
  }
  if (res.status === 204) return null;
  let data = null;
  try { data = await res.json(); } catch { data = null; }
  if (!res.ok) {
    const e = (data && data.error) || {};
    throw new ApiError(res.status, e.code || `http_${res.status}`, e.message || "", e.field);
  }
  return data;
}

export const api = {
  enter: (form) => request("POST", "/api/guests", { ...form, device_id: deviceId() }, false),
  me: () => request("GET", "/api/me"),
  rooms: () => request("GET", "/api/rooms"),
  createRoom: (room) => request("POST", "/api/rooms", room),
  logout: () => request("DELETE", "/api/session"),
  report: (report) => request("POST", "/api/reports", report),
};
