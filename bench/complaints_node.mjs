// Measure the complaint categoriser under the npm Pyodide in Node (used by bench/complaints.py).
// Usage: node complaints_node.mjs WHEEL ROUNDS  -> one JSON object on stdout.
// Boots Pyodide, installs the wheel without network, then times in Python (time.perf_counter):
// importing the engine, the fallback module's own cost, its first use (reading the generated model),
// the first categorize, and categorize on 500-character complaints, ROUNDS calls each.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const [wheelPath, rounds] = process.argv.slice(2);
if (!rounds) {
  console.error("usage: node complaints_node.mjs WHEEL ROUNDS");
  process.exit(2);
}
const require = createRequire(import.meta.url);
const pyodideDir = path.dirname(require.resolve("pyodide/package.json", { paths: [process.cwd()] }));
const { loadPyodide } = await import(path.join(pyodideDir, "pyodide.mjs"));
const pyodide = await loadPyodide({ indexURL: pyodideDir + path.sep, stdout: () => {} });
const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
pyodide.unpackArchive(new Uint8Array(await readFile(wheelPath)), "wheel", { extractDir: sitePackages });
pyodide.globals.set("ROUNDS", Number(rounds));
const result = pyodide.runPython(await readFile(new URL("./complaints_probe.py", import.meta.url), "utf8"));
console.log(result);
