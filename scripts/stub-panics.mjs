// Replaces the bodies of the standard library's panic entry points with a
// bare `unreachable` in the wasm-bindgen output, before wasm-opt.
//
// The wasm is built with panic = "abort": a panic ends in `unreachable`, and
// JavaScript sees the same `RuntimeError: unreachable` either way. What a
// panic did before trapping (format its message and location with core::fmt,
// run the panic hook) only served the console. Stable Rust cannot leave it
// out (that is `-Zbuild-std` with `panic_immediate_abort`, nightly only), so
// it is cut here: every function below diverges (returns `!`), and with its
// body a trap wasm-opt inlines it, drops the arguments the callers built for
// the message (locations, lengths, format arguments) and the formatting
// code only they reached. 5.3 KB gzipped (session size5).
//
// The names are matched without their crate hashes (`core[c5930c85a12de822]::`
// → `core::`); the build fails if `core::panicking::panic_fmt` (every core
// panic goes through it) is not found, e.g. after a toolchain changed its name.
// Only the shipped build is stubbed: the wasm tests keep their panic messages.
// After wasm-opt, `zeroDeadLocations` clears the panic locations left in the
// data that no code refers to any more.

/** Diverging functions of core/alloc/std whose bodies become `unreachable`. */
export const PANIC_ENTRY_POINTS = [
  'core::panicking::panic_fmt',
  'core::panicking::panic',
  'core::panicking::panic_bounds_check',
  'core::str::slice_error_fail',
  'core::str::slice_error_fail_rt',
  'core::slice::index::slice_index_fail',
  'core::option::unwrap_failed',
  'core::option::expect_failed',
  'core::result::unwrap_failed',
  'core::cell::panic_already_borrowed',
  'core::cell::panic_already_mutably_borrowed',
  '<alloc::vec::Vec<_, _>>::insert_mut::assert_failed',
  'alloc::raw_vec::capacity_overflow',
  'alloc::alloc::handle_alloc_error',
  'std::alloc::rust_oom',
  'std::panicking::panic_with_hook',
  '__rustc::rust_begin_unwind',
  '__rustc::rust_panic',
  '__rustc::__rust_alloc_error_handler',
];

/** A function's name without crate disambiguators and legacy hash suffix. */
const plain = (name) => name.replace(/\[[0-9a-f]+\]/g, '').replace(/::h[0-9a-f]{16}$/, '');

