/**
 * "They were scheduled to start Nov. 8.", "Most of them had been due to take effect on Saturday":
 * a scheduled start said of measures an earlier sentence named. The sentence names nothing of its
 * own, so the start it dates is that of the instrument the previous sentence referred to: a fact
 * the instrument relates to whose cue words are of taking effect (the October controls' start on
 * 8 November; ADR 0044, round 23).
 *
 * Only agreement is said of it: which of the earlier instrument's dates "they" take up is a
 * reading, never a reason to call the value wrong (the engine drops a disagreeing claim).
 */
import type { Fact } from '../facts/schema';
import { CUE_SCORE, type Mention } from './mention-types';
import { reason } from './reasons';

/** The verb of a start: "take effect", "come into force", "kick in", "start", "begin", "apply". */
const START_VERB =
  /\b(?:(?:take|takes|taking|took|taken)\s+effect|(?:come|comes|coming|came)\s+into\s+(?:force|effect)|kicks?\s+in|start|begin|apply)\b/i;

/** A schedule that governs the verb: "were to", "was due to", "had been scheduled to", "are set to", "will". */
const SCHEDULED =
  /\b(?:(?:was|were|is|are)\s+(?:to|due|set|scheduled|slated)|had\s+been\s+(?:due|set|scheduled|slated)|will)\b/i;

/** A fact that is an instrument's start: an event whose cue words are of taking effect. */
export const isStartFact = (f: Fact): boolean =>
  f.kind === 'event' && (f.cues ?? []).some((c) => c.allOf.some((g) => g.includes('take effect')));

/**
 * The starts of the previous sentence's instruments that a sentence with no start of its own
 * dates: one inherited mention each, at the start verb; none when the verb is not scheduled.
 */
export function carriedStarts(
  words: string,
  offset: number,
  own: readonly Mention[],
  previous: readonly Mention[],
  factById: (id: string) => Fact | undefined,
): Mention[] {
  if (own.some((m) => isStartFact(m.fact))) return [];
  const verb = START_VERB.exec(words);
  if (!verb || !SCHEDULED.test(words.slice(0, verb.index))) return [];
  const out: Mention[] = [];
  for (const p of previous) {
    if (p.fact.kind !== 'instrument') continue;
    for (const r of p.fact.relations ?? []) {
      const fact = factById(r.target);
      if (!fact || !isStartFact(fact) || out.some((o) => o.fact.id === fact.id)) continue;
      out.push({
        fact,
        positions: [offset + verb.index],
        strength: 'cue',
        score: CUE_SCORE,
        via: reason('found-cue', { fact: fact.title, words: verb[0] }),
        inherited: true,
      });
    }
  }
  return out;
}
