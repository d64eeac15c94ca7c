import assert from "node:assert/strict";
import { test } from "node:test";

import fc from "fast-check";

import { checksum, hasSimd, memoryChecksum } from "../../docs/assets/javascripts/snapshot-checksum.js";

const PAGE = 65_536;

/**
 * memoryChecksum of `bytes` split where a snapshot's header ends (`headerLength`, a whole number of stripes), the rest
 * in a WebAssembly memory as Pyodide's would hold it, after bytes that are not summed.
 * @param {Uint8Array} bytes
 * @param {number} headerLength
 * @param {{simd?: boolean}} [options]
 */
function splitSum(bytes, headerLength, options) {
  const rest = bytes.subarray(headerLength);
  const memory = new WebAssembly.Memory({ initial: Math.ceil((rest.length + 1) / PAGE) });
  const view = new Uint8Array(memory.buffer);
  view.set(rest);
  view.fill(0xa5, rest.length); // beyond the length: not summed
  return memoryChecksum(bytes.slice(0, headerLength), memory, rest.length, options);
}

test("the checksum is the one tests/support/kept_snapshot.py computes on its own", () => {
  // Values from the Python checksum there; a browser test stores a buffer under that checksum and the worker agrees.
  assert.equal(checksum(new Uint8Array(37).map((_, i) => i)), "22ab01a2212e3cfae8d289b90cc1a130");
  assert.equal(checksum(new Uint8Array(100_000).map((_, i) => (i * 7) % 251)), "8dd1907bb22dc739bba46779ae6eaaa9");
});

test("a change to any one byte changes the checksum, in the four lanes and in the tail", () => {
  const bytes = new Uint8Array(64 + 5).map((_, i) => (i * 31) % 256);
  const seen = new Set([checksum(bytes)]);
  for (let i = 0; i < bytes.length; i++) {
    const changed = bytes.slice();
    changed[i] = (changed[i] ?? 0) ^ 0x01;
    seen.add(checksum(changed));
  }
  assert.equal(seen.size, bytes.length + 1);
  const first = new Uint8Array(64);
  first[0] = 1;
  const fifth = new Uint8Array(64);
  fifth[16] = 1; // the same lane, its next word
  assert.notEqual(checksum(first), checksum(fifth));
});

test("two changes in one lane do not cancel out, the top bits of two of its words included", () => {
  const bytes = new Uint8Array(8192).map((_, i) => (i * 13) % 256);
  const original = checksum(bytes);
  /** @type {[number, number][]} */
  const pairs = [[3, 19], [3, 4099], [0, 16]];
  for (const [first, second] of pairs) {
    for (const flip of [0x80, 0x01, 0xff]) {
      const changed = bytes.slice();
      changed[first] = (changed[first] ?? 0) ^ flip;
      changed[second] = (changed[second] ?? 0) ^ flip;
      assert.notEqual(checksum(changed), original, `bytes ${first} and ${second} XOR ${flip}`);
    }
  }
});

test("a view that does not start on a 4-byte boundary has the checksum of the same bytes copied", () => {
  const view = new Uint8Array(1001).map((_, i) => i % 253).subarray(1);
  assert.equal(checksum(view), checksum(view.slice()));
});

test("Node has WebAssembly SIMD, so the WebAssembly module is tested here (else the tests compare the JavaScript with itself)", () => {
  assert.equal(hasSimd(), true);
});

test("both implementations give the values tests/support/kept_snapshot.py computes on its own", () => {
  for (const simd of [true, false]) {
    assert.equal(splitSum(new Uint8Array(37).map((_, i) => i), 16, { simd }), "22ab01a2212e3cfae8d289b90cc1a130");
    assert.equal(splitSum(new Uint8Array(100_000).map((_, i) => (i * 7) % 251), 144, { simd }), "8dd1907bb22dc739bba46779ae6eaaa9");
  }
});

test("header and memory summed as one: every length around the 16-byte stripes, any header, with SIMD and without", () => {
  for (const headerLength of [0, 16, 48, 144]) {
    for (let length = headerLength; length <= headerLength + 80; length++) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 151 + length) % 256);
      assert.equal(splitSum(bytes, headerLength), checksum(bytes), `header ${headerLength}, length ${length}`);
      assert.equal(splitSum(bytes, headerLength, { simd: false }), checksum(bytes));
    }
  }
});

test("the WebAssembly module and the JavaScript agree on any bytes", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 5000 }), fc.nat(20), (bytes, stripes) => {
      const headerLength = Math.min(stripes * 16, bytes.length & ~15);
      assert.equal(splitSum(bytes, headerLength), checksum(bytes));
    }),
    { numRuns: 300 },
  );
});

test("the top bit of every word is summed alike (the module's shifts are unsigned, as JavaScript's >>> is)", () => {
  const bytes = new Uint8Array(4096).fill(0xff);
  assert.equal(splitSum(bytes, 64), checksum(bytes));
  bytes[4095] = 0x7f;
  assert.equal(splitSum(bytes, 64), checksum(bytes));
});

test("a change to one byte of the memory or of the header changes the checksum", () => {
  const bytes = new Uint8Array(3 * PAGE + 5).map((_, i) => i % 241);
  const before = splitSum(bytes, 144);
  for (const at of [0, 143, 144, 2 * PAGE, bytes.length - 1]) {
    const changed = bytes.slice();
    changed[at] = (changed[at] ?? 0) ^ 1;
    assert.notEqual(splitSum(changed, 144), before, `byte ${at}`);
  }
});

test("a header that is not a whole number of stripes, or more bytes than the memory holds, is refused", () => {
  const memory = new WebAssembly.Memory({ initial: 1 });
  assert.throws(() => memoryChecksum(new Uint8Array(20), memory, 16), RangeError);
  assert.throws(() => memoryChecksum(new Uint8Array(16), memory, PAGE + 1), RangeError);
});
