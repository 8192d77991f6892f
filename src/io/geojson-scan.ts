/**
 * The zone layer's reader: a GeoJSON FeatureCollection whose outlines are read straight into flat arrays.
 *
 * JSON.parse of a national layer (8 MB, 350,000 points) makes one small array per point and per ring, which the
 * garbage collector then copies and walks, only for the geometry gate to read them once into flat arrays. Here
 * one pass over the bytes reads each feature's `geometry.coordinates` into flat arrays (FlatCoordinates), and
 * JSON.parse reads the rest of the file (properties, types: a few hundred kilobytes), with a number in place of
 * each coordinates array. The gate (geometry.ts) takes FlatCoordinates as it takes nested arrays.
 *
 * Only ordinary layers take this way: UTF-8, a FeatureCollection, coordinates that are polygons of rings of
 * [x, y] points, every number as JSON writes it. Anything else (another encoding, a third coordinate, an empty
 * ring, a syntax error, a text nesting too deep) is read by readJson as before, with the same messages and the
 * same values: this reader either gives exactly what JSON.parse gives (numbers to the last bit) or steps aside.
 */
import { InputError } from '../core/errors.js';
import type { Said } from '../messages/message.js';
import { decodeText } from './encoding.js';
import { MAX_JSON_DEPTH, parseJsonBytes, readBytes } from './read.js';
import { FlatCoordinates, LayerPoints } from './rings.js';

export { FlatCoordinates } from './rings.js';

/**
 * Read a zone layer: readJson's value (same checks, same messages), where every feature's geometry.coordinates
 * read on the fast way is a FlatCoordinates.
 */
export function readFeatureCollection(file: string, hint?: Said): unknown {
  const bytes = readBytes(file);
  const scanned = scan(bytes);
  if (scanned) {
    const value = parseRest(scanned, file);
    if (value !== undefined) return value;
  }
  return parseJsonBytes(bytes, file, hint);
}

interface Scanned {
  rest: Uint8Array;
  coordinates: FlatCoordinates[];
}

