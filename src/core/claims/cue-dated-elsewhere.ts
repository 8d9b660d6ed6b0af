/**
 * "Since December, the two sides have held two rounds of SR talks, restarted the pilgrimage in June
 * …": the 23rd talks are found by their cue (SR + December), and the cue's month group is met only
 * by the words of another date of the sentence ("Since December"), which fits the talks' record.
 * The sentence has dated the talks with that date; a second date of it, which disagrees, is another
 * event's (a list's next part, a later act), not a wrong date of the talks. Only withholds the
 * claim (issue #7, ADR 0072): the date may still agree with the fact it is tied to.
 */
import type { Span } from '../match/sentences';
import type { DateTie } from './date-ties';
import { factInterval, gapDays } from './dates';
import { datedElsewhere } from './rivals-disagree';
import type { TemporalExpression } from './temporal';
import { someCueGroup } from './ties';

/** Every position of the text (a group's words wherever they are). */
const EVERYWHERE: Span = { start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY };

/**
 * True when `best` is a cue one of whose groups is met only inside another date of the sentence,
 * a date that fits `best`'s record, while `e` disagrees with it.
 */
export function cueDatedElsewhere(
  best: DateTie,
  e: Span,
  expressions: readonly TemporalExpression[],
): boolean {
  if (best.cmp.agrees || best.mention.strength !== 'cue') return false;
  return expressions.some(
    (x) =>
      x.start !== e.start &&
      x.interval !== null &&
      gapDays(x.interval, best.record) === 0 &&
      someCueGroup(best.mention, EVERYWHERE, (p) => p >= x.start && p < x.end),
  );
}

/** A possessive or a determiner right before an attributive date ("Modi's 31 Aug talks", "the 18 December talks"). */
const BEFORE_ATTRIBUTIVE = /(?:['’]s|\b(?:the|its|their|this|that|his|her))\s+$/i;

/**
 * "Between Jaishankar's mid-July visit and Modi's 31 Aug talks with Xi, …": the Tianjin meeting,
 * found by cue (Modi + Xi + talks), is dated rightly, at about its own precision, by another date
 * of the sentence set attributively inside the fact's own phrase (after a possessive or a
 * determiner, right before one of the fact's words). The phrase gives the event its date; the
 * other date, which disagrees, is another event's (one sentence does not give one event two
 * dates). Not for a fact named by its own name (an alias), nor for a date said of the event by a
 * verb ("met Modi on Tuesday, had arrived on August 14": the arrival is an act of the visit, and a
 * wrong day of it is still wrong).
 */
export function datedInOwnPhrase(
  text: string,
  best: DateTie,
  e: Span,
  expressions: readonly TemporalExpression[],
): boolean {
  if (best.cmp.agrees || best.mention.strength === 'alias') return false;
  const positions = best.mention.positions;
  return expressions.some(
    (x) =>
      x.start !== e.start &&
      datedElsewhere(best, e, [x]) &&
      BEFORE_ATTRIBUTIVE.test(text.slice(Math.max(0, x.start - 12), x.start)) &&
      positions.some((p) => p >= x.end && /^\s+$/.test(text.slice(x.end, p))),
  );
}

/**
 * A clause break or a coordination that ends a noun phrase ("the June 2024 urea ban and a partial
 * easing"); not a comma before an appositive that restates it (", the rules under which …").
 */
const PHRASE_BREAK =
  /[;:()—–]|,(?!\s+(?:the|a|an|its|their)\s)|\b(?:and|or|but)\s+(?:the|a|an|its|their|this|that|these|those)\b|\b(?:while|whereas)\b/i;

/**
 * "Beijing on Friday left untouched its April 4 licensing of seven heavy rare earths": the
 * October controls, cued by "licensing … rare earths", are found only inside a noun phrase that
 * an attributive date opens ("its April 4 licensing of …", with its complement and an appositive
 * that restates it: "…, the regime under which Indian importers won approvals") and that date disagrees with their record while it agrees with another fact the sentence
 * names (the April notice): the phrase names that other fact, so a second date of the sentence
 * is not a wrong date of the cued one (ADR 0123). Not for a fact named by its own name.
 */
export function cuedInOtherDatedPhrase(
  text: string,
  sentence: Span,
  best: DateTie,
  e: Span,
  expressions: readonly TemporalExpression[],
  others: readonly { readonly fact: DateTie['mention']['fact'] }[],
): boolean {
  if (best.cmp.agrees || best.mention.strength === 'alias') return false;
  const own = best.mention.positions.filter((p) => p >= sentence.start && p < sentence.end);
  if (!own.length) return false;
  const first = Math.min(...own);
  const last = Math.max(...own);
  return expressions.some((x) => {
    if (x.start === e.start || x.interval === null || x.kind === 'anchored' || x.kind === 'duration')
      return false;
    const at = x.interval;
    if (!BEFORE_ATTRIBUTIVE.test(text.slice(Math.max(0, x.start - 12), x.start))) return false;
    if (first < x.end || PHRASE_BREAK.test(text.slice(x.end, last))) return false;
    if (gapDays(at, best.record) === 0) return false;
    return others.some((o) => {
      if (o.fact.id === best.mention.fact.id || !o.fact.date) return false;
      const record = factInterval(o.fact.date);
      return record !== null && gapDays(at, record) === 0;
    });
  });
}
