// One catalogue per language; French is the default and the fallback.
import fr from "./i18n/fr.js";
import en from "./i18n/en.js";

const catalogues = { fr, en };
let current = fr;
export let lang = "fr";

const LANG_KEY = "causette.lang";

/** The language the reader chose with the switch on this device, if any. */
export function savedLang() {
  try {
    const saved = localStorage.getItem(LANG_KEY);
    return saved === "fr" || saved === "en" ? saved : null;
  } catch {
    return null;
  }
}

/** Remember `code` on this device and show the page again in it (the session and the
 * open conversations are kept: the token and the open rooms are in sessionStorage). */
export function switchLang(code) {
  try { localStorage.setItem(LANG_KEY, code); } catch { /* private mode: this page only */ }
  location.reload();
}

/** French unless the browser's first French-or-English preference is English. */
export function pickLang(languages) {
  for (const l of languages || []) {
    const base = String(l).toLowerCase().split("-")[0];
    if (base === "fr") return "fr";
    if (base === "en") return "en";
  }
  return "fr";
}

export function setLang(code) {
  lang = catalogues[code] ? code : "fr";
  current = catalogues[lang];
  document.documentElement.lang = lang;
}

/** Translate `key`; `{name}` placeholders are filled from `params`. */
export function t(key, params = {}) {
  const s = current[key] ?? fr[key];
  if (s === undefined) return key;
  if (typeof s === "function") return s(params);
  return s.replace(/\{(\w+)\}/g, (_, k) => (params[k] === undefined ? "" : String(params[k])));
}

export function has(key) {
  return current[key] !== undefined;
}

// A statement of reasons' link in a server text (views/dom.js `withLinks` shows it).
const STATEMENT_LINK = /(?:https?:\/\/[^\s/]+)?\/sanctions\/[A-Za-z0-9_-]+\?token=[A-Za-z0-9_-]+/;

/**
 * A server text (an error's or a notice's) in the reader's language: the server's
 * French text in French; elsewhere the catalogue's `err.<code>`, followed by the
 * statement link the server's text carried, if any (a decision's reasons and appeal).
 */
export function errorText(code, serverMessage) {
  if (lang === "fr" && serverMessage) return serverMessage;
  if (has(`err.${code}`)) {
    const link = String(serverMessage || "").match(STATEMENT_LINK);
    return link ? `${t(`err.${code}`)} ${link[0]}` : t(`err.${code}`);
  }
  return serverMessage || t("err.generic");
}

export function formatTime(ts) {
  const d = new Date(ts * 1000);
  return d.toLocaleTimeString(lang === "fr" ? "fr-FR" : "en-GB", { hour: "2-digit", minute: "2-digit" });
}
