// engine-early.js holds Material's search worker while the engine boots: its index build took a core from the boot.
// The script runs as the page runs it (a classic script, in a context whose global is the window); fake workers
// stand in for the browser's, and the page's own code (Material's bundle) is run in the same context.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import vm from "node:vm";

import { fakeWorkers } from "./workers.js";

const SOURCE = readFileSync(new URL("../../docs/assets/javascripts/engine-early.js", import.meta.url), "utf8");
const SEARCH = "../assets/javascripts/workers/search.a7633da7.min.js";
// Material's address resolved against the questionnaire's (https://example.org/guide/tool/).
const SEARCH_HREF = "https://example.org/guide/assets/javascripts/workers/search.a7633da7.min.js";
const HOLD_MS = 10_000;

/**
 * The page with engine-early.js run in it: the workers made (engine first), a clock to advance, a way to run the
 * page's own code and to focus an element.
 */
function page() {
  const { made, FakeWorker } = fakeWorkers({ refuses: (url) => url.includes("refused") });
  /** @type {{at: number, run: () => void}[]} */
  const timers = [];
  let now = 0;
  const document = new EventTarget();
  class Element extends EventTarget {
    /** @param {boolean} inSearch */
    constructor(inSearch) {
      super();
      this.inSearch = inSearch;
    }
    /** @param {string} selector */
    closest(selector) {
      return selector === '[data-md-component="search"]' && this.inSearch ? this : null;
    }
  }
  const location = { href: "https://example.org/guide/tool/", search: "", hash: "", pathname: "/guide/tool/" };
  const context = vm.createContext({
    document: Object.assign(document, {
      currentScript: {
        dataset: {
          worker: "../assets/javascripts/engine-worker.js",
          runtime: "../assets/pyodide/314.0.7/",
          wheel: "../assets/pyodide/314.0.7/decision_engine-0.1.0-py3-none-any.whl?v=0123abcd",
        },
      },
    }),
    navigator: { serviceWorker: {} },
    history: { state: null },
    location,
    performance: { now: () => now },
    setTimeout: (/** @type {() => void} */ run, /** @type {number} */ ms) => timers.push({ at: now + ms, run }),
    clearTimeout: (/** @type {number} */ id) => {
      const timer = timers[id - 1];
      if (timer) timer.run = () => {};
    },
    WebAssembly: {},
    Worker: FakeWorker,
    Element,
    EventTarget,
    Event,
    MessageEvent,
    ErrorEvent: class ErrorEvent extends Event {
      /**
       * @param {string} type
       * @param {{message?: string}} [init]
       */
      constructor(type, init) {
        super(type);
        this.message = init?.message ?? "";
      }
    },
    URL,
    URLSearchParams,
    Promise,
  });
  context.window = context;
  vm.runInContext(SOURCE, context);
  return {
    made,
    FakeWorker,
    /** @param {string} code the page's own code, run after engine-early.js */
    run: (code) => vm.runInContext(code, context),
    /** @param {string} href the page's address after instant navigation (Material's pushState) */
    navigate(href) {
      location.href = href;
    },
    /** @param {number} ms */
    advance(ms) {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) timer.run();
    },
    /** @param {boolean} inSearch */
    focus(inSearch) {
      const target = new Element(inSearch);
      const event = new Event("focusin", { bubbles: true });
      Object.defineProperty(event, "target", { value: target });
      document.dispatchEvent(event);
    },
  };
}

/**
 * Plain data from the page's realm (its objects have the context's prototypes).
 * @param {unknown} value
 */
const plain = (value) => JSON.parse(JSON.stringify(value));

