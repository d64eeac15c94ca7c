import assert from "node:assert/strict";
import { test } from "node:test";

import { ASIDE_KEY, NEWER_NOT_COPIED, NEWER_SAVED, STORAGE_KEY, holdsEntry, load, maxStoredChars, readAside, remove, removeAside, save, setAside } from "../../docs/assets/javascripts/saved-answers.js";
import { sampleContract } from "./fixtures.js";
import { fakeStore } from "./stores.js";

const contract = sampleContract();
const state = { answers: { failure_mode: "outages" }, complaints: ["slow", "", "", "", ""], overrides: {} };

test("saved answers read back as written, the reader's own answers with them", () => {
  const store = fakeStore();
  assert.equal(save(store, contract, state, null), "");
  assert.deepEqual(load(store, contract), { current: state, previous: null, followUpFor: null, previousFollowUpFor: null, problem: "", text: store.items.get(STORAGE_KEY), aside: null, rewrite: true, unread: false });
  const previous = { ...state, answers: { failure_mode: "regressions" } };
  save(store, contract, state, previous);
  assert.deepEqual(load(store, contract).previous, previous);
});

test("a saved failure the follow-up is never asked for is not believed: the answers read, the text kept aside", () => {
  // A storage attack: "governance" was read back, and the page said it was compared with the blocked deals.
  const condition = [...contract.questions.values()].find((q) => q.kind === "follow_up")?.askedWhen.find((c) => c.question === contract.deciding);
  const never = [...(contract.questions.get(contract.deciding)?.options.keys() ?? [])].find((o) => !condition?.options.includes(o));
  assert.ok(condition && never, "the follow-up is asked for some failures only");
  const store = fakeStore();
  const followed = { ...state, answers: { failure_mode: never, deals_blocked: "yes", costs_more: "named_failure" } };
  for (const key of ["followUpFor", "previousFollowUpFor"]) {
    const text = JSON.stringify({ version: 2, rubric: contract.rubric, state: followed, previous: state, [key]: never });
    store.setItem(STORAGE_KEY, text);
    const loaded = load(store, contract);
    assert.deepEqual([loaded.followUpFor, loaded.previousFollowUpFor], [null, null]);
    assert.match(loaded.problem, new RegExp(`left out: a part this page does not know \\(“${key}”\\)`));
  }
  const kept = JSON.stringify({ version: 2, rubric: contract.rubric, state: followed, previous: state, previousFollowUpFor: condition.options[0] });
  store.setItem(STORAGE_KEY, kept);
  assert.equal(load(store, contract).previousFollowUpFor, condition.options[0]);
});

test("the failure a follow-up answer was given for is saved with it; one that is no deciding answer is kept aside", () => {
  const store = fakeStore();
  const followed = { ...state, answers: { failure_mode: "regressions", deals_blocked: "no", costs_more: "named_failure" } };
  assert.equal(save(store, contract, followed, null, "regressions"), "");
  assert.equal(load(store, contract).followUpFor, "regressions");
  const none = JSON.stringify({ version: 2, rubric: contract.rubric, state: followed, previous: null, followUpFor: null });
  store.setItem(STORAGE_KEY, none);
  assert.deepEqual([load(store, contract).followUpFor, load(store, contract).problem], [null, ""]);
  // A newer rubric's failure, or a damaged value: the answers read, the whole text kept aside and not written again
  // without it on open (a diff review: it was deleted without a word).
  for (const saved of ["security", 3, ["outages"]]) {
    const fresh = fakeStore();
    const text = JSON.stringify({ version: 2, rubric: contract.rubric, state: followed, previous: null, followUpFor: saved });
    fresh.setItem(STORAGE_KEY, text);
    const loaded = load(fresh, contract);
    assert.equal(loaded.followUpFor, null, JSON.stringify(saved));
    assert.deepEqual(loaded.current, followed);
    assert.match(loaded.problem, /left out: a part this page does not know \(“followUpFor”\)/);
    assert.equal(loaded.rewrite, false);
    assert.equal(readAside(fresh), text);
  }
});

