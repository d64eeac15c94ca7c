// A stand-in for the browser's Worker in Node: each worker records the address and options it was made with and what
// the page posted to it, and `say` plays a message from it.

/**
 * A Worker class whose workers land in `made`, in order. A worker whose address `refuses` picks throws, as the
 * browser's constructor does for an address it will not start.
 * @template [M=unknown] what the workers say (their messages' type)
 * @param {{refuses?: (url: string) => boolean}} [settings]
 */
export function fakeWorkers({ refuses = () => false } = {}) {
  /** @type {FakeWorker[]} */
  const made = [];
  class FakeWorker extends EventTarget {
    /**
     * @param {string | URL} url
     * @param {{type?: string, name?: string}} [options]
     */
    constructor(url, options) {
      super();
      if (refuses(String(url))) throw new TypeError("the browser refused this worker");
      this.url = String(url);
      this.options = options;
      this.name = options?.name ?? "";
      /** @type {unknown[]} */
      this.posted = [];
      this.terminated = false;
      made.push(this);
    }

    /** @param {unknown} message */
    postMessage(message) {
      this.posted.push(message);
    }

    terminate() {
      this.terminated = true;
    }

    /** @param {M} data */
    say(data) {
      this.dispatchEvent(new MessageEvent("message", { data }));
    }
  }
  return { made, FakeWorker };
}
