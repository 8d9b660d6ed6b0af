/**
 * Two named bodies of one kind are two bodies (round 22, ADR 0022): "The two Special
 * Representatives agreed to set up an Expert Group under the WMCC …" / "The two sides agreed to
 * form a Working Group on border management …". Each names a group that one meeting agreed to
 * set up; the sentences share the meeting, the verb and the head noun, and tell two outcomes.
 * A body is a capitalised title ending in a head noun (Group, Committee, Commission, Mechanism,
 * …); two titles of one head whose other words have none in common ("Expert" / "Working") name
 * two bodies. "the Working Mechanism …" / "the China-India Working Mechanism …" share "Working",
 * and a body written in lower case ("an expert group") is no title.
 */
import { allMatches } from '../match/all-matches';
import type { Vector } from './features';

const HEADS =
  'Group|Committee|Commission|Council|Mechanism|Panel|Task Force|Forum|Fund|Dialogue|Framework|Corridor|Board|Authority|Agency';
/** Up to three capitalised words, then a head noun. */
const BODY = new RegExp(`\\b((?:[A-Z][\\w-]*\\s+){1,3})(${HEADS})\\b`, 'g');
/** Words of a title that do not name it. */
const NOT_NAMING = /^(?:the|a|an|its|their|this|that|new)$/i;

/** The bodies a sentence names: head noun → the words of their titles (lower case). */
export function bodiesOf(text: string): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of allMatches(text, BODY)) {
    const words = (m[1] as string)
      .trim()
      .split(/\s+/)
      .filter((w) => !NOT_NAMING.test(w))
      .map((w) => w.toLowerCase());
    if (!words.length) continue;
    const head = m[2] as string;
    const set = out.get(head) ?? new Set<string>();
    for (const w of words) set.add(w);
    out.set(head, set);
  }
  return out;
}

const cache = new WeakMap<Vector, ReadonlyMap<string, ReadonlySet<string>>>();

function bodiesOfVector(v: Vector): ReadonlyMap<string, ReadonlySet<string>> {
  let out = cache.get(v);
  if (!out) {
    out = bodiesOf(v.text ?? '');
    cache.set(v, out);
  }
  return out;
}

/** The two sentences name bodies of one kind whose titles share no word. */
export function otherBody(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  const bx = bodiesOfVector(x);
  if (!bx.size) return false;
  const by = bodiesOfVector(y);
  for (const [head, wx] of bx) {
    const wy = by.get(head);
    if (wy && ![...wx].some((w) => wy.has(w))) return true;
  }
  return false;
}
