import assert from "node:assert/strict";
import { test } from "node:test";

import { alsoDropped, clip, describe, droppedText, emptyState, isEmpty, laidOver, migrate, movedComplaints, parseBounded, sameState, sanitize, startsAsNewerDocument, toDocument } from "../../docs/assets/javascripts/state.js";
import { sampleContract } from "./fixtures.js";

const contract = sampleContract();
const state = { answers: { failure_mode: "outages" }, complaints: ["slow", "", "", "", ""], overrides: { "0": "user" } };

test("migrate: version 1 saved answers (rubric 1) become a state with their rubric and previous answers", () => {
  const raw = { version: 1, rubric: "1", current: { answers: { failure_mode: "outages" } }, previous: { answers: {} } };
  assert.deepEqual(migrate(raw), { rubric: "1", state: raw.current, previous: raw.previous, followUpFor: null, previousFollowUpFor: null, unknown: [] });
});

test("migrate: version 1 saved answers (rubric 2) without previous answers", () => {
  const raw = { version: 1, rubric: "2", current: state };
  assert.deepEqual(migrate(raw), { rubric: "2", state, previous: null, followUpFor: null, previousFollowUpFor: null, unknown: [] });
});

test("migrate: a version 1 share link ({v, a, c, o}) of rubric 1 becomes a state", () => {
  const raw = { v: "1", a: { failure_mode: "regressions" }, c: ["deploys break"], o: { "0": "process" } };
  assert.deepEqual(migrate(raw), {
    rubric: "1",
    state: { answers: raw.a, complaints: raw.c, overrides: raw.o },
    previous: null,
    followUpFor: null,
    previousFollowUpFor: null,
    unknown: [],
  });
});

test("migrate: a version 1 share link of rubric 2 with answers only", () => {
  const raw = { v: "2", a: { failure_mode: "outages" } };
  assert.deepEqual(migrate(raw), {
    rubric: "2",
    state: { answers: raw.a, complaints: undefined, overrides: undefined },
    previous: null,
    followUpFor: null,
    previousFollowUpFor: null,
    unknown: [],
  });
});

test("migrate: the current document reads back as written", () => {
  const document = toDocument(contract, state, emptyState(contract));
  assert.equal(document.version, 2);
  assert.deepEqual(migrate(JSON.parse(JSON.stringify(document))), { rubric: contract.rubric, state, previous: emptyState(contract), followUpFor: null, previousFollowUpFor: null, unknown: [] });
  assert.equal("followUpFor" in document, false); // written only when known: the documents of before, unchanged
});

test("migrate: the failure a follow-up answer was given for reads back as written (a reader's review)", () => {
  const document = toDocument(contract, state, null, "regressions");
  assert.deepEqual(migrate(JSON.parse(JSON.stringify(document))), { rubric: contract.rubric, state, previous: null, followUpFor: "regressions", previousFollowUpFor: null, unknown: [] });
});

test("migrate: the keys beside each shape's own are named, as data (an attack review: they were erased unsaid)", () => {
  const raw = JSON.parse('{"version":2,"rubric":"3","state":{},"previous":null,"title":"Q3","__proto__":1}');
  assert.deepEqual(migrate(raw)?.unknown, ["title", "__proto__"]);
  assert.deepEqual(migrate({ version: 1, current: {}, note: 1 })?.unknown, ["note"]);
  assert.deepEqual(migrate({ a: {}, v: "2", x: 1 })?.unknown, ["x"]);
});

test("sanitize: a part of the state nothing here reads is left out and named, after the rest", () => {
  const raw = { answers: { failure_mode: "outages", nope: "x" }, effort_notes: "three sprints", complaints: ["a"] };
  const result = sanitize(raw, contract);
  assert.deepEqual(result.state.answers, { failure_mode: "outages" });
  assert.equal(result.droppedCount, 2);
  assert.match(result.dropped[1] ?? "", /^a part this page does not know \(“effort_notes”\)$/);
});

