import assert from "node:assert/strict";
import { test } from "node:test";

import fc from "fast-check";

import { cutAfter } from "../../docs/assets/javascripts/tool-view.js";

test("cutAfter: a text no longer than the count ends where it ends", () => {
  assert.equal(cutAfter("", 5), 0);
  assert.equal(cutAfter("abcde", 5), 5);
  assert.equal(cutAfter("😀😀😀", 3), 6); // six code units, three characters
});

test("cutAfter: a longer text is cut after the count's characters, an emoji counted as one", () => {
  assert.equal(cutAfter("abcdef", 5), 5);
  assert.equal(cutAfter("ab😀cdef", 3), 4);
  assert.equal(cutAfter("abcd😀f", 5), 6); // the emoji is the fifth character: kept whole
  assert.equal(cutAfter("abcd😀f", 4), 4);
});

test("cutAfter: a cut never ends inside a flag, a family emoji or a letter with its accent", () => {
  const family = "👨‍👩‍👧"; // five code points, one character to a reader
  assert.equal(cutAfter(`ab${family}cd`, 3), 2);
  assert.equal(cutAfter(`ab${family}cd`, 7), 2 + family.length);
  assert.equal(cutAfter("ab🇫🇷cd", 3), 2); // the flag's two code points
  assert.equal(cutAfter("abe\u0301cd", 3), 2); // e and its combining accent
  assert.equal(cutAfter(`${family}cd`, 2), 3, "one character longer than the count: cut as the engine counts");
  // A diff review: far into a text of flags, a window starting between a flag's halves paired them wrongly.
  const flags = `a${"🇫🇷".repeat(300)}`;
  const end = cutAfter(flags, 500);
  assert.equal(end, 1 + 4 * 249, "249 whole flags: the 250th would end past the 500th code point");
  assert.equal(cutAfter("x".repeat(600), 500), 500);
});

test("cutAfter: the part kept has at most min(count, characters) code points and never ends inside a grapheme", () => {
  const segments = (/** @type {string} */ text) =>
    new Set([...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].map(({ index }) => index));
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.nat(40), (text, count) => {
      const end = cutAfter(text, count);
      const kept = text.slice(0, end);
      assert.ok(Array.from(kept).length <= Math.min(count, Array.from(text).length));
      // A cut is at a grapheme's start, or where the engine's count ends when the grapheme it splits is the first.
      if (end < text.length) {
        const starts = segments(text);
        const firstSplit = Array.from(kept).length === count && ![...starts].some((i) => i > 0 && i <= end);
        assert.ok(starts.has(end) || firstSplit, JSON.stringify([text, count]));
        // The longest such part: no grapheme starts between the cut and where the engine's count ends.
        const counted = Array.from(text).slice(0, count).join("").length;
        assert.ok(end <= counted && ![...starts].some((i) => i > end && i <= counted && i < text.length) || firstSplit);
      }
      assert.ok(kept + text.slice(end) === text);
      if (end < text.length) assert.ok(!/[\uD800-\uDBFF]$/.test(kept) || !/^[\uDC00-\uDFFF]/.test(text.slice(end)));
    }),
  );
});
