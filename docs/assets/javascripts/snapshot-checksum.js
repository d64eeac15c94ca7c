// The checksum of the engine's kept memory snapshot (engine-snapshot.js), which every return visit computes over the
// snapshot's 31.5 MB before booting from it: a 128-bit checksum in the manner of xxHash32's four lanes. It finds
// damage (a file cut short, changed on disk), not tampering: whoever can write this origin's files can change its
// scripts as well. tests/support/kept_snapshot.py computes the same checksum in Python.
//
// Two implementations: `checksum`, in JavaScript, of bytes in one buffer; and `memoryChecksum`, of a snapshot's
// header followed by Python's memory, read straight into the memory of Pyodide's module, where a small WebAssembly
// SIMD module runs the same four lanes (one 16-byte stripe per step) when the browser has WebAssembly SIMD.

/** xxHash32's primes: PRIME2 spreads a word, PRIME1 (odd) mixes the lane, PRIME5 spreads a tail byte. */
const PRIME1 = 0x9e3779b1;
const PRIME2 = 0x85ebca77;
const PRIME5 = 0x165667b1;
/** The four lanes' starting values. */
const SEEDS = [1, 2, 3, 4];

/**
 * ``value``'s 32 bits rotated left by ``bits`` (1–31).
 * @param {number} value
 * @param {number} bits
 */
const rotl = (value, bits) => (value << bits) | (value >>> (32 - bits));

/**
 * One round of a lane: add the word spread by PRIME2, rotate, multiply by PRIME1 (xxHash32's round). Each step is
 * one-to-one in the lane, so any one changed word changes the result; the rotation carries every bit into the
 * next rounds (a product alone only carries bits upward: two flips of the top bit would cancel).
 * @param {number} lane
 * @param {number} word
 */
const round = (lane, word) => Math.imul(rotl(lane + Math.imul(word, PRIME2), 13), PRIME1);

/** How many bytes the lanes take: whole 16-byte stripes. The last 0–15 bytes are the tail. */
const stripes = (/** @type {number} */ length) => length & ~15;

/**
 * The checksum as 32 hex digits, from the four lanes after the stripes and the bytes of the tail: each tail byte
 * goes into the first lane.
 * @param {number[]} lanes
 * @param {Uint8Array} tail
 */
function finish([a = 0, b = 0, c = 0, d = 0], tail) {
  for (const byte of tail) a = Math.imul(rotl(a + Math.imul(byte, PRIME5), 11), PRIME1);
  return [a, b, c, d].map((lane) => (lane >>> 0).toString(16).padStart(8, "0")).join("");
}

/**
 * The checksum of ``bytes`` as 32 hex digits: four lanes take every fourth 32-bit (little-endian) word in turn
 * (``round``); the last 0–15 bytes go into the first lane.
 * @param {Uint8Array} bytes
 */
export function checksum(bytes) {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const lanes = jsLanes(SEEDS, aligned.subarray(0, stripes(aligned.length)));
  return finish(lanes, aligned.subarray(stripes(aligned.length)));
}

