// The site's service worker (docs/assets/javascripts/service-worker.js, a classic script) run in a Node VM context
// with the manifest sw.js sets, an in-memory Cache Storage and a scripted network: what reaches the runtime cache,
// and what a cached file costs. The browser tests (tests/browser/test_offline.py) run it in Chromium.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import vm from "node:vm";

const SOURCE = readFileSync(new URL("../../docs/assets/javascripts/service-worker.js", import.meta.url), "utf8");
const ROOT = "https://example.org/guide/";
const WASM = "assets/pyodide/314.0.7/pyodide.asm.wasm";
const BYTES = new TextEncoder().encode("\0asm the WebAssembly runtime, as the build wrote it");
const MODULE = "assets/pyodide/314.0.7/pyodide.asm.mjs";
const MODULE_TEXT = new TextEncoder().encode("export default function createPyodideModule() {}");
/** @param {Uint8Array} bytes */
const check = (bytes) => ({ bytes: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") });
const MANIFEST = {
  version: "0123456789abcdef",
  guide: [""],
  steps: ["tool/steps/", "tool/steps/outages/"],
  runtime: [WASM, MODULE],
  runtimePrefix: "assets/pyodide/314.0.7/",
  check: { [WASM]: check(BYTES), [MODULE]: check(MODULE_TEXT) },
};

/** A browser HTTP cache that holds nothing: an only-if-cached request is a network error. */
const EMPTY_HTTP_CACHE = async () => {
  throw new TypeError("not in the browser's HTTP cache");
};

/**
 * The service worker started on ``network`` (what fetch answers) and ``httpCache`` (what an only-if-cached fetch
 * answers), in a browser that says it is ``online``; its fetch listener, its caches and what it said.
 * @param {(url: string) => Promise<Response>} network
 * @param {(url: string) => Promise<Response>} [httpCache]
 * @param {{online?: boolean, manifest?: typeof MANIFEST}} [browser] the manifest sw.js would set, else MANIFEST
 */
function startWorker(network, httpCache = EMPTY_HTTP_CACHE, { online = true, manifest = MANIFEST } = {}) {
  /** @type {Map<string, Map<string, Response>>} */
  const stores = new Map();
  const digests = { count: 0 };
  /** @param {string} name */
  const open = async (name) => {
    const store = stores.get(name) ?? new Map();
    stores.set(name, store);
    return {
      match: async (/** @type {Request | string} */ request) => store.get(typeof request === "string" ? request : request.url)?.clone(),
      put: async (/** @type {Request | string} */ request, /** @type {Response} */ response) => {
        const url = typeof request === "string" ? request : request.url;
        store.set(url, new Response(await response.arrayBuffer(), { headers: response.headers }));
      },
      // As the browser's: every answer must be a 200 (else nothing is stored and the promise rejects).
      addAll: async (/** @type {string[]} */ urls) => {
        const answers = await Promise.all(urls.map(async (url) => [url, await network(url)]));
        if (answers.some(([, response]) => !(/** @type {Response} */ (response)).ok)) throw new TypeError("a request failed");
        for (const [url, response] of answers) store.set(/** @type {string} */ (url), /** @type {Response} */ (response));
      },
      keys: async () => [...store.keys()].map((url) => new Request(url)),
      delete: async (/** @type {Request} */ request) => store.delete(request.url),
    };
  };
  /** @type {Record<string, (event: object) => void>} */
  const listeners = {};
  /** @type {string[]} */
  const warnings = [];
  const subtle = {
    digest: (/** @type {string} */ algorithm, /** @type {ArrayBuffer} */ data) => {
      digests.count += 1;
      return crypto.subtle.digest(algorithm, data);
    },
  };
  const scope = {
    SCALE_WHAT_OFFLINE: manifest,
    registration: { scope: ROOT },
    navigator: { onLine: online },
    skipWaiting: async () => {},
    clients: { claim: async () => {} },
    addEventListener: (/** @type {string} */ type, /** @type {(event: object) => void} */ listener) => {
      listeners[type] = listener;
    },
  };
  const context = vm.createContext({
    self: scope,
    caches: {
      open,
      keys: async () => [...stores.keys()],
      delete: async (/** @type {string} */ name) => stores.delete(name),
      // Across every cache, as the browser's; with ignoreSearch, an address's query is left out on both sides.
      match: async (/** @type {Request | string} */ request, /** @type {{ignoreSearch?: boolean}} */ options = {}) => {
        const bare = (/** @type {string} */ url) => (options.ignoreSearch ? url.split("?")[0] : url);
        const url = bare(typeof request === "string" ? request : request.url);
        for (const store of stores.values()) {
          for (const [key, response] of store) if (bare(key) === url) return response.clone();
        }
        return undefined;
      },
    },
    fetch: (/** @type {Request | string} */ request, /** @type {RequestInit | undefined} */ init) => {
      if (typeof request === "string") return network(request);
      return (init?.cache ?? request.cache) === "only-if-cached" ? httpCache(request.url) : network(request.url);
    },
    crypto: { subtle },
    Response,
    Request,
    Headers,
    URL,
    console: { warn: (/** @type {string} */ text) => warnings.push(text) },
  });
  vm.runInContext(SOURCE, context);
  /**
   * What the worker answers for ``url`` (asked with the cache mode ``cache``), once everything it meant to do
   * meanwhile is done; null when it leaves the request to the browser; rejects when the answer is a network error.
   * @param {string} url
   * @param {RequestCache} [cache]
   */
  const get = async (url, cache = /** @type {RequestCache} */ ("default")) => {
    /** @type {Promise<Response> | null} */
    let answer = null;
    /** @type {Promise<unknown>[]} */
    const pending = [];
    // The engine's worker starting afresh asks with cache: "reload" and says so in a header (engine-worker.js).
    const afresh = cache === "reload" ? { headers: { "X-Scale-What-Afresh": "1" } } : {};
    const request = new Request(url, cache === "default" ? {} : { cache, mode: "same-origin", ...afresh });
    listeners.fetch?.({ request, respondWith: (/** @type {Promise<Response>} */ p) => { answer = p; }, waitUntil: (/** @type {Promise<unknown>} */ p) => pending.push(p) });
    if (!answer) return null;
    const response = await /** @type {Promise<Response>} */ (answer);
    if (response.type === "error") throw new TypeError("a network error");
    const body = new Uint8Array(await /** @type {Response} */ (response).arrayBuffer());
    await Promise.all(pending);
    return body;
  };
  /**
   * A navigation to ``url`` (a Request cannot be made with mode "navigate" outside a browser: its fields alone), its
   * answer's text once everything the worker meant to do meanwhile is done.
   * @param {string} url
   */
  const visit = async (/** @type {string} */ url) => {
    /** @type {Promise<Response> | null} */
    let answer = null;
    /** @type {Promise<unknown>[]} */
    const pending = [];
    const request = { url, method: "GET", mode: "navigate", cache: "default", headers: new Headers() };
    listeners.fetch?.({ request, respondWith: (/** @type {Promise<Response>} */ p) => { answer = p; }, waitUntil: (/** @type {Promise<unknown>} */ p) => pending.push(p) });
    const response = await /** @type {Promise<Response>} */ (/** @type {unknown} */ (answer));
    const text = await response.text();
    await Promise.all(pending);
    await new Promise((resolve) => setTimeout(resolve, 10)); // the copy is kept after the answer, not awaited by it
    return { status: response.status, text };
  };
  const navigate = async (/** @type {string} */ url) => (await visit(url)).text;
  const cached = async () => {
    const store = stores.get("scale-what-runtime") ?? new Map();
    return Object.fromEntries(await Promise.all([...store].map(async ([url, r]) => [url, new Uint8Array(await r.clone().arrayBuffer())])));
  };
  /**
   * Send the worker a lifecycle event or a message, and wait for what it meant to do meanwhile.
   * @param {"install" | "activate" | "message"} type
   * @param {unknown} [data] a message's data
   */
  const dispatch = async (type, data) => {
    /** @type {Promise<unknown>[]} */
    const pending = [];
    listeners[type]?.({ data, waitUntil: (/** @type {Promise<unknown>} */ p) => pending.push(p) });
    await Promise.all(pending);
  };
  /** The URLs in the guide's cache (one per build). */
  const guide = () => [...stores].filter(([name]) => name.startsWith("scale-what-guide-")).flatMap(([, store]) => [...store.keys()]);
  /**
   * Put ``url`` in the cache ``name`` as an earlier build would have left it, or with ``body``.
   * @param {string} name
   * @param {string} url
   * @param {string} [body]
   */
  const seed = async (name, url, body = "kept earlier") => (await open(name)).put(new Request(url), new Response(body));
  return { get, visit, navigate, cached, dispatch, guide, seed, warnings, digests };
}

/** A page of the site: it carries the site's mark (overrides/main.html), as every built page does. */
const PAGE = '<meta name="scale-what-site" content="Scale What?"><h1>page</h1>';
const page = () => new Response(PAGE, { status: 200, headers: { "Content-Type": "text/html" } });
/** @param {Uint8Array} body */
const ok = (body) => async () => new Response(body.slice(), { status: 200, headers: { "Content-Type": "application/wasm" } });

test("a runtime file with the build's length and SHA-256 is answered and cached", async () => {
  const worker = startWorker(ok(BYTES));
  assert.deepEqual(await worker.get(ROOT + WASM), BYTES);
  assert.deepEqual(await worker.cached(), { [ROOT + WASM]: BYTES });
  assert.deepEqual(worker.warnings, []);
});

test("a runtime file cut short, or changed at the same length, is answered as it came and never cached", async () => {
  const cut = BYTES.subarray(0, 10);
  const changed = BYTES.slice();
  changed.set([Number(changed[7]) ^ 1], 7);
  const portal = new TextEncoder().encode("<html>Sign in to the Wi-Fi</html>");
  for (const [body, why] of [[cut, `10 bytes instead of ${BYTES.byteLength}`], [changed, "its SHA-256 differs"], [portal, "bytes instead of"]]) {
    const worker = startWorker(ok(/** @type {Uint8Array} */ (body)));
    assert.deepEqual(await worker.get(ROOT + WASM), body);
    assert.deepEqual(await worker.cached(), {});
    assert.match(worker.warnings.join("\n"), new RegExp(`not kept: ${ROOT + WASM} is not the file this build made \\(.*${why}`));
  }
});

test("a cached runtime file is served without a request and without being hashed again", async () => {
  let requests = 0;
  const worker = startWorker(async () => {
    requests += 1;
    return ok(BYTES)();
  });
  await worker.get(ROOT + WASM);
  const hashed = worker.digests.count;
  assert.deepEqual([requests, hashed], [1, 1]);
  assert.deepEqual(await worker.get(ROOT + WASM), BYTES);
  assert.deepEqual([requests, worker.digests.count], [1, hashed], "the return visit's read is free");
});

test("asked with cache: reload (the engine starting afresh), a runtime file is the network's, kept in place of the copy there; offline, that copy", async () => {
  let offline = false;
  const worker = startWorker(async () => {
    if (offline) throw new TypeError("Failed to fetch");
    return ok(BYTES)();
  });
  await worker.seed("scale-what-runtime", ROOT + WASM); // a copy damaged on the disk
  const damaged = new TextEncoder().encode("kept earlier");
  assert.deepEqual(await worker.get(ROOT + WASM), damaged, "a plain request: the kept copy, unchecked");
  assert.deepEqual(await worker.get(ROOT + WASM, "reload"), BYTES);
  assert.deepEqual(await worker.cached(), { [ROOT + WASM]: BYTES }, "the build's bytes, kept in its place");
  offline = true;
  assert.deepEqual(await worker.get(ROOT + WASM, "reload"), BYTES, "offline: the kept copy still boots");
});

test("a request that bypasses the cache without the afresh header (developer tools) still gets the kept copy", async () => {
  let requests = 0;
  const worker = startWorker(async () => {
    requests += 1;
    return ok(BYTES)();
  });
  await worker.seed("scale-what-runtime", ROOT + WASM);
  assert.deepEqual(await worker.get(ROOT + WASM, "no-cache"), new TextEncoder().encode("kept earlier"));
  assert.equal(requests, 0);
});

test("asked with cache: reload, a kept copy beats a network answer that is not the build's file", async () => {
  const portal = new TextEncoder().encode("<html>Sign in to the Wi-Fi</html>");
  for (const answer of [async () => new Response("gone", { status: 404 }), ok(portal)]) {
    const worker = startWorker(answer);
    await worker.seed("scale-what-runtime", ROOT + WASM);
    const kept = new TextEncoder().encode("kept earlier");
    assert.deepEqual(await worker.get(ROOT + WASM, "reload"), kept);
    assert.deepEqual(await worker.cached(), { [ROOT + WASM]: kept }, "the kept copy stays");
    assert.match(worker.warnings.join("\n"), /kept copy served/);
  }
});

test("an error answer or a file the build does not list is never cached", async () => {
  const missing = startWorker(async () => new Response("gone", { status: 404 }));
  await missing.get(ROOT + WASM);
  assert.deepEqual(await missing.cached(), {});
  const other = startWorker(ok(BYTES));
  await other.get(`${ROOT}assets/pyodide/314.0.7/extra.zip`);
  assert.deepEqual(await other.cached(), {});
});

test("online, Pyodide's modules are left to the browser (its HTTP cache, where V8 keeps their compiled code)", async () => {
  let asked = 0;
  const worker = startWorker(async () => {
    asked += 1;
    return ok(MODULE_TEXT)();
  });
  assert.equal(await worker.get(ROOT + MODULE), null);
  assert.equal(await worker.get(`${ROOT}assets/pyodide/314.0.7/pyodide.mjs`), null);
  assert.equal(asked, 0);
  assert.notEqual(await worker.get(ROOT + WASM), null, "the other runtime files are answered");
});

test("offline, Pyodide's modules come from the browser's HTTP cache when it holds them, not the network", async () => {
  let downloads = 0;
  const worker = startWorker(
    async () => {
      downloads += 1;
      return ok(MODULE_TEXT)();
    },
    async () => new Response(MODULE_TEXT.slice(), { status: 200 }),
    { online: false },
  );
  assert.deepEqual(await worker.get(ROOT + MODULE), MODULE_TEXT);
  assert.equal(downloads, 0);
  assert.deepEqual(await worker.cached(), {}, "the HTTP cache's copy is not copied into the runtime cache");
});

test("the other runtime files come from the runtime cache, whatever the HTTP cache holds", async () => {
  let fromHttpCache = 0;
  const worker = startWorker(ok(BYTES), async () => {
    fromHttpCache += 1;
    return new Response(BYTES.slice(), { status: 200 });
  });
  await worker.get(ROOT + WASM);
  assert.deepEqual(await worker.get(ROOT + WASM), BYTES);
  assert.equal(fromHttpCache, 0);
  assert.deepEqual(await worker.cached(), { [ROOT + WASM]: BYTES });
});

test("without the HTTP cache's copy a module is a runtime file like any other: kept, then served from the cache", async () => {
  let downloads = 0;
  const worker = startWorker(
    async () => {
      downloads += 1;
      return ok(MODULE_TEXT)();
    },
    EMPTY_HTTP_CACHE,
    { online: false },
  );
  assert.deepEqual(await worker.get(ROOT + MODULE), MODULE_TEXT);
  assert.deepEqual(await worker.cached(), { [ROOT + MODULE]: MODULE_TEXT });
  assert.deepEqual(await worker.get(ROOT + MODULE), MODULE_TEXT);
  assert.equal(downloads, 1, "the second visit downloads nothing");
});

test("a module's ?kept address, which the engine's worker asks when the browser's request failed, is the kept copy", async () => {
  let downloads = 0;
  const worker = startWorker(async (url) => {
    downloads += 1;
    assert.equal(url, ROOT + MODULE, "asked, if at all, at the module's own address");
    return ok(MODULE_TEXT)();
  });
  assert.deepEqual(await worker.get(`${ROOT + MODULE}?kept`), MODULE_TEXT);
  assert.deepEqual(await worker.cached(), { [ROOT + MODULE]: MODULE_TEXT }, "kept under its own address");
  assert.deepEqual(await worker.get(`${ROOT + MODULE}?kept`), MODULE_TEXT);
  assert.equal(downloads, 1, "then served from the runtime cache");
});

test("installing caches the guide, not the questionnaire without JavaScript", async () => {
  const worker = startWorker(async () => page());
  await worker.dispatch("install");
  assert.deepEqual(worker.guide(), [ROOT]);
});

test("a page's keep-steps message caches the questionnaire without JavaScript, each page asked once", async () => {
  /** @type {string[]} */
  const asked = [];
  const worker = startWorker(async (url) => {
    asked.push(url);
    return page();
  });
  await worker.dispatch("install");
  await worker.dispatch("message", { type: "something else" });
  await worker.dispatch("message", null);
  assert.deepEqual(worker.guide(), [ROOT]);
  await worker.dispatch("message", { type: "keep-steps" });
  const steps = [`${ROOT}tool/steps/`, `${ROOT}tool/steps/outages/`];
  assert.deepEqual(worker.guide(), [ROOT, ...steps]);
  await worker.dispatch("message", { type: "keep-steps" });
  assert.deepEqual(asked, [ROOT, ...steps], "a page kept already is not asked again");
});

test("a keep-steps message while offline keeps nothing and fails quietly", async () => {
  const worker = startWorker(async () => {
    throw new TypeError("offline");
  });
  await worker.dispatch("message", { type: "keep-steps" });
  assert.deepEqual(worker.guide(), []);
});

/** A network that answers each runtime file with the build's bytes, and every page with a page. */
const site = async (/** @type {string} */ url) => {
  if (url === ROOT + WASM) return ok(BYTES)();
  if (url === ROOT + MODULE) return ok(MODULE_TEXT)();
  return page();
};
const STEPS = [`${ROOT}tool/steps/`, `${ROOT}tool/steps/outages/`];

test("a guide page's keep-steps-unless-engine caches the steps while the runtime is not all cached, not after", async () => {
  const before = startWorker(site);
  await before.dispatch("install");
  await before.get(ROOT + WASM); // one runtime file of two: the engine would not start offline
  await before.dispatch("message", { type: "keep-steps-unless-engine" });
  assert.deepEqual(before.guide(), [ROOT, ...STEPS]);
  const after = startWorker(site);
  await after.dispatch("install");
  await after.get(ROOT + WASM);
  await after.get(`${ROOT + MODULE}?kept`);
  await after.dispatch("message", { type: "keep-steps-unless-engine" });
  assert.deepEqual(after.guide(), [ROOT], "the engine starts offline: the steps are not needed");
});

test("a step the server does not answer with 200 keeps none of them: asked again next time", async () => {
  let broken = true;
  const worker = startWorker(async (url) => (broken && url.endsWith("/outages/") ? new Response("gone", { status: 404 }) : site(url)));
  await worker.dispatch("message", { type: "keep-steps" });
  assert.deepEqual(worker.guide(), []);
  broken = false;
  await worker.dispatch("message", { type: "keep-steps" });
  assert.deepEqual(worker.guide(), STEPS);
});

test("a new build keeps the steps where the old one had kept them, and only there, while it installs", async () => {
  /** @type {string[]} */
  const asked = [];
  const kept = startWorker(async (url) => {
    asked.push(url);
    return site(url);
  });
  await kept.seed("scale-what-guide-oldbuild", STEPS[0] ?? "");
  await kept.dispatch("install");
  assert.deepEqual(asked, [ROOT, ...STEPS]);
  asked.length = 0;
  await kept.dispatch("activate");
  // An activating worker holds back every request of the pages it controls: it must not wait on the network.
  assert.deepEqual(asked, [], "activating asks the network for nothing");
  assert.deepEqual(kept.guide(), [ROOT, ...STEPS], "the old build's cache is dropped, this build's holds the steps");
  const none = startWorker(site);
  await none.seed("scale-what-guide-oldbuild", ROOT);
  await none.dispatch("install");
  await none.dispatch("activate");
  assert.deepEqual(none.guide(), [ROOT]);
});

test("a new build whose steps cannot be fetched while it installs still installs, with the guide", async () => {
  /** @type {string[]} */
  const asked = [];
  const worker = startWorker(async (url) => {
    asked.push(url);
    return url.includes("/tool/steps/") ? new Response("", { status: 503 }) : site(url);
  });
  await worker.seed("scale-what-guide-oldbuild", STEPS[0] ?? "");
  await worker.dispatch("install");
  assert.deepEqual(asked, [ROOT, ...STEPS], "the steps are asked while installing");
  await worker.dispatch("activate");
  assert.deepEqual(asked, [ROOT, ...STEPS], "and not again while activating");
  assert.deepEqual(worker.guide(), [ROOT]);
});

test("two pages asking at once for the steps download each page once", async () => {
  /** @type {string[]} */
  const asked = [];
  const worker = startWorker(async (url) => {
    asked.push(url);
    return site(url);
  });
  await Promise.all([
    worker.dispatch("message", { type: "keep-steps" }),
    worker.dispatch("message", { type: "keep-steps-unless-engine" }),
    worker.dispatch("message", { type: "keep-steps" }),
  ]);
  assert.deepEqual(asked, STEPS);
  assert.deepEqual(worker.guide(), STEPS);
});

test("a page without the site's mark (a captive portal's 200) is answered but never kept, installing or visited", async () => {
  const portal = '<h1>Hotel WiFi login</h1><img src="http://portal.example/logo.png">';
  let answer = () => new Response(portal, { status: 200, headers: { "Content-Type": "text/html" } });
  const worker = startWorker(async () => answer());
  await assert.rejects(worker.dispatch("install"), /not the site's own file/);
  assert.deepEqual(worker.guide(), [], "installing keeps nothing (the browser tries again on a later visit)");
  assert.equal(await worker.navigate(`${ROOT}tool/`), portal, "answered as it came");
  assert.deepEqual(worker.guide(), [], "never kept");
  await worker.dispatch("message", { type: "keep-steps" });
  assert.deepEqual(worker.guide(), []);
  answer = page;
  assert.equal(await worker.navigate(`${ROOT}tool/`), PAGE);
  assert.deepEqual(worker.guide(), [`${ROOT}tool/`], "the site's page is kept");
});

test("a file that is not a page, answered with a page, is not kept while installing", async () => {
  const index = "search/search_index.json";
  const manifest = { ...MANIFEST, guide: ["", index] };
  const guarded = startWorker(async (url) => (url.endsWith(".json") ? new Response("{}", { status: 200, headers: { "Content-Type": "application/json" } }) : site(url)), undefined, { manifest });
  await guarded.dispatch("install");
  assert.deepEqual(guarded.guide(), [ROOT, ROOT + index]);
  const fooled = startWorker(async (url) => (url.endsWith(".json") ? page() : site(url)), undefined, { manifest });
  await assert.rejects(fooled.dispatch("install"), /not the site's own file/);
  assert.deepEqual(fooled.guide(), []);
  // A media type in any case, and XHTML, is a page all the same (a later attack review: "Text/HTML" got through).
  for (const type of ["Text/HTML; charset=utf-8", "application/xhtml+xml"]) {
    const portal = () => new Response("<h1>login</h1>", { status: 200, headers: { "Content-Type": type } });
    const cased = startWorker(async (url) => (url.endsWith(".json") ? portal() : site(url)), undefined, { manifest });
    await assert.rejects(cased.dispatch("install"), /not the site's own file/, type);
    assert.deepEqual(cased.guide(), []);
  }
});

test("offline, a page of the build that is not kept says the reader is offline; an address with no page, not found", async () => {
  const notFound = '<h1>Site</h1><div data-missing><h1>Page not found</h1><p>typo?</p></div>'
    + "<template data-offline><h1>You're offline</h1><p>opens once you're back online</p></template><footer></footer>";
  const worker = startWorker(async () => {
    throw new TypeError("offline");
  });
  await worker.seed(`scale-what-guide-${MANIFEST.version}`, `${ROOT}404.html`, notFound);
  for (const url of [`${ROOT}tool/steps/outages/`, `${ROOT}tool/steps/outages/?utm=x`, `${ROOT}tool/steps/outages`]) {
    const { status, text } = await worker.visit(url);
    assert.equal(status, 503, url);
    assert.equal(text, "<h1>Site</h1><h1>You're offline</h1><p>opens once you're back online</p>"
      + "<template data-offline><h1>You're offline</h1><p>opens once you're back online</p></template><footer></footer>");
  }
  assert.deepEqual(await worker.visit(`${ROOT}tool/steps/meteor/`), { status: 404, text: notFound });
  // A kept 404 page without the offline message (an older build's) is served as it is.
  const older = startWorker(async () => {
    throw new TypeError("offline");
  });
  await older.seed(`scale-what-guide-${MANIFEST.version}`, `${ROOT}404.html`, "<h1>Page not found</h1>");
  assert.deepEqual(await older.visit(`${ROOT}tool/steps/outages/`), { status: 404, text: "<h1>Page not found</h1>" });
});
