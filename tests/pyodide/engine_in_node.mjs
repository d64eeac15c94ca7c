// Pyodide in Node as the page's worker uses it, for the scripts of tests/pyodide (run_bridge.mjs, link_digest.mjs):
// its loader from a runtime folder, and the engine's wheel unpacked without micropip or network.
import path from "node:path";

/**
 * Pyodide's `loadPyodide` from the runtime folder `runtimeDir`, and the options every boot from it takes.
 * @param {string} runtimeDir
 */
export async function runtimeAt(runtimeDir) {
  const folder = path.resolve(runtimeDir);
  const { loadPyodide } = await import(path.join(folder, "pyodide.mjs"));
  return { loadPyodide, options: { indexURL: folder + path.sep, stdout: () => {} } };
}

/**
 * Unpack the engine's wheel into `pyodide`'s site-packages. A memory snapshot holds Python's memory, not its files:
 * a boot from one needs it again.
 * @param {any} pyodide
 * @param {Uint8Array} wheel
 */
export function installWheel(pyodide, wheel) {
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  pyodide.unpackArchive(wheel, "wheel", { extractDir: sitePackages });
}
