// The follow-up's answer goes stale when the reader names another failure (follow-up-watch.js), on the build's own
// contract: failure_mode is the deciding question, costs_more the follow-up.
import assert from "node:assert/strict";
import { test } from "node:test";

import { FollowUpWatch } from "../../docs/assets/javascripts/follow-up-watch.js";
import { sampleContract } from "./fixtures.js";

const contract = sampleContract();

/**
 * @param {Record<string, string>} answers
 * @returns {import("../../docs/assets/javascripts/state.js").State}
 */
const state = (answers) => ({ answers, complaints: [], overrides: {} });

test("the contract's follow-up is the question the watch follows", () => {
  const watch = new FollowUpWatch(contract);
  assert.equal(watch.question, "costs_more");
  assert.equal(watch.deciding, contract.deciding);
});

test("an answer given for one failure goes stale when another is named and the follow-up is asked", () => {
  const watch = new FollowUpWatch(contract);
  assert.equal(watch.seen(state({ failure_mode: "outages", deals_blocked: "yes" })), null);
  assert.equal(watch.seen(state({ failure_mode: "outages", deals_blocked: "yes", costs_more: "named_failure" })), null);
  const changed = state({ failure_mode: "regressions", deals_blocked: "yes", costs_more: "named_failure" });
  assert.deepEqual(watch.seen(changed), {
    question: "costs_more",
    answer: "named_failure",
    from: "outages",
    to: "regressions",
  });
  // Cleared by the page, then answered again: taken as given for regressions.
  assert.equal(watch.seen(state({ failure_mode: "regressions", deals_blocked: "yes" })), null);
  assert.equal(watch.seen(state({ failure_mode: "regressions", deals_blocked: "yes", costs_more: "blocked_deals" })), null);
  assert.equal(watch.seen(state({ failure_mode: "regressions", deals_blocked: "yes", costs_more: "blocked_deals" })), null);
});

test("while the follow-up is not asked its answer waits, and is fine again under the failure it was given for", () => {
  const watch = new FollowUpWatch(contract);
  watch.seen(state({ failure_mode: "outages", deals_blocked: "yes", costs_more: "named_failure" }));
  const hidden = state({ failure_mode: "governance", deals_blocked: "yes", costs_more: "named_failure" });
  assert.equal(watch.seen(hidden), null, "not asked: nothing to clear");
  assert.equal(watch.seen(state({ failure_mode: "outages", deals_blocked: "yes", costs_more: "named_failure" })), null);
  const other = state({ failure_mode: "regressions", deals_blocked: "yes", costs_more: "named_failure" });
  assert.equal(watch.seen(other)?.from, "outages");
});

test("the first state seen (saved answers, a share link) is taken as it is; no answer or no failure is never stale", () => {
  const loaded = new FollowUpWatch(contract);
  assert.equal(loaded.seen(state({ failure_mode: "regressions", deals_blocked: "yes", costs_more: "named_failure" })), null);
  const empty = new FollowUpWatch(contract);
  empty.seen(state({ failure_mode: "outages" }));
  assert.equal(empty.seen(state({ failure_mode: "regressions" })), null);
  const unanswered = new FollowUpWatch(contract);
  unanswered.seen(state({ failure_mode: "outages", deals_blocked: "yes", costs_more: "not_sure" }));
  assert.equal(unanswered.seen(state({ deals_blocked: "yes", costs_more: "not_sure" })), null);
});

test("a put-back answer (Keep my answer) is taken as given for the failure named now", () => {
  const watch = new FollowUpWatch(contract);
  watch.seen(state({ failure_mode: "outages", deals_blocked: "yes", costs_more: "named_failure" }));
  assert.ok(watch.seen(state({ failure_mode: "regressions", deals_blocked: "yes", costs_more: "named_failure" })));
  watch.seen(state({ failure_mode: "regressions", deals_blocked: "yes" })); // cleared
  assert.equal(watch.seen(state({ failure_mode: "regressions", deals_blocked: "yes", costs_more: "named_failure" })), null);
  assert.equal(watch.seen(state({ failure_mode: "regressions", deals_blocked: "yes", costs_more: "named_failure" })), null);
});

test("a rubric without a follow-up watches nothing", () => {
  const questions = new Map([...contract.questions].filter(([, q]) => q.kind !== "follow_up"));
  const watch = new FollowUpWatch({ ...contract, questions });
  assert.equal(watch.question, null);
  assert.equal(watch.seen(state({ failure_mode: "outages", costs_more: "named_failure" })), null);
});

