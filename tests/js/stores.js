// A Storage stand-in for the tests of saved answers and the answer keeper (a helper, not a test module).

/**
 * A Storage that records its writes; `broken` makes every call throw, as a disabled or full storage does.
 * @param {boolean} [broken]
 */
export function fakeStore(broken = false) {
  /** @type {Map<string, string>} */
  const items = new Map();
  /** @type {string[]} */
  const writes = [];
  const guard = () => {
    if (broken) throw new Error("storage disabled");
  };
  return {
    items,
    writes,
    /** @param {string} key */
    getItem: (key) => (guard(), items.get(key) ?? null),
    /** @param {string} key @param {string} value */
    setItem: (key, value) => (guard(), writes.push(`set ${key}`), void items.set(key, value)),
    /** @param {string} key */
    removeItem: (key) => (guard(), writes.push(`remove ${key}`), void items.delete(key)),
  };
}
