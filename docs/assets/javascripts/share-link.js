// Share links: #answers=<base64url of the UTF-8 JSON of a state document (state.js)>. The fragment never
// reaches a server. Pure functions: the page passes its own address in; node --test runs them.

import { migrate, sanitize, toDocument } from "./state.js";

/** @typedef {import("./contract.js").Contract} Contract */
/** @typedef {import("./state.js").State} State */

export const SHARE_PREFIX = "#answers=";

/** @param {string} text */
export function toBase64Url(text) {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Throws on anything that is not base64url of UTF-8.
 * @param {string} text
 */
export function fromBase64Url(text) {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/**
 * The link to `pageUrl` holding the state: the complaints and their categories only when asked for.
 * @param {Contract} contract
 * @param {State} state
 * @param {boolean} withComplaints
 * @param {string} pageUrl
 */
export function shareUrl(contract, state, withComplaints, pageUrl) {
  const last = state.complaints.reduce((end, text, i) => (text.trim() ? i + 1 : end), 0);
  /** @type {State} */
  const shared = withComplaints
    ? { answers: state.answers, complaints: state.complaints.slice(0, last), overrides: state.overrides }
    : { answers: state.answers, complaints: [], overrides: {} };
  const url = new URL(pageUrl);
  url.hash = SHARE_PREFIX.slice(1) + toBase64Url(JSON.stringify(toDocument(contract, shared)));
  return url.href;
}

/** @param {string} hash */
export const isShareHash = (hash) => hash.startsWith(SHARE_PREFIX);

/**
 * Read a link's fragment. `message` is "" when the link was read in full with this page's rubric.
 * @param {Contract} contract
 * @param {string} hash
 * @returns {{state: State | null, usable: boolean, message: string}}
 */
export function readShare(contract, hash) {
  const damaged = {
    state: null,
    usable: false,
    message: "This share link is damaged (it may have been cut short or changed by hand): nothing could be read from it. Your own answers are shown instead.",
  };
  /** @type {unknown} */
  let raw;
  try {
    const text = fromBase64Url(hash.slice(SHARE_PREFIX.length));
    if (text.length > contract.limits.maxShareChars) return damaged;
    raw = JSON.parse(text);
  } catch {
    return damaged;
  }
  const document = migrate(raw);
  if (!document) return damaged;
  const { state, dropped } = sanitize(document.state, contract);
  const notes = [];
  const otherRubric = document.rubric !== contract.rubric;
  if (otherRubric) {
    notes.push(`This link was made with rubric version ${document.rubric}; this page uses version ${contract.rubric}. The answers that still fit the questionnaire were kept, and the recommendation may differ from the one that was shared.`);
  }
  if (dropped.length) notes.push(`Some of the link's contents could not be used and were left out: ${dropped.join("; ")}.`);
  const kept = Object.keys(state.answers).length;
  const withComplaints = state.complaints.some((c) => c.trim());
  notes.push(kept ? `Kept from the link: ${kept} ${kept === 1 ? "answer" : "answers"}${withComplaints ? " and the complaints" : ""}.` : "Nothing from the link could be kept.");
  return { state, usable: kept > 0 || withComplaints, message: otherRubric || dropped.length ? notes.join(" ") : "" };
}