test("an answer read back while the follow-up is not asked compared a failure not known: stale at the first that asks it", () => {
  // A reader's review: answered for outages, then Governance (not asked), then a reload, then Outages: the page cleared
  // the answer as "compared Governance with the blocked deals", a failure it was never asked for. An attack review: it
  // was then taken as given for Outages, although it may have been given for Regressions. Neither is known.
  const watch = new FollowUpWatch(contract);
  const reloaded = { failure_mode: "governance", deals_blocked: "yes", costs_more: "blocked_deals" };
  assert.equal(watch.seen(state(reloaded)), null);
  assert.equal(watch.seen(state({ ...reloaded, failure_mode: "not_sure" })), null, "still not asked");
  assert.deepEqual(watch.seen(state({ ...reloaded, failure_mode: "outages" })), {
    question: "costs_more",
    answer: "blocked_deals",
    from: null,
    to: "outages",
  });
  // Kept by the reader ("Keep my answer" puts it back): given for outages from then on.
  watch.seen(state({ failure_mode: "outages", deals_blocked: "yes" }));
  assert.equal(watch.seen(state({ ...reloaded, failure_mode: "outages" })), null);
  assert.equal(watch.seen(state({ ...reloaded, failure_mode: "regressions" }))?.from, "outages");
});

test("an answer read back with the deals not blocked is not known either: the deals answered Yes ask about it", () => {
  const watch = new FollowUpWatch(contract);
  const reloaded = { failure_mode: "outages", deals_blocked: "no", costs_more: "named_failure" };
  assert.equal(watch.seen(state(reloaded)), null);
  assert.equal(watch.seen(state({ ...reloaded, deals_blocked: "yes" }))?.from, null);
});

test("a watch kept for the visit still knows the failure of an answer shown again; a refill is read back", () => {
  // A diff review: back on the page through the site's links, a new watch took a known answer as read back.
  const watch = new FollowUpWatch(contract);
  watch.seen(state({ failure_mode: "outages", deals_blocked: "yes", costs_more: "named_failure" }));
  const hidden = state({ failure_mode: "outages", deals_blocked: "no", costs_more: "named_failure" });
  watch.seen(hidden);
  watch.seen(hidden); // the form filled again on the way back
  assert.equal(watch.answeredFor, "outages");
  assert.equal(watch.seen(state({ failure_mode: "outages", deals_blocked: "yes", costs_more: "named_failure" })), null);
  watch.seen(hidden);
  watch.readBack(); // other answers filled in (the reader's own, another tab's): not known
  watch.seen(hidden);
  assert.equal(watch.answeredFor, null);
  assert.equal(watch.seen(state({ failure_mode: "outages", deals_blocked: "yes", costs_more: "named_failure" }))?.from, null);
});

test("what the watch knew holds again when the form is back as it was (a clear and its undo)", () => {
  const watch = new FollowUpWatch(contract);
  watch.seen(state({ failure_mode: "outages", deals_blocked: "yes", costs_more: "named_failure" }));
  const waiting = state({ failure_mode: "governance", deals_blocked: "yes", costs_more: "named_failure" });
  watch.seen(waiting); // not asked under governance: the answer waits, given for outages
  const memory = watch.memory();
  watch.readBack(); // cleared: the form filled with nothing
  watch.seen(state({}));
  watch.recall(memory); // undone: the form back as it was, and what the watch knew of it
  assert.equal(watch.seen(waiting), null);
  assert.equal(watch.seen(state({ failure_mode: "outages", deals_blocked: "yes", costs_more: "named_failure" })), null);
  // Without the memory, the answer is read back as given for no failure, and naming outages clears it.
  const forgetful = new FollowUpWatch(contract);
  forgetful.seen(waiting);
  const stale = forgetful.seen(state({ failure_mode: "outages", deals_blocked: "yes", costs_more: "named_failure" }));
  assert.equal(stale?.from, null);
});

test("the follow-up is asked as the engine asks it: deals blocked, and outages or regressions named", () => {
  const watch = new FollowUpWatch(contract);
  assert.equal(watch.askedIn(state({ failure_mode: "outages", deals_blocked: "yes" })), true);
  assert.equal(watch.askedIn(state({ failure_mode: "regressions", deals_blocked: "yes" })), true);
  assert.equal(watch.askedIn(state({ failure_mode: "outages", deals_blocked: "no" })), false);
  assert.equal(watch.askedIn(state({ deals_blocked: "yes" })), false);
});

test("an answer read back unasked, saved with the failure it was given for, is known as given for it (a reader's review)", () => {
  const kept = { failure_mode: "regressions", deals_blocked: "no", costs_more: "named_failure" };
  const watch = new FollowUpWatch(contract);
  watch.readBack("regressions");
  assert.equal(watch.seen(state(kept)), null);
  assert.equal(watch.answeredFor, "regressions");
  assert.equal(watch.seen(state({ ...kept, deals_blocked: "yes" })), null, "asked again for the same failure: kept");
  // Named another failure since, it goes stale as any answer given for regressions does.
  const other = new FollowUpWatch(contract);
  other.readBack("regressions");
  other.seen(state(kept));
  assert.deepEqual(other.seen(state({ ...kept, failure_mode: "outages", deals_blocked: "yes" })), {
    question: "costs_more",
    answer: "named_failure",
    from: "regressions",
    to: "outages",
  });
  // What a read back says holds for that state only: a later read back without it knows nothing.
  other.readBack();
  other.seen(state({ ...kept, costs_more: "blocked_deals" }));
  assert.equal(other.answeredFor, null);
});