/** Let the released promise's callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

test("the search worker starts once the engine is ready, with what was posted meanwhile, in order", async () => {
  const p = page();
  const engine = p.made[0];
  assert.ok(engine?.options?.name?.startsWith("scale-what-engine?"), "the engine's worker is made first, at once");
  const held = p.run(`
    const held = new Worker(${JSON.stringify(SEARCH)});
    held.heard = [];
    held.addEventListener("message", (event) => held.heard.push(event.data));
    held.onmessage = (event) => held.heard.push(["onmessage", event.data]);
    held.postMessage({ type: 0, data: "the index" });
    held.postMessage({ type: 1, data: "a query" });
    held;
  `);
  await settle();
  assert.equal(p.made.length, 1, "no search worker while the engine boots");
  engine?.say({ type: "progress", stage: "starting" });
  await settle();
  assert.equal(p.made.length, 1, "progress is not the end of the boot");
  p.navigate("https://example.org/guide/tool/steps/context/"); // the reader followed a link meanwhile
  engine?.say({ type: "ready", version: {}, boot: "snapshot", why: "kept snapshot" });
  await settle();
  const search = p.made[1];
  assert.ok(search instanceof p.FakeWorker);
  assert.equal(search.url, SEARCH_HREF, "the address as it was when Material asked, not against the new page");
  assert.deepEqual(plain(search.posted), [{ type: 0, data: "the index" }, { type: 1, data: "a query" }]);
  held.postMessage({ type: 1, data: "another query" });
  assert.deepEqual(plain(search.posted.at(-1)), { type: 1, data: "another query" }, "posted straight on once started");
  search.say({ type: 2, data: "results" });
  assert.deepEqual(plain(held.heard), [{ type: 2, data: "results" }, ["onmessage", { type: 2, data: "results" }]]);
  assert.equal(p.run("Worker"), p.FakeWorker, "the browser's Worker constructor is put back");
});

test("other workers are never held, and nothing is held where the engine does not start early", () => {
  const p = page();
  const other = p.run(`new Worker("../assets/javascripts/engine-worker.js", { type: "module" })`);
  assert.ok(other instanceof p.FakeWorker, "made at once, a real worker");
  assert.equal(p.made.length, 2);
  // With Save-Data engine-early.js starts no engine: Material's search worker is not held either.
  class Untouched {}
  const context = vm.createContext({
    document: Object.assign(new EventTarget(), { currentScript: { dataset: {} } }),
    navigator: { connection: { saveData: true } },
    history: { state: { x: 0, y: 800 } },
    location: { href: "https://example.org/guide/tool/", search: "", hash: "", pathname: "/guide/tool/" },
    URLSearchParams,
    Worker: Untouched,
  });
  context.window = context;
  vm.runInContext(SOURCE, context);
  assert.equal(context.Worker, Untouched);
  assert.deepEqual(context.scaleWhatEntryState, { x: 0, y: 800 }, "the entry's state is kept with Save-Data too");
});

test("the hold ends when the engine fails, its worker errs, the reader heads for search, or after HOLD_MS", async () => {
  /** @type {[string, (p: ReturnType<typeof page>) => void][]} */
  const endings = [
    ["the engine failed", (p) => p.made[0]?.say({ type: "fatal", failure: { code: "download", detail: "x" } })],
    ["the worker erred", (p) => p.made[0]?.dispatchEvent(new Event("error"))],
    ["focus in search", (p) => p.focus(true)],
    ["the cap", (p) => p.advance(HOLD_MS)],
  ];
  for (const [why, end] of endings) {
    const p = page();
    p.run(`new Worker(${JSON.stringify(SEARCH)}).postMessage("setup")`);
    p.focus(false); // focus elsewhere on the page does not count
    p.advance(HOLD_MS - 1);
    await settle();
    assert.equal(p.made.length, 1, `${why}: still held`);
    end(p);
    await settle();
    assert.equal(p.made.length, 2, `${why}: the search worker starts`);
    assert.deepEqual(plain(p.made[1]?.posted), ["setup"], why);
  }
});

test("a search worker terminated while held never starts", async () => {
  const p = page();
  p.run(`const held = new Worker(${JSON.stringify(SEARCH)}); held.postMessage("setup"); held.terminate();`);
  p.made[0]?.say({ type: "ready" });
  await settle();
  assert.equal(p.made.length, 1);
});

test("a search worker asked for after the hold ended is a real one", async () => {
  const p = page();
  p.made[0]?.say({ type: "ready" });
  await settle();
  const search = p.run(`new Worker(${JSON.stringify(SEARCH)})`);
  assert.ok(search instanceof p.FakeWorker);
});

test("the search worker's errors reach Material, and a worker the browser refuses is reported as an error", async () => {
  const p = page();
  const held = p.run(`
    const held = new Worker(${JSON.stringify(SEARCH)});
    held.heard = [];
    held.addEventListener("error", (event) => held.heard.push(["listener", event.message ?? ""]));
    held.onerror = (event) => held.heard.push(["onerror", event.message ?? ""]);
    held;
  `);
  p.made[0]?.say({ type: "ready" });
  await settle();
  const search = p.made[1];
  search?.dispatchEvent(new (p.run("ErrorEvent"))("error", { message: "lunr failed" }));
  assert.deepEqual(plain(held.heard), [["listener", "lunr failed"], ["onerror", "lunr failed"]]);
  const refused = page();
  const stand = refused.run(`
    const stand = new Worker("../assets/javascripts/workers/search.0123abcd.min.js?refused");
    stand.heard = 0;
    stand.onerror = () => { stand.heard += 1; };
    stand;
  `);
  refused.made[0]?.say({ type: "ready" });
  await settle();
  assert.equal(refused.made.length, 1, "no worker made");
  assert.equal(stand.heard, 1, "the stand-in says so, as a worker that cannot start does");
});