test("alsoDropped: more left out, listed first and all counted", () => {
  const result = { state: 1, dropped: ["a", "b"], droppedCount: 5 };
  assert.deepEqual(alsoDropped(result, ["x", "y"]), { state: 1, dropped: ["x", "y", "a"], droppedCount: 7 });
  assert.equal(alsoDropped(result, []), result);
});

test("migrate: anything else is not a document", () => {
  for (const raw of [null, 3, "x", [], {}, { version: 3, state }, { version: 1, current: [] }, { v: "2", a: [] }]) {
    assert.equal(migrate(raw), null, JSON.stringify(raw));
  }
});

test("sanitize keeps what fits and names in words what does not", () => {
  const { state: kept, dropped, droppedCount } = sanitize({
    answers: { failure_mode: "outages", deals_blocked: "maybe", gone: "x" },
    complaints: ["a", 7, "c", "", "", "sixth"],
    overrides: { "0": "user", "1": "nonsense", "9": "process" },
  }, contract);
  assert.deepEqual(kept, { answers: { failure_mode: "outages" }, complaints: ["a", "", "c", "", ""], overrides: { "0": "user" } });
  assert.equal(droppedCount, 6);
  assert.deepEqual(dropped, [
    `the answer to “${contract.questions.get("deals_blocked")?.prompt}” (“maybe” is not one of its options)`,
    "an answer to an unknown question (“gone”)",
    "complaint 2 (not text)",
  ]);
  const rest = sanitize({ complaints: ["", "", "", "", "", "sixth"], overrides: { "1": "nonsense", "9": "process", "": "user" } }, contract);
  assert.deepEqual(rest.dropped, [
    "complaint 6 (at most 5)",
    "a category choice (“nonsense” for complaint 2)",
    "a category choice (“process” for complaint “9”)",
  ]);
  // A box by its number as the page numbers them (a storage attack: index "1" was said as complaint “1”, box 2).
  assert.equal(droppedText(rest), "complaint 6 (at most 5); a category choice (“nonsense” for complaint 2); a category choice (“process” for complaint “9”); and 1 more");
  // An attack review: a look-alike of an option, or one with a soft hyphen, read as the option it is not.
  const alike = sanitize({ answers: { failure_mode: "\u043eutages", deals_blocked: "yes\u00ad" } }, contract);
  assert.deepEqual(alike.dropped, [
    `the answer to “${contract.questions.get("failure_mode")?.prompt}” (“[U+043E]utages” is not one of its options)`,
    `the answer to “${contract.questions.get("deals_blocked")?.prompt}” (“yes[U+00AD]” is not one of its options)`,
  ]);
});

test("sanitize takes a category choice's box number as the engine does: no leading zeros, so no two choices name one box", () => {
  const { state: kept, dropped } = sanitize({ overrides: { "0": "process", "00": "technical", "01": "user" } }, contract);
  assert.deepEqual(kept.overrides, { "0": "process" });
  assert.deepEqual(dropped, ["a category choice (“technical” for complaint “00”)", "a category choice (“user” for complaint “01”)"]);
});

test("sanitize keeps an over-long complaint whole (the page shows the limit; nothing is cut)", () => {
  const long = "x".repeat(6000);
  assert.equal(sanitize({ complaints: [long] }, contract).state.complaints[0], long);
});

test("sanitize reports unreadable parts instead of throwing", () => {
  assert.deepEqual(sanitize("text", contract).dropped, ["the data is not a set of answers"]);
  assert.deepEqual(sanitize({ answers: [], complaints: {}, overrides: [] }, contract).dropped, [
    "the answers were not readable",
    "the complaints were not readable",
    "the category choices were not readable",
  ]);
});

test("sameState ignores key order; isEmpty ignores blank complaints", () => {
  const a = { answers: { x: "1", y: "2" }, complaints: ["", ""], overrides: {} };
  const b = { answers: { y: "2", x: "1" }, complaints: ["", ""], overrides: {} };
  assert.ok(sameState(a, b));
  assert.ok(!sameState(a, { ...b, complaints: ["z", ""] }));
  assert.ok(isEmpty({ answers: {}, complaints: ["  ", ""], overrides: { "0": "user" } }, contract));
  assert.ok(!isEmpty(a, contract));
});

