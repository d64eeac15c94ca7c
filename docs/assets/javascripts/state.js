// The questionnaire's state, in one shape for everything that holds it: the page, saved answers, share links,
// the engine's input and the downloads. Pure functions, no DOM and no storage: node --test runs them.
//
// A state is {answers: {questionId: optionId}, complaints: [text, one per box], overrides: {"box": type}}.
// Anything read back (storage, a link) is untrusted: `migrate` turns every shape this page has ever written
// into the current document, and `sanitize` keeps what fits the questionnaire and lists in words what did not.

/** @typedef {import("./contract.js").Contract} Contract */
/** @typedef {{answers: Record<string, string>, complaints: string[], overrides: Record<string, string>}} State */
/** @typedef {{version: 2, rubric: string, state: State, previous: State | null, followUpFor?: string, previousFollowUpFor?: string}} Document */
/** @typedef {{rubric: string, state: unknown, previous: unknown, followUpFor: unknown, previousFollowUpFor: unknown, unknown: string[]}} Migrated followUpFor, previousFollowUpFor: the failure the follow-up's answer of the state, and of the reader's own answers kept beside it, was given for, as saved (version 2 only); unknown: the keys beside the shape's own, which nothing here reads */

/** The version of the document written by saved answers and share links; older ones are migrated. */
export const DOCUMENT_VERSION = 2;

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

/** Characters a notice shows of a value read back; the rest is "…". */
const CLIP = 40;
/** Dropped items a notice names one by one; the rest are counted. */
export const LISTED = 3;
/** Nesting a document may have: a state is three levels deep, a document four; more is not ours. */
export const MAX_DEPTH = 16;

// Control, format, line-separator and default-ignorable characters (bidirectional and zero-width marks, a soft
// hyphen, variation selectors, tag characters, Hangul fillers): read back as they are, they could reorder or hide the
// notice's words, or make a value look like another ("outages" followed by a zero-width space reads as "outages", and
// a notice saying it is not an option would make no sense). They are shown by their code, as "[U+200B]".
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u;
// An identifier (a question's, an option's, a category's) is plain ASCII: any other character in one read back is
// shown by its code too, so a look-alike ("о", Cyrillic, in "оutages") does not read as the option it is not.
const NOT_ASCII = /[^\u0020-\u007e]/u;

/** @param {string} point one code point */
const code = (point) => `[U+${(point.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}]`;

/**
 * At most `length` characters of untrusted text (whole code points; an invisible one shown by its code, and counted
 * as one), "…" when cut. ``id``: text meant as an identifier, every character outside ASCII shown by its code.
 * @param {string} text
 * @param {boolean} [id]
 */
export function clip(text, length = CLIP, id = false) {
  const hidden = id ? NOT_ASCII : INVISIBLE;
  const points = Array.from(text.slice(0, 2 * length + 2), (point) => (hidden.test(point) ? code(point) : point));
  return points.length > length || text.length > 2 * length + 2 ? `${points.slice(0, length).join("")}…` : points.join("");
}

/** A number in a sentence, with thousands separated ("40,000"). @param {number} n */
export const count = (n) => n.toLocaleString("en-GB");

/**
 * A value read back, in a few words, without converting it (an object's own `toString` could throw or lie).
 * ``id``: a value meant as an identifier (clip).
 * @param {unknown} value
 * @param {boolean} [id]
 */
export function describe(value, id = false) {
  if (typeof value === "string") return `“${clip(value, CLIP, id)}”`;
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  return Array.isArray(value) ? "a list" : "a group of values";
}

/**
 * JSON text read with its size and nesting bounded before anything recurses into it: the text is at most
 * `maxChars` long and no deeper than MAX_DEPTH (counted by one pass over the characters, strings skipped). An object
 * that gives a key twice is refused, as the engine refuses it (serialize.py): JSON.parse keeps the last of the two,
 * and the first would be dropped without a word.
 * @param {string} text
 * @param {number} maxChars
 * @returns {{ok: true, value: unknown} | {ok: false, problem: "long" | "deep" | "syntax"}
 *   | {ok: false, problem: "duplicate", key: string}}
 */
