/**
 * A silence is not a statement (ADR 0022, round 19). "China's foreign ministry has not commented
 * on the disengagement" tells that a party said nothing; "Beijing, through its spokesperson, said
 * it had reached a resolution" tells what it said. They share the party and the matter, so the
 * cosine pairs them, but an editor pairs a silence only with a silence (or with the same
 * silence told otherwise), as round 18's acts pair a denial with a denial (speech-acts.ts).
 * Read from the main part (clauses.ts): "…, a ministry that has not commented since" is an aside.
 * Withholding details ("declined to comment", "gave no details") is a remark of its own kind
 * (lexicon.ts REMARK_WORDS) and is left to it.
 */
import { splitMinor } from './clauses';
import type { Vector } from './features';
import { NOTHING_SAID_YET } from './lexicon';

/**
 * "has not commented", "had not officially responded", "did not react", and (round 44, ADR 0131)
 * "has made no official statement", "issued no comment": nothing said yet.
 */
const SILENT = new RegExp(
  `\\b(?:has|have|had|did|does|do) not (?:yet )?(?:\\w+ly )?(?:comment(?:ed)?|respond(?:ed)?|react(?:ed)?)\\b|\\b(?:${NOTHING_SAID_YET})\\b`,
  'i',
);

const silent = new WeakMap<Vector, boolean>();

/** The sentence's main part tells that someone has not commented or responded. */
export function tellsSilence(text: string): boolean {
  return SILENT.test(splitMinor(text).main);
}

function silenceOf(v: Vector): boolean {
  let out = silent.get(v);
  if (out === undefined) {
    out = tellsSilence(v.text ?? '');
    silent.set(v, out);
  }
  return out;
}

/** One sentence tells a silence and the other does not. */
export function silenceOrStatement(x: Vector | undefined, y: Vector | undefined): boolean {
  if (!x?.text || !y?.text) return false;
  return silenceOf(x) !== silenceOf(y);
}
