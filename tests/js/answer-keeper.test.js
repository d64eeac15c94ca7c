import assert from "node:assert/strict";
import { test } from "node:test";

import fc from "fast-check";

import { AnswerKeeper } from "../../docs/assets/javascripts/answer-keeper.js";
import { STORAGE_KEY, load } from "../../docs/assets/javascripts/saved-answers.js";
import { shareUrl } from "../../docs/assets/javascripts/share-link.js";
import { emptyState } from "../../docs/assets/javascripts/state.js";
import { anyFragment, ownState, validState } from "./arbitraries.js";
import { sampleContract } from "./fixtures.js";
import { fakeStore } from "./stores.js";

/** @typedef {import("../../docs/assets/javascripts/state.js").State} State */

const contract = sampleContract();
const PAGE = "https://example.test/tool/";
const deciding = contract.deciding;
const [first = "", second = "", third = ""] = contract.questions.get(deciding)?.options.keys() ?? [];
const types = contract.overrideTypes;

/** A state with every box written and a category chosen for two of them. */
/** @type {State} */
const mine = {
  answers: { [deciding]: first },
  complaints: ["one", "two", "three", "four", "five"].map((word) => `my complaint ${word}`),
  overrides: { "0": types[0] ?? "", "3": types[1] ?? "" },
};

/**
 * @param {State} state
 * @param {boolean} [withComplaints]
 */
const linkTo = (state, withComplaints = true) => new URL(shareUrl(contract, state, withComplaints, PAGE)).hash;

/** A keeper whose reader has saved `state` as their own. */
function readerWith(state = mine) {
  const store = fakeStore();
  const keeper = new AnswerKeeper(store, contract);
  keeper.open("");
  keeper.edit(state);
  store.writes.length = 0;
  return { store, keeper };
}

test("clear, then undo, brings back every answer, complaint and category choice, in the form and the storage", () => {
  const { store, keeper } = readerWith();
  const saved = store.items.get(STORAGE_KEY);
  assert.equal(keeper.clear(), "");
  assert.deepEqual(keeper.shown, emptyState(contract));
  assert.equal(store.items.has(STORAGE_KEY), false);
  assert.equal(keeper.undo(), "");
  assert.deepEqual(keeper.shown, mine);
  assert.equal(store.items.get(STORAGE_KEY), saved);
  assert.equal(keeper.undo(), "", "a second undo changes nothing");
  assert.deepEqual(keeper.shown, mine);
});

test("an edit after a clear ends its undo: what the reader entered since is never thrown away", () => {
  const { keeper } = readerWith();
  keeper.clear();
  const fresh = { ...emptyState(contract), answers: { [deciding]: second } };
  keeper.edit(fresh);
  keeper.undo();
  assert.deepEqual(keeper.shown, fresh);
});

test("opening a link shows its answers and writes nothing until the reader edits them", () => {
  const { store, keeper: _ } = readerWith();
  const other = { ...emptyState(contract), answers: { [deciding]: second } };
  const page = new AnswerKeeper(store, contract);
  assert.deepEqual(page.open(linkTo(other)), []);
  assert.deepEqual(page.shown, other);
  assert.ok(page.sharing);
  assert.deepEqual(store.writes, []);
  const edited = { ...other, complaints: ["theirs, edited", "", "", "", ""] };
  page.edit(edited);
  assert.deepEqual(load(store, contract).previous, mine, "the reader's own answers are saved beside the edited ones");
  const reloaded = new AnswerKeeper(store, contract);
  reloaded.open("");
  assert.deepEqual([reloaded.shown, reloaded.own], [edited, mine]);
});

test("a clear while a link is shown clears the link's answers and never the reader's own", () => {
  const { store, keeper: _ } = readerWith();
  const page = new AnswerKeeper(store, contract);
  page.open(linkTo({ ...emptyState(contract), answers: { [deciding]: second } }));
  page.clear();
  assert.deepEqual(load(store, contract).current, mine);
  assert.equal(page.showOwn(), "");
  assert.deepEqual(page.shown, mine);
});

test("link B, then link C, then \"Show my own answers\" brings back the reader's own answers", () => {
  const { store } = readerWith();
  const b = { ...emptyState(contract), answers: { [deciding]: second } };
  const c = { ...emptyState(contract), answers: { [deciding]: third } };
  const pageB = new AnswerKeeper(store, contract);
  pageB.open(linkTo(b));
  pageB.edit({ ...b, complaints: ["edited B", "", "", "", ""] });
  const pageC = new AnswerKeeper(store, contract);
  pageC.open(linkTo(c));
  assert.deepEqual(pageC.shown, c);
  pageC.showOwn();
  assert.deepEqual(pageC.shown, mine);
  const reloaded = new AnswerKeeper(store, contract);
  reloaded.open("");
  assert.deepEqual([reloaded.shown, reloaded.sharing], [mine, false]);
});

