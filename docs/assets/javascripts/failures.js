// The engine's failures in words: each code (engine-client.js) has its sentence; the detail is shown after it.

/** @typedef {import("./engine-client.js").Failure} Failure */
/** @typedef {import("./engine-client.js").FailureCode} FailureCode */

/** @type {Record<FailureCode, string>} */
const SENTENCES = {
  "wasm-unavailable": "This browser cannot run WebAssembly (it may be turned off by a setting or a policy), which the decision engine needs.",
  "wasm-blocked": "This site's security policy (Content-Security-Policy) does not allow WebAssembly, which the decision engine needs: the site's owner can allow it with 'wasm-unsafe-eval'.",
  damaged: "The decision engine's files arrived damaged (cut short or changed on the way). Trying again downloads them again.",
  download: "The decision engine's files could not be downloaded. Check your connection and try again.",
  "wrong-file-type": "The decision engine's runtime came from the server as another kind of file, which the browser will not run: a network's sign-in page, or the server's settings. Sign in to the network, if it asks, and try again.",
  "worker-unavailable": "This browser could not start the decision engine in the background (a Web Worker).",
  stalled: "The decision engine stopped loading. The connection may be very slow, or the server may send its files with the wrong type.",
  crashed: "The decision engine stopped working.",
  timeout: "The decision engine stopped working: it did not answer in time.",
  "engine-error": "The decision engine could not read the answers.",
};

/** The failures a connection could mend: offline, the reader is told that trying again needs one. */
const NEED_A_CONNECTION = new Set(["damaged", "download", "wrong-file-type", "stalled"]);
const OFFLINE = " This browser is offline: trying again needs a connection.";

/**
 * The sentence for a failure, with its detail in brackets, ended by one full stop (a detail may end with its own);
 * when the browser is `offline`, that trying again needs a connection (an attack review: a damaged kept runtime,
 * offline, said "Trying again downloads them again", and every try failed the same way without a word of why).
 * @param {Failure} failure
 * @param {boolean} [offline]
 */
export const explain = (failure, offline = false) =>
  `${SENTENCES[failure.code]} (${failure.detail.replace(/[.\s]+$/, "")}.)${offline && NEED_A_CONNECTION.has(failure.code) ? OFFLINE : ""}`;