test("a share link whose # became ? is moved to the fragment before any script reads the address, and marked", () => {
  /**
   * @param {{search: string, hash: string, storage?: Map<string, string>}} address and the tab's session storage, if
   * the browser keeps one
   * @returns {{replaced: unknown[][], marked: unknown}}
   */
  const load = ({ search, hash, storage }) => {
    /** @type {unknown[][]} */
    const replaced = [];
    const sessionStorage = storage && {
      getItem: (/** @type {string} */ key) => storage.get(key) ?? null,
      removeItem: (/** @type {string} */ key) => storage.delete(key),
    };
    const context = vm.createContext({
      ...(sessionStorage ? { sessionStorage } : {}),
      document: Object.assign(new EventTarget(), { currentScript: null }),
      navigator: {},
      history: { state: { x: 0, y: 5 }, replaceState: (/** @type {unknown[]} */ ...args) => replaced.push(args) },
      location: { href: `https://example.org/guide/tool/${search}${hash}`, search, hash, pathname: "/guide/tool/" },
      URLSearchParams,
    });
    context.window = context;
    vm.runInContext(SOURCE, context);
    return { replaced: plain(replaced), marked: context.scaleWhatLinkInQuery };
  };
  assert.deepEqual(load({ search: "?utm_source=mail&answers=eyJ2Ijo", hash: "" }), {
    replaced: [[{ x: 0, y: 5 }, "", "/guide/tool/#answers=eyJ2Ijo"]],
    marked: "moved",
  });
  // After a heading's "#" too, and whatever the name's case (an attack review: both stayed in the address).
  assert.deepEqual(load({ search: "?ANSWERS=eyJ2", hash: "#sw-complaints" }), {
    replaced: [[{ x: 0, y: 5 }, "", "/guide/tool/#answers=eyJ2"]],
    marked: "moved",
  });
  // Beside a share link of its own: that one is opened, the query taken out of the address all the same.
  assert.deepEqual(load({ search: "?answers=x", hash: "#answers=y" }), {
    replaced: [[{ x: 0, y: 5 }, "", "/guide/tool/#answers=y"]],
    marked: "beside",
  });
  // As written, not as a query reads it: a "+" of standard base64 stays a "+" (an attack review), "%2B" is one too
  // (a diff review), and a stray "%" is left as it is.
  assert.deepEqual(load({ search: "?answers=eyJ2+Ijo%2B", hash: "" }), {
    replaced: [[{ x: 0, y: 5 }, "", "/guide/tool/#answers=eyJ2+Ijo+"]],
    marked: "moved",
  });
  assert.deepEqual(load({ search: "?answers=eyJ2%", hash: "" }), {
    replaced: [[{ x: 0, y: 5 }, "", "/guide/tool/#answers=eyJ2%"]],
    marked: "moved",
  });
  // Its "=" percent-encoded once or twice, as a mail program may pass it on (an attack review: left in the address,
  // unread and unsaid); beside a link after "#" whose "=" is encoded, or in capitals, that one is opened.
  for (const search of ["?answers%3DeyJ2", "?ANSWERS%3deyJ2", "?answers%253DeyJ2"]) {
    assert.deepEqual(load({ search, hash: "" }), {
      replaced: [[{ x: 0, y: 5 }, "", "/guide/tool/#answers=eyJ2"]],
      marked: "moved",
    });
  }
  for (const hash of ["#answers%3Dy", "#ANSWERS=y"]) {
    assert.deepEqual(load({ search: "?answers=x", hash }), {
      replaced: [[{ x: 0, y: 5 }, "", `/guide/tool/${hash}`]],
      marked: "beside",
    });
  }
  // A link inside another parameter's value is not opened (a diff review: it was moved): but the request carried it,
  // so it is taken out of the address and marked, to be said (an attack review: kept there and sent on every reload,
  // without a word); beside a share link of its own, that one is opened. Its "/" encoded or not, its "?" too.
  for (const search of ["?next=/guide/tool/?answers=eyJ2ZXJz", "?utm_content=news/2026?answers=eyJ2ZXJz",
    "?next=%2Fguide%2Ftool%2F%3Fanswers%3DeyJ2ZXJz", "?next=%2Fguide%2Ftool%2F?answers=eyJ2ZXJz",
    // Escaped twice, or after a backslash (diff reviews).
    "?next=%252Fguide%252Ftool%252F%253Fanswers%253DeyJ2ZXJz", "?x=%253Fanswers=eyJ2ZXJz", "?next=..%5Ctool%23answers=eyJ2ZXJz"]) {
    assert.deepEqual(load({ search, hash: "" }), {
      replaced: [[{ x: 0, y: 5 }, "", "/guide/tool/"]],
      marked: "unread",
    }, search);
  }
  assert.deepEqual(load({ search: "?next=/guide/tool/?answers=eyJ2ZXJz", hash: "#answers=eyJ3" }), {
    replaced: [[{ x: 0, y: 5 }, "", "/guide/tool/#answers=eyJ3"]],
    marked: "beside",
  });
  // A word that only ends in "answers" holds none; nor a few characters, which no link is (a diff review).
  for (const search of ["?myanswers=eyJ2ZXJz", "?q=answers%3Dyes", "?survey.answers=yes"]) {
    assert.deepEqual(load({ search, hash: "" }), { replaced: [], marked: undefined }, search);
  }
  // After a tracker's value that ends with the "?" the "#" became, or with the "#" percent-encoded, that value's
  // other characters percent-encoded too (an attack review: "%20" left the link unread); the first answers parameter
  // that holds data.
  for (const search of ["?utm_source=mail?answers=eyJ2", "?answers=&answers=eyJ2", "?utm_campaign=spring%20sale?answers=eyJ2",
    "?utm_campaign=spring%23answers=eyJ2"]) {
    assert.deepEqual(load({ search, hash: "" }), {
      replaced: [[{ x: 0, y: 5 }, "", "/guide/tool/#answers=eyJ2"]],
      marked: "moved",
    }, search);
  }
  assert.deepEqual(load({ search: "?answers=eyJ2", hash: "#answers=?x" }), {
    replaced: [[{ x: 0, y: 5 }, "", "/guide/tool/#answers=eyJ2"]],
    marked: "moved",
  });
  // No link in the query: the address is left alone.
  assert.deepEqual(load({ search: "?utm_source=mail", hash: "" }), { replaced: [], marked: undefined });
  // Sent by the 404 page from a link whose "#" became "%23": the flag leaves the address, the link stays, marked.
  // The 404 page's mark in session storage is taken; without a session storage, the flag is all there is.
  const storage = new Map([["scale-what:link-in-path", String(Date.now())]]);
  assert.deepEqual(load({ search: "?answers-in-path", hash: "#answers=eyJ2", storage }), {
    replaced: [[{ x: 0, y: 5 }, "", "/guide/tool/#answers=eyJ2"]],
    marked: "path",
  });
  assert.equal(storage.size, 0);
  assert.equal(load({ search: "?answers-in-path", hash: "#answers=eyJ2" }).marked, "path");
  // The link after "#" read as share-link.js reads it: in capitals too (a diff review).
  storage.set("scale-what:link-in-path", String(Date.now()));
  assert.equal(load({ search: "?answers-in-path", hash: "#ANSWERS=eyJ2", storage }).marked, "path");
  // The flag in a link crafted with it, or opened again: the 404 page sent nobody here, and nothing is said (an attack
  // review: the page said the server had seen answers it never had). Nor after a mark left by a redirect that did
  // not arrive, a minute before (a later attack review); the mark is taken all the same.
  assert.deepEqual(load({ search: "?answers-in-path", hash: "#answers=eyJ2", storage }), {
    replaced: [[{ x: 0, y: 5 }, "", "/guide/tool/#answers=eyJ2"]],
    marked: undefined,
  });
  storage.set("scale-what:link-in-path", String(Date.now() - 60_000));
  assert.equal(load({ search: "?answers-in-path", hash: "#answers=eyJ2", storage }).marked, undefined);
  assert.equal(storage.size, 0);
  // The flag without a link after it: nothing to say of a link, the flag taken out all the same (a later attack
  // review: it stayed in the address).
  assert.deepEqual(load({ search: "?answers-in-path", hash: "" }), {
    replaced: [[{ x: 0, y: 5 }, "", "/guide/tool/"]],
    marked: undefined,
  });
  // With answers in the query too, those are what the server saw: said of them, the link after "#" opened.
  assert.deepEqual(load({ search: "?answers-in-path&answers=L2", hash: "#answers=L" }), {
    replaced: [[{ x: 0, y: 5 }, "", "/guide/tool/#answers=L"]],
    marked: "beside",
  });
});
