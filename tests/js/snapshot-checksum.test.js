import assert from "node:assert/strict";
import { test } from "node:test";

import fc from "fast-check";

import { checksum, checksumBuffer } from "../../docs/assets/javascripts/snapshot-checksum.js";

/**
 * The checksum of `bytes` as a checksumBuffer computes it, the bytes copied in as a snapshot is read in.
 * @param {Uint8Array} bytes
 * @param {{simd?: boolean}} [options]
 */
function bufferSum(bytes, options) {
  const buffer = checksumBuffer(bytes.length, options);
  buffer.bytes.set(bytes);
  return { sum: buffer.checksum(), simd: buffer.simd };
}

test("Node has WebAssembly SIMD, so the buffer's checksum is the WebAssembly module's (else these tests compare one implementation with itself)", () => {
  assert.equal(checksumBuffer(16).simd, true);
  assert.equal(checksumBuffer(16, { simd: false }).simd, false);
});

test("both implementations give the values tests/support/kept_snapshot.py computes on its own", () => {
  for (const simd of [true, false]) {
    assert.equal(bufferSum(new Uint8Array(37).map((_, i) => i), { simd }).sum, "22ab01a2212e3cfae8d289b90cc1a130");
    assert.equal(bufferSum(new Uint8Array(100_000).map((_, i) => (i * 7) % 251), { simd }).sum, "8dd1907bb22dc739bba46779ae6eaaa9");
  }
});

test("the WebAssembly module and the JavaScript agree on every length around the 16-byte stripes, and on no bytes", () => {
  for (let length = 0; length <= 80; length++) {
    const bytes = new Uint8Array(length).map((_, i) => (i * 151 + length) % 256);
    assert.equal(bufferSum(bytes).sum, checksum(bytes), `length ${length}`);
  }
});

test("the WebAssembly module and the JavaScript agree on any bytes", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => {
      assert.equal(bufferSum(bytes).sum, checksum(bytes));
    }),
    { numRuns: 300 },
  );
});

test("the top bit of every word is summed alike (the module's shifts are unsigned, as JavaScript's >>> is)", () => {
  const bytes = new Uint8Array(4096).fill(0xff);
  assert.equal(bufferSum(bytes).sum, checksum(bytes));
  bytes[4095] = 0x7f;
  assert.equal(bufferSum(bytes).sum, checksum(bytes));
});

test("a buffer holds exactly the length asked for, from a 4-byte boundary, and a change to one byte changes its checksum", () => {
  const length = 3 * 65_536 + 5; // more than whole pages: the module's memory grows past the length
  const buffer = checksumBuffer(length);
  assert.equal(buffer.bytes.length, length);
  assert.equal(buffer.bytes.byteOffset % 4, 0);
  buffer.bytes.set(new Uint8Array(length).map((_, i) => i % 241));
  const before = buffer.checksum();
  assert.equal(buffer.checksum(), before, "the same bytes, summed twice");
  buffer.bytes.set([(buffer.bytes.at(-1) ?? 0) ^ 1], length - 1);
  assert.notEqual(buffer.checksum(), before);
  assert.equal(buffer.checksum(), checksum(buffer.bytes));
});
