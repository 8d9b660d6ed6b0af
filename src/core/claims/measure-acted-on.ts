/**
 * "The ministry's March 2024 quotas still apply, but its June 2024 rules stay frozen until next
 * spring": a date that modifies a measure noun ("its June 2024 rules", "the May 3 curbs") says
 * which measures are meant. An act done to them afterwards (their suspension, lifting, easing,
 * extension) is another fact with a date of its own: a cue of that act, made whole only by its
 * verb outside the noun phrase, is not named in the phrase, and does not own the measures' date
 * (ADR 0142; ADR 0038 made the same point for "the measures it announced on Oct. 9", where such
 * an act was no rival).
 */
import type { Span } from '../match/sentences';
import type { Mention } from './mention-types';

/** Verbs and nouns of an act done to a measure already in place. */
const ACT_ON_MEASURE =
  /^(?:suspen(?:d|ds|ded|ding|sion)|paus(?:e|es|ed|ing)|halt(?:s|ed|ing)?|defer(?:s|red|ring)?|delay(?:s|ed|ing)?|freez(?:e|es|ing)|froze|frozen|postpon(?:e|es|ed|ing)|lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|relax(?:es|ed|ing)?|scrap(?:s|ped|ping)?|extend(?:s|ed|ing)?|revok(?:e|es|ed|ing)|withdr(?:aw|aws|ew|awn))\b/i;

/**
 * True when `m` is a cue with a group of act words (suspended, lifted …) that all lie outside the
 * measure phrase `phrase` (the date and the noun it modifies), while only its other words are in
 * the phrase: the phrase names the measures, the cue the act done to them.
 */
export function actOnAttributedMeasure(text: string, phrase: Span, m: Mention, sentence: Span): boolean {
  if (m.strength !== 'cue' || !m.cueGroups) return false;
  const inSentence = (p: number) => p >= sentence.start && p < sentence.end;
  const inside = (p: number) => p >= phrase.start && p < phrase.end;
  return m.cueGroups.some((g) => {
    const ps = g.filter(inSentence);
    return ps.length > 0 && !ps.some(inside) && ps.every((p) => ACT_ON_MEASURE.test(text.slice(p, p + 16)));
  });
}
