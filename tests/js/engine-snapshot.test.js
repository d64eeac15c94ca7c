import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";

import { describeSnapshot, freshness, intact, sha256, wheelIdentity } from "../../docs/assets/javascripts/engine-snapshot.js";

const WHEEL = "https://example.org/assets/pyodide/314.0.7/decision_engine-0.1.0-py3-none-any.whl?v=0123456789abcdef";
const IDENTITY = { pyodide: "314.0.7", wheel: "0123456789abcdef" };

test("a wheel's identity is the content hash the build puts in its URL, else its path", () => {
  assert.equal(wheelIdentity(WHEEL), "0123456789abcdef");
  assert.equal(wheelIdentity("https://example.org/x/decision_engine-0.1.0-py3-none-any.whl"), "/x/decision_engine-0.1.0-py3-none-any.whl");
});

test("the snapshot's digest is the SHA-256 of its bytes, as Node computes it", async () => {
  const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 251);
  assert.equal(await sha256(bytes), createHash("sha256").update(bytes).digest("hex"));
});

test("a snapshot is current only for the same Pyodide version and wheel hash, with a length and a digest", async () => {
  const about = await describeSnapshot(IDENTITY, new Uint8Array([1, 2, 3]));
  assert.deepEqual(about, { ...IDENTITY, length: 3, sha256: await sha256(new Uint8Array([1, 2, 3])) });
  assert.equal(freshness(about, IDENTITY), "current");
  assert.equal(freshness(about, { ...IDENTITY, pyodide: "314.0.8" }), "stale");
  assert.equal(freshness(about, { ...IDENTITY, wheel: "fedcba9876543210" }), "stale");
  assert.equal(freshness({ ...about, sha256: "not a digest" }, IDENTITY), "stale");
  assert.equal(freshness({ ...about, length: "3" }, IDENTITY), "stale");
  const { sha256: _, ...undigested } = about;
  assert.equal(freshness(undigested, IDENTITY), "stale");
  for (const notADescription of [null, "about", 3, [], {}]) assert.equal(freshness(notADescription, IDENTITY), "stale");
});

test("bytes cut short, made longer or changed are not intact; the stored bytes are", async () => {
  const bytes = new Uint8Array(4096).map((_, i) => i % 256);
  const about = await describeSnapshot(IDENTITY, bytes);
  assert.equal(await intact(about, bytes), true);
  assert.equal(await intact(about, bytes.subarray(0, 4000)), false);
  const longer = new Uint8Array(4097);
  longer.set(bytes);
  assert.equal(await intact(about, longer), false);
  const changed = bytes.slice();
  changed[2048] = 255 - (changed[2048] ?? 0);
  assert.equal(await intact(about, changed), false);
});
