import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";

import { freshness, intact, sha256, snapshotHeaders, wheelIdentity } from "../../docs/assets/javascripts/engine-snapshot.js";

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

test("a snapshot is current only for the same Pyodide version and wheel hash, with a digest", async () => {
  const digest = await sha256(new Uint8Array([1, 2, 3]));
  const headers = new Headers(snapshotHeaders(IDENTITY, digest));
  assert.equal(freshness(headers, IDENTITY), "current");
  assert.equal(freshness(headers, { ...IDENTITY, pyodide: "314.0.8" }), "stale");
  assert.equal(freshness(headers, { ...IDENTITY, wheel: "fedcba9876543210" }), "stale");
  headers.delete("x-snapshot-sha256");
  assert.equal(freshness(headers, IDENTITY), "stale");
  assert.equal(freshness(new Headers(), IDENTITY), "stale");
});

test("bytes cut short or changed are not intact; the stored bytes are", async () => {
  const bytes = new Uint8Array(4096).map((_, i) => i % 256);
  const headers = new Headers(snapshotHeaders(IDENTITY, await sha256(bytes)));
  assert.equal(await intact(headers, bytes), true);
  assert.equal(await intact(headers, bytes.subarray(0, 4000)), false);
  const changed = bytes.slice();
  changed[2048] = 255 - (changed[2048] ?? 0);
  assert.equal(await intact(headers, changed), false);
});
