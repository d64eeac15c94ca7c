import assert from "node:assert/strict";
import { test } from "node:test";

import { checksum, describeSnapshot, freshness, wheelIdentity } from "../../docs/assets/javascripts/engine-snapshot.js";

const WHEEL = "https://example.org/assets/pyodide/314.0.7/decision_engine-0.1.0-py3-none-any.whl?v=0123456789abcdef";
const IDENTITY = { pyodide: "314.0.7", runtime: "/assets/pyodide/314.0.7-0123abcd/", wheel: "0123456789abcdef" };

test("a wheel's identity is the content hash the build puts in its URL, else its path", () => {
  assert.equal(wheelIdentity(WHEEL), "0123456789abcdef");
  assert.equal(wheelIdentity("https://example.org/x/decision_engine-0.1.0-py3-none-any.whl"), "/x/decision_engine-0.1.0-py3-none-any.whl");
});

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

test("a snapshot is current only for the same Pyodide version, runtime folder and wheel hash, with a length and a checksum", () => {
  const about = describeSnapshot(IDENTITY, new Uint8Array([1, 2, 3]));
  assert.deepEqual(about, { ...IDENTITY, length: 3, checksum: checksum(new Uint8Array([1, 2, 3])) });
  assert.equal(freshness(about, IDENTITY), "current");
  assert.equal(freshness(about, { ...IDENTITY, pyodide: "314.0.8" }), "stale");
  assert.equal(freshness(about, { ...IDENTITY, wheel: "fedcba9876543210" }), "stale");
  assert.equal(freshness(about, { ...IDENTITY, runtime: "/assets/pyodide/314.0.7-4567cdef/" }), "stale");
  const { runtime: _folder, ...unplaced } = about; // kept by a build before the folder was named by its files
  assert.equal(freshness(unplaced, IDENTITY), "stale");
  assert.equal(freshness({ ...about, checksum: "not a checksum" }, IDENTITY), "stale");
  assert.equal(freshness({ ...about, length: "3" }, IDENTITY), "stale");
  const { checksum: _, ...unsummed } = about;
  assert.equal(freshness(unsummed, IDENTITY), "stale");
  // What earlier builds wrote: a SHA-256 and no checksum. Such a snapshot is made again.
  assert.equal(freshness({ ...unsummed, sha256: "0".repeat(64) }, IDENTITY), "stale");
  for (const notADescription of [null, "about", 3, [], {}]) assert.equal(freshness(notADescription, IDENTITY), "stale");
});
