import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";

import { decodeChecks, hex, loadChecks, mismatch } from "../../docs/assets/javascripts/runtime-check.js";

const SCRIPT = new URL("https://example.org/guide/assets/javascripts/engine-worker.js?v=12");
const ROOT = new URL("https://example.org/guide/");
const WASM = "assets/pyodide/314.0.7/pyodide.asm.wasm";
const WHEEL = "assets/pyodide/314.0.7/engine.whl?v=ab";
const BYTES = new TextEncoder().encode("\0asm and the rest of the runtime");
const SHA = createHash("sha256").update(BYTES).digest("hex");
const LISTED = { files: [WASM, WHEEL], check: { [WASM]: { bytes: BYTES.byteLength, sha256: SHA }, [WHEEL]: { bytes: 3, sha256: "0".repeat(64) } } };

/** @param {Uint8Array} view */
const buffer = (view) => view.slice().buffer;

test("the checks are keyed by absolute URL, the wheel's query kept", () => {
  const checks = decodeChecks(LISTED, ROOT);
  assert.deepEqual([...checks.keys()], [`https://example.org/guide/${WASM}`, `https://example.org/guide/${WHEEL}`]);
  assert.deepEqual(checks.get(`https://example.org/guide/${WASM}`), { bytes: BYTES.byteLength, sha256: SHA });
});

test("a list without checks, with a bad check or missing one for a listed file is refused with the reason", () => {
  assert.throws(() => decodeChecks({ files: [WASM] }, ROOT), /expected check/);
  assert.throws(() => decodeChecks({ files: [WASM], check: [] }, ROOT), /expected check/);
  for (const bad of [null, 5, { bytes: -1, sha256: SHA }, { bytes: 1.5, sha256: SHA }, { bytes: "3", sha256: SHA }, { bytes: 3, sha256: SHA.toUpperCase() }, { bytes: 3 }]) {
    assert.throws(() => decodeChecks({ files: [WASM], check: { [WASM]: bad } }, ROOT), /the check of ".*pyodide\.asm\.wasm" is not/, JSON.stringify(bad));
  }
  assert.throws(() => decodeChecks({ files: [WASM, WHEEL], check: { [WASM]: LISTED.check[WASM] } }, ROOT), /no check for .*engine\.whl\?v=ab/);
  assert.throws(() => decodeChecks({ check: {} }, ROOT), /expected \{files/);
});

test("hex is the digest in lower-case hex, two digits a byte", () => {
  assert.equal(hex(new Uint8Array([0, 15, 16, 255]).buffer), "000f10ff");
});

test("only the build's bytes match: a copy cut short, one changed at the same length and an unlisted file do not", async () => {
  const expected = { bytes: BYTES.byteLength, sha256: SHA };
  assert.equal(await mismatch(buffer(BYTES), expected, crypto.subtle), null);
  assert.equal(await mismatch(buffer(BYTES.subarray(0, 10)), expected, crypto.subtle), `10 bytes instead of ${BYTES.byteLength}`);
  const changed = BYTES.slice();
  changed.set([Number(changed[5]) ^ 1], 5);
  assert.equal(await mismatch(buffer(changed), expected, crypto.subtle), "its SHA-256 differs");
  const portal = new TextEncoder().encode("<html>Sign in to the Wi-Fi</html>");
  assert.match(String(await mismatch(buffer(portal), expected, crypto.subtle)), /bytes instead of/);
  assert.equal(await mismatch(buffer(BYTES), undefined, crypto.subtle), "the build lists no check for it");
});

test("the list is read beside the script, relative to the site's root two folders up", async () => {
  /** @type {string[]} */
  const asked = [];
  const checks = await loadChecks(async (url) => {
    asked.push(url);
    return { ok: true, json: async () => LISTED };
  }, SCRIPT);
  assert.deepEqual(asked, ["https://example.org/guide/assets/javascripts/runtime-files.json"]);
  assert.equal(checks.size, 2);
  await assert.rejects(loadChecks(async () => ({ ok: false, json: async () => LISTED }), SCRIPT), /runtime-files\.json could not be read/);
});