export function parseBounded(text, maxChars) {
  if (text.length > maxChars) return { ok: false, problem: "long" };
  /** @type {(Set<string> | null)[]} the keys of each open object (null for an array) */
  const open = [];
  let inString = false;
  let expectKey = false;
  let keyStart = -1; // where the string being read began, when it is an object's key
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') {
        inString = false;
        const keys = open.at(-1);
        if (keyStart < 0 || !keys) continue;
        let key;
        try {
          key = String(JSON.parse(text.slice(keyStart, i + 1))); // "\u0061" and "a" are one key
        } catch {
          return { ok: false, problem: "syntax" };
        }
        if (keys.has(key)) return { ok: false, problem: "duplicate", key };
        keys.add(key);
        keyStart = -1;
      }
    } else if (ch === '"') {
      inString = true;
      keyStart = expectKey ? i : -1;
      expectKey = false;
    } else if (ch === "[" || ch === "{") {
      open.push(ch === "{" ? new Set() : null);
      if (open.length > MAX_DEPTH) return { ok: false, problem: "deep" };
      expectKey = ch === "{";
    } else if (ch === "]" || ch === "}") {
      open.pop();
      expectKey = false;
    } else if (ch === ",") expectKey = open.at(-1) instanceof Set;
    else if (ch === ":") expectKey = false;
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, problem: "syntax" };
  }
}

/**
 * The rubric a document names, as text (anything else is "unknown").
 * @param {unknown} value
 */
const rubricOf = (value) => (typeof value === "string" ? clip(value, 12, true) : "unknown");

/**
 * @param {Contract} contract
 * @returns {State}
 */
export function emptyState(contract) {
  return { answers: {}, complaints: Array(contract.limits.maxComplaints).fill(""), overrides: {} };
}

/**
 * Whether parsed data is a document of a later version than this page reads (made by a newer build of the site: a
 * share link, or answers saved before a rollback).
 * @param {unknown} value
 */
export const isNewerDocument = (value) =>
  isObject(value) && Object.hasOwn(value, "version") && Number.isInteger(value.version) && Number(value.version) > DOCUMENT_VERSION && Number(value.version) < 100;

/** A document's version, where its text starts with it, as every build writes it (`save`: JSON.stringify). */
const VERSION_FIRST = /^\s*\{\s*"version"\s*:\s*(\d{1,2})\s*[,}]/;

/**
 * Whether saved text this build will not parse (over its size or depth limits) names a newer version first: a
 * newer build may allow more than this one (an attack review: its answers were moved aside, and after a rollback
 * that build came back to none). Read from the text's start only, never parsed.
 * @param {string} text
 */
export function startsAsNewerDocument(text) {
  const version = VERSION_FIRST.exec(text)?.[1];
  return version !== undefined && isNewerDocument({ version: Number(version) });
}

/**
 * Every shape saved answers and share links have had, as {rubric, state, previous}; null when the data is none
 * of them. Version 1 saved answers were {version: 1, rubric, current, previous}; version 1 links were
 * {v: rubric, a: answers, c?: complaints, o?: overrides}; version 2 is {version: 2, rubric, state, previous}.
 * Keys are read as data: only the object's own properties count (JSON.parse makes "__proto__" an own key).
 * @param {unknown} raw
 * @returns {Migrated | null}
 */
