/**
 * The bundled matcher's automaton as one base64 text of 16-bit integers (ADR 0048, round 19), instead of
 * seven JSON arrays of ~12 000 numbers each. A woken worker parsed those arrays (318 KB of the index's
 * 430 KB of JSON) before its first page's gate, on every wake, only to copy them into typed arrays
 * (`Automaton`); the packed form decodes natively (`Uint8Array.fromBase64`) in a fraction of that. Only
 * the build's own index is packed (scripts/vite/fact-base-plugin.ts); stored packs' indexes and every
 * other use keep `AutomatonData`'s plain arrays.
 */
import type { AutomatonData } from './automaton';
import type { MatcherIndex } from './terms';

/** The arrays of `AutomatonData`, in the packed text's order. */
const FIELDS = ['edgeStart', 'edgeChar', 'edgeTo', 'fail', 'outKey', 'outLink', 'keyLength'] as const;

/** An automaton as one base64 text of little-endian signed 16-bit integers, with each array's length. */
export interface PackedAutomaton {
  readonly lengths: readonly number[];
  readonly base64: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** `data` packed; null when a value does not fit in 16 bits (then the index keeps its arrays). */
export function packAutomaton(data: AutomatonData): PackedAutomaton | null {
  const lengths = FIELDS.map((f) => data[f].length);
  const bytes = new Uint8Array(2 * lengths.reduce((a, b) => a + b, 0));
  let at = 0;
  for (const f of FIELDS)
    for (let i = 0; i < data[f].length; i++) {
      const v = data[f][i] as number;
      if (!Number.isInteger(v) || v < -32768 || v > 32767) return null;
      bytes[at++] = v & 0xff;
      bytes[at++] = (v >> 8) & 0xff;
    }
  let base64 = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    base64 += BASE64[(n >> 18) & 63] as string;
    base64 += BASE64[(n >> 12) & 63] as string;
    base64 += i + 1 < bytes.length ? (BASE64[(n >> 6) & 63] as string) : '=';
    base64 += i + 2 < bytes.length ? (BASE64[n & 63] as string) : '=';
  }
  return { lengths, base64 };
}

type Natives = {
  readonly fromBase64?: (text: string) => Uint8Array;
  readonly atob?: (text: string) => string;
};

/** The bytes of a base64 text: natively where the runtime can (Chrome 140+, Firefox 133+), else by `atob`. */
function bytesOf(base64: string): Uint8Array {
  const fromBase64 = (Uint8Array as unknown as Natives).fromBase64;
  if (fromBase64) return fromBase64(base64);
  const atob = (globalThis as unknown as Natives).atob;
  if (atob) {
    const binary = atob(base64);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  }
  const clean = base64.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let at = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      (BASE64.indexOf(clean[i] as string) << 18) |
      (BASE64.indexOf(clean[i + 1] ?? 'A') << 12) |
      (BASE64.indexOf(clean[i + 2] ?? 'A') << 6) |
      BASE64.indexOf(clean[i + 3] ?? 'A');
    if (at < out.length) out[at++] = (n >> 16) & 0xff;
    if (at < out.length) out[at++] = (n >> 8) & 0xff;
    if (at < out.length) out[at++] = n & 0xff;
  }
  return out;
}

/** Is this runtime little-endian (typed arrays read bytes in its order)? */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The automaton of `packed`: each array a view of the decoded bytes (no copy on a little-endian runtime). */
export function unpackAutomaton(packed: PackedAutomaton): AutomatonData {
  const bytes = bytesOf(packed.base64);
  const total = packed.lengths.reduce((a, b) => a + b, 0);
  if (bytes.length !== 2 * total) throw new Error('packed automaton: length does not match its arrays');
  let values: Int16Array;
  if (LITTLE_ENDIAN && bytes.byteOffset % 2 === 0)
    values = new Int16Array(bytes.buffer, bytes.byteOffset, total);
  else {
    values = new Int16Array(total);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < total; i++) values[i] = view.getInt16(2 * i, true);
  }
  const out: Record<string, Int16Array> = {};
  let at = 0;
  FIELDS.forEach((f, i) => {
    const n = packed.lengths[i] as number;
    out[f] = values.subarray(at, at + n);
    at += n;
  });
  return out as unknown as AutomatonData;
}

/** A matcher index whose automaton may be packed (the build's JSON text of the bundled index). */
export type MaybePackedIndex = Omit<MatcherIndex, 'automaton'> & {
  readonly automaton: AutomatonData | PackedAutomaton;
};

/** `index` with its automaton packed (as it is when a value does not fit in 16 bits). */
export function packIndex(index: MatcherIndex): MaybePackedIndex {
  const packed = packAutomaton(index.automaton);
  return packed ? { ...index, automaton: packed } : index;
}

/** The index of `packIndex`'s output (parsed from its JSON), its automaton unpacked if it was packed. */
export function unpackIndex(index: MaybePackedIndex): MatcherIndex {
  const automaton = index.automaton;
  return 'base64' in automaton
    ? { ...index, automaton: unpackAutomaton(automaton) }
    : (index as MatcherIndex);
}