test("a complaint is blank by the engine's test: trim() would keep U+0085 and drop a byte-order mark", () => {
  // The same cases as tests/unit/test_complaints.py's test_blank_is_what_a_reader_sees_as_nothing.
  for (const blank of ["", " \t\n", "\u00a0\u3000", "\ufeff", "\u200b\u200e", "\u0085", "\u001c\u001f", "\u2028"]) {
    assert.ok(contract.isBlank(blank), JSON.stringify(blank));
    assert.ok(isEmpty({ answers: {}, complaints: [blank], overrides: {} }, contract));
  }
  for (const text of ["a", " x ", "\ufeffdeploys break", "\u00ad-", "😀", "\u0661"]) {
    assert.ok(!contract.isBlank(text), JSON.stringify(text));
  }
  assert.deepEqual(laidOver(state, { answers: {}, complaints: ["\ufeff"], overrides: {} }, contract).complaints, state.complaints);
});

test("a notice about 10,000 dropped answers stays short", () => {
  const answers = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`unknown-${i}-${"q".repeat(50)}`, "x"]));
  const result = sanitize({ answers }, contract);
  assert.equal(result.droppedCount, 10_000);
  const text = droppedText(result);
  assert.ok(text.length < 300, text);
  assert.match(text, /; and 9997 more$/);
});

test("prototype names are answer keys like any other; values are described, never converted", () => {
  const raw = JSON.parse('{"answers": {"__proto__": "x", "constructor": {"toString": 1}, "toString": [], "failure_mode": {"toString": "outages"}}, "overrides": {"__proto__": "user", "0": {"valueOf": 1}}, "complaints": {"length": 3}}');
  const result = sanitize(raw, contract);
  assert.deepEqual(result.state, emptyState(contract));
  assert.equal(Object.getPrototypeOf(result.state.answers), Object.prototype);
  assert.equal(result.droppedCount, 7);
  assert.deepEqual(result.dropped, [
    "an answer to an unknown question (“__proto__”)",
    "an answer to an unknown question (“constructor”)",
    "an answer to an unknown question (“toString”)",
  ]);
  assert.equal(migrate(JSON.parse('{"version": 2, "rubric": {"toString": 1}, "state": {}}'))?.rubric, "unknown");
  assert.equal(migrate(JSON.parse('{"__proto__": {"version": 2, "state": {}}}')), null);
});

test("clip and describe keep notices short and readable", () => {
  assert.equal(clip("a\u202Ebc\u0000d"), "a[U+202E]bc[U+0000]d"); // shown by their code: nothing reordered or hidden
  assert.equal(clip("\u061c2"), "[U+061C]2"); // the Arabic letter mark
  assert.equal(clip("outages\u200b"), "outages[U+200B]"); // not mistaken for an option's value
  assert.equal(clip("\ufeff\u2060x\u200d"), "[U+FEFF][U+2060]x[U+200D]");
  assert.equal(clip("\u200b".repeat(10), 3), "[U+200B][U+200B][U+200B]…"); // each counted as one
  assert.equal(clip("☃".repeat(50), 3), "☃☃☃…");
  assert.equal(clip("\u{1F600}".repeat(3), 2), "\u{1F600}\u{1F600}…");
  // An attack review: a soft hyphen, a variation selector, a combining grapheme joiner, a tag character and a Hangul
  // filler read as nothing, so "outages" with one of them read as the option it is not.
  for (const [point, shown] of [["\u00ad", "00AD"], ["\ufe0f", "FE0F"], ["\u034f", "034F"], ["\u{e0041}", "E0041"], ["\u3164", "3164"]]) {
    assert.equal(clip(`outages${point}`), `outages[U+${shown}]`);
  }
  // Meant as an identifier, every character outside ASCII is shown by its code: a Cyrillic "о" is not an "o".
  assert.equal(clip("\u043eutages", 40, true), "[U+043E]utages");
  assert.equal(clip("\u043eutages"), "\u043eutages"); // a reader's text keeps its letters
  // Every format and default-ignorable character, as a diff review found some missing: line separators, the Arabic
  // number sign, musical formatting marks.
  for (const point of ["\u2028", "\u2029", "\ufff9", "\u0600", "\u{1d173}", "\u{1bca0}"]) {
    assert.match(clip(`a${point}b`), /^a\[U\+[0-9A-F]{4,5}\]b$/u);
  }
  assert.deepEqual([null, 1, true, [], {}].map((value) => describe(value)), ["null", "1", "true", "a list", "a group of values"]);
});