// The WebAssembly module, in ~200 bytes: `lanes(start, end)` runs the four lanes, held in its four globals, over the
// stripes from `start` to `end` of the memory it imports (Pyodide's). A v128 holds the four lanes; a step is the
// same round as `round` above, on four words at once. (A v128 cannot cross into JavaScript, hence the globals.)
const SIMD = 0xfd; // the prefix of WebAssembly's SIMD instructions
/** @param {number[]} words four 32-bit words, as a v128.const's 16 bytes (little-endian) */
const v128 = (words) => words.flatMap((word) => [0, 8, 16, 24].map((shift) => (word >>> shift) & 0xff));
/** @param {number} value unsigned LEB128, as WebAssembly encodes sizes */
function leb(value) {
  const bytes = [];
  do {
    const low = value & 0x7f;
    value >>>= 7;
    bytes.push(value ? low | 0x80 : low);
  } while (value);
  return bytes;
}
/** @param {number} id @param {number[]} content */
const section = (id, content) => [id, ...leb(content.length), ...content];
/** @param {string} name */
const text = (name) => [name.length, ...Array.from(name, (char) => char.charCodeAt(0))];
const LANE_NAMES = ["a", "b", "c", "d"];
// lanes(start: i32, end: i32); locals: $acc (v128, local 2)
const LANES_BODY = [
  0x01, 0x01, 0x7b, // one local declaration: a v128
  0x23, 0x00, SIMD, 0x11, // $acc = the globals' lanes: splat a ...
  0x23, 0x01, SIMD, 0x1c, 0x01, 0x23, 0x02, SIMD, 0x1c, 0x02, 0x23, 0x03, SIMD, 0x1c, 0x03, 0x21, 0x02, // ... b, c, d
  0x02, 0x40, 0x03, 0x40, // block, loop
  0x20, 0x00, 0x20, 0x01, 0x4f, 0x0d, 0x01, // leave the block when start >= end
  0x20, 0x02, // $acc ...
  0x20, 0x00, SIMD, 0x00, 0x00, 0x00, // ... + the stripe at start (v128.load)
  SIMD, 0x0c, ...v128([PRIME2, PRIME2, PRIME2, PRIME2]), SIMD, 0xb5, 0x01, // ... * PRIME2 (i32x4.mul)
  SIMD, 0xae, 0x01, // i32x4.add
  0x22, 0x02, 0x41, 0x0d, SIMD, 0xab, 0x01, // rotated left by 13: (x << 13) (local.tee, i32x4.shl) ...
  0x20, 0x02, 0x41, 0x13, SIMD, 0xad, 0x01, SIMD, 0x50, // ... | (x >>> 19) (i32x4.shr_u, v128.or)
  SIMD, 0x0c, ...v128([PRIME1, PRIME1, PRIME1, PRIME1]), SIMD, 0xb5, 0x01, // * PRIME1
  0x21, 0x02, // into $acc
  0x20, 0x00, 0x41, 0x10, 0x6a, 0x21, 0x00, // start += 16
  0x0c, 0x00, 0x0b, 0x0b, // next stripe; end of the loop and the block
  ...[0, 1, 2, 3].flatMap((lane) => [0x20, 0x02, SIMD, 0x1b, lane, 0x24, lane]), // each lane back to its global
  0x0b,
];
const LANES_MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
  ...section(1, [0x01, 0x60, 0x02, 0x7f, 0x7f, 0x00]), // one type: (i32, i32) -> ()
  ...section(2, [0x01, ...text("env"), ...text("memory"), 0x02, 0x00, 0x00]), // the memory it reads, imported
  ...section(3, [0x01, 0x00]), // one function, of that type
  ...section(6, [0x04, ...[0, 1, 2, 3].flatMap(() => [0x7f, 0x01, 0x41, 0x00, 0x0b])]), // four mutable i32 globals
  ...section(7, [0x05, ...text("lanes"), 0x00, 0x00, ...LANE_NAMES.flatMap((name, i) => [...text(name), 0x03, i])]),
  ...section(10, [0x01, ...leb(LANES_BODY.length), ...LANES_BODY]),
]);

/** @type {WebAssembly.Module | null | undefined} compiled once; null where WebAssembly SIMD is unavailable */
let lanesModule;
/** The compiled SIMD module, or null where the browser has no WebAssembly SIMD (or refuses to compile). */
function simdLanes() {
  if (lanesModule === undefined) {
    try {
      lanesModule = WebAssembly.validate(LANES_MODULE) ? new WebAssembly.Module(LANES_MODULE) : null;
    } catch {
      lanesModule = null;
    }
  }
  return lanesModule;
}

/** Whether ``memoryChecksum`` uses the WebAssembly SIMD module here (else the JavaScript). */
export const hasSimd = () => simdLanes() !== null;

/**
 * The four lanes after ``lanes`` took the stripes of ``bytes`` (a whole number of them, from a 4-byte boundary).
 * @param {number[]} lanes
 * @param {Uint8Array} bytes
 */
function jsLanes([a = 0, b = 0, c = 0, d = 0], bytes) {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2);
  for (let i = 0; i < words.length; i += 4) {
    a = round(a, words[i] ?? 0);
    b = round(b, words[i + 1] ?? 0);
    c = round(c, words[i + 2] ?? 0);
    d = round(d, words[i + 3] ?? 0);
  }
  return [a, b, c, d];
}

/**
 * ``checksum`` of ``header`` followed by the first ``length`` bytes of ``memory``, without copying them together:
 * a snapshot's header, and Python's memory read straight into the memory of Pyodide's module. The header is a
 * whole number of stripes (Pyodide starts the memory on a 16-byte boundary), so the lanes run on across the two.
 * @param {Uint8Array} header
 * @param {WebAssembly.Memory} memory
 * @param {number} length
 * @param {{simd?: boolean}} [options] ``simd: false`` takes the JavaScript (tests compare the two)
 */
export function memoryChecksum(header, memory, length, { simd = true } = {}) {
  if (header.length % 16 !== 0) throw new RangeError(`a header of ${header.length} bytes is not a whole number of stripes`);
  if (length > memory.buffer.byteLength) throw new RangeError(`${length} bytes do not fit in the memory`);
  const start = header.byteOffset % 4 === 0 ? header : header.slice();
  let lanes = jsLanes(SEEDS, start);
  const module = simd ? simdLanes() : null;
  if (module) {
    const { exports } = new WebAssembly.Instance(module, { env: { memory } });
    const globals = LANE_NAMES.map((name) => /** @type {WebAssembly.Global} */ (exports[name]));
    globals.forEach((global, i) => (global.value = lanes[i]));
    /** @type {(start: number, end: number) => void} */ (exports["lanes"])(0, stripes(length));
    lanes = globals.map((global) => global.value);
  } else {
    lanes = jsLanes(lanes, new Uint8Array(memory.buffer, 0, stripes(length)));
  }
  return finish(lanes, new Uint8Array(memory.buffer, stripes(length), length - stripes(length)));
}
