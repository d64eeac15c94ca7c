import assert from "node:assert/strict";
import { test } from "node:test";

import fc from "fast-check";

import { AnswerKeeper, LINK_IS_YOURS } from "../../docs/assets/javascripts/answer-keeper.js";
import { ASIDE_KEY, STORAGE_KEY, load, readAside } from "../../docs/assets/javascripts/saved-answers.js";
import { SHARE_PREFIX, shareUrl } from "../../docs/assets/javascripts/share-link.js";
import { emptyState, isEmpty, sameState, toDocument } from "../../docs/assets/javascripts/state.js";
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

/** A keeper on a storage with room for a short state (an answer) but not a long one (a long complaint). */
function smallStorage() {
  const store = fakeStore(false, 400);
  const keeper = new AnswerKeeper(store, contract);
  keeper.open("");
  const short = { ...emptyState(contract), answers: { [deciding]: first } };
  const long = { ...short, complaints: ["a complaint far too long for what is left of this storage ".repeat(8)] };
  return { store, keeper, short, long };
}

test("with the storage full, clear then undo leaves the answers saved before the clear, not an empty storage", () => {
  // Saved answers, then a longer edit the full storage refuses (the saved text stays as it was), then a clear
  // (which removes it) and its undo, whose longer answers do not fit either: the text saved before goes back.
  const { store, keeper, short, long } = smallStorage();
  assert.equal(keeper.edit(short), "");
  const saved = store.items.get(STORAGE_KEY);
  assert.match(keeper.edit(long), /could not be saved/);
  assert.equal(store.items.get(STORAGE_KEY), saved);
  assert.equal(keeper.clear(), "");
  assert.equal(store.items.has(STORAGE_KEY), false);
  assert.match(keeper.undo(), /could not be saved/);
  assert.deepEqual(keeper.shown, long, "the form shows what the reader had");
  assert.equal(store.items.get(STORAGE_KEY), saved, "a reload finds what it found before the clear");
  assert.equal(keeper.otherTabChanged(STORAGE_KEY, saved ?? null), false, "the text put back is this tab's own");
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

test("a link over the reader's own answers stays in the address until its answers are saved or set aside", () => {
  // A reader's review: over saved answers the link left the address at once, and a reload dropped its answers.
  const other = { ...emptyState(contract), answers: { [deciding]: second } };
  for (const finish of ["edit", "keep", "own"]) {
    const { store } = readerWith();
    const page = new AnswerKeeper(store, contract);
    page.open(linkTo(other));
    assert.deepEqual([page.sharing, page.linkUnsaved, page.linkHash], [true, false, linkTo(other)]);
    const reopened = new AnswerKeeper(store, contract);
    reopened.open(linkTo(other)); // a reload with the link still in the address: the same answers, the own kept
    assert.deepEqual([reopened.shown, reopened.own, reopened.linkHash], [other, mine, linkTo(other)]);
    if (finish === "edit") page.edit({ ...other, complaints: ["theirs, edited", "", "", "", ""] });
    else if (finish === "keep") page.keepShown();
    else page.showOwn();
    assert.equal(page.linkHash, "", `after ${finish}: the address no longer needs the link`);
    if (finish === "own") {
      page.undo(); // the link's answers back: saved beside the reader's own, so the address still does not need it
      assert.deepEqual([page.shown, page.linkHash, load(store, contract).previous], [other, "", mine]);
    }
  }
  const { store } = readerWith();
  const empty = new AnswerKeeper(store, contract);
  empty.open(linkTo(emptyState(contract)));
  assert.equal(empty.linkHash, "", "a link that gives nothing is not kept in the address");
});

test("a fragment that reads as a share link mistyped shows the reader's own answers, and says so", () => {
  const { store } = readerWith();
  const page = new AnswerKeeper(store, contract);
  const notes = page.open("#answerz=eyJ2ZXJzaW9uIjoyfQ");
  assert.equal(notes.length, 1);
  assert.match(notes[0] ?? "", /^This address ends with “#answerz=…”, which is not how a share link's answers start/);
  assert.deepEqual([page.shown, page.sharing, store.writes], [mine, false, []]);
});

test("a reader with no answers of their own: a link's answers are shown as theirs, unsaved until an edit or a keep", () => {
  const other = { ...emptyState(contract), answers: { [deciding]: second } };
  for (const finish of ["edit", "keep", "clear"]) {
    const store = fakeStore();
    const page = new AnswerKeeper(store, contract);
    assert.deepEqual(page.open(linkTo(other)), []);
    assert.deepEqual([page.shown, page.own, page.sharing, page.linkUnsaved], [other, null, false, true]);
    assert.equal(page.linkHash, linkTo(other), "the link, for the page to put back in its address");
    assert.deepEqual(store.writes, [], "opening the link writes nothing");
    const reopened = new AnswerKeeper(store, contract);
    reopened.open(linkTo(other)); // a reload with the link still in the address: the same answers
    assert.deepEqual([reopened.shown, reopened.linkUnsaved], [other, true]);
    if (finish === "edit") {
      const edited = { ...other, complaints: ["mine now", "", "", "", ""] };
      assert.equal(page.edit(edited), "");
      assert.deepEqual([load(store, contract).current, load(store, contract).previous], [edited, null]);
    } else if (finish === "keep") {
      assert.equal(page.keepShown(), "");
      assert.equal(page.undoable, null, "keeping replaced nothing of the reader's: no undo to offer");
      assert.deepEqual(load(store, contract).current, other);
    } else {
      page.clear();
      assert.equal(store.items.has(STORAGE_KEY), false);
      page.undo();
      assert.deepEqual(load(store, contract).current, other, "the clear's undo brings the link's answers back, kept");
    }
    assert.deepEqual([page.linkUnsaved, page.linkHash], [false, ""]);
    const after = new AnswerKeeper(store, contract);
    after.open("");
    assert.deepEqual([after.sharing, after.linkUnsaved, isEmpty(after.shown, contract)], [false, false, false]);
  }
});

test("property: to a reader with no answers, any link writes nothing and is never shown as another's answers", () => {
  fc.assert(fc.property(anyFragment, (hash) => {
    const store = fakeStore();
    const page = new AnswerKeeper(store, contract);
    page.open(hash);
    assert.deepEqual(store.writes, []);
    assert.equal(page.sharing, false);
    assert.equal(page.linkUnsaved, !isEmpty(page.shown, contract));
  }), { numRuns: 500 });
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

/** The reader's own answers saved, link B opened and edited, then link C opened: the page showing C. */
function editedBThenC() {
  const { store } = readerWith();
  const b = { ...emptyState(contract), answers: { [deciding]: second } };
  const editedB = { ...b, complaints: ["edited B", "", "", "", ""] };
  const c = { ...emptyState(contract), answers: { [deciding]: third } };
  const pageB = new AnswerKeeper(store, contract);
  pageB.open(linkTo(b));
  pageB.edit(editedB);
  const pageC = new AnswerKeeper(store, contract);
  pageC.open(linkTo(c));
  return { store, editedB, c, pageC };
}

test("link B edited, then link C: C's first edit replaces B's edits with an undo that brings them back", () => {
  const { store, editedB, c, pageC } = editedBThenC();
  assert.deepEqual([pageC.shown, pageC.own], [c, mine]);
  assert.deepEqual(load(store, contract).current, editedB, "opening C writes nothing");
  assert.equal(pageC.tookReplaced(), false);
  const editedC = { ...c, complaints: ["edited C", "", "", "", ""] };
  assert.equal(pageC.edit(editedC), "");
  assert.equal(pageC.tookReplaced(), true, "the page is told, to offer the undo");
  assert.equal(pageC.tookReplaced(), false, "once");
  assert.deepEqual([load(store, contract).current, load(store, contract).previous], [editedC, mine]);
  pageC.edit({ ...editedC, complaints: ["edited C, typed on", "", "", "", ""] });
  assert.equal(pageC.tookReplaced(), false);
  assert.equal(pageC.undo(), "", "the undo lasts while the reader types: each keystroke is an edit");
  assert.deepEqual([pageC.shown, pageC.own], [editedB, mine]);
  assert.deepEqual([load(store, contract).current, load(store, contract).previous], [editedB, mine]);
});

test("link B edited, then link C: a clear, a keep or \"Show my own answers\" on C offers B's edits back too", () => {
  /** @type {((keeper: AnswerKeeper) => string)[]} */
  const acts = [(keeper) => keeper.clear(), (keeper) => keeper.keepShown(), (keeper) => keeper.showOwn()];
  for (const act of acts) {
    const { store, editedB, pageC } = editedBThenC();
    act(pageC);
    assert.equal(pageC.tookReplaced(), true);
    pageC.undo();
    assert.deepEqual([pageC.shown, pageC.own], [editedB, mine]);
    assert.deepEqual([load(store, contract).current, load(store, contract).previous], [editedB, mine]);
  }
});

test("a link opened over the reader's own answers alone, or over the same edited answers, replaces nothing", () => {
  const { store } = readerWith();
  const b = { ...emptyState(contract), answers: { [deciding]: second } };
  const pageB = new AnswerKeeper(store, contract);
  pageB.open(linkTo(b));
  pageB.edit({ ...b, answers: { [deciding]: third } });
  assert.equal(pageB.tookReplaced(), false);
  const again = new AnswerKeeper(store, contract);
  again.open(linkTo({ ...b, answers: { [deciding]: third } }));
  again.edit({ ...b, complaints: ["x", "", "", "", ""] });
  assert.equal(again.tookReplaced(), false);
});

test("a link holding exactly the reader's saved answers shows them as theirs: nothing set aside, said so", () => {
  const { store } = readerWith();
  const page = new AnswerKeeper(store, contract);
  assert.deepEqual(page.open(linkTo(mine)), [LINK_IS_YOURS]);
  assert.ok(sameState(page.shown, mine));
  assert.equal(page.own, null, "nothing set aside: no \"Show my own answers\"");
  assert.equal(page.linkHash, "", "the link does not stay in the address");
  assert.deepEqual(store.writes, [], "nothing written");
  const other = new AnswerKeeper(store, contract);
  other.open(linkTo(mine, false)); // the same answers without the complaints: another state, set aside as before
  assert.ok(other.own !== null && sameState(other.own, mine));
  // The same answers once a part of the link is left out (a diff review: "holds the same answers" was not so).
  const more = { ...toDocument(contract, mine), state: { ...mine, answers: { ...mine.answers, gone: "x" } } };
  const text = new TextEncoder().encode(JSON.stringify(more));
  const fragment = `${SHARE_PREFIX}${Buffer.from(text).toString("base64url")}`;
  const partly = new AnswerKeeper(store, contract);
  const notes = partly.open(fragment);
  assert.ok(!notes.includes(LINK_IS_YOURS), notes.join(" / "));
  assert.ok(partly.own !== null && sameState(partly.own, mine), "set aside, as any link's answers over the reader's");
});

test("\"Show my own answers\" can be undone, the link's answers edited or not; the undo saves them beside the reader's", () => {
  const { store } = readerWith();
  const b = { ...emptyState(contract), answers: { [deciding]: second } };
  const page = new AnswerKeeper(store, contract);
  page.open(linkTo(b));
  page.showOwn();
  assert.deepEqual(store.writes, [], "showing the reader's own answers writes nothing: they are saved already");
  assert.equal(page.undo(), "");
  assert.deepEqual([page.shown, page.own], [b, mine], "a tap by mistake loses the link's answers no more");
  assert.deepEqual([load(store, contract).current, load(store, contract).previous], [b, mine]);
  page.showOwn();
  page.open(linkTo(b));
  const editedB = { ...b, complaints: ["edited B", "", "", "", ""] };
  page.edit(editedB);
  page.showOwn();
  assert.deepEqual(load(store, contract), { current: mine, previous: null, followUpFor: null, previousFollowUpFor: null, problem: "", text: store.items.get(STORAGE_KEY), aside: null, rewrite: true, unread: false });
  page.undo();
  assert.deepEqual([page.shown, page.own], [editedB, mine]);
  assert.deepEqual(load(store, contract).current, editedB);
});

test("\"Keep these instead\" makes the link's answers the reader's own, and undo brings the earlier ones back", () => {
  const { store, keeper: _ } = readerWith();
  const other = { ...emptyState(contract), answers: { [deciding]: second }, complaints: ["theirs", "", "", "", ""] };
  const page = new AnswerKeeper(store, contract);
  page.open(linkTo(other));
  page.keepShown();
  assert.deepEqual([load(store, contract).current, load(store, contract).previous], [other, null]);
  page.undo();
  assert.deepEqual([page.shown, page.own], [other, mine]);
  page.showOwn();
  assert.deepEqual(load(store, contract).current, mine);
});

/** Two tabs of the questionnaire on one browser's storage, both opened on it. */
function twoTabs() {
  const store = fakeStore();
  const one = new AnswerKeeper(store, contract);
  const two = new AnswerKeeper(store, contract);
  one.open("");
  two.open("");
  return { store, one, two };
}

test("another tab's change stops this tab's saving until the reader loads it or keeps their own", () => {
  const { store, one, two } = twoTabs();
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

test("leaving loses nothing while another tab's change waits, unless this tab shows other answers than it saved", () => {
  const { store, one, two } = twoTabs();
  one.edit(mine);
  assert.equal(two.otherTabChanged(STORAGE_KEY, store.items.get(STORAGE_KEY) ?? null), true);
  assert.equal(two.leavingLoses, false, "this tab shows no answers: nothing to lose");
  const theirs = { ...emptyState(contract), answers: { [deciding]: second } };
  assert.equal(one.leavingLoses, false, "the tab that wrote last loses nothing");
  two.edit(theirs); // typed while the choice waits: not saved
  assert.equal(two.unsaved, false, "no write failed");
  assert.equal(two.leavingLoses, true, "but leaving would lose it: the page asks");
  two.loadOther();
  assert.equal(two.leavingLoses, false, "the other tab's answers are shown and saved");
  const three = new AnswerKeeper(store, contract);
  three.open("");
  three.edit(theirs);
  assert.equal(one.otherTabChanged(STORAGE_KEY, store.items.get(STORAGE_KEY) ?? null), true);
  one.edit(theirs);
  assert.equal(one.leavingLoses, false, "this tab shows what the other saved: nothing to lose");
  one.keepMine();
  assert.equal(one.leavingLoses, false);
});

test("loading another tab's answers can be undone: this tab's come back and are saved over the other tab's", () => {
  const { store, one, two } = twoTabs();
  one.edit(mine);
  assert.equal(two.otherTabChanged(STORAGE_KEY, store.items.get(STORAGE_KEY) ?? null), true);
  const theirs = { ...emptyState(contract), answers: { [deciding]: second } };
  two.edit(theirs); // typed in this tab after the other tab's change: not saved yet
  two.loadOther();
  assert.deepEqual(two.shown, mine);
  assert.deepEqual(two.undoable, { shown: theirs, own: null, followUpFor: null, ownFollowUpFor: null }, "this tab's answers are kept for the undo");
  two.undo();
  assert.deepEqual(two.shown, theirs);
  assert.deepEqual(load(store, contract).current, theirs, "and saved, as the reader's choice");
  assert.equal(two.undoable, null);
});

test("loading another tab's answers that equal this tab's offers no undo", () => {
  const { store, one, two } = twoTabs();
  one.edit(mine);
  two.otherTabChanged(STORAGE_KEY, store.items.get(STORAGE_KEY) ?? null);
  two.edit(mine);
  two.loadOther();
  assert.equal(two.undoable, null);
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

/** Every step a reader can take on the page or between pages, the undo included. */
const anyStep = fc.oneof(
  action,
  fc.constant({ kind: /** @type {const} */ ("own") }),
  fc.constant({ kind: /** @type {const} */ ("keep") }),
  fc.constant({ kind: /** @type {const} */ ("undo") }),
  // A second link shares answers with the first, so links B and C open over each other's edits often.
  fc.tuple(fc.constantFrom(first, second, third), fc.boolean()).map(([option, note]) => ({
    kind: /** @type {const} */ ("open"),
    hash: linkTo({ ...emptyState(contract), answers: { [deciding]: option }, complaints: note ? ["theirs", "", "", "", ""] : [] }),
  })),
);

/**
 * Every state a page and its storage hold: shown, the reader's own kept aside, and the saved document.
 * @param {AnswerKeeper} page
 * @param {ReturnType<typeof fakeStore>} store
 */
function held(page, store) {
  const saved = load(store, contract);
  return [page.shown, page.own, saved.current, saved.previous];
}

/**
 * @param {(State | null | undefined)[]} states
 * @param {State} state
 */
const holds = (states, state) => states.some((s) => s && sameState(s, state));

test("property: no step loses what the reader entered without offering the undo that brings it back", () => {
  fc.assert(fc.property(ownState, fc.array(anyStep, { maxLength: 10 }), (own, steps) => {
    const { store } = readerWith(own);
    let page = new AnswerKeeper(store, contract);
    page.open("");
    /** @type {State[]} every set of answers the reader entered (their own first) */
    const entered = [own];
    for (const step of steps) {
      if (step.kind === "open" || step.kind === "reload") {
        page = new AnswerKeeper(store, contract); // a new page: an undo offered before is gone, as on a reload
        page.open(step.kind === "open" ? step.hash : "");
        continue;
      }
      if (step.kind === "undo") {
        page.undo(); // it reverts the very change it undoes
        continue;
      }
      const before = held(page, store);
      let kept = entered.filter((state) => holds(before, state));
      if (step.kind === "edit") {
        const edited = page.shown;
        kept = kept.filter((state) => !sameState(state, edited)); // the edit carries these answers on
        page.edit(step.state);
        if (!isEmpty(step.state, contract)) entered.push(step.state);
      } else if (step.kind === "clear") {
        page.clear();
      } else if (step.kind === "keep" || step.kind === "keep-then-undo") {
        page.keepShown();
      } else if (step.kind === "own") {
        page.showOwn();
      } else {
        store.setItem(STORAGE_KEY, step.text); // another tab (the reader too) writes; this tab's reader keeps theirs
        page.otherTabChanged(STORAGE_KEY, step.text);
        page.keepMine();
      }
      const after = held(page, store);
      const offered = [page.undoable?.shown, page.undoable?.own];
      for (const state of kept) {
        assert.ok(holds(after, state) || holds(offered, state), `${step.kind} lost answers the reader entered, with no undo`);
      }
    }
  }), { numRuns: 800 });
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
  assert.deepEqual(load(store, contract), { current: page.shown, previous: null, followUpFor: null, previousFollowUpFor: null, problem: "", text: store.items.get(STORAGE_KEY), aside: null, rewrite: true, unread: false });
  store.writes.length = 0;
  new AnswerKeeper(store, contract).open("");
  assert.deepEqual(store.writes, []);
});

test("unreadable saved text is kept aside through edits and reloads until the reader deletes it", () => {
  const store = fakeStore();
  store.setItem(STORAGE_KEY, "{\"version\": 2, \"state\": {\"answers\": {\"failure_mode\": \"outa");
  const page = new AnswerKeeper(store, contract);
  assert.deepEqual(page.open(""), []);
  assert.match(String(page.aside), /outa$/);
  page.edit(mine);
  const again = new AnswerKeeper(store, contract);
  again.open(linkTo({ ...emptyState(contract), answers: { [deciding]: second } }));
  assert.equal(again.aside, page.aside);
  again.deleteAside();
  assert.equal(again.aside, null);
  assert.equal(store.items.has(ASIDE_KEY), false);
  assert.deepEqual(load(store, contract).current, mine, "the reader's answers are untouched");
});

test("the keeper knows when what it shows is not saved: after a refused write, until one succeeds or clears", () => {
  const { keeper, short, long } = smallStorage();
  assert.equal(keeper.edit(short), "");
  assert.equal(keeper.unsaved, false);
  assert.match(keeper.edit(long), /could not be saved/);
  assert.equal(keeper.unsaved, true, "the page asks before it is left");
  assert.equal(keeper.edit(short), "");
  assert.equal(keeper.unsaved, false);
  assert.match(keeper.edit(long), /could not be saved/);
  assert.equal(keeper.clear(), "");
  assert.equal(keeper.unsaved, false, "nothing left to lose");
});

test("answers too long to save, then another tab's loaded: what is shown is saved, and leaving loses nothing", () => {
  const { store, keeper, short, long } = smallStorage();
  const other = new AnswerKeeper(store, contract);
  other.open("");
  assert.match(keeper.edit(long), /could not be saved/);
  assert.equal(other.edit(short), "");
  assert.equal(keeper.otherTabChanged(STORAGE_KEY, store.items.get(STORAGE_KEY) ?? null), true);
  keeper.loadOther();
  assert.deepEqual(keeper.shown, short);
  assert.equal(keeper.unsaved, false, "no write failed for what is shown");
  assert.equal(keeper.leavingLoses, false);
  assert.match(keeper.undo(), /could not be saved/, "the undo brings back this tab's answers, still too long");
  assert.equal(keeper.unsaved, true);
});

test("a link that gives nothing says what is shown instead: the reader's own answers, or an empty questionnaire", () => {
  const damaged = "#answers=_w";
  const { keeper } = readerWith();
  assert.deepEqual(keeper.open(damaged), [
    "This share link is damaged (it may have been cut short or changed by hand): nothing could be read from it. Your own answers are shown instead.",
  ]);
  const newcomer = new AnswerKeeper(fakeStore(), contract);
  assert.deepEqual(newcomer.open(damaged), [
    "This share link is damaged (it may have been cut short or changed by hand): nothing could be read from it. The questionnaire starts empty: no answers of yours are saved in this browser.",
  ]);
});

test("saved answers cut down to fit this page keep their whole text aside: a newer rubric's are not lost for good", () => {
  const store = fakeStore();
  const newer = JSON.stringify({
    version: 2,
    rubric: "99",
    state: { answers: { [deciding]: first, new_question: "x" }, complaints: ["a", "b", "c", "d", "e", "f"], overrides: {} },
    previous: null,
  });
  store.setItem(STORAGE_KEY, newer);
  const keeper = new AnswerKeeper(store, contract);
  const notes = keeper.open("");
  assert.match(notes.join(" "), /left out/);
  assert.deepEqual(keeper.shown.answers, { [deciding]: first });
  assert.equal(store.items.get(ASIDE_KEY), newer, "the whole text is kept aside, as it was");
  assert.equal(keeper.aside, newer);
  // Left as it was until the reader's first change here (an attack review: written again cut down as the page opened,
  // the newer page, back after a rollback, found the older one's cut-down copy).
  assert.equal(store.items.get(STORAGE_KEY), newer);
  new AnswerKeeper(store, contract).open(""); // a reload: still as it was, one copy aside
  assert.deepEqual([store.items.get(STORAGE_KEY), store.items.get(ASIDE_KEY)], [newer, newer]);
  keeper.edit({ ...keeper.shown, complaints: ["mine", "", "", "", ""] });
  assert.deepEqual(load(store, contract).current?.complaints, ["mine", "", "", "", ""]);
  assert.equal(store.items.get(ASIDE_KEY), newer, "the whole text still aside");
});

test("saved text cut down to nothing is left saved as it was, and a reload keeps one copy aside, not two", () => {
  const store = fakeStore();
  const unknown = JSON.stringify({ version: 2, rubric: "99", state: { answers: { new_question: "x" } }, previous: null });
  store.setItem(STORAGE_KEY, unknown);
  for (let visit = 0; visit < 2; visit++) new AnswerKeeper(store, contract).open("");
  assert.equal(store.items.get(STORAGE_KEY), unknown, "nothing that fits to write: the saved text stays");
  assert.equal(store.items.get(ASIDE_KEY), unknown);
});

test("saved text cut down that cannot be kept aside (storage full) stays saved as it was, and the reader is told", () => {
  const store = fakeStore();
  const newer = JSON.stringify({ version: 2, rubric: "99", state: { answers: { [deciding]: first, new_question: "x" } }, previous: null });
  store.setItem(STORAGE_KEY, newer);
  const setItem = store.setItem.bind(store);
  store.setItem = (/** @type {string} */ key, /** @type {string} */ value) => {
    if (key === ASIDE_KEY) throw new DOMException("full", "QuotaExceededError");
    setItem(key, value);
  };
  const notes = new AnswerKeeper(store, contract).open("");
  assert.match(notes.join(" "), /could not be kept aside: it stays saved as it was until your next change here/);
  assert.equal(store.items.get(STORAGE_KEY), newer);
  assert.equal(store.items.get(ASIDE_KEY), undefined);
});

test("a newer build's saved answers: the first write here replaces them (a copy aside); deleting the copy deletes both", () => {
  const newer = JSON.stringify({ version: 3, rubric: "9", state: { answers: { failure_mode: "outages" } } });
  for (const step of ["edit", "delete"]) {
    const store = fakeStore();
    store.setItem(STORAGE_KEY, newer);
    const page = new AnswerKeeper(store, contract);
    page.open("");
    assert.deepEqual([page.unreadStored, page.aside, store.items.get(STORAGE_KEY)], [true, newer, newer], "opening writes nothing");
    if (step === "edit") {
      page.edit(mine);
      assert.deepEqual([load(store, contract).current, readAside(store), page.unreadStored], [mine, newer, false]);
      page.deleteAside();
      assert.deepEqual(load(store, contract).current, mine, "deleting the copy leaves the reader's new answers");
    } else {
      page.deleteAside();
      assert.deepEqual([store.items.size, page.known], [0, null], "the copy and the answers it copied are deleted");
      const again = new AnswerKeeper(store, contract);
      again.open("");
      assert.equal(again.aside, null, "nothing comes back aside on the next visit");
    }
  }
});

test("\"Keep these instead\" of a link that carried no complaints keeps the reader's own complaints and their types", () => {
  // A reader's review: the link (complaints left out) was kept, and the reader's complaints were gone after a reload.
  const own = { ...emptyState(contract), answers: { [deciding]: first }, complaints: ["mine", "", "", "", ""], overrides: { 0: "user" } };
  const { store } = readerWith(own);
  const page = new AnswerKeeper(store, contract);
  const link = { ...emptyState(contract), answers: { [deciding]: second } };
  page.open(linkTo(link, false));
  assert.equal(page.keepShown(), "");
  assert.equal(page.complaintsKept, true);
  assert.deepEqual(load(store, contract).current, { ...link, complaints: own.complaints, overrides: own.overrides });
  page.undo();
  assert.deepEqual([page.shown, page.own], [link, own], "undo: the link's answers shown again, the reader's own kept");
  // A link that carries complaints replaces them, as before.
  const withTheirs = { ...link, complaints: ["theirs", "", "", "", ""] };
  const other = new AnswerKeeper(readerWith(own).store, contract);
  other.open(linkTo(withTheirs));
  other.keepShown();
  assert.deepEqual([other.complaintsKept, other.shown.complaints[0]], [false, "theirs"]);
});

test("diff review: a link whose complaints the reader emptied is kept as it is; a refused write leaves the link in the address", () => {
  const own = { ...emptyState(contract), answers: { [deciding]: first }, complaints: ["mine", "", "", "", ""] };
  const link = { ...emptyState(contract), answers: { [deciding]: second }, complaints: ["theirs", "", "", "", ""] };
  const page = new AnswerKeeper(readerWith(own).store, contract);
  page.open(linkTo(link));
  page.edit({ ...link, complaints: ["", "", "", "", ""] });
  page.keepShown();
  assert.deepEqual([page.complaintsKept, page.shown.complaints[0]], [false, ""], "the reader's own do not come back");
  // The storage refuses the write: the link's answers are saved nowhere, so the address keeps the link.
  const { store } = readerWith(own);
  const full = { ...store, setItem: () => { throw new Error("QuotaExceededError"); } };
  const refused = new AnswerKeeper(full, contract);
  refused.open(linkTo(link));
  assert.notEqual(refused.keepShown(), "");
  assert.equal(refused.linkHash, linkTo(link));
});

test("diff review: 'Delete it' of the copy of answers cut down to fit saves them as shown, so it does not come back", () => {
  const store = fakeStore();
  const newer = JSON.stringify({ version: 2, rubric: "99", state: { answers: { [deciding]: first, new_question: "x" } }, previous: null });
  store.setItem(STORAGE_KEY, newer);
  const page = new AnswerKeeper(store, contract);
  page.open("");
  assert.equal(page.aside, newer);
  page.deleteAside();
  assert.deepEqual(load(store, contract).current?.answers, { [deciding]: first });
  const next = new AnswerKeeper(store, contract);
  next.open("");
  assert.equal(next.aside, null, "nothing set aside again on the next visit");
});

test("the failure a follow-up answer was given for is saved with the answers shown, and read back (a reader's review)", () => {
  const store = fakeStore();
  const page = new AnswerKeeper(store, contract);
  page.open("");
  const answered = { ...emptyState(contract), answers: { [deciding]: first, deals_blocked: "no", costs_more: "named_failure" } };
  assert.equal(page.edit(answered, first), "");
  const next = new AnswerKeeper(store, contract);
  next.open("");
  assert.equal(next.followUpFor, first, "a reload knows it");
  assert.deepEqual(store.writes.length, 1, "and opening writes nothing again");
  next.clear();
  assert.equal(next.followUpFor, null);
  next.undo();
  assert.equal(next.followUpFor, first, "the undo of a clear brings it back");
  assert.equal(load(store, contract).followUpFor, first);
  next.open(linkTo({ ...emptyState(contract), answers: { [deciding]: second } }));
  assert.equal(next.followUpFor, null, "a link's answers say nothing of it");
});

test("what the page learns of a follow-up answer's failure is saved with the answers, and nothing else (a CI run)", () => {
  const store = fakeStore();
  const page = new AnswerKeeper(store, contract);
  page.open("");
  const answered = { ...emptyState(contract), answers: { [deciding]: first, deals_blocked: "yes", costs_more: "named_failure" } };
  page.edit(answered);
  page.clear();
  page.undo();
  const undo = page.undoable;
  page.noteFollowUpFor(first);
  assert.equal(load(store, contract).followUpFor, first, "saved with the answers shown");
  assert.equal(page.undoable, undo, "no undo ended");
  // A link's answers shown, saved nowhere: nothing written for them.
  const nothingSaved = fakeStore();
  const linked = new AnswerKeeper(nothingSaved, contract);
  linked.open(linkTo(answered));
  linked.noteFollowUpFor(first);
  assert.deepEqual(nothingSaved.writes, []);
  assert.equal(linked.followUpFor, first);
});

test("the reader's own answers keep their follow-up's failure beside a link's, and 'Show my own answers' knows it", () => {
  const store = fakeStore();
  const page = new AnswerKeeper(store, contract);
  page.open("");
  const mine = { ...emptyState(contract), answers: { [deciding]: first, deals_blocked: "no", costs_more: "named_failure" } };
  page.edit(mine, first);
  // A link opened over them: their failure is kept, shown answers say nothing of theirs.
  page.open(linkTo({ ...emptyState(contract), answers: { [deciding]: third } }));
  assert.equal(page.followUpFor, null);
  assert.equal(page.ownFollowUpFor, first);
  page.showOwn();
  assert.equal(page.followUpFor, first, "shown again, they say which failure their follow-up was given for");
  page.undo();
  assert.equal(page.ownFollowUpFor, first, "the undo keeps it beside the link's answers");
  // The link's answers edited: saved beside the reader's own, with it; a reload and "Show my own answers" know it.
  page.edit({ ...emptyState(contract), answers: { [deciding]: second } });
  assert.equal(load(store, contract).previousFollowUpFor, first);
  const next = new AnswerKeeper(store, contract);
  next.open("");
  assert.equal(next.ownFollowUpFor, first);
  next.showOwn();
  assert.equal(next.followUpFor, first);
  assert.equal(load(store, contract).followUpFor, first, "saved alone again, with it");
  // "Keep these instead": the link's answers are the reader's own now, and the earlier failure is gone with them.
  next.open(linkTo({ ...emptyState(contract), answers: { [deciding]: third } }));
  next.keepShown();
  assert.equal(next.ownFollowUpFor, null);
  assert.equal(load(store, contract).previousFollowUpFor, null);
});

test("'Delete it' with nothing aside on this page deletes no other tab's copy (a diff review)", () => {
  const store = fakeStore();
  const page = new AnswerKeeper(store, contract);
  page.open("");
  store.setItem(ASIDE_KEY, "another tab's copy");
  page.deleteAside();
  assert.equal(readAside(store), "another tab's copy");
});

test("the last read says whether the saved text could be read as answers at all (a diff review)", () => {
  const store = fakeStore();
  const page = new AnswerKeeper(store, contract);
  store.setItem(STORAGE_KEY, "damaged {");
  page.reload();
  assert.equal(page.unreadLast, true);
  // Read in part (a part this page does not know): shown, so not "could not be read".
  store.setItem(STORAGE_KEY, JSON.stringify({ ...toDocument(contract, { ...emptyState(contract), answers: { [deciding]: first } }), extra: 1 }));
  page.reload();
  assert.equal(page.unreadLast, false);
  assert.deepEqual(page.shown.answers, { [deciding]: first });
});