export function migrate(raw) {
  if (!isObject(raw)) return null;
  /** @param {string} key */
  const own = (key) => (Object.hasOwn(raw, key) ? raw[key] : undefined);
  /** @param {readonly string[]} known */
  const others = (known) => Object.keys(raw).filter((key) => !known.includes(key));
  const version = own("version");
  if (version === DOCUMENT_VERSION && isObject(own("state"))) {
    const unknown = others(["version", "rubric", "state", "previous", "followUpFor", "previousFollowUpFor"]);
    return {
      rubric: rubricOf(own("rubric")),
      state: own("state"),
      previous: own("previous") ?? null,
      followUpFor: own("followUpFor") ?? null,
      previousFollowUpFor: own("previousFollowUpFor") ?? null,
      unknown,
    };
  }
  if (version === 1 && isObject(own("current"))) {
    const unknown = others(["version", "rubric", "current", "previous"]);
    return { rubric: rubricOf(own("rubric")), state: own("current"), previous: own("previous") ?? null, followUpFor: null, previousFollowUpFor: null, unknown };
  }
  if (version === undefined && isObject(own("a"))) {
    const state = { answers: own("a"), complaints: own("c"), overrides: own("o") };
    return { rubric: rubricOf(own("v")), state, previous: null, followUpFor: null, previousFollowUpFor: null, unknown: others(["v", "a", "c", "o"]) };
  }
  return null;
}

/**
 * A part of saved answers or of a link that nothing here reads (a newer build's field, say), named for a notice.
 * @param {string} key
 */
export const unknownPart = (key) => `a part this page does not know (${describe(key, true)})`;

/**
 * `result` with `more` left out too, listed first (at most LISTED named, all counted).
 * @template {{dropped: string[], droppedCount: number}} T
 * @param {T} result
 * @param {readonly string[]} more
 * @returns {T}
 */
export function alsoDropped(result, more) {
  if (!more.length) return result;
  return { ...result, dropped: [...more, ...result.dropped].slice(0, LISTED), droppedCount: result.droppedCount + more.length };
}

/**
 * What was left out, for a notice: the first LISTED items by name, the others counted. Bounded however much
 * was dropped.
 * @param {{dropped: readonly string[], droppedCount: number}} result
 */
export function droppedText(result) {
  const more = result.droppedCount - result.dropped.length;
  return more > 0 ? `${result.dropped.join("; ")}; and ${more} more` : result.dropped.join("; ");
}

/**
 * Keep what fits the questionnaire; name in `dropped` (plain words, at most LISTED) what did not, and count it
 * all in `droppedCount`. Over-long text is kept whole: the page shows the limit next to it and the reader decides.
 * Every key is data (own keys only, looked up in the contract's Map), and no value is converted to text.
 * From a link, a complaint of blank characters alone (the engine's test) is left out too, and said: it holds nothing
 * to read, and thousands of line breaks made the page a million pixels tall, kept once saved (an attack review). The
 * reader's own saved boxes keep what they typed.
 * @param {unknown} raw
 * @param {Contract} contract
 * @param {{fromLink?: boolean}} [options]
 * @returns {{state: State, dropped: string[], droppedCount: number}}
 */