function uleb(n) {
  const out = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

/** The unsigned LEB128 number at `p` in `buf`: [value, position after it]. */
function readLeb(buf, p) {
  let n = 0;
  let scale = 1;
  let byte;
  do {
    byte = buf[p++];
    n += (byte & 0x7f) * scale;
    scale *= 128;
  } while (byte & 0x80);
  return [n, p];
}

/** The sections of `wasm`: [{id, start (its id byte), body, end}]. */
function sectionsOf(wasm) {
  const sections = [];
  let p = 8;
  while (p < wasm.length) {
    const start = p;
    const id = wasm[p++];
    let size;
    [size, p] = readLeb(wasm, p);
    sections.push({ id, start, body: p, end: p + size });
    p += size;
  }
  return sections;
}

/**
 * Returns {wasm, stubbed}: `wasm` with the bodies of the functions named in
 * `names` (see `plain`) replaced by `unreachable`; `stubbed` the names found.
 * Needs the name section (wasm-bindgen keeps it).
 */
export function stubFunctions(wasm, names = PANIC_ENTRY_POINTS) {
  const want = new Set(names);
  let p;
  const leb = () => {
    let n;
    [n, p] = readLeb(wasm, p);
    return n;
  };
  const sections = sectionsOf(wasm);
  let importedFunctions = 0;
  const fnNames = new Map();
  for (const { id, body, end } of sections) {
    p = body;
    if (id === 2) {
      // Imports: count the functions, which come first in the index space.
      for (let i = 0, n = leb(); i < n; i++) {
        for (const _ of ['module', 'name']) {
          const len = leb();
          p += len;
        }
        const kind = wasm[p++];
        if (kind === 0) {
          leb();
          importedFunctions++;
        } else if (kind === 1) {
          p++; // reftype
          if (leb() & 1) leb(), leb();
          else leb();
        } else if (kind === 2) {
          if (leb() & 1) leb(), leb();
          else leb();
        } else if (kind === 3) {
          p += 2; // valtype, mutability
        } else if (kind === 4) {
          p++;
          leb();
        } else throw new Error(`stub-panics: unknown import kind ${kind}`);
      }
    } else if (id === 0) {
      const nameLen = leb();
      const name = wasm.subarray(p, p + nameLen).toString();
      p += nameLen;
      if (name === 'name') {
        while (p < end) {
          const sub = wasm[p++];
          const subSize = leb();
          const subEnd = p + subSize;
          if (sub === 1) {
            for (let i = 0, n = leb(); i < n; i++) {
              const index = leb();
              const len = leb();
              fnNames.set(index, wasm.subarray(p, p + len).toString());
              p += len;
            }
          }
          p = subEnd;
        }
      }
    }
  }
  if (!fnNames.size) throw new Error('stub-panics: the wasm has no function names');
  const parts = [wasm.subarray(0, 8)];
  const stubbed = [];
  // An empty local list, `unreachable`, `end`.
  const trap = Buffer.from([0x00, 0x00, 0x0b]);
  for (const s of sections) {
    if (s.id !== 10) {
      parts.push(wasm.subarray(s.start, s.end));
      continue;
    }
    p = s.body;
    const count = leb();
    const bodies = [uleb(count)];
    for (let i = 0; i < count; i++) {
      const entry = p;
      const size = leb();
      const name = plain(fnNames.get(importedFunctions + i) || '');
      if (want.has(name)) {
        stubbed.push(name);
        bodies.push(uleb(trap.length), trap);
      } else {
        bodies.push(wasm.subarray(entry, p + size));
      }
      p += size;
    }
    const payload = Buffer.concat(bodies);
    parts.push(Buffer.from([10]), uleb(payload.length), payload);
  }
  if (!stubbed.includes('core::panicking::panic_fmt')) {
    throw new Error('stub-panics: core::panicking::panic_fmt not found (renamed by a new toolchain?)');
  }
  return { wasm: Buffer.concat(parts), stubbed };
}

/**
 * After wasm-opt: zeroes the panic locations (`core::panic::Location`: file
 * name pointer and length, line, column; 16 bytes each) that nothing refers
 * to any more. With the panic entry points stubbed, wasm-opt dropped the code
 * that passed them, but it cannot drop data: the ~580 records stayed in the
 * data section (2.6 KB gzipped). Zeroed, they compress to almost nothing.
 *
 * `wat` is the module as text (binaryen's wasm-dis): a record is dead when no
 * `i32.const` or load/store `offset=` of the code (nor any global) falls
 * inside it and no word of the data points at it. A record is recognised by
 * its shape: a pointer to a file name in the data ending in ".rs", that
 * name's length, then a line and a column (both ≥ 1). The file names no
 * other record, code or data refers to are zeroed too. Returns {wasm,
 * zeroed, names} (the numbers of records and of names zeroed).
 */
export function zeroDeadLocations(wasm, wat) {
  wasm = Buffer.from(wasm);
  const all = dataSegments(wasm);
  const words = new Set(); // every 4-byte value of the data, at any alignment
  for (const s of all) for (let k = s.at; k + 4 <= s.at + s.len; k++) words.add(wasm.readUInt32LE(k));
  const segments = all.filter((s) => s.address !== null);
  const at = (address, len) => {
    const s = segments.find((s) => address >= s.address && address + len <= s.address + s.len);
    return s ? s.at + (address - s.address) : -1;
  };
  const used = codeConstants(wat);
  const isFileName = (ptr, len) => {
    if (len < 4 || len > 512) return false;
    const i = at(ptr, len);
    return i >= 0 && /^[\x21-\x7e]*\.rs$/.test(wasm.toString('latin1', i, i + len));
  };
  let zeroed = 0;
  const files = new Map(); // file name address → [length, whether a kept record points at it]
  for (const s of segments) {
    for (let a = (s.address + 3) & ~3; a + 16 <= s.address + s.len; a += 4) {
      const i = s.at + (a - s.address);
      const [ptr, len, line, col] = [0, 4, 8, 12].map((k) => wasm.readUInt32LE(i + k));
      if (!(line >= 1 && line < 1 << 20 && col >= 1 && col < 1 << 16 && isFileName(ptr, len))) continue;
      let referenced = words.has(a);
      for (let k = 0; k < 16 && !referenced; k++) referenced = used.has(a + k);
      files.set(ptr, [len, referenced || files.get(ptr)?.[1] || false]);
      if (referenced) continue;
      wasm.fill(0, i, i + 16);
      zeroed++;
      a += 12;
    }
  }
  // The file names only zeroed records pointed at, when they stand alone
  // (no printable byte on either side: not part of a longer string).
  const left = new Set();
  for (const s of segments) for (let k = s.at; k + 4 <= s.at + s.len; k++) left.add(wasm.readUInt32LE(k));
  const printable = (i) => wasm[i] >= 0x20 && wasm[i] < 0x7f;
  let names = 0;
  for (const [ptr, [len, kept]] of files) {
    let referenced = kept || left.has(ptr);
    for (let k = 0; k < len && !referenced; k++) referenced = used.has(ptr + k);
    const i = at(ptr, len);
    if (referenced || printable(i - 1) || printable(i + len)) continue;
    wasm.fill(0, i, i + len);
    names++;
  }
  return { wasm, zeroed, names };
}

/** The data segments of `wasm`: [{address (null: a passive one), len, at (position in the file)}]. */
function dataSegments(wasm) {
  let p;
  const leb = () => {
    let n;
    [n, p] = readLeb(wasm, p);
    return n;
  };
  const segments = [];
  for (const { id, body } of sectionsOf(wasm)) {
    p = body;
    if (id === 11) {
      for (let i = 0, n = leb(); i < n; i++) {
        const flags = leb();
        let address = null;
        if (flags === 0 || flags === 2) {
          if (flags === 2) leb();
          if (wasm[p++] !== 0x41) throw new Error('stub-panics: data segment offset is not an i32.const');
          // (Addresses below 2^31: the signed LEB reads as unsigned.)
          address = leb();
          if (wasm[p++] !== 0x0b) throw new Error('stub-panics: data segment offset is not a constant');
        } else if (flags !== 1) throw new Error(`stub-panics: data segment flags ${flags}`);
        const len = leb();
        segments.push({ address, len, at: p });
        p += len;
      }
    }
  }
  return segments;
}

/** Every constant and memory offset of the code and globals of `wat`. */
function codeConstants(wat) {
  const used = new Set();
  for (const line of wat.split('\n')) {
    if (line.startsWith(' (data ')) continue;
    for (const m of line.matchAll(/i32\.const (-?\d+)|offset=(\d+)/g)) used.add(Number(m[1] ?? m[2]) >>> 0);
  }
  return used;
}

/**
 * After zeroDeadLocations: zeroes the read-only data of the toolchain's
 * precompiled libraries (core, alloc, std) that nothing in the optimised
 * module refers to any more. The linker kept it for code that only the
 * panic paths reached, which stubFunctions cut and wasm-opt then dropped:
 * the tables of `char::escape_debug` (printable and grapheme-extend
 * tests), number formatting's digit pairs, panic messages and their
 * format pieces, 2.9 KB that compress badly (1.7 KB gzipped, session
 * size15). And of the strings the linker merged (`<internal>` in the map),
 * each one no code or live data refers to: the panic messages' format
 * templates of core's slicing and `Vec::insert`, 0.2 KB gzipped (session
 * size20).
 *
 * `map` is the linker's map (wasm-ld `--Map`): the address and size of each
 * object of the data, which the module itself does not tell. An object is
 * dead when no constant or memory offset of the code falls inside it or in
 * the 64 bytes before it (LLVM may fold a constant index into a table's
 * address, `TABLE - k`), and no word of the data outside the dead objects
 * points into it. The crate's own data is left alone: its lookups are the
 * ones most likely to be reached through such a folded address. Returns
 * {wasm, zeroed, bytes}.
 */
export function zeroDeadData(wasm, wat, map) {
  wasm = Buffer.from(wasm);
  const segments = dataSegments(wasm).filter((s) => s.address !== null);
  // The map's input sections of the output section .rodata, indented by 8
  // after three hex columns (address, file offset, size).
  const objects = [];
  const fileAt = (address) => {
    const s = segments.find((s) => address >= s.address && address < s.address + s.len);
    return s ? s.at + (address - s.address) : -1;
  };
  let section = '';
  for (const line of map.split('\n')) {
    const m = /^ *(-|[0-9a-f]+) +[0-9a-f]+ +([0-9a-f]+) ( *)(\S.*)$/.exec(line);
    if (!m) continue;
    if (m[3].length === 0) section = m[4];
    else if (m[3].length === 8 && section === '.rodata' && m[1] !== '-' && /[\\/]lib[\\/]rustlib[\\/]/.test(m[4])) {
      const size = parseInt(m[2], 16);
      if (size) objects.push({ address: parseInt(m[1], 16), size });
    } else if (m[3].length === 8 && section === '.rodata' && m[1] !== '-' && m[4] === '<internal>:(.rodata)') {
      // The linker's merged NUL-terminated strings (with fat LTO, the
      // library's too: the format templates of its panic messages, the
      // source file names of panic locations), which the map does not
      // split: each string, up to and including its NUL, an object.
      const [address, size] = [parseInt(m[1], 16), parseInt(m[2], 16)];
      let start = address;
      for (let a = address; a < address + size; a++) {
        const i = fileAt(a);
        if (i >= 0 && wasm[i] !== 0) continue;
        if (a > start) objects.push({ address: start, size: a + 1 - start });
        start = a + 1;
      }
    }
  }
  if (!objects.length) throw new Error('stub-panics: no library data in the linker map');
  const used = [...codeConstants(wat)].sort((a, b) => a - b);
  const refers = (lo, hi) => {
    let [i, j] = [0, used.length];
    while (i < j) {
      const k = (i + j) >> 1;
      if (used[k] < lo) i = k + 1;
      else j = k;
    }
    return i < used.length && used[i] < hi;
  };
  let dead = objects.filter((o) => !refers(o.address - 64, o.address + o.size));
  // Words of the data outside the dead objects keep what they point at
  // alive, until no more revive.
  for (let changed = true; changed; ) {
    const inDead = (a) => dead.some((o) => a >= o.address && a + 4 <= o.address + o.size);
    const words = new Set();
    for (const s of segments) {
      for (let k = 0; k + 4 <= s.len; k++) if (!inDead(s.address + k)) words.add(wasm.readUInt32LE(s.at + k));
    }
    const before = dead.length;
    dead = dead.filter((o) => ![...words].some((w) => w >= o.address && w <= o.address + o.size));
    changed = dead.length !== before;
  }
  let bytes = 0;
  for (const o of dead) {
    for (const s of segments) {
      const lo = Math.max(o.address, s.address);
      const hi = Math.min(o.address + o.size, s.address + s.len);
      if (lo < hi) {
        wasm.fill(0, s.at + lo - s.address, s.at + hi - s.address);
        bytes += hi - lo;
      }
    }
  }
  return { wasm, zeroed: dead.length, bytes };
}
