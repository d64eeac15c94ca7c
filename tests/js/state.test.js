import assert from "node:assert/strict";
import { test } from "node:test";

import { emptyState, isEmpty, migrate, sameState, sanitize, toDocument } from "../../docs/assets/javascripts/state.js";
import { sampleContract } from "./fixtures.js";

const contract = sampleContract();
const state = { answers: { failure_mode: "outages" }, complaints: ["slow", "", "", "", ""], overrides: { "0": "user" } };

test("migrate: version 1 saved answers (rubric 1) become a state with their rubric and previous answers", () => {
  const raw = { version: 1, rubric: "1", current: { answers: { failure_mode: "outages" } }, previous: { answers: {} } };
  assert.deepEqual(migrate(raw), { rubric: "1", state: raw.current, previous: raw.previous });
});

test("migrate: version 1 saved answers (rubric 2) without previous answers", () => {
  const raw = { version: 1, rubric: "2", current: state };
  assert.deepEqual(migrate(raw), { rubric: "2", state, previous: null });
});

test("migrate: a version 1 share link ({v, a, c, o}) of rubric 1 becomes a state", () => {
  const raw = { v: "1", a: { failure_mode: "regressions" }, c: ["deploys break"], o: { "0": "process" } };
  assert.deepEqual(migrate(raw), {
    rubric: "1",
    state: { answers: raw.a, complaints: raw.c, overrides: raw.o },
    previous: null,
  });
});

test("migrate: a version 1 share link of rubric 2 with answers only", () => {
  const raw = { v: "2", a: { failure_mode: "outages" } };
  assert.deepEqual(migrate(raw), {
    rubric: "2",
    state: { answers: raw.a, complaints: undefined, overrides: undefined },
    previous: null,
  });
});

test("migrate: the current document reads back as written", () => {
  const document = toDocument(contract, state, emptyState(contract));
  assert.equal(document.version, 2);
  assert.deepEqual(migrate(JSON.parse(JSON.stringify(document))), { rubric: "2", state, previous: emptyState(contract) });
});

test("migrate: anything else is not a document", () => {
  for (const raw of [null, 3, "x", [], {}, { version: 3, state }, { version: 1, current: [] }, { v: "2", a: [] }]) {
    assert.equal(migrate(raw), null, JSON.stringify(raw));
  }
});

test("sanitize keeps what fits and names in words what does not", () => {
  const { state: kept, dropped } = sanitize({
    answers: { failure_mode: "outages", deals_blocked: "maybe", gone: "x" },
    complaints: ["a", 7, "c", "", "", "sixth"],
    overrides: { "0": "user", "1": "nonsense", "9": "process" },
  }, contract);
  assert.deepEqual(kept, { answers: { failure_mode: "outages" }, complaints: ["a", "", "c", "", ""], overrides: { "0": "user" } });
  assert.deepEqual(dropped, [
    `the answer to “${contract.questions.get("deals_blocked")?.prompt}” (“maybe” is not one of its options)`,
    "an answer to an unknown question (“gone”)",
    "complaint 2 (not text)",
    "complaint 6 (at most 5)",
    "a category choice (“nonsense” for complaint “1”)",
    "a category choice (“process” for complaint “9”)",
  ]);
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
  assert.ok(isEmpty({ answers: {}, complaints: ["  ", ""], overrides: { "0": "user" } }));
  assert.ok(!isEmpty(a));
});