export function sanitize(raw, contract, { fromLink = false } = {}) {
  const state = emptyState(contract);
  /** @type {string[]} */
  const dropped = [];
  let droppedCount = 0;
  /** @param {() => string} what */
  const drop = (what) => {
    if (droppedCount++ < LISTED) dropped.push(what());
  };
  if (!isObject(raw)) return { state, dropped: ["the data is not a set of answers"], droppedCount: 1 };
  /** @param {string} key */
  const own = (key) => (Object.hasOwn(raw, key) ? raw[key] : undefined);

  const answers = own("answers");
  if (answers !== undefined && !isObject(answers)) drop(() => "the answers were not readable");
  for (const [qid, oid] of Object.entries(isObject(answers) ? answers : {})) {
    const question = contract.questions.get(qid);
    if (!question) drop(() => `an answer to an unknown question (${describe(qid, true)})`);
    else if (typeof oid !== "string" || !question.options.has(oid)) {
      drop(() => `the answer to “${question.prompt}” (${describe(oid, true)} is not one of its options)`);
    } else state.answers[qid] = oid;
  }

  const boxes = contract.limits.maxComplaints;
  const complaints = own("complaints");
  if (complaints !== undefined) {
    if (!Array.isArray(complaints)) drop(() => "the complaints were not readable");
    else {
      complaints.forEach((/** @type {unknown} */ text, i) => {
        if (i >= boxes) drop(() => `complaint ${i + 1} (at most ${boxes})`);
        else if (typeof text !== "string") drop(() => `complaint ${i + 1} (not text)`);
        else if (fromLink && text !== "" && contract.isBlank(text)) {
          drop(() => `complaint ${i + 1} (blank: ${[...text].length} spaces, line breaks or other invisible characters)`);
        } else state.complaints[i] = text;
      });
    }
  }

  const overrides = own("overrides");
  if (overrides !== undefined) {
    if (!isObject(overrides)) drop(() => "the category choices were not readable");
    else {
      for (const [index, type] of Object.entries(overrides)) {
        const i = Number(index);
        const box = /^(0|[1-9]\d*)$/.test(index) && i < boxes;
        if (!box || typeof type !== "string" || !contract.overrideTypes.includes(type)) {
          // A box that exists by its number, as the page numbers them (a storage attack: "complaint 1 (not text); a
          // category choice (3 for complaint “0”)" named one box two ways).
          drop(() => `a category choice (${describe(type, true)} for complaint ${box ? i + 1 : describe(index, true)})`);
        } else if (fromLink && !state.complaints[i]) {
          // A link's choice for a box it leaves empty would apply to the next complaint written there (reviews).
          drop(() => `a category choice (${describe(type, true)} for complaint ${i + 1}, which the link leaves empty)`);
        } else state.overrides[String(i)] = type;
      }
    }
  }
  // Whatever else the state holds is data nothing here reads: left out, and said (an attack review: it was erased
  // on the next write without a word).
  for (const key of Object.keys(raw)) {
    if (!["answers", "complaints", "overrides"].includes(key)) drop(() => unknownPart(key));
  }
  return { state, dropped, droppedCount };
}

/**
 * A state as a document to save or share.
 * @param {Contract} contract
 * @param {State} state
 * @param {State | null} [previous]
 * @param {string | null} [followUpFor] the deciding answer the follow-up's answer was given for, when known
 * @param {string | null} [previousFollowUpFor] the same of the reader's own answers kept in `previous`
 * @returns {Document}
 */
export function toDocument(contract, state, previous = null, followUpFor = null, previousFollowUpFor = null) {
  /** @type {Document} */
  const document = { version: /** @type {2} */ (DOCUMENT_VERSION), rubric: contract.rubric, state, previous };
  // The failure the follow-up's answer was given for, kept with it (a reader's review: after a reload with the answer
  // kept but not asked, the page no longer knew it, and cleared the answer when the deals were blocked again); so too
  // of the reader's own answers kept beside a link's (a storage attack: after "Show my own answers" it was unknown).
  // Only when known: the documents of answers without it are written as before. An older build reads either as a part
  // it does not know: it keeps the answers, and the whole text aside (saved-answers.js), losing only the failure.
  if (followUpFor !== null) document.followUpFor = followUpFor;
  if (previous !== null && previousFollowUpFor !== null) document.previousFollowUpFor = previousFollowUpFor;
  return document;
}

/**
 * @param {Record<string, string>} obj
 * @returns {Record<string, string>}
 */
const sortKeys = (obj) => Object.fromEntries(Object.entries(obj).sort(([x], [y]) => (x < y ? -1 : 1)));

/**
 * @param {State} a
 * @param {State} b
 */
export function sameState(a, b) {
  /** @param {State} s */
  const normal = (s) => ({ answers: sortKeys(s.answers), complaints: s.complaints, overrides: sortKeys(s.overrides) });
  return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
}

/**
 * Whether a complaint box holds something (blank is the engine's own test).
 * @param {State} state
 * @param {Contract} contract
 */
