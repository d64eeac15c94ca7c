import assert from "node:assert/strict";
import { test } from "node:test";

import { STORAGE_KEY, load, maxStoredChars, remove, save } from "../../docs/assets/javascripts/saved-answers.js";
import { sampleContract } from "./fixtures.js";
import { fakeStore } from "./stores.js";

const contract = sampleContract();
const state = { answers: { failure_mode: "outages" }, complaints: ["slow", "", "", "", ""], overrides: {} };

test("saved answers read back as written, the reader's own answers with them", () => {
  const store = fakeStore();
  assert.equal(save(store, contract, state, null), "");
  assert.deepEqual(load(store, contract), { current: state, previous: null, problem: "", text: store.items.get(STORAGE_KEY) });
  const previous = { ...state, answers: { failure_mode: "regressions" } };
  save(store, contract, state, previous);
  assert.deepEqual(load(store, contract).previous, previous);
});

test("version 1 saved answers of rubric 1 open with a note about the rubric", () => {
  const store = fakeStore();
  store.setItem(STORAGE_KEY, JSON.stringify({ version: 1, rubric: "1", current: { answers: { failure_mode: "outages" }, complaints: ["SSO please"], overrides: { "0": "user" } } }));
  const loaded = load(store, contract);
  assert.deepEqual(loaded.current, { answers: { failure_mode: "outages" }, complaints: ["SSO please", "", "", "", ""], overrides: { "0": "user" } });
  assert.equal(loaded.problem, "Your saved answers were made with rubric version 1; this page uses version 2, so the recommendation may differ.");
});

test("version 1 saved answers of rubric 2 open silently, with their previous answers", () => {
  const store = fakeStore();
  store.setItem(STORAGE_KEY, JSON.stringify({ version: 1, rubric: "2", current: state, previous: { answers: { failure_mode: "regressions" } } }));
  const loaded = load(store, contract);
  assert.deepEqual(loaded.current, state);
  assert.deepEqual(loaded.previous?.answers, { failure_mode: "regressions" });
  assert.equal(loaded.problem, "");
});

test("damaged or unknown saved data is cleared with a sentence", () => {
  const store = fakeStore();
  store.setItem(STORAGE_KEY, "{not json");
  assert.match(load(store, contract).problem, /were damaged and could not be read, so they were cleared/);
  assert.equal(store.items.size, 0);
  store.setItem(STORAGE_KEY, JSON.stringify({ v: "2", a: {} }));
  assert.match(load(store, contract).problem, /in a format this page does not know/);
  assert.equal(store.items.size, 0);
});

test("answers that no longer fit are named", () => {
  const store = fakeStore();
  store.setItem(STORAGE_KEY, JSON.stringify({ version: 1, rubric: "0", current: { answers: { failure_mode: "outages", gone: "x" } } }));
  const loaded = load(store, contract);
  assert.deepEqual(loaded.current?.answers, { failure_mode: "outages" });
  assert.match(loaded.problem, /made with rubric version 0/);
  assert.match(loaded.problem, /left out: an answer to an unknown question \(“gone”\)\./);
});

test("no storage, or a storage that throws, gives a sentence and never an exception", () => {
  assert.match(load(null, contract).problem, /does not allow saving answers/);
  assert.match(save(null, contract, state, null), /does not allow saving answers/);
  const broken = fakeStore(true);
  assert.match(load(broken, contract).problem, /could not be read from this browser's storage/);
  assert.match(save(broken, contract, state, null), /could not be saved/);
  assert.doesNotThrow(() => remove(broken));
});

test("answers too long to save are refused with the reason and nothing is cut or written", () => {
  const store = fakeStore();
  const long = "x".repeat(maxStoredChars(contract));
  const message = save(store, contract, { ...state, complaints: [long, "", "", "", ""] }, null);
  assert.match(message, /^Your answers are too long to save in this browser \(\d{2,3},\d{3} characters; at most \d{3},\d{3}\): they stay on this page, in full/);
  assert.equal(store.items.size, 0);
});

test("over-long complaints within the stored size come back whole", () => {
  const store = fakeStore();
  const long = "é".repeat(contract.limits.maxComplaintChars * 11);
  const own = { ...state, complaints: [long, long, "", "", ""] };
  assert.equal(save(store, contract, own, null), "");
  assert.deepEqual(load(store, contract).current, own);
});

test("saved data nested too deep or too long is cleared with a sentence, never a crash", () => {
  const store = fakeStore();
  for (const text of ["[".repeat(5000) + "]".repeat(5000), JSON.stringify({ version: 2, state: {}, pad: "x".repeat(maxStoredChars(contract)) })]) {
    store.setItem(STORAGE_KEY, text);
    assert.match(load(store, contract).problem, /were damaged and could not be read/);
    assert.equal(store.items.size, 0);
  }
});

test("kept own answers that no longer fit are named too", () => {
  const store = fakeStore();
  store.setItem(STORAGE_KEY, JSON.stringify({ version: 2, rubric: contract.rubric, state, previous: { answers: { gone: "x" } } }));
  assert.match(load(store, contract).problem, /Some of your own kept answers no longer fit the questionnaire and were left out: an answer to an unknown question \(“gone”\)\./);
});
