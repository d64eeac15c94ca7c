// Fuzz: the share-link decoder and the stored-state reader over arbitrary JSON, prototype names as keys, deep
// nesting, large and unicode text. The property: a usable state or a short sentence, never an exception.

import assert from "node:assert/strict";
import { test } from "node:test";

import fc from "fast-check";

import { STORAGE_KEY, load, save } from "../../docs/assets/javascripts/saved-answers.js";
import { checkedShareUrl, readShare } from "../../docs/assets/javascripts/share-link.js";
import { isEmpty, migrate, parseBounded, sanitize } from "../../docs/assets/javascripts/state.js";
import { anyFragment, deepJson, documentLike, hostileJson, validState } from "./arbitraries.js";
import { sampleContract } from "./fixtures.js";
import { fakeStore } from "./stores.js";

/** @typedef {import("../../docs/assets/javascripts/state.js").State} State */

const contract = sampleContract();
/** The longest notice a decoder may give: a few sentences, whatever it was fed. */
const MAX_NOTICE = 1_200;
/** Cases per property; the file runs 9 properties. */
const RUNS = 1_000;

/**
 * The state fits the questionnaire: known questions and options, one text per box, known category choices,
 * plain objects with no own "__proto__".
 * @param {State} state
 */
function assertFits(state) {
  for (const part of [state, state.answers, state.overrides]) {
    assert.equal(Object.getPrototypeOf(part), Object.prototype);
    assert.ok(!Object.hasOwn(part, "__proto__"));
  }
  assert.deepEqual(Object.keys(state).sort(), ["answers", "complaints", "overrides"]);
  for (const [qid, oid] of Object.entries(state.answers)) assert.ok(contract.questions.get(qid)?.options.has(oid), qid);
  assert.equal(state.complaints.length, contract.limits.maxComplaints);
  assert.ok(state.complaints.every((text) => typeof text === "string"));
  for (const [box, type] of Object.entries(state.overrides)) {
    assert.ok(Number(box) < contract.limits.maxComplaints && contract.overrideTypes.includes(type), box);
  }
}

/** @param {string} hash */
function checkShare(hash) {
  const shared = readShare(contract, hash);
  assert.ok(shared.message.length <= MAX_NOTICE, shared.message.slice(0, 200));
  assert.equal(shared.usable, shared.state !== null && shared.usable);
  if (shared.state) assertFits(shared.state);
}

/** @param {string} text */
function checkStored(text) {
  const store = fakeStore();
  store.setItem(STORAGE_KEY, text);
  const loaded = load(store, contract);
  assert.ok(loaded.problem.length <= 2 * MAX_NOTICE, loaded.problem.slice(0, 200));
  if (loaded.current) assertFits(loaded.current);
  if (loaded.previous) assertFits(loaded.previous);
}

test("fuzz: any share-link fragment gives a usable state or a short sentence", () => {
  fc.assert(fc.property(anyFragment, checkShare), { numRuns: 2 * RUNS });
});

test("fuzz: documents with prototype names, hostile values and any unicode, as links and as saved answers", () => {
  fc.assert(fc.property(documentLike, (text) => {
    checkShare(`#answers=${Buffer.from(text).toString("base64url")}`);
    checkStored(text);
  }), { numRuns: 2 * RUNS });
});

test("fuzz: any JSON as saved answers, and any text at all", () => {
  fc.assert(fc.property(fc.oneof(hostileJson, fc.string({ unit: "binary" }), fc.jsonValue().map((v) => JSON.stringify(v))), checkStored), { numRuns: RUNS });
});

test("fuzz: nesting up to 20,000 deep is refused before anything recurses into it", () => {
  fc.assert(fc.property(deepJson, (text) => {
    checkShare(`#answers=${Buffer.from(text).toString("base64url")}`);
    checkStored(text);
    const inAnswer = `{"version":2,"rubric":"2","state":{"answers":{"${contract.deciding}":${text}},"complaints":[${text}]},"previous":${text}}`;
    checkStored(inAnswer);
    checkShare(`#answers=${Buffer.from(inAnswer).toString("base64url")}`);
  }), { numRuns: RUNS / 2 });
});

test("fuzz: sanitize and migrate read any parsed JSON without throwing", () => {
  fc.assert(fc.property(hostileJson, (text) => {
    const raw = JSON.parse(text);
    const result = sanitize(raw, contract);
    assertFits(result.state);
    assert.ok(result.dropped.length <= 3 && result.droppedCount >= result.dropped.length);
    const document = migrate(raw);
    if (document) assertFits(sanitize(document.state, contract).state);
  }), { numRuns: RUNS });
});

test("fuzz: every valid state, long unicode complaints included, comes back whole from a link and from storage", () => {
  fc.assert(fc.property(validState, fc.option(validState), (state, previous) => {
    const made = checkedShareUrl(contract, state, true, "https://example.test/tool/");
    if (isEmpty(state, contract)) {
      // Nothing to share (no answer, blank complaints only): no link is made, and it says why.
      assert.equal(made.url, null);
      assert.match(made.problem, /^No link was made: there is nothing to share yet\./);
    } else {
      assert.equal(made.problem, "");
      const shared = readShare(contract, new URL(String(made.url)).hash);
      // A box of blank characters alone goes as an empty one (a link's is left out: an attack review).
      const blanked = state.complaints.map((text) => (contract.isBlank(text) ? "" : text));
      // A category choice goes only with a complaint written in its box.
      const overrides = Object.fromEntries(Object.entries(state.overrides).filter(([i]) => blanked[Number(i)]));
      assert.deepEqual([shared.state, shared.message], [{ ...state, complaints: blanked, overrides }, ""]);
    }
    const store = fakeStore();
    assert.equal(save(store, contract, state, previous), "");
    const loaded = load(store, contract);
    assert.deepEqual([loaded.current, loaded.previous, loaded.problem], [state, previous, ""]);
  }), { numRuns: RUNS });
});

test("fuzz: parseBounded reads any JSON as JSON.parse does, and refuses one with a key given twice, naming it", () => {
  fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (value, spaced) => {
    const text = JSON.stringify(value, null, spaced ? 2 : undefined);
    const read = parseBounded(text, 1e7);
    if (!read.ok && read.problem === "deep") return; // deeper than any document this site reads
    assert.deepEqual(read, { ok: true, value: JSON.parse(text) });
  }), { numRuns: RUNS });
  const objects = fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 });
  fc.assert(fc.property(objects, fc.nat(), (object, pick) => {
    const keys = Object.keys(object);
    const key = keys[pick % keys.length];
    const text = `${JSON.stringify(object).slice(0, -1)},${JSON.stringify(key)}:null}`;
    assert.deepEqual(parseBounded(text, 1e7), { ok: false, problem: "duplicate", key });
  }), { numRuns: RUNS });
});
