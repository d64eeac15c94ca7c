// The checksum of the engine's kept memory snapshot (engine-snapshot.js), which every return visit computes over the
// snapshot's 31.5 MB before booting from it: a 128-bit checksum in the manner of xxHash32's four lanes. It finds
// damage (a file cut short, changed on disk), not tampering: whoever can write this origin's files can change its
// scripts as well. tests/support/kept_snapshot.py computes the same checksum in Python.
//
// Two implementations of the one function: `checksum` in JavaScript, and `checksumBuffer`, a buffer the snapshot is
// read straight into, whose checksum a small WebAssembly SIMD module computes (the same four lanes, one 16-byte
// stripe per step) where the browser has WebAssembly SIMD, and `checksum` computes where it has not.

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
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, stripes(aligned.length) >>> 2);
  let [a = 0, b = 0, c = 0, d = 0] = SEEDS;
  for (let i = 0; i < words.length; i += 4) {
    a = round(a, words[i] ?? 0);
    b = round(b, words[i + 1] ?? 0);
    c = round(c, words[i + 2] ?? 0);
    d = round(d, words[i + 3] ?? 0);
  }
  return finish([a, b, c, d], aligned.subarray(stripes(aligned.length)));
}

// The WebAssembly module, 181 bytes: it exports its memory and `lanes(end)`, which runs the four lanes over the
// stripes from DATA_AT to `end` and stores them at address 0. A v128 holds the four lanes; a step is the same round
// as `round` above, on four words at once. (A v128 cannot be returned to JavaScript, hence the store.)
const SIMD = 0xfd; // the prefix of WebAssembly's SIMD instructions
/** Where the data starts in the module's memory: after the 16 bytes the lanes are stored in. */
const DATA_AT = 16;
const PAGE = 65_536;
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
// lanes(end: i32); locals: $i (i32, local 1) and $acc (v128, local 2)
const LANES_BODY = [
  0x02, 0x01, 0x7f, 0x01, 0x7b, // two local declarations: one i32, one v128
  0x41, DATA_AT, 0x21, 0x01, // $i = DATA_AT
  SIMD, 0x0c, ...v128(SEEDS), 0x21, 0x02, // $acc = the seeds
  0x02, 0x40, 0x03, 0x40, // block, loop
  0x20, 0x01, 0x20, 0x00, 0x4f, 0x0d, 0x01, // leave the block when $i >= end
  0x20, 0x02, // $acc ...
  0x20, 0x01, SIMD, 0x00, 0x00, 0x00, // ... + the stripe at $i (v128.load)
  SIMD, 0x0c, ...v128([PRIME2, PRIME2, PRIME2, PRIME2]), SIMD, 0xb5, 0x01, // ... * PRIME2 (i32x4.mul)
  SIMD, 0xae, 0x01, // i32x4.add
  0x22, 0x02, 0x41, 0x0d, SIMD, 0xab, 0x01, // rotated left by 13: (x << 13) (local.tee, i32x4.shl) ...
  0x20, 0x02, 0x41, 0x13, SIMD, 0xad, 0x01, SIMD, 0x50, // ... | (x >>> 19) (i32x4.shr_u, v128.or)
  SIMD, 0x0c, ...v128([PRIME1, PRIME1, PRIME1, PRIME1]), SIMD, 0xb5, 0x01, // * PRIME1
  0x21, 0x02, // into $acc
  0x20, 0x01, 0x41, 0x10, 0x6a, 0x21, 0x01, // $i += 16
  0x0c, 0x00, 0x0b, 0x0b, // next stripe; end of the loop and the block
  0x41, 0x00, 0x20, 0x02, SIMD, 0x0b, 0x00, 0x00, // store $acc at address 0 (v128.store)
  0x0b,
];
const LANES_MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
  ...section(1, [0x01, 0x60, 0x01, 0x7f, 0x00]), // one type: (i32) -> ()
  ...section(3, [0x01, 0x00]), // one function, of that type
  ...section(5, [0x01, 0x00, 0x00]), // one memory, no pages yet
  ...section(7, [0x02, ...text("memory"), 0x02, 0x00, ...text("lanes"), 0x00, 0x00]), // exported
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

/**
 * @typedef {{bytes: Uint8Array<ArrayBuffer>, checksum(): string, simd: boolean}} ChecksumBuffer ``bytes`` to fill,
 *   then ``checksum()`` of them; ``simd`` says which implementation computes it
 */

/**
 * A buffer of ``length`` bytes to read a snapshot into, and its checksum (``checksum``'s value): in the SIMD module's
 * own memory where the browser has WebAssembly SIMD, so the bytes are read once, where they are summed.
 * @param {number} length
 * @param {{simd?: boolean}} [options] ``simd: false`` takes the JavaScript implementation (tests compare the two)
 * @returns {ChecksumBuffer}
 */
export function checksumBuffer(length, { simd = true } = {}) {
  const module = simd ? simdLanes() : null;
  if (!module) {
    const bytes = new Uint8Array(length);
    return { bytes, checksum: () => checksum(bytes), simd: false };
  }
  const { exports } = new WebAssembly.Instance(module);
  const memory = /** @type {WebAssembly.Memory} */ (exports["memory"]);
  const lanes = /** @type {(end: number) => void} */ (exports["lanes"]);
  memory.grow(Math.ceil((DATA_AT + length) / PAGE));
  const bytes = new Uint8Array(memory.buffer, DATA_AT, length);
  return {
    bytes,
    checksum: () => {
      lanes(DATA_AT + stripes(length));
      return finish(Array.from(new Uint32Array(memory.buffer, 0, 4)), bytes.subarray(stripes(length)));
    },
    simd: true,
  };
}
