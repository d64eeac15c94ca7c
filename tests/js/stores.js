// A Storage stand-in for the tests of saved answers and the answer keeper (a helper, not a test module).

/**
 * A Storage that records its writes; `broken` makes every call throw, as a disabled or full storage does; `quota`
 * (characters over all keys and values) makes a write that would pass it throw, as a full storage does.
 * @param {boolean} [broken]
 * @param {number} [quota]
 */
export function fakeStore(broken = false, quota = Infinity) {
  /** @type {Map<string, string>} */
  const items = new Map();
  /** @type {string[]} */
  const writes = [];
  const guard = () => {
    if (broken) throw new Error("storage disabled");
  };
  /** @param {string} key @param {string} value */
  const fits = (key, value) => {
    let used = key.length + value.length;
    for (const [k, v] of items) if (k !== key) used += k.length + v.length;
    if (used > quota) throw new DOMException("quota exceeded", "QuotaExceededError");
  };
  return {
    items,
    writes,
    /** @param {string} key */
    getItem: (key) => (guard(), items.get(key) ?? null),
    /** @param {string} key @param {string} value */
    setItem: (key, value) => (guard(), fits(key, value), writes.push(`set ${key}`), void items.set(key, value)),
    /** @param {string} key */
    removeItem: (key) => (guard(), writes.push(`remove ${key}`), void items.delete(key)),
  };
}
