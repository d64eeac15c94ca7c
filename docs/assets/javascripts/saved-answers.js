// Saved answers in this browser's localStorage: a state document (state.js) with `previous`, the reader's own
// answers while a shared link's are shown, so one click brings them back. Each function takes the storage, so
// node --test can hand it a fake; every failure is a sentence for the reader, never an exception.
// Saved text this page cannot read (damaged, or a format it does not know) is never deleted on its own: it is kept
// aside under a key of its own, ASIDE_KEY, until the reader downloads it or deletes it (storage-notices.js).

import { followUpQuestion } from "./follow-up-watch.js";
import { alsoDropped, count, droppedText, isNewerDocument, isObject, migrate, parseBounded, sanitize, startsAsNewerDocument, toDocument, unknownPart } from "./state.js";

/** @typedef {import("./contract.js").Contract} Contract */
/** @typedef {import("./state.js").State} State */
/** @typedef {Pick<Storage, "getItem" | "setItem" | "removeItem">} Store */

export const STORAGE_KEY = "scale-what:v1";
/** Where saved text this page could not read is kept aside, whole, until the reader deletes it. */
export const ASIDE_KEY = "scale-what:v1:unreadable";

export const NO_STORAGE = "This browser does not allow saving answers: they will be lost on reload.";

/** This page's storage, or null where the browser disables it (reading it throws there). */
export function browserStorage() {
  try {
    return /** @type {Store | null} */ (globalThis.localStorage ?? null);
  } catch {
    return null;
  }
}

/**
 * The longest saved document this page writes or reads: the answers shown and the reader's own, each at most a share
 * link's size, with room for the document around them. The engine takes longer states (complaints pasted whole):
 * those stay on the page, said to be too long to save, well inside the browser's storage quota.
 * @param {Contract} contract
 */
export const maxStoredChars = (contract) => 2 * contract.limits.maxShareChars + 1_000;

/** Saved answers of a newer build, met by this page (a rollback, an old copy of the page in a cache). */
export const NEWER_SAVED = "Your saved answers were made by a newer version of this site than this page, so none could be read here. They stay saved as they are until your first change here replaces them, or you delete them with their copy kept aside (below).";
/** The same, where the browser's storage had no room for the copy: the page holds it for download. */
export const NEWER_NOT_COPIED = "Your saved answers were made by a newer version of this site than this page, so none could be read here. This browser's storage is full, so no copy of them could be kept aside: download them now (below), since your first change here replaces them.";
const NOT_COPIED_ASIDE = "This browser's storage is full, so the whole saved text could not be kept aside: it stays saved as it was until your next change here.";
const NOT_KEPT_ASIDE = "This browser's storage is full, so the unreadable answers could not be kept aside: download them now, since your next change here replaces them.";

/** What separates the entries of the text kept aside: a blank line, so a reader who downloads it sees each whole. */
const BETWEEN_ENTRIES = "\n\n";

/**
 * The text kept aside with `text` added as its last entry.
 * @param {string | null} aside
 * @param {string} text
 */
const withEntry = (aside, text) => (aside === null ? text : `${aside}${BETWEEN_ENTRIES}${text}`);

/**
 * The text kept aside, or null.
 * @param {Store | null} store
 * @returns {string | null}
 */