test("parseBounded refuses text too long or nested too deep before parsing it", () => {
  assert.deepEqual(parseBounded('{"a": ["[", "\\"]"]}', 100), { ok: true, value: { a: ["[", '"]'] } });
  assert.deepEqual(parseBounded("[".repeat(5000) + "]".repeat(5000), 100_000), { ok: false, problem: "deep" });
  assert.deepEqual(parseBounded("[1]", 2), { ok: false, problem: "long" });
  assert.deepEqual(parseBounded("{x", 10), { ok: false, problem: "syntax" });
});

test("parseBounded refuses an object that gives a key twice, as the engine does; one key in two objects is fine", () => {
  const twice = '{"answers": {"failure_mode": "outages", "failure_mode": "governance"}}';
  assert.deepEqual(parseBounded(twice, 1000), { ok: false, problem: "duplicate", key: "failure_mode" });
  assert.deepEqual(parseBounded('{"a": 1, "\\u0061": 2}', 1000), { ok: false, problem: "duplicate", key: "a" });
  assert.deepEqual(parseBounded('{"a": {"a": 1}, "b": [{"a": 2}, {"a": 3}], "c": "a"}', 1000), {
    ok: true,
    value: { a: { a: 1 }, b: [{ a: 2 }, { a: 3 }], c: "a" },
  });
  assert.deepEqual(parseBounded('["a", "a", {"k": "a", "v": "a"}]', 1000).ok, true); // values are not keys
  assert.deepEqual(parseBounded('{"a": "x\\"", "a": 1}', 1000), { ok: false, problem: "duplicate", key: "a" });
  assert.deepEqual(parseBounded('{"a\\x": 1}', 1000), { ok: false, problem: "syntax" });
});

test("laidOver: what the reader typed before the script ran wins, question by question and box by box", () => {
  const shown = {
    answers: { failure_mode: "outages", deals_blocked: "yes" },
    complaints: ["saved one", "saved two", ""],
    overrides: { 0: "technical", 1: "process" },
  };
  const typed = { answers: { failure_mode: "governance" }, complaints: ["", "typed two", "typed three"], overrides: { 1: "user" } };
  // Box 2 held "saved two", which the reader could not see before the script ran: both are kept, the typed one (with
  // its type) where the reader wrote it, their cursor still in it; the saved one (with its type) in the first box empty
  // in both (a reader's review: the typed one moved, and the reader's next keys went into the saved one).
  assert.deepEqual(laidOver(shown, typed, contract), {
    answers: { failure_mode: "governance", deals_blocked: "yes" },
    complaints: ["saved one", "typed two", "typed three", "saved two"],
    overrides: { 0: "technical", 1: "user", 3: "process" },
  });
  // The same text typed again, or a type chosen for a box shown as it is: in place.
  const again = { answers: {}, complaints: ["", "saved two"], overrides: { 0: "user", 1: "user" } };
  assert.deepEqual(laidOver(shown, again, contract), {
    answers: shown.answers,
    complaints: ["saved one", "saved two", ""],
    overrides: { 0: "user", 1: "user" },
  });
  // No box empty in both: the typed complaint takes its own box, as the reader wrote it there.
  const full = { ...shown, complaints: ["1", "2", "3", "4", "5"] };
  assert.deepEqual(laidOver(full, { answers: {}, complaints: ["", "typed"], overrides: {} }, contract).complaints, ["1", "typed", "3", "4", "5"]);
});

