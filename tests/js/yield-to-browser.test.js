// Giving the browser its turn: which of the browser's means is used, and that the work after it runs in a later
// task (after timers already due), never in the same one.
import assert from "node:assert/strict";
import { test } from "node:test";

import { yieldToBrowser } from "../../docs/assets/javascripts/yield-to-browser.js";

/** @typedef {import("../../docs/assets/javascripts/yield-to-browser.js").TurnEnvironment} TurnEnvironment */

/** Settles every promise job queued so far (a task boundary is never crossed). */
const microtasks = async () => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
};

test("scheduler.yield() is used where the browser has it", async () => {
  let yields = 0;
  /** @type {TurnEnvironment} */
  const env = {
    scheduler: { yield: async () => { yields += 1; } },
    MessageChannel,
    setTimeout: () => assert.fail("no timer where scheduler.yield exists"),
  };
  assert.equal(await yieldToBrowser(env), undefined);
  assert.equal(yields, 1);
});

test("without scheduler.yield a MessageChannel message resumes the work in a later task", async () => {
  /** @type {string[]} */
  const order = [];
  /** @type {TurnEnvironment} */
  const env = { MessageChannel, setTimeout: () => assert.fail("no timer where MessageChannel exists") };
  const turn = yieldToBrowser(env).then(() => order.push("resumed"));
  await microtasks();
  assert.deepEqual(order, [], "resumed within the same task");
  await turn;
  assert.deepEqual(order, ["resumed"]);
});

test("a scheduler without yield() counts as none", async () => {
  let channels = 0;
  class CountingChannel extends MessageChannel {
    constructor() {
      super();
      channels += 1;
    }
  }
  /** @type {TurnEnvironment} */
  const env = { scheduler: {}, MessageChannel: CountingChannel, setTimeout };
  await yieldToBrowser(env);
  assert.equal(channels, 1);
});

test("with neither, a zero timer", async () => {
  /** @type {number[]} */
  const delays = [];
  /** @type {TurnEnvironment} */
  const env = {
    setTimeout: (callback, ms) => {
      delays.push(ms ?? -1);
      return setTimeout(callback, ms);
    },
  };
  let resumed = false;
  const turn = yieldToBrowser(env).then(() => { resumed = true; });
  await microtasks();
  assert.equal(resumed, false, "resumed within the same task");
  await turn;
  assert.deepEqual(delays, [0]);
});

test("the browser's own means are used by default", async () => {
  // Node has MessageChannel and no scheduler: the default environment is globalThis.
  let resumed = false;
  const turn = yieldToBrowser().then(() => { resumed = true; });
  await microtasks();
  assert.equal(resumed, false);
  await turn;
  assert.equal(resumed, true);
});
