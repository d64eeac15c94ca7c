import assert from "node:assert/strict";
import { test } from "node:test";

import { describeSnapshot, freshness, wheelIdentity } from "../../docs/assets/javascripts/engine-snapshot.js";
import { checksum } from "../../docs/assets/javascripts/snapshot-checksum.js";

const WHEEL = "https://example.org/assets/pyodide/314.0.7/decision_engine-0.1.0-py3-none-any.whl?v=0123456789abcdef";
const IDENTITY = { pyodide: "314.0.7", runtime: "/assets/pyodide/314.0.7-0123abcd/", wheel: "0123456789abcdef" };

test("a wheel's identity is the content hash the build puts in its URL, else its path", () => {
  assert.equal(wheelIdentity(WHEEL), "0123456789abcdef");
  assert.equal(wheelIdentity("https://example.org/x/decision_engine-0.1.0-py3-none-any.whl"), "/x/decision_engine-0.1.0-py3-none-any.whl");
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