function parseRest(s: Scanned, file: string): unknown {
  let text: string;
  try {
    const d = decodeText(s.rest, file);
    if (d.encoding !== 'utf-8' && d.encoding !== 'utf-8 (BOM)') return undefined;
    text = d.text.replace(/^\uFEFF/, '');
  } catch (e) {
    if (e instanceof InputError) return undefined; // said by readJson, with the line in the file
    throw e;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  // put each coordinates back (the scan took only arrays there, so a number there is a placeholder)
  const features = (value as { features: unknown[] }).features;
  for (let i = 0; i < features.length; i++) {
    const g = (features[i] as { geometry?: { coordinates?: unknown } } | null)?.geometry;
    if (g !== null && typeof g === 'object' && typeof g.coordinates === 'number') g.coordinates = s.coordinates[g.coordinates];
  }
  return value;
}

// the keys that lead to coordinates
const OTHER = 0;
const FEATURES = 1;
const GEOMETRY = 2;
const COORDINATES = 3;
const OBJECT = 0;
const ARRAY = 1;

const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * The scan: the text with each feature's geometry.coordinates array replaced by its number in `coordinates`,
 * or undefined when the file is not an ordinary layer (see the module comment).
 */
function scan(b: Buffer): Scanned | undefined {
  const n = b.length;
  let i = n >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  const kinds: number[] = [];
  const keys: number[] = [];
  let lastString = OTHER;
  let pending = OTHER; // the key whose value comes next
  const cut: number[] = []; // [from, to) of each coordinates array in the file
  const found: FlatCoordinates[] = [];
  const out = new LayerPoints(n);
  while (i < n) {
    const c = b[i];
    if (c === 0x22) {
      const s = ++i;
      for (;;) {
        if (i >= n) return undefined;
        const d = b[i];
        if (d === 0x22) break;
        i += d === 0x5c ? 2 : 1;
      }
      lastString = keyOf(b, s, i);
      i++;
    } else if (c === 0x3a) {
      pending = lastString;
      lastString = OTHER;
      i++;
      if (pending === COORDINATES && atGeometry(kinds, keys)) {
        while (i < n && isSpace(b[i])) i++;
        if (b[i] !== 0x5b) return undefined;
        const end = readCoordinates(b, i, out);
        if (end < 0) return undefined;
        cut.push(i, end);
        found.push(out.take());
        i = end;
        pending = OTHER;
      }
    } else if (c === 0x2c) {
      pending = OTHER;
      i++;
    } else if (c === 0x7b || c === 0x5b) {
      kinds.push(c === 0x7b ? OBJECT : ARRAY);
      keys.push(pending);
      if (kinds.length > MAX_JSON_DEPTH) return undefined;
      pending = OTHER;
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      if (kinds.pop() !== (c === 0x7d ? OBJECT : ARRAY)) return undefined;
      keys.pop();
      pending = OTHER;
      i++;
    } else if (c === 0 || c >= 0x80) {
      return undefined; // another encoding: readJson says which
    } else i++;
  }
  if (found.length === 0) return undefined;
  return { rest: splice(b, cut), coordinates: found };
}

/** The file without the cut arrays, the k-th replaced by the number k. */
function splice(b: Uint8Array, cut: number[]): Uint8Array {
  const marks = cut.length / 2;
  let size = b.length;
  const labels: string[] = new Array(marks);
  for (let k = 0; k < marks; k++) {
    labels[k] = String(k);
    size -= cut[2 * k + 1] - cut[2 * k] - labels[k].length;
  }
  const rest = new Uint8Array(size);
  let from = 0;
  let o = 0;
  for (let k = 0; k < marks; k++) {
    rest.set(b.subarray(from, cut[2 * k]), o);
    o += cut[2 * k] - from;
    for (let j = 0; j < labels[k].length; j++) rest[o++] = labels[k].charCodeAt(j);
    from = cut[2 * k + 1];
  }
  rest.set(b.subarray(from), o);
  return rest;
}

/** Inside the geometry object of a feature of the root object's features array. */
function atGeometry(kinds: number[], keys: number[]): boolean {
  return (
    kinds.length === 4 &&
    kinds[0] === OBJECT &&
    kinds[1] === ARRAY &&
    keys[1] === FEATURES &&
    kinds[2] === OBJECT &&
    kinds[3] === OBJECT &&
    keys[3] === GEOMETRY
  );
}

function keyOf(b: Uint8Array, from: number, to: number): number {
  const len = to - from;
  if (len === 8) {
    if (same(b, from, 'features')) return FEATURES;
    if (same(b, from, 'geometry')) return GEOMETRY;
  } else if (len === 11 && same(b, from, 'coordinates')) return COORDINATES;
  return OTHER;
}

function same(b: Uint8Array, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (b[at + k] !== word.charCodeAt(k)) return false;
  return true;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * Read one coordinates array from its `[` at `i`: polygons (depth 4) or one polygon (depth 3) of rings of [x, y]
 * points, none empty. Returns the offset after its `]`, or −1 when it is anything else. Each number is read as
 * JSON.parse reads it: a mantissa of at most 15 digits over a power of ten is two exact doubles, whose quotient is
 * the correctly rounded value; longer ones and exponents go through Number. (One loop, numbers read in it: this runs
 * once per file, mostly before V8 has optimised it, where every call costs.)
 */
function readCoordinates(b: Buffer, i: number, out: LayerPoints): number {
  const n = b.length;
  // the depth: the brackets opening the first point
  let depth = 0;
  for (let j = i; j < n; j++) {
    const c = b[j];
    if (c === 0x5b) depth++;
    else if (!isSpace(c)) break;
  }
  // (every comparison here runs for every feature: V8's optimised code drops out at the first comparison it has never
  // seen run, e.g. `depth === 4` for the layer's first MultiPolygon, and France's first is its 16th zone)
  if (depth < 3 || depth > 4) return -1;
  out.depth = depth === 3 ? 3 : 4;
  const ringLevel = depth - 1; // the level inside a ring (1: the coordinates array itself)
  const polygonLevel = depth - 2; // the level inside a polygon (1: the coordinates array of a Polygon)
  let xs = out.xs;
  let ys = out.ys;
  let top = out.top;
  let level = 0;
  for (;;) {
    // here: an element is expected at `level` (or, at level 0, the opening bracket)
    let c = b[i];
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = b[++i];
    if (level < depth) {
      if (c !== 0x5b) return -1;
      level++;
      i++;
      out.top = top;
      if (level === ringLevel) out.ring();
      else if (level === polygonLevel) out.polygon();
      continue;
    }
    // a point: two numbers
    let x = 0;
    for (let k = 0; k < 2; k++) {
      if (k === 1) {
        while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = b[++i];
        if (c !== 0x2c) return -1;
        c = b[++i];
        while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = b[++i];
      }
      const start = i;
      const neg = c === 0x2d;
      if (neg) c = b[++i];
      let m = 0;
      let digits = 0;
      if (c === 0x30) {
        c = b[++i];
        if (c >= 0x30 && c <= 0x39) return -1; // a leading zero
      } else if (c >= 0x31 && c <= 0x39) {
        do {
          m = m * 10 + (c - 0x30);
          digits++;
          c = b[++i];
        } while (c >= 0x30 && c <= 0x39);
      } else return -1;
      let frac = 0;
      if (c === 0x2e) {
        c = b[++i];
        if (!(c >= 0x30 && c <= 0x39)) return -1;
        do {
          m = m * 10 + (c - 0x30);
          digits++;
          frac++;
          c = b[++i];
        } while (c >= 0x30 && c <= 0x39);
      }
      let v: number;
      if (c === 0x65 || c === 0x45 || digits > 15) {
        if (c === 0x65 || c === 0x45) {
          c = b[++i];
          if (c === 0x2b || c === 0x2d) c = b[++i];
          if (!(c >= 0x30 && c <= 0x39)) return -1;
          while (c >= 0x30 && c <= 0x39) c = b[++i];
        }
        v = Number(b.toString('latin1', start, i)); // (Buffer's own decoding: files written with 17 digits have many)
        if (!Number.isFinite(v)) return -1;
      } else v = neg ? -(m / POW10[frac]) : m / POW10[frac];
      if (k === 0) x = v;
      else {
        if (top === xs.length) {
          out.top = top;
          out.grow();
          xs = out.xs;
          ys = out.ys;
        }
        xs[top] = x;
        ys[top++] = v;
      }
    }
    // close the levels that end here, then expect the next element
    for (;;) {
      while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = b[++i];
      if (c === 0x5d) {
        i++;
        level--;
        if (level === 0) {
          out.top = top;
          out.end();
          return i;
        }
        c = b[i];
        continue;
      }
      if (c !== 0x2c) return -1;
      i++;
      break;
    }
    if (level === depth) return -1; // a third number
  }
}
