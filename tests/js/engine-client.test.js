import assert from "node:assert/strict";
import { test } from "node:test";

import { asSentence, decode, encode, tuned } from "../../docs/assets/javascripts/engine-client.js";
import { explain } from "../../docs/assets/javascripts/failures.js";

test("a bridge reply decodes to its result", () => {
  assert.deepEqual(decode('{"ok": true, "result": {"asked": []}}'), { ok: true, result: { asked: [] } });
});

test("a request is encoded as the JSON text the bridge reads", () => {
  assert.deepEqual(JSON.parse(encode("session", { state: { answers: {} } })), { command: "session", payload: { state: { answers: {} } } });
});

test("a bridge error decodes to the engine-error code with the engine's error code as detail, not its type", () => {
  const json = '{"ok": false, "error": {"code": "unknown-option", "type": "UnknownOptionError", "message": "no such option"}}';
  assert.deepEqual(decode(json), {
    ok: false,
    failure: { code: "engine-error", detail: "unknown-option" },
    message: "no such option",
  });
});

test("a reply that is not JSON, or not an object, is a crash", () => {
  for (const json of ["{", "3", "null"]) {
    const reply = decode(json);
    assert.equal(reply.ok, false);
    assert.equal(!reply.ok && reply.failure.code, "crashed");
  }
});

test("every failure code has its own sentence; the detail follows it and no Python type name leads", () => {
  /** @type {import("../../docs/assets/javascripts/engine-client.js").FailureCode[]} */
  const codes = ["download", "wrong-file-type", "wasm-unavailable", "wasm-blocked", "damaged", "worker-unavailable", "stalled", "crashed", "timeout", "engine-error"];
  const sentences = codes.map((code) => explain({ code, detail: "x" }));
  assert.equal(new Set(sentences).size, codes.length);
  for (const sentence of sentences) assert.match(sentence, /^The decision engine|^This browser|^This site.s security policy|^The decision engine.s/);
  assert.ok(explain({ code: "download", detail: "HTTP 404" }).endsWith(" (HTTP 404.)"));
  // A detail that ends with its own full stop (a DOMException's "Quota exceeded.") gets no second one.
  assert.ok(explain({ code: "crashed", detail: "Quota exceeded. " }).endsWith(" (Quota exceeded.)"));
});

test("offline, a failure a connection could mend says that trying again needs one; others do not", () => {
  const offline = " This browser is offline: trying again needs a connection.";
  for (const code of /** @type {const} */ (["damaged", "download", "wrong-file-type", "stalled"])) {
    assert.ok(explain({ code, detail: "x" }, true).endsWith(`(x.)${offline}`), code);
    assert.ok(!explain({ code, detail: "x" }).includes(offline), code);
  }
  assert.ok(!explain({ code: "wasm-blocked", detail: "x" }, true).includes(offline));
});

test("a timing tuned past what setTimeout keeps (it would fire at once) falls back to the default", () => {
  const had = Object.getOwnPropertyDescriptor(globalThis, "sessionStorage");
  try {
    for (const [value, expected] of [[250, 250], [2 ** 31 - 1, 2 ** 31 - 1], [2 ** 31, 9], [3e9, 9], [0, 9], [-5, 9], ["soon", 9]]) {
      const item = JSON.stringify({ replyTimeoutMs: value });
      Object.defineProperty(globalThis, "sessionStorage", { value: { getItem: () => item }, configurable: true });
      assert.equal(tuned("replyTimeoutMs", 9), expected, item);
    }
  } finally {
    if (had) Object.defineProperty(globalThis, "sessionStorage", had);
    else Reflect.deleteProperty(globalThis, "sessionStorage");
  }
});

test("an engine message reaches the reader as a sentence", () => {
  assert.equal(asSentence("the answers and complaints come to 93,083 characters as JSON"), "The answers and complaints come to 93,083 characters as JSON.");
  assert.equal(asSentence("Already one."), "Already one.");
  assert.equal(asSentence(""), "");
});
