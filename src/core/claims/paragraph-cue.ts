/**
 * A cue completed by its paragraph (issue #7, ADR 0038). "The suspension takes effect
 * immediately and lasts until Nov. 10, 2026." names the suspension and its end, and the date
 * right after "lasts until"; what was suspended (the rare-earth controls) was said in the
 * sentence before. Keyword evidence for such a fact is as firm as a cue when the cue's words
 * govern the date: one of its groups ends right before the date, every group but one is in
 * the date's clause, and the one left is elsewhere in its paragraph ("It covers measures concerning … rare-earth
 * production equipment"). Used by check-dates.ts.
 */

import type { Fact } from '../facts/schema';
import { type Span, spanAt, type TextSpans } from '../match/sentences';
import { clauseAt } from './ties';
import { escapeRegExp } from './words';

/** What may stand between a cue's governing words and the date ("until", "take effect on", "from"). */
const GOVERNS = /^[\s,]*(?:on|from|in|by)?\s*$/i;

/**
 * One pattern per cue phrase (they come from the fact base), built on first use: a pattern with
 * Unicode classes and case folding costs far more to build than to run. `ends` sets its
 * `lastIndex` before each use and calls nothing while it reads the matches.
 */
const phrasePatterns = new Map<string, RegExp>();

function phrasePattern(phrase: string): RegExp {
  let re = phrasePatterns.get(phrase);
  if (!re) {
    re = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(phrase).replace(/[\s-]+/g, '[\\s-]+')}(?![\\p{L}\\p{N}])`,
      'giu',
    );
    phrasePatterns.set(phrase, re);
  }
  return re;
}

/** Where `phrase` occurs in `text` between `from` and `to`, as whole words (ends of the matches). */
function ends(text: string, phrase: string, from: number, to: number): number[] {
  const re = phrasePattern(phrase);
  re.lastIndex = from;
  const out: number[] = [];
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (m.index + m[0].length <= to) out.push(m.index + m[0].length);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * True when a cue of `fact` governs the date `e`: one group's phrase ends right before it, all
 * other groups but at most one are in its clause, and every group is met in its paragraph.
 */
export function cueCompletedByParagraph(spans: TextSpans, sentence: Span, e: Span, fact: Fact): boolean {
  const text = spans.text;
  const clause = clauseAt(text, sentence, e.start);
  const paras = spans.paragraphs();
  const para = paras[Math.max(0, spanAt(paras, sentence.start))] ?? sentence;
  return (fact.cues ?? []).some((cue) => {
    const groups = cue.allOf;
    if (groups.length < 2) return false;
    const governs = groups.findIndex((g) =>
      g.some((p) =>
        ends(text, p, clause.start, e.start).some((end) => GOVERNS.test(text.slice(end, e.start))),
      ),
    );
    if (governs < 0) return false;
    const inClause = (g: readonly string[]) =>
      g.some((p) => ends(text, p, clause.start, clause.end).some((end) => end <= e.start || end > e.end));
    const inParagraph = (g: readonly string[]) =>
      g.some((p) => ends(text, p, para.start, para.end).length > 0);
    const missing = groups.filter((g, i) => i !== governs && !inClause(g));
    return missing.length <= 1 && missing.every(inParagraph) && (cue.paragraph ?? []).every(inParagraph);
  });
}