test("version 1 saved answers of rubric 1 open with a note about the rubric", () => {
  const store = fakeStore();
  store.setItem(STORAGE_KEY, JSON.stringify({ version: 1, rubric: "1", current: { answers: { failure_mode: "outages" }, complaints: ["SSO please"], overrides: { "0": "user" } } }));
  const loaded = load(store, contract);
  assert.deepEqual(loaded.current, { answers: { failure_mode: "outages" }, complaints: ["SSO please", "", "", "", ""], overrides: { "0": "user" } });
  assert.equal(loaded.problem, `Your saved answers were made with rubric version 1; this page uses version ${contract.rubric}, so the recommendation may differ.`);
});

test("version 1 saved answers of this page's rubric open silently, with their previous answers", () => {
  const store = fakeStore();
  store.setItem(STORAGE_KEY, JSON.stringify({ version: 1, rubric: contract.rubric, current: state, previous: { answers: { failure_mode: "regressions" } } }));
  const loaded = load(store, contract);
  assert.deepEqual(loaded.current, state);
  assert.deepEqual(loaded.previous?.answers, { failure_mode: "regressions" });
  assert.equal(loaded.problem, "");
});

test("kept own answers that are not a set of answers are named and left out, never shown as a link's", () => {
  for (const previous of [1, "x", [state], true]) {
    const store = fakeStore();
    store.setItem(STORAGE_KEY, JSON.stringify({ version: 2, rubric: contract.rubric, state, previous }));
    const loaded = load(store, contract);
    assert.deepEqual([loaded.current, loaded.previous], [state, null], JSON.stringify(previous));
    assert.equal(loaded.problem, "Your own answers, kept while a shared link was shown, were not readable and were left out.");
  }
});

test("damaged or unknown saved text is kept aside whole, under its own key, and the answers' key freed", () => {
  const store = fakeStore();
  store.setItem(STORAGE_KEY, "{not json");
  assert.deepEqual(load(store, contract), { current: null, previous: null, followUpFor: null, previousFollowUpFor: null, text: null, problem: "", aside: "{not json", rewrite: true, unread: false });
  assert.deepEqual([...store.items], [[ASIDE_KEY, "{not json"]]);
  assert.equal(load(store, contract).aside, "{not json", "still offered on the next visit");
  assert.equal(save(store, contract, state, null), "");
  assert.equal(load(store, contract).aside, "{not json", "new answers never replace it");
  const unknown = JSON.stringify({ v: "2", a: {} });
  store.setItem(STORAGE_KEY, unknown);
  assert.equal(load(store, contract).aside, `{not json\n\n${unknown}`, "a second unreadable text goes after the first");
  assert.equal(store.items.has(STORAGE_KEY), false);
  removeAside(store, `{not json\n\n${unknown}`);
  assert.equal(readAside(store), null);
  assert.doesNotThrow(() => removeAside(fakeStore(true), "shown"));
  assert.equal(readAside(fakeStore(true)), null);
});

test("deleting what a page showed kept aside leaves what another tab set aside since", () => {
  const store = fakeStore();
  store.setItem(STORAGE_KEY, "damaged {");
  const shown = load(store, contract).aside;
  assert.equal(shown, "damaged {");
  const newer = JSON.stringify({ version: 3, state: { complaints: ["a newer build's complaint"] } });
  store.setItem(STORAGE_KEY, newer);
  setAside(store, newer); // another tab, on a newer build's answers it cannot read
  removeAside(store, shown);
  assert.equal(readAside(store), newer);
  // Something else kept aside than the page showed (another tab deleted it and set aside its own): left alone.
  store.setItem(ASIDE_KEY, "another tab's");
  removeAside(store, shown);
  assert.equal(readAside(store), "another tab's");
  removeAside(store, "another tab's");
  assert.equal(readAside(store), null);
  assert.doesNotThrow(() => removeAside(fakeStore(true), shown));
});

test("saved text that gives a key twice is kept aside whole, not read with one of the two dropped", () => {
  const store = fakeStore();
  const twice = `{"version": 2, "rubric": "${contract.rubric}", "state": {"answers": {"failure_mode": "outages", "failure_mode": "governance"}}}`;
  store.setItem(STORAGE_KEY, twice);
  const loaded = load(store, contract);
  assert.equal(loaded.current, null);
  assert.equal(loaded.aside, twice);
});