test("laidOver: a complaint moved takes its own category choice to its new box, and no other (a diff review)", () => {
  const shown = { answers: {}, complaints: ["saved, its own choice", "", "saved, no choice"], overrides: { 0: "technical", 1: "user" } };
  const typed = { answers: {}, complaints: ["typed one", "", "typed three"], overrides: { 1: "process" } };
  const laid = laidOver(shown, typed, contract);
  assert.deepEqual(laid.complaints, ["typed one", "saved, its own choice", "typed three", "saved, no choice"]);
  // Box 2 takes the moved complaint's "technical", not the choice kept for it empty ("user") nor the typed one's.
  assert.deepEqual(laid.overrides, { 1: "technical" });
});

test("movedComplaints: where each complaint a laid-over state took the box of went, and no other", () => {
  const full = { answers: {}, complaints: ["1", "2", "3", "4", "5"], overrides: {} };
  const laid = laidOver(full, { answers: {}, complaints: ["", "typed"], overrides: {} }, contract);
  assert.deepEqual(movedComplaints(full, laid, contract), [{ box: 1, to: null, text: "2" }]);
  const shown = { answers: {}, complaints: ["saved", ""], overrides: {} };
  const moved = laidOver(shown, { answers: {}, complaints: ["typed"], overrides: {} }, contract);
  assert.deepEqual(moved.complaints, ["typed", "saved"]);
  assert.deepEqual(movedComplaints(shown, moved, contract), [{ box: 0, to: 1, text: "saved" }]);
  assert.deepEqual(movedComplaints(shown, laidOver(shown, { answers: {}, complaints: ["saved"], overrides: {} }, contract), contract), []);
  // Two saved complaints alike, both moved: each said to be where it is (a diff review: both "now complaint 3").
  const twice = { answers: {}, complaints: ["A", "A", ""], overrides: {} };
  const both = laidOver(twice, { answers: {}, complaints: ["x", "y"], overrides: {} }, contract);
  assert.deepEqual(both.complaints, ["x", "y", "A", "A"]);
  assert.deepEqual(movedComplaints(twice, both, contract), [{ box: 0, to: 2, text: "A" }, { box: 1, to: 3, text: "A" }]);
});

test("laidOver: blank boxes keep what is shown, a longer list is not cut, nothing typed changes nothing", () => {
  const shown = { answers: { failure_mode: "outages" }, complaints: ["a", "b"], overrides: {} };
  assert.deepEqual(laidOver(shown, { answers: {}, complaints: [" ", "", "c"], overrides: {} }, contract), {
    answers: { failure_mode: "outages" },
    complaints: ["a", "b", "c"],
    overrides: {},
  });
  assert.equal(sameState(laidOver(shown, { answers: {}, complaints: [], overrides: {} }, contract), shown), true);
});

test("startsAsNewerDocument: a newer version named first, read from the text's start only", () => {
  for (const text of ['{"version":3,"x":1', ' { "version" : 3 }', '{"version":99,']) assert.equal(startsAsNewerDocument(text), true, text);
  for (const text of ['{"version":2,', '{"version":100,', '{"rubric":"2","version":3}', '{"version":"3",', '{"version":3.5,', '[{"version":3}]', "", '{"version":3']) {
    assert.equal(startsAsNewerDocument(text), false, text);
  }
});

test("sanitize: from a link, a complaint of blank characters alone is left out and said; saved boxes keep theirs", () => {
  const raw = { complaints: ["real", "\n".repeat(8_900), "", " \u00a0\u200b", "also real"], overrides: { 0: "user", 1: "process" } };
  const linked = sanitize(raw, contract, { fromLink: true });
  assert.deepEqual(linked.state.complaints, ["real", "", "", "", "also real"]);
  // The blank box's category choice goes with it, said (reviews: it applied to the next complaint written there).
  assert.deepEqual(linked.state.overrides, { 0: "user" });
  assert.deepEqual(linked.dropped, [
    "complaint 2 (blank: 8900 spaces, line breaks or other invisible characters)",
    "complaint 4 (blank: 3 spaces, line breaks or other invisible characters)",
    "a category choice (“process” for complaint 2, which the link leaves empty)",
  ]);
  const saved = sanitize(raw, contract);
  assert.deepEqual([saved.state.complaints, saved.state.overrides], [raw.complaints, raw.overrides]);
  assert.equal(saved.droppedCount, 0);
});
