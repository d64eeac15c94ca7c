// A kept answer's conditions in words (tool-view.js's unmetConditions): the contract's words, which the engine wrote
// (condition_words) and the Markdown download says too; the page only picks and joins them.
import assert from "node:assert/strict";
import { test } from "node:test";

import { unmetConditions } from "../../docs/assets/javascripts/tool-view.js";
import { sampleContract } from "./fixtures.js";

const contract = sampleContract();
const followUp = [...contract.questions.values()].find((q) => q.kind === "follow_up");
assert.ok(followUp, "the contract has a follow-up question");
const [deals, failure] = followUp.askedWhen;
assert.ok(deals && failure, "asked when deals are blocked and a failure it compares is named");
const forOutages = failure.wordsFor.outages;
assert.ok(forOutages);

/** @param {Record<string, string>} answers */
const state = (answers) => /** @type {import("../../docs/assets/javascripts/state.js").State} */ (
  /** @type {unknown} */ ({ answers, complaints: [] }));

test("the conditions the other answers do not meet, in the contract's words, joined as the engine joins them", () => {
  assert.equal(unmetConditions(contract, followUp, state({ failure_mode: "governance" })),
    `${deals.words}${contract.conditionsJoiner}${failure.words}`);
  assert.equal(unmetConditions(contract, followUp, state({ failure_mode: "outages" })), deals.words);
  assert.match(deals.words, /^“Are enterprise deals blocked on missing controls\?” is answered “Yes”$/);
  assert.equal(unmetConditions(contract, followUp, state({ deals_blocked: "yes", failure_mode: "regressions" })), "");
});

test("an answer given for a known failure counts under that failure alone: its condition names that one", () => {
  const answers = { deals_blocked: "yes", failure_mode: "regressions" };
  assert.equal(unmetConditions(contract, followUp, state(answers), "outages"), forOutages);
  assert.match(forOutages, /is answered “Outages \/ latency”$/);
  assert.equal(unmetConditions(contract, followUp, state(answers), "regressions"), "");
  // A failure its condition does not hold (not one the follow-up compares) narrows nothing.
  assert.equal(unmetConditions(contract, followUp, state({ deals_blocked: "yes" }), "governance"), failure.words);
});
