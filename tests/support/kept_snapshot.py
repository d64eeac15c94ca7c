"""The engine's kept memory snapshot as a page sees it: a folder of the origin private file system
(engine-snapshot.js) holding the bytes and, written last, a description of them (about.json)."""

from __future__ import annotations

SNAPSHOT_FOLDER = "scale-what-engine-snapshot"

# The kept snapshot's description and the size of its bytes, or null while none is kept (the worker keeps it just
# after "ready", the description last).
KEPT = """async (folderName) => {
  try {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle(folderName);
    const about = JSON.parse(await (await (await folder.getFileHandle("about.json")).getFile()).text());
    const size = (await (await folder.getFileHandle("snapshot.bin")).getFile()).size;
    return {about, size};
  } catch {
    return null;
  }
}"""

# Rewrite the kept snapshot: "stale" claims another Pyodide version; "damaged" flips bytes and keeps the digest;
# "cut" drops its second half; "valid-digest" is a buffer that is not a snapshot at all, stored with its own correct
# length and digest; "half-written" leaves the bytes without their description, as a write that stopped would.
SPOIL = """async ([folderName, how]) => {
  const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle(folderName);
  const read = async (name) => new Uint8Array(await (await (await folder.getFileHandle(name)).getFile()).arrayBuffer());
  const write = async (name, bytes) => {
    const writable = await (await folder.getFileHandle(name, {create: true})).createWritable();
    await writable.write(bytes);
    await writable.close();
  };
  const about = JSON.parse(new TextDecoder().decode(await read("about.json")));
  let bytes = await read("snapshot.bin");
  if (how === "stale") about.pyodide = "0.0.1";
  if (how === "damaged") for (let i = 1 << 20; i < bytes.length; i += 1 << 16) bytes[i] ^= 0xff;
  if (how === "cut") bytes = bytes.slice(0, bytes.length >> 1);
  if (how === "valid-digest") {
    bytes = new Uint8Array(1 << 20).fill(7);
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    about.sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
    about.length = bytes.length;
  }
  if (how === "half-written") await folder.removeEntry("about.json");
  else await write("about.json", new TextEncoder().encode(JSON.stringify(about)));
  await write("snapshot.bin", bytes);
}"""

# Whether a snapshot is kept (its description written).
IS_KEPT = f"async () => (await ({KEPT})({SNAPSHOT_FOLDER!r})) !== null"
