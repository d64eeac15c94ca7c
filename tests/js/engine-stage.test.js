// The engine's stage in words: the download names the size that crosses the network (the compressed copies' once
// the server is seen to compress, the files' own otherwise), and its quarters count the files' own bytes.
import assert from "node:assert/strict";
import { test } from "node:test";

import { describeStage } from "../../docs/assets/javascripts/tool-view.js";

const SIZES = { unpacked: 14_000_000, sent: 3_700_000 };

/**
 * @param {number} loaded
 * @param {boolean} compressed
 * @returns {import("../../docs/assets/javascripts/engine-client.js").EngineState}
 */
const downloading = (loaded, compressed, total = 0) => ({ stage: "downloading", loaded, total, compressed });

test("a server that compresses: the compressed size is named, the progress counts the files' own bytes", () => {
  assert.equal(describeStage(downloading(7_000_000, true), SIZES), "Downloading the decision engine, 3.7 MB: at least half done…");
});

test("a server that does not compress: the files' own size is named", () => {
  assert.equal(describeStage(downloading(7_000_000, false), SIZES), "Downloading the decision engine, 14.0 MB: at least half done…");
});

test("a page that gives no compressed size names the files' own, compressed or not", () => {
  const sizes = { unpacked: 14_000_000, sent: 0 };
  assert.equal(describeStage(downloading(3_500_000, true), sizes), "Downloading the decision engine, 14.0 MB: at least a quarter done…");
});

test("the progress is said in quarters, never past all done, whatever the server's lengths say", () => {
  assert.equal(describeStage(downloading(13_999_999, true), SIZES), "Downloading the decision engine, 3.7 MB: at least three quarters done…");
  // Announced to screen readers: a whole download says six things ("Starting…" before the first byte, then the size,
  // a quarter, half, three quarters and all done); at every tenth it said twelve. No percentage: the words never say
  // less than the bar shows by more than a quarter, nor more (a reader's review: "0%" beside a bar a sixth full).
  const said = new Set(Array.from({ length: 1001 }, (_, i) => describeStage(downloading(i * 14_000, true), SIZES)));
  assert.equal(said.size, 6);
  const over = describeStage(downloading(20_000_000, false, 15_000_000), SIZES);
  assert.equal(over, "Downloading the decision engine, 15.0 MB: all done…");
  assert.equal(describeStage(downloading(0, true), SIZES), "Starting the decision engine…");
});

test("data saver names the compressed size, said to be compressed, or the files' own when the page gives none", () => {
  assert.equal(
    describeStage({ stage: "waiting" }, SIZES),
    "Data saver is on: the decision engine (about 3.7 MB, compressed) downloads when you answer the first question.",
  );
  assert.equal(
    describeStage({ stage: "waiting" }, { unpacked: 14_000_000, sent: 0 }),
    "Data saver is on: the decision engine (about 14.0 MB) downloads when you answer the first question.",
  );
});

test("before the first quarter, the size alone is said", () => {
  assert.equal(describeStage(downloading(1_000_000, true), SIZES), "Downloading the decision engine, 3.7 MB…");
});
