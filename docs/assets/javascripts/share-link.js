// Share links: #answers=<base64url of the UTF-8 JSON of a state document (state.js)>. The fragment never
// reaches a server. Pure functions: the page passes its own address in; node --test runs them.

import { alsoDropped, clip, count, droppedText, hasComplaint, isEmpty, isNewerDocument, migrate, parseBounded, sanitize, toDocument, unknownPart } from "./state.js";

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
 * The state a link carries: the complaints and their categories only when asked for (then every box up to the
 * last one written, each text whole; a box of blank characters alone goes as an empty one, as a page reading a link
 * leaves it out: state.js's sanitize).
 * @param {Contract} contract
 * @param {State} state
 * @param {boolean} withComplaints
 * @returns {State}
 */
function sharedPart(contract, state, withComplaints) {
  const complaints = state.complaints.map((text) => (contract.isBlank(text) ? "" : text));
  const last = complaints.reduce((end, text, i) => (text ? i + 1 : end), 0);
  // A category choice goes only with a complaint written in its box.
  const overrides = Object.fromEntries(Object.entries(state.overrides).filter(([i]) => complaints[Number(i)]));
  return withComplaints
    ? { answers: state.answers, complaints: complaints.slice(0, last), overrides }
    : { answers: state.answers, complaints: [], overrides: {} };
}

/**
 * The link to `pageUrl` holding the state: the complaints and their categories only when asked for.
 * @param {Contract} contract
 * @param {State} state
 * @param {boolean} withComplaints
 * @param {string} pageUrl
 */
export function shareUrl(contract, state, withComplaints, pageUrl) {
  const url = new URL(pageUrl);
  // The page's query is the link this reader came by (a campaign's tags, a newsletter's subscriber): not theirs to
  // pass on, and each recipient's browser would send it to the server (an attack review). The answers are after #.
  url.search = "";
  url.hash = SHARE_PREFIX.slice(1) + toBase64Url(JSON.stringify(toDocument(contract, sharedPart(contract, state, withComplaints))));
  return url.href;
}

/**
 * A link checked before it is given out: its JSON must fit what a page reading it accepts (the contract's
 * limit). Nothing is cut to make it fit: a link too long is refused with the reason, and when the complaints
 * make it too long, the link without them is offered (`withoutComplaints`).
 * @param {Contract} contract
 * @param {State} state
 * @param {boolean} withComplaints
 * @param {string} pageUrl
 * @returns {{url: string, problem: ""} | {url: null, problem: string, withoutComplaints: string | null}}
 */
export function checkedShareUrl(contract, state, withComplaints, pageUrl) {
  const shared = sharedPart(contract, state, withComplaints);
  if (isEmpty(shared, contract)) {
    // A link that carries nothing would open as the recipient's own answers, with no word (an attack review).
    const unshared = !withComplaints && hasComplaint(state, contract);
    return {
      url: null,
      problem: unshared
        ? "No link was made: you have answered no question, and your complaints are left out of links. Tick “Include my complaints in the link” to share them."
        : "No link was made: there is nothing to share yet. Answer a question or write a complaint first.",
      withoutComplaints: null,
    };
  }
  const limit = contract.limits.maxShareChars;
  const size = JSON.stringify(toDocument(contract, sharedPart(contract, state, withComplaints))).length;
  if (size <= limit) return { url: shareUrl(contract, state, withComplaints, pageUrl), problem: "" };
  const answersOnly = withComplaints ? JSON.stringify(toDocument(contract, sharedPart(contract, state, false))).length : size;
  const fits = withComplaints && answersOnly <= limit;
  return {
    url: null,
    problem: fits
      ? `No link was made: with your complaints it would hold ${count(size)} characters, and a share link holds at most ${count(limit)}. Your complaints are kept here in full; you can copy a link with your answers only.`
      : `No link was made: it would hold ${count(size)} characters, and a share link holds at most ${count(limit)}.`,
    withoutComplaints: fits ? shareUrl(contract, state, false, pageUrl) : null,
  };
}

// The prefix as a mail or chat program may pass it on: "=" percent-encoded (twice, by a redirect that encodes the
// address again: an attack review), or the word capitalised. The data after it (base64url) has neither "=" nor "%",
// so such a link is read as the one that was made, not ignored.
const LOOSE_PREFIX = /^#answers(?:=|%3d|%253d)/i;
const BASE64URL = /[A-Za-z0-9_-]/;
const ENCODED = /^%[0-9a-f]{2}$/i;

/**
 * The data without what a mail or chat program may take into the link after it: the sentence's full stop, a
 * bracket, a space or a quote, percent-encoded or not (a reader's review: "...#answers=eyJ2....", pasted from a
 * sentence, was refused as damaged). Base64url has none of these characters, so they were never the link's. Read
 * from the end, one step per character: a regular expression here took seconds on a crafted tail (a diff review).
 * @param {string} data
 */
const withoutTrailing = (data) => {
  let end = data.length;
  while (end > 0) {
    if (end >= 3 && ENCODED.test(data.slice(end - 3, end))) end -= 3;
    else if (!BASE64URL.test(data[end - 1] ?? "")) end -= 1;
    else break;
  }
  return data.slice(0, end);
};

/**
 * A share link's fragment split where its data ends: the data, and what a newsletter or a chat program added after it
 * ("?utm_source=...", "&ref=...", another "#"; no base64url character starts them, so they were never the link's: an
 * attack review found the link called "damaged"). Null when the fragment is not a share link.
 * @param {string} hash
 * @returns {{data: string, added: string} | null}
 */
const splitShare = (hash) => {
  const prefix = LOOSE_PREFIX.exec(hash);
  if (!prefix) return null;
  const rest = hash.slice(prefix[0].length);
  const end = rest.search(/[?&#]/);
  return end < 0 ? { data: rest, added: "" } : { data: rest.slice(0, end), added: rest.slice(end) };
};

/**
 * The data of a share link's fragment, or null when the fragment is not a share link.
 * @param {string} hash
 */
const shareData = (hash) => {
  const split = splitShare(hash);
  return split && withoutTrailing(split.data);
};

/** @param {string} hash */
export const isShareHash = (hash) => shareData(hash) !== null;

/**
 * Whether what follows a share link's data in the fragment holds another link's answers ("#answers=A#answers=B",
 * "...&answers=B"): only the first is read, and that is said (an attack review: the second went without a word).
 * @param {string} hash
 */
const anotherLinkAfter = (hash) => /[?&#]answers(?:=|%3d|%253d)/i.test(splitShare(hash)?.added ?? "");

// A fragment that reads as a share link mistyped ("#answer=", "#answerz=eyJ...", "#Answers:eyJ...", a router's
// "#/answers=" or "#!answers="): no heading's id has "=" or ":", so it is no place on the page either. So is one whose
// "=" was lost ("#answerseyJ..."; an attack review: it was ignored without a word): no id on the page starts "answ".
const NEAR_PREFIX = /^#[/!]?answ[a-z]*(?:=|%3d|%253d|:)|^#answers[A-Za-z0-9_-]{1,8}/i;

/**
 * Text with each run of percent-escapes decoded on its own: a stray "%" or a character cut in two stays as written and
 * leaves the rest decoded (a diff review).
 * @param {string} text
 */
function decodedRuns(text) {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/**
 * The start of a fragment (its first 40 characters, its percent-encoding undone) without the spaces and invisible
 * characters in it (format characters such as the soft hyphen, separators such as the no-break space); null when it
 * holds none.
 * @param {string} hash
 * @returns {string | null}
 */
function withoutInvisible(hash) {
  // Room for 40 characters of up to nine percent-encoded bytes each.
  const head = decodedRuns(hash.slice(0, 40 * 9)).slice(0, 40);
  const visible = visibleOnly(head);
  return visible === head ? null : visible;
}

/**
 * Text without its spaces and invisible characters (format characters such as the soft hyphen, separators such as the
 * no-break space).
 * @param {string} text
 */
const visibleOnly = (text) => text.replace(/[\p{Cf}\p{Z}\s]/gu, "");

/** A fragment cut right after a share link's name: no id on the page is "answers". */
const CUT_SHORT = /^#answers$/i;

/**
 * What to say of a fragment that looks like a share link but is not one (a reader's review: "#answerz=..." opened the
 * questionnaire as if no link had been given); "" for any other fragment.
 * @param {string} hash
 */
export function nearShareMessage(hash) {
  if (isShareHash(hash)) return "";
  // Cut right after its name (an attack review: ignored without a word).
  if (CUT_SHORT.test(hash)) {
    return "This address ends with “#answers”, the start of a share link with no answers after it (it may have been cut short), so nothing was read from it. Check the link you were sent.";
  }
  // Spaces or invisible characters (a soft hyphen, a no-break space) in its start, which a program may add: said, as
  // the link is not read as written (an attack review: ignored without a word).
  const visible = withoutInvisible(hash);
  if (visible !== null && (isShareHash(visible) || NEAR_PREFIX.test(visible) || CUT_SHORT.test(visible))) {
    return INVISIBLE;
  }
  const near = NEAR_PREFIX.exec(hash);
  if (!near) return "";
  const start = clip(near[0], 40);
  return `This address ends with “${start.endsWith("…") ? start : `${start}…`}”, which is not how a share link's answers start (“#answers=”), so nothing was read from it. Check the link you were sent.`;
}

const DAMAGED = "This share link is damaged (it may have been cut short or changed by hand): nothing could be read from it.";
const INVISIBLE = "This share link holds spaces or invisible characters (a soft hyphen, a no-break space) where its answers start, which a mail or chat program can add, so nothing was read from it. Check the link you were sent.";
/** Said of such characters inside a link's answers, which a link never holds: left out, the rest is read (a storage
 * attack: one in the middle, where a chat program wraps a line, was said to be where its answers start). */
const INVISIBLE_LEFT_OUT = "This share link held spaces or invisible characters, which a mail or chat program can add and a link never holds: they were left out, and the rest was read.";
const INVISIBLE_IN_ANSWERS = "This share link holds spaces or invisible characters (a soft hyphen, a no-break space) in its answers, which a mail or chat program can add, and even without them nothing could be read from it. Check the link you were sent.";

/**
 * Whether a share link's data holds a space or an invisible character, its escapes decoded run by run: said as such,
 * not as damage (a reader's review: a soft hyphen right after "#answers=" was called damaged).
 * @param {string} data
 */
const holdsInvisible = (data) => {
  const decoded = decodedRuns(data);
  return visibleOnly(decoded) !== decoded;
};

/**
 * Read a link's fragment. `message` is "" when the link was read in full with this page's rubric. The fragment's
 * length and nesting are bounded before it is decoded or parsed; every key is data (state.js).
 * @param {Contract} contract
 * @param {string} hash
 * @returns {{state: State | null, usable: boolean, message: string}}
 */
export function readShare(contract, hash) {
  const limit = contract.limits.maxShareChars;
  const data = shareData(hash) ?? "";
  // base64url: four characters for three bytes; one character of text is at most three bytes of UTF-8. Bounded
  // before anything is decoded.
  if (data.length > 4 * limit + 4) return { state: null, usable: false, message: tooLongMessage(limit) };
  const text = decoded(data);
  if (text !== null || !holdsInvisible(data)) return readText(contract, hash, text);
  const read = readText(contract, hash, decoded(visibleOnly(decodedRuns(data))), INVISIBLE_LEFT_OUT);
  // Damaged even without them: said as held; another reason (a newer build's link, a key given twice) as it is (a
  // diff review: "reload for the newer version" was lost).
  return read.usable || read.message !== DAMAGED ? read : { state: null, usable: false, message: INVISIBLE_IN_ANSWERS };
}

/** @param {number} limit the most characters of answers a link holds */
const tooLongMessage = (limit) =>
  `This share link is longer than this page reads (a link holds at most ${count(limit)} characters of answers), so nothing was read from it.`;

/**
 * A link's data decoded to text, or null when it is no base64url of UTF-8.
 * @param {string} data
 */
function decoded(data) {
  try {
    return fromBase64Url(data);
  } catch {
    return null;
  }
}

/**
 * Read a link's text (its data decoded; null when it could not be). `said`: a sentence to say first when read.
 * @param {Contract} contract
 * @param {string} hash
 * @param {string | null} text
 * @param {string} [said]
 * @returns {{state: State | null, usable: boolean, message: string}}
 */
function readText(contract, hash, text, said = "") {
  const limit = contract.limits.maxShareChars;
  /** @param {string} message */
  const nothing = (message) => ({ state: null, usable: false, message });
  const tooLong = nothing(tooLongMessage(limit));
  if (text === null) return nothing(DAMAGED);
  const parsed = parseBounded(text, limit);
  if (!parsed.ok && parsed.problem === "duplicate") {
    return nothing(`This share link gives “${clip(parsed.key, 40, true)}” twice, so nothing was read from it. A link this site makes never does: it may have been changed by hand.`);
  }
  if (!parsed.ok) return parsed.problem === "long" ? tooLong : nothing(DAMAGED);
  const document = migrate(parsed.value);
  if (!document && isNewerDocument(parsed.value)) {
    return nothing("This share link was made by a newer version of this site than this page, so nothing was read from it. Reload the page to get the newer version.");
  }
  if (!document) return nothing(DAMAGED);
  // A link carries the shared answers only: the parts nothing here reads, and the sharer's own answers kept beside
  // them (this site's links never carry them), are left out, and said (an attack review: they went without a word).
  const beside = document.previous != null ? ["the sharer's own answers kept beside the shared ones"] : [];
  // This site's links never carry what the sharer's page knew of a follow-up answer: a part it does not read.
  if (document.followUpFor != null) beside.push(unknownPart("followUpFor"));
  if (document.previousFollowUpFor != null) beside.push(unknownPart("previousFollowUpFor"));
  const sanitized = alsoDropped(sanitize(document.state, contract, { fromLink: true }), [...document.unknown.map(unknownPart), ...beside]);
  const { state } = sanitized;
  const notes = said ? [said] : [];
  const second = anotherLinkAfter(hash);
  if (second) notes.push("This address holds a second share link after the first: only the first was read. Open the second on its own to see it.");
  const otherRubric = document.rubric !== contract.rubric;
  if (otherRubric) {
    notes.push(`This link was made with rubric version ${document.rubric}; this page uses version ${contract.rubric}. The answers that still fit the questionnaire were kept, and the recommendation may differ from the one that was shared.`);
  }
  if (sanitized.droppedCount) notes.push(`Some of the link's contents could not be used and were left out: ${droppedText(sanitized)}.`);
  const kept = Object.keys(state.answers).length;
  const withComplaints = hasComplaint(state, contract);
  const what = [kept ? `${kept} ${kept === 1 ? "answer" : "answers"}` : "", withComplaints ? "the complaints" : ""].filter(Boolean);
  notes.push(what.length ? `Kept from the link: ${what.join(" and ")}.` : "Nothing from the link could be kept.");
  const usable = kept > 0 || withComplaints;
  // A whole link that holds no answer and no complaint is said to, not opened in silence (an attack review).
  if (!usable && !otherRubric && !sanitized.droppedCount) return nothing("This share link holds no answers and no complaints, so there was nothing to read from it.");
  return { state, usable, message: otherRubric || sanitized.droppedCount || second || said ? notes.join(" ") : "" };
}
