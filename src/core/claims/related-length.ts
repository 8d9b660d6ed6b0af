/**
 * "Beijing agreed to pause it for one year after Xi Jinping met Donald Trump in Busan", "the October
 * package, which China agreed on Thursday to shelve for 12 months after Xi's talks with Trump": a
 * length governed by the act word of a length the fact base records (the first words of its cue:
 * "pause", "shelve", "suspend"), in a sentence that names an event or instrument that length is
 * recorded with (its relations, either way), is that length, though what was paused is only "it",
 * "those" or "the package", which the length's cue does not list (ADR 0153).
 *
 * Only agreement is said of it (check-durations.ts drops any other verdict): the act word and the
 * related event say which recorded length is meant, not that another length in the sentence
 * (another side's suspension) is not; a value that does not fit may be that other length.
 */
import type { Fact } from '../facts/schema';
import type { Checker } from './check-common';
import { CUE_SCORE } from './mention-types';
import { type Mention, RANK } from './mentions';
import { reason } from './reasons';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';
import { escapeRegExp } from './words';

/** Words allowed between the act word and the length ("pause it for one year", "shelve for 12 months"). */
const MAX_BETWEEN = 3;

/** The recorded lengths in years that have a cue, once per fact base. */
const lengthsByIndex = new WeakMap<object, readonly Fact[]>();

function recordedLengths(c: Checker): readonly Fact[] {
  const { index, factById } = c.input;
  let out = lengthsByIndex.get(index);
  if (!out) {
    const ids = new Set(index.cues.map((q) => q.factId));
    out = [...ids]
      .map((id) => factById(id))
      .filter((f): f is Fact => f?.kind === 'quantity' && f.quantity?.unit === 'years');
    lengthsByIndex.set(index, out);
  }
  return out;
}

/** The two patterns of an act word (after the length, before it), compiled once; non-global, so stateless. */
const patterns = new Map<string, readonly [RegExp, RegExp]>();

function patternsOf(w: string): readonly [RegExp, RegExp] {
  let p = patterns.get(w);
  if (!p) {
    const word = escapeRegExp(w);
    p = [
      new RegExp(`^[\\s-]*${word}(?![\\p{L}\\p{N}])`, 'iu'),
      new RegExp(`(?<![\\p{L}\\p{N}-])${word}((?:\\s+[\\p{L}\\p{N}'’]+){0,${MAX_BETWEEN}})\\s+$`, 'iu'),
    ];
    patterns.set(w, p);
  }
  return p;
}

/** Where an act word of `q` (its cues' first group) governs the length at `e`, or -1. */
function actWordAt(
  text: string,
  clause: { start: number; end: number },
  e: TemporalExpression,
  q: Fact,
): number {
  const before = text.slice(clause.start, e.start);
  const after = text.slice(e.end, clause.end);
  for (const cue of q.cues ?? []) {
    for (const w of cue.allOf[0] ?? []) {
      const [nextWord, prevWord] = patternsOf(w);
      // "the one-year suspension": the act noun right after the length.
      const next = nextWord.exec(after);
      if (next) return e.end + next[0].length - w.length;
      // "pause it for one year": the act verb a few words before it, no punctuation between.
      const prev = prevWord.exec(before);
      if (prev) return clause.start + prev.index;
    }
  }
  return -1;
}

/** A fact named or cued in the sentence (not inherited, not a topic's stand-in) that `q` is recorded with. */
const relatedNamed = (c: Checker, q: Fact) =>
  c.mentions.some(
    (m) =>
      RANK[m.strength] >= RANK.cue &&
      !m.inherited &&
      !m.derived &&
      (m.fact.kind === 'event' || m.fact.kind === 'instrument') &&
      ((q.relations ?? []).some((r) => r.target === m.fact.id) ||
        (m.fact.relations ?? []).some((r) => r.target === q.id)),
  );

/** The one recorded length a length of the sentence is, by its act word and a related event; or null. */
export function relatedLength(c: Checker, e: TemporalExpression): Mention | null {
  if (c.mentions.some((m) => m.fact.quantity?.unit === 'years')) return null;
  const text = c.input.text;
  const clause = clauseAt(text, c.sentence, e.start);
  const found: { fact: Fact; at: number }[] = [];
  for (const q of recordedLengths(c)) {
    const at = actWordAt(text, clause, e, q);
    if (at >= 0 && relatedNamed(c, q)) found.push({ fact: q, at });
  }
  if (found.length !== 1) return null;
  const [{ fact, at }] = found as [{ fact: Fact; at: number }];
  return {
    fact,
    positions: [at],
    strength: 'cue',
    score: CUE_SCORE,
    via: reason('found-cue', { fact: fact.title, words: text.slice(at, at + 24).split(/\s+/)[0] ?? '' }),
    inherited: true,
  };
}