test("\"Keep these instead\" makes the link's answers the reader's own, and undo brings the earlier ones back", () => {
  const { store, keeper: _ } = readerWith();
  const other = { ...emptyState(contract), answers: { [deciding]: second } };
  const page = new AnswerKeeper(store, contract);
  page.open(linkTo(other));
  page.keepShown();
  assert.deepEqual([load(store, contract).current, load(store, contract).previous], [other, null]);
  page.undo();
  assert.deepEqual([page.shown, page.own], [other, mine]);
  page.showOwn();
  assert.deepEqual(load(store, contract).current, mine);
});

test("another tab's change stops this tab's saving until the reader loads it or keeps their own", () => {
  const store = fakeStore();
  const one = new AnswerKeeper(store, contract);
  const two = new AnswerKeeper(store, contract);
  one.open("");
  two.open("");
  one.edit(mine);
  const written = store.items.get(STORAGE_KEY) ?? null;
  assert.equal(one.otherTabChanged(STORAGE_KEY, written), false, "a tab's own write is not a change from elsewhere");
  assert.equal(two.otherTabChanged("another-key", "x"), false);
  assert.equal(two.otherTabChanged(STORAGE_KEY, written), true);
  const theirs = { ...emptyState(contract), answers: { [deciding]: second } };
  two.edit(theirs);
  assert.equal(store.items.get(STORAGE_KEY), written, "nothing overwritten while the reader has not chosen");
  two.loadOther();
  assert.deepEqual(two.shown, mine);
  two.edit(theirs);
  assert.equal(one.otherTabChanged(STORAGE_KEY, store.items.get(STORAGE_KEY) ?? null), true);
  one.keepMine();
  assert.deepEqual(load(store, contract).current, mine);
  assert.equal(one.otherTabChanged(null, null), true, "the whole storage cleared elsewhere is a change too");
});

/** What a reader may do, in any order: open any link (a new page load), reload, clear (and undo), edit. */
const action = fc.oneof(
  anyFragment.map((hash) => ({ kind: /** @type {const} */ ("open"), hash })),
  fc.constant({ kind: /** @type {const} */ ("reload") }),
  fc.constant({ kind: /** @type {const} */ ("clear") }),
  fc.constant({ kind: /** @type {const} */ ("keep-then-undo") }),
  validState.map((state) => ({ kind: /** @type {const} */ ("edit"), state })),
  fc.string({ unit: "binary" }).map((text) => ({ kind: /** @type {const} */ ("other-tab"), text })),
);

test("property: the reader's own answers survive any sequence of opened links, clears, edits and damaged writes", () => {
  fc.assert(fc.property(ownState, fc.array(action, { maxLength: 8 }), (own, actions) => {
    const { store } = readerWith(own);
    let page = new AnswerKeeper(store, contract);
    page.open("");
    for (const step of actions) {
      if (step.kind === "open" || step.kind === "reload") {
        page = new AnswerKeeper(store, contract);
        const writes = store.writes.length;
        page.open(step.kind === "open" ? step.hash : "");
        assert.equal(store.writes.length, writes, "opening a page writes nothing");
      } else if (step.kind === "clear") {
        page.clear();
        if (!page.sharing) page.undo(); // a clear of the reader's own answers is theirs to make; undo is offered
      } else if (step.kind === "keep-then-undo") {
        page.keepShown();
        page.undo();
      } else if (step.kind === "edit") {
        if (page.sharing) page.edit(step.state); // edits to the reader's own answers are theirs
      } else {
        // Another tab writes something this tab cannot read; the reader keeps this tab's answers.
        store.setItem(STORAGE_KEY, step.text);
        page.otherTabChanged(STORAGE_KEY, step.text);
        page.keepMine();
      }
    }
    page.showOwn();
    assert.deepEqual(page.shown, own);
    const after = new AnswerKeeper(store, contract);
    after.open("");
    assert.deepEqual([after.shown, after.sharing], [own, false]);
  }), { numRuns: 600 });
});

test("property: opening any link over saved answers writes nothing to the storage", () => {
  fc.assert(fc.property(ownState, anyFragment, (own, hash) => {
    const { store } = readerWith(own);
    const page = new AnswerKeeper(store, contract);
    const notes = page.open(hash);
    assert.deepEqual(store.writes, []);
    assert.ok(notes.join(" ").length < 1_200);
    page.showOwn();
    assert.deepEqual(page.shown, own);
  }), { numRuns: 1_000 });
});

test("saved answers of an older version are written again as this page writes them, once; never under a link", () => {
  const old = JSON.stringify({ version: 1, rubric: "1", current: { answers: { [deciding]: first } } });
  const store = fakeStore();
  store.setItem(STORAGE_KEY, old);
  new AnswerKeeper(store, contract).open(linkTo({ ...emptyState(contract), answers: { [deciding]: second } }));
  assert.equal(store.items.get(STORAGE_KEY), old);
  const page = new AnswerKeeper(store, contract);
  assert.match(page.open("").join(" "), /made with rubric version 1/);
  assert.deepEqual(load(store, contract), { current: page.shown, previous: null, problem: "", text: store.items.get(STORAGE_KEY) });
  store.writes.length = 0;
  new AnswerKeeper(store, contract).open("");
  assert.deepEqual(store.writes, []);
});