test("where the storage is full, the answers' key makes room for the copy; where it still refuses, the text stays", () => {
  const store = fakeStore();
  store.setItem(STORAGE_KEY, "{damaged");
  const full = { ...store, setItem: (/** @type {string} */ key, /** @type {string} */ value) => {
    if (store.items.has(STORAGE_KEY)) throw new Error("QuotaExceededError");
    store.setItem(key, value);
  } };
  assert.deepEqual(setAside(full, "{damaged"), { aside: "{damaged", kept: true });
  assert.deepEqual([...store.items], [[ASIDE_KEY, "{damaged"]]);
  const refusing = fakeStore();
  refusing.setItem(STORAGE_KEY, "{damaged");
  const never = { ...refusing, setItem: (/** @type {string} */ key, /** @type {string} */ value) => {
    if (key === ASIDE_KEY) throw new Error("QuotaExceededError");
    refusing.setItem(key, value);
  } };
  const loaded = load(never, contract);
  assert.equal(loaded.aside, "{damaged");
  assert.match(loaded.problem, /could not be kept aside: download them now/);
  assert.equal(refusing.items.get(STORAGE_KEY), "{damaged", "back under the answers' key: a reload finds it again");
});

test("answers that no longer fit are named", () => {
  const store = fakeStore();
  store.setItem(STORAGE_KEY, JSON.stringify({ version: 1, rubric: "0", current: { answers: { failure_mode: "outages", gone: "x" } } }));
  const loaded = load(store, contract);
  assert.deepEqual(loaded.current?.answers, { failure_mode: "outages" });
  assert.match(loaded.problem, /made with rubric version 0/);
  assert.match(loaded.problem, /left out: an answer to an unknown question \(“gone”\)\./);
});

