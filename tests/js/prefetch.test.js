import assert from "node:assert/strict";
import { test } from "node:test";

import { install, isToolLink, prefetchRuntime, runtimeUrls, savesData } from "../../docs/assets/javascripts/prefetch.js";

const SCRIPT = new URL("https://example.org/guide/assets/javascripts/prefetch.js");
const ROOT = new URL("https://example.org/guide/");
const TOOL = new URL("https://example.org/guide/tool/");
const FILES = ["assets/pyodide/314.0.7/pyodide.mjs", "assets/pyodide/314.0.7/engine.whl?v=ab"];

/** A fetch that records what it was asked and answers the manifest with FILES. */
function recordingFetch() {
  /** @type {{url: string, init: RequestInit}[]} */
  const calls = [];
  /** @type {import("../../docs/assets/javascripts/prefetch.js").Fetch} */
  const fetcher = async (url, init) => {
    calls.push({ url, init });
    return { ok: true, json: async () => ({ files: FILES }), arrayBuffer: async () => new ArrayBuffer(0) };
  };
  return { calls, fetcher };
}

/** A document stand-in: an EventTarget with a location. */
function fakeDocument(href = "https://example.org/guide/sequencing/") {
  const target = new EventTarget();
  return Object.assign(target, { location: { href } });
}

/**
 * An event whose target is inside a link to ``href``.
 * @param {string} type
 * @param {string} href
 */
function eventOn(type, href) {
  const event = new Event(type);
  Object.defineProperty(event, "target", { value: { closest: () => ({ href }) } });
  return event;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

test("a link to the questionnaire is recognised with or without its fragment, query or index.html", () => {
  for (const href of ["https://example.org/guide/tool/", "https://example.org/guide/tool/#answers=x", "https://example.org/guide/tool/index.html?a=1"]) {
    assert.equal(isToolLink(href, TOOL), true, href);
  }
  for (const href of ["https://example.org/guide/", "https://example.org/guide/tools/", "https://other.example/guide/tool/", "not a url"]) {
    assert.equal(isToolLink(href, TOOL), false, href);
  }
});

test("Save-Data is read from navigator.connection, absent meaning no", () => {
  assert.equal(savesData({ connection: { saveData: true } }), true);
  assert.equal(savesData({ connection: { saveData: false } }), false);
  assert.equal(savesData({}), false);
});

test("the build's list resolves against the site's root; anything else is refused", () => {
  assert.deepEqual(runtimeUrls({ files: FILES }, ROOT), [
    "https://example.org/guide/assets/pyodide/314.0.7/pyodide.mjs",
    "https://example.org/guide/assets/pyodide/314.0.7/engine.whl?v=ab",
  ]);
  for (const bad of [null, [], { files: "x" }, { files: [1] }]) {
    assert.throws(() => runtimeUrls(bad, ROOT), /expected \{files/);
  }
});

test("prefetching reads the list, then fetches every file at low priority", async () => {
  const { calls, fetcher } = recordingFetch();
  const urls = await prefetchRuntime(fetcher, new URL("runtime-files.json", SCRIPT), ROOT);
  assert.deepEqual(
    calls.map((call) => call.url),
    ["https://example.org/guide/assets/javascripts/runtime-files.json", ...urls],
  );
  assert.equal(urls.length, FILES.length);
  assert.ok(calls.every((call) => call.init.priority === "low"));
});

test("a failed list fetches nothing more", async () => {
  /** @type {string[]} */
  const calls = [];
  /** @type {import("../../docs/assets/javascripts/prefetch.js").Fetch} */
  const fetcher = async (url) => {
    calls.push(url);
    return { ok: false, json: async () => ({}), arrayBuffer: async () => new ArrayBuffer(0) };
  };
  assert.deepEqual(await prefetchRuntime(fetcher, new URL("runtime-files.json", SCRIPT), ROOT), []);
  assert.equal(calls.length, 1);
});

test("hovering or focusing a link to the questionnaire prefetches once; other links nothing", async () => {
  for (const type of ["pointerover", "focusin"]) {
    const doc = fakeDocument();
    const { calls, fetcher } = recordingFetch();
    install(doc, {}, fetcher, SCRIPT, () => false);
    doc.dispatchEvent(eventOn(type, "https://example.org/guide/technical/"));
    await settle();
    assert.equal(calls.length, 0, "a link elsewhere fetches nothing");
    doc.dispatchEvent(eventOn(type, "https://example.org/guide/tool/"));
    doc.dispatchEvent(eventOn(type, "https://example.org/guide/tool/"));
    await settle();
    assert.equal(calls.length, 1 + FILES.length, `${type}: the list and each file, once`);
  }
});

test("with Save-Data, or on the questionnaire itself, nothing is fetched", async () => {
  const cases = [
    { doc: fakeDocument(), nav: { connection: { saveData: true } } },
    { doc: fakeDocument("https://example.org/guide/tool/"), nav: {} },
  ];
  for (const { doc, nav } of cases) {
    const { calls, fetcher } = recordingFetch();
    install(doc, nav, fetcher, SCRIPT, () => false);
    doc.dispatchEvent(eventOn("pointerover", "https://example.org/guide/tool/"));
    await settle();
    assert.equal(calls.length, 0);
  }
});

test("once the engine has started in this document (instant navigation keeps it), nothing is fetched", async () => {
  const doc = fakeDocument();
  const { calls, fetcher } = recordingFetch();
  install(doc, {}, fetcher, SCRIPT, () => true);
  doc.dispatchEvent(eventOn("pointerover", "https://example.org/guide/tool/"));
  await settle();
  assert.equal(calls.length, 0);
});

test("an event without a link target is ignored", async () => {
  const doc = fakeDocument();
  const { calls, fetcher } = recordingFetch();
  install(doc, {}, fetcher, SCRIPT, () => false);
  doc.dispatchEvent(new Event("focusin"));
  await settle();
  assert.equal(calls.length, 0);
});
