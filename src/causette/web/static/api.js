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

/**
 * Upload one image for a room (`{room}`) or a private message (`{to}`), with
 * progress (0..1) through `onProgress`. XMLHttpRequest because fetch reports no
 * upload progress. Resolves to `{photo, blur}` or `{photo, held, message}`.
 */
export function uploadPhoto(file, target, onProgress) {
  return new Promise((resolve, reject) => {
    const query = target.room ? `room=${encodeURIComponent(target.room)}` : `to=${encodeURIComponent(target.to)}`;
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/photos?${query}`);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    const token = session.token;
    if (token) xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    xhr.upload.addEventListener("progress", (ev) => {
      if (ev.lengthComputable && onProgress) onProgress(ev.loaded / ev.total);
    });
    xhr.addEventListener("error", () => reject(new ApiError(0, "network", "", null)));
    xhr.addEventListener("load", () => {
      let data = null;
      try { data = JSON.parse(xhr.responseText); } catch { data = null; }
      if (xhr.status >= 200 && xhr.status < 300 && data) resolve(data);
      else {
        const e = (data && data.error) || {};
        reject(new ApiError(xhr.status, e.code || `http_${xhr.status}`, e.message || "", e.field));
      }
    });
    xhr.send(file);
  });
}

/** An image of a message as a `blob:` URL: /media needs the session token. */
const photoUrls = new Map();
export async function photoUrl(url) {
  if (photoUrls.has(url)) return photoUrls.get(url);
  const headers = {};
  const token = session.token;
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(url, { headers, credentials: "same-origin" });
  if (!res.ok) throw new ApiError(res.status, `http_${res.status}`, "", null);
  const objectUrl = URL.createObjectURL(await res.blob());
  photoUrls.set(url, objectUrl);
  return objectUrl;
}

export const api = {
  enter: (form) => request("POST", "/api/guests", { ...form, device_id: deviceId() }, false),
  me: () => request("GET", "/api/me"),
  rooms: () => request("GET", "/api/rooms"),
  createRoom: (room) => request("POST", "/api/rooms", room),
  logout: () => request("DELETE", "/api/session"),
  report: (report) => request("POST", "/api/reports", report),
  receipt: (ticket) => request("GET", `/api/reports/${encodeURIComponent(ticket)}`),
  contest: (id, text) => request("POST", `/api/refusals/${encodeURIComponent(id)}/contest`, { text }),
  uploadPhoto,
  photoUrl,
};