test("saved parts nothing here reads are named, and the whole text kept aside, not rewritten (an attack review)", () => {
  const text = JSON.stringify({ version: 2, rubric: contract.rubric, state: { ...state, effort_notes: "three sprints" }, previous: null, title: "Q3" });
  const store = fakeStore();
  store.setItem(STORAGE_KEY, text);
  const loaded = load(store, contract);
  assert.deepEqual(loaded.current, state);
  assert.match(loaded.problem, /left out: a part this page does not know \(“title”\); a part this page does not know \(“effort_notes”\)\./);
  assert.deepEqual([loaded.rewrite, loaded.aside, store.items.get(STORAGE_KEY)], [false, text, text], "kept as it was, and a copy aside");
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

test("saved data nested too deep or too long is kept aside, never a crash", () => {
  for (const text of ["[".repeat(5000) + "]".repeat(5000), JSON.stringify({ version: 2, state: {}, pad: "x".repeat(maxStoredChars(contract)) })]) {
    const store = fakeStore();
    store.setItem(STORAGE_KEY, text);
    assert.equal(load(store, contract).aside, text);
    assert.deepEqual([...store.items.keys()], [ASIDE_KEY]);
  }
});

test("kept own answers that no longer fit are named too", () => {
  const store = fakeStore();
  store.setItem(STORAGE_KEY, JSON.stringify({ version: 2, rubric: contract.rubric, state, previous: { answers: { gone: "x" } } }));
  assert.match(load(store, contract).problem, /Some of your own kept answers no longer fit the questionnaire and were left out: an answer to an unknown question \(“gone”\)\./);
});

test("a copy kept aside is kept once, even of text that holds a blank line itself (an attack review: one more a load)", () => {
  const store = fakeStore();
  const lossy = `{"version": 2,\n\n"rubric": ${JSON.stringify(contract.rubric)}, "state": {"answers": {"gone": "x"}}, "previous": null}`;
  store.setItem(ASIDE_KEY, "{an earlier copy");
  store.setItem(STORAGE_KEY, lossy);
  for (let visit = 0; visit < 4; visit++) assert.equal(load(store, contract).aside, `{an earlier copy\n\n${lossy}`);
  assert.equal(readAside(store), `{an earlier copy\n\n${lossy}`);
  assert.equal(setAside(store, lossy).aside, `{an earlier copy\n\n${lossy}`, "nor twice when it is set aside whole");
});

test("holdsEntry finds a whole entry, first, last or between, and never a part of one", () => {
  assert.equal(holdsEntry("a\n\nb", "a"), true);
  assert.equal(holdsEntry("a\n\nb", "b"), true);
  assert.equal(holdsEntry("a\n\nb\n\nc", "b"), true);
  assert.equal(holdsEntry("a\n\nb\n\nc", "b\n\nc"), true);
  assert.equal(holdsEntry("ab\n\nc", "b"), false);
  assert.equal(holdsEntry("a\n\nbc", "b"), false);
  assert.equal(holdsEntry("x", "x"), true);
});

test("a newer build's saved answers over this page's limits stay where they are too, a copy aside (an attack review)", () => {
  const long = "x".repeat(maxStoredChars(contract));
  let deep = "0";
  for (let i = 0; i < 40; i++) deep = `[${deep}]`;
  for (const newer of [
    JSON.stringify({ version: 3, rubric: "9", state: { complaints: [long] } }),
    JSON.stringify({ version: 3, rubric: "9", state: { nested: JSON.parse(deep) } }),
  ]) {
    const store = fakeStore();
    store.setItem(STORAGE_KEY, newer);
    const loaded = load(store, contract);
    assert.deepEqual([loaded.current, loaded.unread, loaded.problem], [null, true, NEWER_SAVED]);
    assert.equal(store.items.get(STORAGE_KEY), newer, "left for the newer build");
    assert.equal(readAside(store), newer, "and a copy kept aside");
  }
  // This version's own document over the limits, or one that only says it is newer further in, is set aside.
  for (const text of [
    JSON.stringify({ version: 2, rubric: contract.rubric, state: { complaints: [long] } }),
    JSON.stringify({ rubric: "9", version: 3, state: { complaints: [long] } }),
  ]) {
    const store = fakeStore();
    store.setItem(STORAGE_KEY, text);
    const loaded = load(store, contract);
    assert.deepEqual([loaded.unread, store.items.has(STORAGE_KEY), readAside(store)], [false, false, text]);
  }
});

test("a newer build's saved answers stay where they are, a copy aside, until this page writes (an attack review)", () => {
  const newer = JSON.stringify({ version: 3, rubric: "9", state: { answers: { failure_mode: "outages" } } });
  const store = fakeStore();
  store.setItem(STORAGE_KEY, newer);
  const loaded = load(store, contract);
  assert.deepEqual([loaded.current, loaded.text, loaded.aside, loaded.unread, loaded.rewrite], [null, newer, newer, true, true]);
  assert.equal(loaded.problem, NEWER_SAVED);
  assert.equal(store.items.get(STORAGE_KEY), newer, "left for the newer build to find when it is back");
  assert.equal(load(store, contract).aside, newer, "a reload keeps one copy aside, not two");
  // Back on the newer build (here: the same text read as this page's own version), the copy aside goes.
  const own = JSON.stringify({ version: 2, rubric: contract.rubric, state, previous: null });
  store.setItem(ASIDE_KEY, `{an earlier copy\n\n${own}`);
  store.setItem(STORAGE_KEY, own);
  assert.deepEqual([load(store, contract).current, readAside(store)], [state, "{an earlier copy"]);
  store.setItem(ASIDE_KEY, own);
  assert.equal(load(store, contract).aside, null);
  assert.equal(store.items.has(ASIDE_KEY), false);
  // A full storage: the text stays saved as it was, and the reader is told.
  const refusing = fakeStore();
  refusing.setItem(STORAGE_KEY, newer);
  const never = { ...refusing, setItem: (/** @type {string} */ key, /** @type {string} */ value) => {
    if (key === ASIDE_KEY) throw new Error("QuotaExceededError");
    refusing.setItem(key, value);
  } };
  const full = load(never, contract);
  assert.deepEqual([full.aside, full.rewrite, refusing.items.get(STORAGE_KEY)], [newer, false, newer], "held for download");
  assert.equal(full.problem, NEWER_NOT_COPIED);
});