export function readAside(store) {
  try {
    return store?.getItem(ASIDE_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * Keep unreadable saved text aside (after a text kept aside earlier, which is never overwritten), then free the
 * answers' key for the reader's new answers. Where the storage is full, the answers' key is freed first to make
 * room; where it still refuses, the text goes back under the answers' key (a reload finds it again) and is offered
 * on the page (`kept` false).
 * @param {Store} store
 * @param {string} text
 * @returns {{aside: string, kept: boolean}}
 */
export function setAside(store, text) {
  const earlier = readAside(store);
  const aside = earlier !== null && holdsEntry(earlier, text) ? earlier : withEntry(earlier, text);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      store.setItem(ASIDE_KEY, aside);
      remove(store);
      return { aside, kept: true };
    } catch {
      remove(store); // room for the copy, on the second attempt
    }
  }
  try {
    store.setItem(STORAGE_KEY, text);
  } catch {
    // the page still holds it, and offers it for download
  }
  return { aside, kept: false };
}

/**
 * Delete the text kept aside that a page showed (`shown`), and only that: entries another tab added since, after it,
 * stay kept (a storage attack: "Delete it" in one tab deleted a newer build's answers that another tab had just set
 * aside and said were kept). Text kept aside that does not start with what the page showed (another tab deleted it,
 * or an earlier entry of it) is left as it is, the safe way: a later visit offers it again.
 * @param {Store | null} store
 * @param {string} shown
 */
export function removeAside(store, shown) {
  const now = readAside(store);
  if (now === null) return;
  const added = now.startsWith(shown + BETWEEN_ENTRIES) ? now.slice(`${shown}${BETWEEN_ENTRIES}`.length) : null;
  try {
    if (now !== shown && added === null) return; // not what the page showed: another tab's
    if (added === null) store?.removeItem(ASIDE_KEY);
    else store?.setItem(ASIDE_KEY, added);
  } catch {
    // nothing to delete where storage is disabled
  }
}

/**
 * The saved answers. `text` is the stored text as read (null when there is none), so a change made in another
 * tab can be told apart from this tab's own writes. `aside` is saved text this page could not read, kept aside
 * (now, or on an earlier visit) until the reader deletes it.
 * @param {Store | null} store
 * @param {Contract} contract
 * @returns {{current: State | null, previous: State | null, followUpFor: string | null, previousFollowUpFor: string | null, problem: string, text: string | null, aside: string | null, rewrite: boolean, unread: boolean}} followUpFor: the failure the current answers' follow-up answer was given for, when saved (one of the deciding question's answers the follow-up is asked for, else null); previousFollowUpFor: the same of `previous`. problem: a sentence for the reader, or "". rewrite: false when the saved text must stay as it is for now (cut down, and not kept aside). unread: the saved text is a newer build's, left in place unread.
 */
export function load(store, contract) {
  const none = { current: null, previous: null, followUpFor: null, previousFollowUpFor: null, text: null, aside: readAside(store), rewrite: true, unread: false };
  if (!store) return { ...none, problem: NO_STORAGE };
  let text;
  try {
    text = store.getItem(STORAGE_KEY);
  } catch {
    return { ...none, problem: "Saved answers could not be read from this browser's storage." };
  }
  if (text === null) return { ...none, problem: "" };
  const parsed = parseBounded(text, maxStoredChars(contract));
  const raw = parsed.ok ? parsed.value : null;
  const document = isObject(raw) && Object.hasOwn(raw, "version") ? migrate(raw) : null;
  const overLimits = !parsed.ok && (parsed.problem === "long" || parsed.problem === "deep");
  if (!document && (isNewerDocument(raw) || (overLimits && startsAsNewerDocument(text)))) {
    // A newer build's answers stay where they are, so that build finds them when it is back (an attack review: after
    // a rollback they were moved aside at once, and the newer page came back to none); a copy goes aside, since the
    // reader's first change here replaces them.
    const copied = copyAside(store, text);
    // No room for the copy: the page holds the text for download (as setAside does), and says so (a diff review: the
    // note said a copy was kept, then that none could be).
    if (!copied.kept) return { ...none, text, aside: text, problem: NEWER_NOT_COPIED, rewrite: false, unread: true };
    return { ...none, text, aside: copied.aside, problem: NEWER_SAVED, rewrite: true, unread: true };
  }
  if (!document) {
    const { aside, kept } = setAside(store, text);
    return { ...none, aside, problem: kept ? "" : NOT_KEPT_ASIDE };
  }
  // The document's parts nothing here reads count as left out of the answers (kept aside below, and said).
  // A saved failure this page cannot use (a newer rubric's, damaged) is left out as any unknown part is: the whole
  // text goes aside, and is not written again without it on open (a diff review: it was deleted without a word).
  const followUpFor = decidingAnswer(contract, document.followUpFor);
  const previousFollowUpFor = decidingAnswer(contract, document.previousFollowUpFor);
  const unusable = [
    ...(document.followUpFor !== null && followUpFor === null ? [unknownPart("followUpFor")] : []),
    ...(document.previousFollowUpFor !== null && previousFollowUpFor === null ? [unknownPart("previousFollowUpFor")] : []),
  ];
  const current = alsoDropped(sanitize(document.state, contract), [...document.unknown.map(unknownPart), ...unusable]);
  // The reader's own answers, kept while a shared link is shown: only an object can hold them (a stored `1` is not
  // an empty set of answers, which would make the page say a link is shown).
  const previous = isObject(document.previous) ? sanitize(document.previous, contract) : null;
  const problems = [];
  if (document.rubric !== contract.rubric) {
    problems.push(`Your saved answers were made with rubric version ${document.rubric}; this page uses version ${contract.rubric}, so the recommendation may differ.`);
  }
  if (current.droppedCount) {
    problems.push(`Some saved answers no longer fit the questionnaire and were left out: ${droppedText(current)}.`);
  }
  if (document.previous != null && !previous) {
    problems.push("Your own answers, kept while a shared link was shown, were not readable and were left out.");
  }
  if (previous?.droppedCount) {
    problems.push(`Some of your own kept answers no longer fit the questionnaire and were left out: ${droppedText(previous)}.`);
  }
  // Whatever was left out is kept: the whole saved text goes aside (the answers that fit stay saved, and are shown),
  // so a document of a newer rubric, met by an older page (a rollback, a stale copy), is not cut down for good when
  // the page writes the answers again (an attack review). Nor is it written again cut down as the page opens (a
  // later attack review: the newer page, back, found the older one's cut-down copy): only the reader's first change.
  const lossy = current.droppedCount > 0 || (previous?.droppedCount ?? 0) > 0 || (document.previous != null && !previous);
  // A copy of text now read in full (a newer build's, kept aside by an older page, read here again) is not kept twice.
  const copied = lossy ? copyAside(store, text) : { aside: dropEntry(store, none.aside, text), kept: true };
  // Not kept aside (the storage is full): the saved text is left as it is, and the reader told (a review).
  if (!copied.kept) problems.push(NOT_COPIED_ASIDE);
  return {
    current: current.state,
    previous: previous?.state ?? null,
    followUpFor,
    previousFollowUpFor: previous ? previousFollowUpFor : null,
    problem: problems.join(" "),
    text,
    aside: copied.aside,
    rewrite: copied.kept && !lossy,
    unread: false,
  };
}

/**
 * A saved failure the follow-up's answer was given for: one of the deciding question's answers for which the
 * follow-up is asked, else null (a storage attack: "governance" was believed, and the page said it was compared with
 * the blocked deals, which the follow-up never asks of it). One this page cannot use is left out as a part not read:
 * the whole saved text is kept aside, as for any part left out (load).
 * @param {Contract} contract
 * @param {unknown} value
 * @returns {string | null}
 */
function decidingAnswer(contract, value) {
  const deciding = contract.questions.get(contract.deciding);
  const askedFor = followUpQuestion(contract)?.askedWhen.find((c) => c.question === contract.deciding)?.options;
  const known = typeof value === "string" && (deciding?.options.has(value) ?? false);
  return known && (askedFor?.includes(value) ?? true) ? value : null;
}

/**
 * Whether the text kept aside (entries joined by a blank line) holds `text` as one whole entry. The entry may hold
 * blank lines itself: splitting at them never found it, and a copy was added on every load (an attack review).
 * @param {string} aside
 * @param {string} text
 */
export function holdsEntry(aside, text) {
  const between = BETWEEN_ENTRIES;
  return aside === text || aside.startsWith(text + between) || aside.endsWith(between + text) || aside.includes(between + text + between);
}

/**
 * The text kept aside without the entry `text` (null when nothing is left), written back when it changed.
 * @param {Store} store
 * @param {string | null} aside
 * @param {string} text
 * @returns {string | null}
 */
function dropEntry(store, aside, text) {
  if (aside === null || !holdsEntry(aside, text)) return aside;
  const between = BETWEEN_ENTRIES;
  const entries = `${between}${aside}${between}`.replace(`${between}${text}${between}`, between).slice(between.length, -between.length);
  const left = entries === "" ? null : entries;
  try {
    if (left === null) store.removeItem(ASIDE_KEY);
    else store.setItem(ASIDE_KEY, left);
    return left;
  } catch {
    return aside;
  }
}

/**
 * Keep a copy of saved text aside, the saved answers left in place; the text aside already (a reload) is not
 * added twice. The text aside now, and whether the copy is kept (the browser may refuse it: storage full).
 * @param {Store} store
 * @param {string} text
 * @returns {{aside: string | null, kept: boolean}}
 */
function copyAside(store, text) {
  const earlier = readAside(store);
  if (earlier !== null && holdsEntry(earlier, text)) return { aside: earlier, kept: true };
  const aside = withEntry(earlier, text);
  try {
    store.setItem(ASIDE_KEY, aside);
    return { aside, kept: true };
  } catch {
    return { aside: earlier, kept: false };
  }
}

/**
 * The text `save` writes for these answers.
 * @param {Contract} contract
 * @param {State} current
 * @param {State | null} previous
 * @param {string | null} [followUpFor]
 * @param {string | null} [previousFollowUpFor]
 */
export const documentText = (contract, current, previous, followUpFor = null, previousFollowUpFor = null) =>
  JSON.stringify(toDocument(contract, current, previous, followUpFor, previousFollowUpFor));

/**
 * @param {Store | null} store
 * @param {Contract} contract
 * @param {State} current
 * @param {State | null} previous
 * @param {string | null} [followUpFor] the failure the follow-up's answer in `current` was given for, when known
 * @param {string | null} [previousFollowUpFor] the same of `previous`
 * @returns {string} "" or a sentence saying why the answers could not be saved (nothing is cut to make them fit).
 */
export function save(store, contract, current, previous, followUpFor = null, previousFollowUpFor = null) {
  if (!store) return NO_STORAGE;
  const text = documentText(contract, current, previous, followUpFor, previousFollowUpFor);
  const limit = maxStoredChars(contract);
  if (text.length > limit) {
    return `Your answers are too long to save in this browser (${count(text.length)} characters; at most ${count(limit)}): they stay on this page, in full, until you shorten a complaint.`;
  }
  try {
    store.setItem(STORAGE_KEY, text);
    return "";
  } catch {
    return "Your answers could not be saved in this browser (its storage is full or disabled).";
  }
}

/**
 * Put back text this page read from the storage before (it fitted then): whether it was written.
 * @param {Store | null} store
 * @param {string} text
 */
export function restore(store, text) {
  try {
    store?.setItem(STORAGE_KEY, text);
    return Boolean(store);
  } catch {
    return false;
  }
}

/** @param {Store | null} store */
export function remove(store) {
  try {
    store?.removeItem(STORAGE_KEY);
  } catch {
    // nothing to clear where storage is disabled
  }
}
