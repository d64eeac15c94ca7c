import assert from "node:assert/strict";
import { test } from "node:test";

import { ContractError, ELEMENTS, optionLabel, parseContract } from "../../docs/assets/javascripts/contract.js";
import { contractText } from "./fixtures.js";

const raw = JSON.parse(contractText);

test("the contract reads every question with its options, conditions and fieldset id", () => {
  const contract = parseContract(contractText);
  assert.equal(contract.questions.size, raw.questions.length);
  for (const q of raw.questions) {
    const question = contract.questions.get(q.id);
    assert.ok(question, q.id);
    assert.equal(question.prompt, q.prompt);
    assert.equal(question.elementId, q.element_id);
    assert.deepEqual([...question.options.keys()], q.options.map((/** @type {{id: string}} */ o) => o.id));
    /** @type {{question: string, options: string[], words: string, words_for: Record<string, string>}[]} */
    const conditions = q.asked_when;
    assert.deepEqual(question.askedWhen, conditions.map((c) => (
      { question: c.question, options: c.options, words: c.words, wordsFor: c.words_for })));
  }
  assert.equal(contract.questions.get(contract.deciding)?.kind, "deciding");
});

test("the contract gives the limits, the types' titles, the category choices and every element's id", () => {
  const contract = parseContract(contractText);
  assert.deepEqual(contract.limits, {
    maxComplaints: raw.limits.complaints,
    maxComplaintChars: raw.limits.complaint_chars,
    maxShareChars: raw.limits.share_link_chars,
    maxStateChars: raw.limits.state_chars,
  });
  assert.equal(contract.boxes.length, contract.limits.maxComplaints);
  assert.deepEqual([...contract.typeTitles.keys()], raw.types.map((/** @type {{id: string}} */ t) => t.id));
  assert.ok(contract.overrideTypes.includes(contract.uncategorized));
  assert.deepEqual(contract.confirmConfidence, ["low"]);
  for (const name of ELEMENTS) assert.equal(contract.elements[name], raw.elements[name]);
});

test("a block that is not the contract this page reads fails loudly, naming what is wrong", () => {
  /** @param {object} change */
  const changed = (change) => JSON.stringify({ ...raw, ...change });
  const cases = [
    ["{", /not JSON/],
    ["[]", /version undefined/],
    [changed({ version: raw.version + 1 }), /version \d+, this page reads version/],
    [changed({ deciding: "nothing" }), /no deciding question/],
    [changed({ limits: {} }), /no limits/],
    [changed({ boxes: raw.boxes.slice(1) }), /one set of ids per complaint box/],
    [changed({ elements: { ...raw.elements, form: undefined } }), /no id for the element form/],
    [changed({ blank_added: [[0x13439]] }), /no blank code points/],
    [changed({ blank_added: [["13439", "1343f"]] }), /no blank code points/],
    [changed({ blank_added: undefined }), /no blank code points/],
    [changed({ blank_added: [[0x1343f, 0x13439]] }), /no blank code points/], // a range the wrong way round
  ];
  for (const [text, message] of cases) {
    assert.throws(() => parseContract(String(text)), (error) => error instanceof ContractError && /** @type {RegExp} */ (message).test(error.message));
  }
});

test("a character the engine lists as blank is blank to the page, whatever the browser's Unicode knows", () => {
  const contract = parseContract(contractText);
  const [[first, last]] = raw.blank_added;
  assert.ok(contract.isBlank(String.fromCodePoint(first, last, 0x200b, 0x20)));
  assert.ok(!contract.isBlank(String.fromCodePoint(first, 0x41)));
  // Read from the contract, not the browser's database: a code point listed there is blank here.
  const listed = parseContract(JSON.stringify({ ...raw, blank_added: [[0x41, 0x41]] }));
  assert.ok(listed.isBlank("A\u200b") && !contract.isBlank("A"));
});

test("an answer that stands for another reads with it named, in the engine's words from the contract", () => {
  const contract = parseContract(contractText);
  const followUp = [...contract.questions.values()].find((q) => q.named.size > 0);
  assert.ok(followUp, "a question with an answer that names another");
  const [optionId, named] = [...followUp.named][0] ?? ["", undefined];
  assert.ok(named);
  assert.equal(named.question, contract.deciding);
  const raw = JSON.parse(contractText).questions.find((/** @type {{id: string}} */ q) => q.id === followUp.id);
  const rawOption = raw.options.find((/** @type {{id: string}} */ o) => o.id === optionId);
  assert.equal(named.elementId, rawOption.element_id);
  for (const [answer, label] of Object.entries(rawOption.named_labels)) {
    assert.equal(optionLabel(followUp, optionId, { [contract.deciding]: answer }), label);
  }
  assert.equal(optionLabel(followUp, optionId, { [contract.deciding]: "outages" }), "The failure I named (Outages / latency)");
  assert.equal(optionLabel(followUp, optionId, {}), rawOption.label); // no failure named yet: as written
  assert.equal(optionLabel(followUp, optionId, { [contract.deciding]: "fire" }), rawOption.label); // unknown: as written
  const other = [...followUp.options.keys()].find((id) => !followUp.named.has(id)) ?? "";
  assert.equal(optionLabel(followUp, other, { [contract.deciding]: "outages" }), followUp.options.get(other));
});