export const hasComplaint = (state, contract) => state.complaints.some((c) => !contract.isBlank(c));

/**
 * @param {State} state
 * @param {Contract} contract what counts as a blank complaint (the engine's own test)
 */
export const isEmpty = (state, contract) => Object.keys(state.answers).length === 0 && !hasComplaint(state, contract);

/**
 * What the reader put into the form before the page's script ran (a slow load: the form is on screen first), laid
 * over the answers the page shows (saved, or a link's): each question the reader answered and each complaint they
 * wrote, with the type they chose for it, are theirs; the rest stays as shown. A complaint written into a box that
 * holds another one the reader could not see yet (the form is filled only when the script runs) stays where the
 * reader wrote it, their cursor still in it; the one shown there moves, with its type, to the first box empty in both
 * (a reader's review: the typed one moved to the last box, and the reader's next keys went into the saved one), so
 * neither is lost; only with no box left is it taken out (`movedComplaints` says where each went).
 * @param {State} shown
 * @param {State} typed
 * @param {Contract} contract
 * @returns {State}
 */
export function laidOver(shown, typed, contract) {
  const boxes = Math.max(shown.complaints.length, typed.complaints.length);
  const complaints = Array.from({ length: boxes }, (_, i) => shown.complaints[i] ?? "");
  const overrides = { ...shown.overrides };
  /** @param {number} i */
  const free = (i) => contract.isBlank(complaints[i] ?? "") && contract.isBlank(typed.complaints[i] ?? "");
  const places = Array.from({ length: Math.max(boxes, contract.limits.maxComplaints) }, (_, j) => j);
  /** @param {number} box @param {string} text */
  const put = (box, text) => {
    while (complaints.length <= box) complaints.push("");
    complaints[box] = text;
  };
  /** The boxes a complaint shown moved into: their choice is the moved complaint's, no other. */
  const movedInto = new Set();
  typed.complaints.forEach((text, i) => {
    if (contract.isBlank(text)) return;
    const there = complaints[i] ?? "";
    const to = !contract.isBlank(there) && there !== text ? places.find(free) : undefined;
    if (to !== undefined) {
      put(to, there);
      const type = overrides[String(i)];
      if (type) overrides[String(to)] = type;
      else delete overrides[String(to)]; // not a choice kept for the empty box (a diff review)
      movedInto.add(String(to));
    }
    put(i, String(text));
    delete overrides[String(i)];
    const type = typed.overrides[String(i)];
    if (type) overrides[String(i)] = type;
  });
  for (const [i, type] of Object.entries(typed.overrides)) {
    // A choice for a box shown as it is; not one a complaint moved into (a diff review: it took the typed choice).
    if (contract.isBlank(typed.complaints[Number(i)] ?? "") && !movedInto.has(i)) overrides[i] = type;
  }
  return { answers: { ...shown.answers, ...typed.answers }, complaints, overrides };
}

/**
 * Where each complaint shown went when a laid-over state took its box (laidOver): to another box (`to`), or out of
 * the form, none being free (`to` null), so that the page can say so beside the box and give the text back (a storage
 * attack and a reader's review: a saved complaint was replaced, or moved, with no word).
 * @param {State} shown
 * @param {State} laid
 * @param {Contract} contract
 * @returns {{box: number, to: number | null, text: string}[]}
 */
export function movedComplaints(shown, laid, contract) {
  // A complaint moves only into a box empty when shown, each into one (a diff review: two saved "A"s were both said
  // to be in the same box).
  const claimed = new Set();
  return shown.complaints.flatMap((text, box) => {
    if (contract.isBlank(text) || laid.complaints[box] === text) return [];
    const to = laid.complaints.findIndex(
      (other, j) => other === text && contract.isBlank(shown.complaints[j] ?? "") && !claimed.has(j),
    );
    if (to !== -1) claimed.add(to);
    return [{ box, to: to === -1 ? null : to, text }];
  });
}
