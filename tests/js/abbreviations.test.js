import assert from "node:assert/strict";
import { test } from "node:test";

import { abbreviationsOf, parseContract } from "../../docs/assets/javascripts/contract.js";
import { abbreviationParts } from "../../docs/assets/javascripts/dom.js";
import { contractText } from "./fixtures.js";

const raw = JSON.parse(contractText);

test("the contract carries the guide's abbreviations, each with what it stands for", () => {
  const { titles } = parseContract(contractText).abbreviations;
  assert.deepEqual([...titles.keys()], raw.abbreviations.map((/** @type {{term: string}} */ a) => a.term));
  assert.equal(titles.get("SLO"), "Service level objective");
  assert.ok(titles.get("p99")?.startsWith("99th percentile"));
});

test("a text is split at each abbreviation, the longest first and whole words only", () => {
  const abbreviations = parseContract(contractText).abbreviations;
  const parts = abbreviationParts("Write a first SLO, then two SLOs; put p99 and CI/CD on one dashboard.", abbreviations);
  assert.deepEqual(parts.filter((part) => part.title !== undefined).map((part) => part.text), ["SLO", "SLOs", "p99", "CI/CD"]);
  assert.equal(parts.map((part) => part.text).join(""), "Write a first SLO, then two SLOs; put p99 and CI/CD on one dashboard.");
  assert.equal(parts[1]?.title, "Service level objective");
  // Not inside another word, and a text without any is one plain part.
  for (const text of ["RAPID growth", "APIs", "p999 latency", "SSOish", ""]) {
    assert.deepEqual(abbreviationParts(text, abbreviations), [{ text }], text);
  }
});

test("terms with the characters of a pattern are read as written, and the same pattern serves every text", () => {
  const abbreviations = abbreviationsOf([{ term: "CC BY 4.0", title: "a licence" }, { term: "a+b", title: "sum" }]);
  assert.deepEqual(abbreviationParts("CC BY 4.0 and a+b", abbreviations).map((part) => part.title ?? null), ["a licence", null, "sum"]);
  assert.deepEqual(abbreviationParts("CC BY 450", abbreviations), [{ text: "CC BY 450" }]);
  // A global pattern left where one text ended does not skip the start of the next.
  abbreviations.pattern.lastIndex = 5;
  assert.equal(abbreviationParts("a+b", abbreviations)[0]?.title, "sum");
  assert.deepEqual(abbreviationParts("nothing here", abbreviationsOf([])), [{ text: "nothing here" }]);
});
