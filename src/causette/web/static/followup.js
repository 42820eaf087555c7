// The reporter is told the decision on their report (DSA art. 16(5)): the server pushes
// `report_decided` on the session's WebSocket when a moderator decides (reportDecided).
// A decision taken while the link was down is found by reading the receipts
// (GET /api/reports/{ticket}) of the tickets this session filed, kept in sessionStorage,
// once each time the link (re)opens (checkReports). Each decision is shown once, in a
// notice that stays until closed.
import { api } from "./api.js";
import { has, lang, t } from "./i18n.js";
import { toast } from "./views/dom.js";

const KEY = "causette.reports";
const TICKET = /^[A-Za-z0-9-]{1,40}$/; // `R-2026-000123`

function read() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) || "[]");
    return Array.isArray(saved) ? saved.filter((n) => typeof n === "string" && TICKET.test(n)) : [];
  } catch {
    return [];
  }
}

function write(tickets) {
  try { sessionStorage.setItem(KEY, JSON.stringify(tickets)); } catch { /* private mode: this page only */ }
}

let pending = read();
let checking = false;

/** The decision in the reader's language: the server's French text in French. */
function decisionText(ticket, decision) {
  const key = `report.decision.${decision.action}`;
  const fr = lang === "fr";
  const what = fr && decision.text ? decision.text : t(has(key) ? key : "report.decision.other");
  const redress = fr && decision.redress ? decision.redress : t("report.redress");
  const text = t("report.decided", { n: ticket, decision: what, redress });
  // The decision's page (its reasons and the redress), made a link by toast().
  return typeof decision.link === "string" ? `${text} ${t("report.link", { link: decision.link })}` : text;
}

/** Read the receipts of the tickets still waiting; show each decision once. */
export async function checkReports() {
  if (checking || !pending.length) return;
  checking = true;
  try {
    for (const ticket of pending.slice()) {
      let receipt;
      try {
        receipt = await api.receipt(ticket);
      } catch (e) {
        // A ticket the server no longer knows (session ended, purged) is not asked again.
        if (e.status === 404) pending = pending.filter((n) => n !== ticket);
        continue;
      }
      // Pushed meanwhile (reportDecided): already shown.
      if (receipt && receipt.decision && pending.includes(ticket)) {
        pending = pending.filter((n) => n !== ticket);
        toast(decisionText(ticket, receipt.decision), { sticky: true });
      }
    }
    write(pending);
  } finally {
    checking = false;
  }
}

/** A `report_decided` frame: the server sends it to the reporters only, on each of their
 * connections, so it is shown even in a tab that did not file the report. */
export function reportDecided(frame) {
  if (!frame || typeof frame.ticket !== "string" || !TICKET.test(frame.ticket)) return;
  if (!frame.decision || typeof frame.decision !== "object") return;
  if (pending.includes(frame.ticket)) {
    pending = pending.filter((n) => n !== frame.ticket);
    write(pending);
  }
  toast(decisionText(frame.ticket, frame.decision), { sticky: true });
}

/** Follow `ticket` (the number on the report's receipt) until it is decided. */
export function followReport(ticket) {
  if (typeof ticket !== "string" || !TICKET.test(ticket) || pending.includes(ticket)) return;
  pending.push(ticket);
  write(pending);
}

/** The session ended: its tickets are no longer its own to follow. */
export function forgetReports() {
  pending = [];
  try { sessionStorage.removeItem(KEY); } catch { /* nothing to clear */ }
}
