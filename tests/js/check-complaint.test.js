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

test("cutAfter: the part kept has min(count, characters) code points and never ends inside a pair", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.nat(40), (text, count) => {
      const end = cutAfter(text, count);
      const kept = text.slice(0, end);
      assert.equal(Array.from(kept).length, Math.min(count, Array.from(text).length));
      assert.ok(kept + text.slice(end) === text);
      if (end < text.length) assert.ok(!/[\uD800-\uDBFF]$/.test(kept) || !/^[\uDC00-\uDFFF]/.test(text.slice(end)));
    }),
  );
});
