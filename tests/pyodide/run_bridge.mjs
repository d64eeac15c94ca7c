// Run decision_engine.bridge requests under the npm Pyodide in Node.
// Usage: node run_bridge.mjs WHEEL REQUESTS.jsonl REPLIES.jsonl
// Boots Pyodide once, installs the wheel without micropip or network, then writes one bridge reply per
// request line, in order. Replies go to a file: Node truncates large stderr/stdout pipes on a fatal exit.
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const [wheelPath, requestsPath, repliesPath] = process.argv.slice(2);
if (!repliesPath) {
  console.error("usage: node run_bridge.mjs WHEEL REQUESTS.jsonl REPLIES.jsonl");
  process.exit(2);
}

const require = createRequire(import.meta.url);
// $PYODIDE_DIR: the runtime as the site ships it (its stdlib zip trimmed); else the npm package.
const pyodideDir =
  process.env.PYODIDE_DIR ?? path.dirname(require.resolve("pyodide/package.json", { paths: [process.cwd()] }));
const { loadPyodide } = await import(path.join(pyodideDir, "pyodide.mjs"));

const pyodide = await loadPyodide({ indexURL: pyodideDir + path.sep, stdout: () => {} });
const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
pyodide.unpackArchive(new Uint8Array(await readFile(wheelPath)), "wheel", { extractDir: sitePackages });
const handle = pyodide.pyimport("decision_engine.bridge").handle;

const lines = (await readFile(requestsPath, "utf8")).split("\n").filter((line) => line.length > 0);
const replies = lines.map((line) => handle(line));
await writeFile(repliesPath, replies.map((reply) => reply + "\n").join(""), "utf8");
