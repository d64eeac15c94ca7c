// fast-check generators for the decoders' fuzz tests and the answer keeper's property tests (a helper, not a
// test module): valid states from the contract, share-link fragments of every kind, hostile JSON.

import fc from "fast-check";

import { toBase64Url } from "../../docs/assets/javascripts/share-link.js";
import { sampleContract } from "./fixtures.js";

/** @typedef {import("../../docs/assets/javascripts/state.js").State} State */

const contract = sampleContract();
const questions = [...contract.questions.values()];
const boxes = contract.limits.maxComplaints;

/** Names that look things up on Object.prototype when a key is not read as data. */
export const PROTOTYPE_NAMES = [
  "__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf",
  "propertyIsEnumerable", "toLocaleString", "__defineGetter__", "__lookupGetter__", "length", "then",
];

/** Any text: ASCII, any code point (lone surrogates included), bidi controls and NUL. */
export const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.constantFrom("\u202E", "\u0000", "\uD800", "\u{1F600}", "\u2066x\u2069"),
);

/** A key: a prototype name, one of the contract's question ids, or any text. */
export const anyKey = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.constantFrom(...contract.questions.keys()), anyText);

/**
 * JSON text of an object with these entries (written by hand, so "__proto__" stays a key as JSON.parse reads it).
 * @param {Array<[string, string]>} entries key and value JSON text
 */
const objectText = (entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(",")}}`;

/** Any JSON value as text, its objects' keys drawn from `anyKey`. */
export const hostileJson = /** @type {fc.Arbitrary<string>} */ (fc.letrec((tie) => {
  const inner = /** @type {fc.Arbitrary<string>} */ (tie("value"));
  return {
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.jsonValue().map((v) => JSON.stringify(v)),
      anyText.map((t) => JSON.stringify(t)),
      fc.array(inner, { maxLength: 4 }).map((items) => `[${items.join(",")}]`),
      fc.array(fc.tuple(anyKey, inner), { maxLength: 4 }).map(objectText),
    ),
  };
}).value);

/** Arrays or objects nested up to 20,000 deep around a value. */
export const deepJson = fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.boolean(), hostileJson).map(
  ([depth, arrays, inner]) => (arrays ? "[".repeat(depth) + inner + "]".repeat(depth) : '{"a":'.repeat(depth) + inner + "}".repeat(depth)),
);

/** A document shaped like the page's (any version), its parts hostile. */
export const documentLike = fc.tuple(
  fc.constantFrom(1, 2, 3, "2", null),
  fc.oneof(fc.constantFrom(contract.rubric, "1", "0"), hostileJson.map((t) => JSON.parse(t))),
  hostileJson,
  hostileJson,
  hostileJson,
  hostileJson,
).map(([version, rubric, answers, complaints, overrides, previous]) => {
  const state = objectText([["answers", answers], ["complaints", complaints], ["overrides", overrides]]);
  return version === 1 || version === 2
    ? objectText([["version", JSON.stringify(version)], ["rubric", JSON.stringify(rubric)], [version === 2 ? "state" : "current", state], ["previous", previous]])
    : objectText([["v", JSON.stringify(rubric)], ["a", answers], ["c", complaints], ["o", overrides]]);
});

/** A valid state: answers from the contract, any text in the boxes (over-long included), category choices. */
export const validState = fc.tuple(
  fc.array(fc.constantFrom(...questions), { maxLength: questions.length }),
  fc.array(fc.nat(), { minLength: questions.length, maxLength: questions.length }),
  fc.array(fc.oneof(fc.constant(""), anyText, fc.string({ minLength: contract.limits.maxComplaintChars, maxLength: 3 * contract.limits.maxComplaintChars })), { minLength: boxes, maxLength: boxes }),
  fc.array(fc.tuple(fc.nat({ max: boxes - 1 }), fc.constantFrom(...contract.overrideTypes))),
).map(([asked, picks, complaints, overrides]) => {
  /** @type {State} */
  const state = { answers: {}, complaints, overrides: {} };
  asked.forEach((question, i) => {
    const options = [...question.options.keys()];
    state.answers[question.id] = options[(picks[i] ?? 0) % options.length] ?? "";
  });
  for (const [box, type] of overrides) state.overrides[String(box)] = type;
  return state;
});

/** A state the reader would call theirs: the deciding question answered, whatever else. */
export const ownState = fc.tuple(validState, fc.constantFrom(...(contract.questions.get(contract.deciding)?.options.keys() ?? []))).map(
  ([state, option]) => ({ ...state, answers: { ...state.answers, [contract.deciding]: option } }),
);

/** A share link's fragment of any kind: a real one, a damaged one, hostile JSON, too deep, not base64 at all. */
export const anyFragment = fc.oneof(
  validState.map((state) => `#answers=${toBase64Url(JSON.stringify({ version: 2, rubric: contract.rubric, state, previous: null }))}`),
  documentLike.map((text) => `#answers=${toBase64Url(text)}`),
  hostileJson.map((text) => `#answers=${toBase64Url(text)}`),
  deepJson.map((text) => `#answers=${toBase64Url(text)}`),
  fc.string().map((text) => `#answers=${text}`),
  validState.map((state) => `#answers=${toBase64Url(JSON.stringify({ version: 2, rubric: contract.rubric, state }))}`.slice(0, -3)),
);
