/**
 * "… the implementation of the latest disengagement agreement of October 2024. ¶ That agreement,
 * announced by India's foreign secretary on Oct. 21, covered Depsang and Demchok" (ADR 0148): a
 * sentence that opens with a demonstrative and a noun ("That agreement", "This meeting") as its
 * subject, followed by a participle of the act itself set off by commas ("announced … on Oct. 21,",
 * "held in Kazan on Oct. 23,"), dates the event the noun points back to. Which event: the one the
 * sentence before names (by its name, not by cue or keywords) whose own words hold the noun;
 * exactly one, or nothing. The participle's date is then that event's own, agreeing or not.
 *
 * Only when nothing else may own the date: the sentence has no date outside the participle
 * phrase, names no event of its own by name, and no other event of the sentence before has the
 * noun among its words. A participle of another act ("implemented", "extended") dates something
 * else: not taken.
 */
import { isEventMention } from './context';
import { CUE_SCORE, type Mention } from './mention-types';
import { ownWords } from './phases';
import { reason } from './reasons';

/** "That agreement, announced by … on Oct. 21," — demonstrative, noun, the act's own participle, up to the closing comma. */
const PARTICIPLE_SUBJECT =
  /^(?:That|This)\s+([a-z]+),\s+(?:(?:first|formally|jointly|publicly|officially)\s+)?(?:announced|reached|signed|struck|sealed|agreed|unveiled|issued|published|held)\b[^,;]{0,120},/;

/** A date, weekday or number in the rest of the sentence: something else may own the date. */
const DATED =
  /\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:yesterday|today|tomorrow|earlier|later|ago|since|until)\b|\b(?:last|next|this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b/;

/** The one named event of the sentence before that the opening "That <noun>, <participle> …," dates. */
export function pointedParticiple(
  words: string,
  offset: number,
  own: readonly Mention[],
  before: readonly Mention[],
): Mention[] {
  const lead = words.length - words.trimStart().length;
  const m = PARTICIPLE_SUBJECT.exec(words.slice(lead));
  if (!m || DATED.test(words.slice(lead + m[0].length))) return [];
  if (own.some((o) => isEventMention(o) && o.strength === 'alias')) return [];
  const noun = (m[1] as string).toLowerCase().slice(0, 5);
  const holding = before.filter((b) => isEventMention(b) && ownWords(b.fact).includes(noun));
  const named = holding.filter((b) => b.strength === 'alias' && b.fact.date !== undefined);
  const ids = new Set(holding.map((b) => b.fact.id));
  if (ids.size !== 1 || !named.length) return [];
  const fact = (named[0] as Mention).fact;
  return [
    {
      fact,
      positions: [offset + lead],
      strength: 'cue',
      score: CUE_SCORE,
      via: reason('found-cue', { fact: fact.title, words: m[0].split(',')[0] as string }),
      inherited: true,
      antecedent: true,
    },
  ];
}
