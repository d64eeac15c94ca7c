"""The engine's kept memory snapshot as a page sees it: a folder of the origin private file system
(engine-snapshot.js) holding the bytes and, written last, a description of them (about.json)."""

from __future__ import annotations

import struct

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

# Rewrite the kept snapshot: "stale" claims another Pyodide version; "damaged" flips bytes and keeps the checksum;
# "cut" drops its second half; "valid-checksum" is a buffer that is not a snapshot (NOT_A_SNAPSHOT: laid out as one,
# its memory starting at byte 64, but not Pyodide's), stored with its own length and the checksum passed in
# (NOT_A_SNAPSHOT_CHECKSUM); "half-written" leaves the bytes without their description, as a write that stopped would.
SPOIL = """async ([folderName, how, notASnapshotChecksum]) => {
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
  if (how === "valid-checksum") {
    bytes = new Uint8Array(1 << 20).fill(7);
    new DataView(bytes.buffer).setUint32(4, 64, true);
    about.checksum = notASnapshotChecksum;
    about.length = bytes.length;
  }
  if (how === "half-written") await folder.removeEntry("about.json");
  else await write("about.json", new TextEncoder().encode(JSON.stringify(about)));
  await write("snapshot.bin", bytes);
}"""

# Whether a snapshot is kept (its description written).
IS_KEPT = f"async () => (await ({KEPT})({SNAPSHOT_FOLDER!r})) !== null"


# The checksum engine-snapshot.js writes beside the bytes (snapshot-checksum.js), computed on its own here: four lanes,
# lane k taking the 32-bit little-endian words k, k+4, ... in xxHash32's round (add the word times PRIME2, rotate
# left by 13, times PRIME1, mod 2**32); the bytes after the last whole 16 go into the first lane (add the byte times
# PRIME5, rotate left by 11, times PRIME1). A browser test stores a buffer under this checksum and expects the worker
# to find it intact (its memory read into Pyodide's module and summed there), and then Pyodide to refuse it.
PRIME1, PRIME2, PRIME5 = 0x9E3779B1, 0x85EBCA77, 0x165667B1
MASK = 0xFFFFFFFF


def _rotl(value: int, bits: int) -> int:
    return ((value << bits) | (value >> (32 - bits))) & MASK


def checksum(data: bytes) -> str:
    """The snapshot checksum of ``data``, as 32 hex digits."""
    lanes = [1, 2, 3, 4]
    whole = len(data) // 16 * 16
    for i, word in enumerate(struct.unpack_from(f"<{whole // 4}I", data)):
        k = i % 4
        lanes[k] = _rotl((lanes[k] + word * PRIME2) & MASK, 13) * PRIME1 & MASK
    for byte in data[whole:]:
        lanes[0] = _rotl((lanes[0] + byte * PRIME5) & MASK, 11) * PRIME1 & MASK
    return "".join(f"{lane:08x}" for lane in lanes)


#: What SPOIL's "valid-checksum" stores instead of the snapshot, and its checksum.
NOT_A_SNAPSHOT = bytes([7]) * 4 + struct.pack("<I", 64) + bytes([7]) * ((1 << 20) - 8)
NOT_A_SNAPSHOT_CHECKSUM = checksum(NOT_A_SNAPSHOT)
