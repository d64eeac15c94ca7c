// Giving the browser its turn between pieces of the page's own work, so that no piece holds the main thread long
// enough to delay the reader's input or a paint (a "long task"). The page's start-up (tool-page.js) runs in a few
// short steps with a turn between them instead of in one piece inside Material's own start-up.

/**
 * @typedef {{
 *   scheduler?: {yield?: () => Promise<unknown>},
 *   MessageChannel?: typeof MessageChannel,
 *   setTimeout: (callback: () => void, ms?: number) => unknown,
 * }} TurnEnvironment what the browser offers for it (globalThis; the tests pass their own)
 */

/**
 * A promise that resolves in a later task, once the browser has had its turn (input, rendering): with
 * `scheduler.yield()` where the browser has it (the rest of the work then keeps its place ahead of other tasks),
 * else through a MessageChannel (a new task without the 4 ms that nested timers wait), else a zero timer.
 * @param {TurnEnvironment} [env]
 * @returns {Promise<void>}
 */
export function yieldToBrowser(env = /** @type {TurnEnvironment} */ (/** @type {unknown} */ (globalThis))) {
  const scheduler = env.scheduler;
  if (scheduler && typeof scheduler.yield === "function") return scheduler.yield().then(() => {});
  const Channel = env.MessageChannel;
  if (typeof Channel === "function") {
    return new Promise((resolve) => {
      const channel = new Channel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => {
    env.setTimeout(resolve, 0);
  });
}
