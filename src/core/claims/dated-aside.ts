/**
 * A participle phrase set off by commas that carries a date of its own is another dated fact
 * (issue #7, ADR 0057): "China's fertiliser curbs, reportedly eased for India in August, were
 * reimposed on all markets two weeks before …" — the easing is dated "in August", and the
 * main clause's date is the reimposing. A fact whose cue needs a word found only inside that
 * aside is the aside's, not a date's outside it.
 */
import type { Span } from '../match/sentences';
import { otherExpressionsIn } from './check-common';
import type { Mention } from './mentions';
import type { TemporalExpression } from './temporal';

/**
 * A comma, an optional adverb, a past participle, then the phrase up to the next comma
 * (", reportedly eased for India in August,", ", signed in 2024 and extended …,"); a number's
 * thousands comma ("5,561") does not close it.
 */
const ASIDE =
  /,\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+en|made|set|cut|put|held|struck|won|sent|brought|begun|left)\s(?:[^,;:]|(?<=\d),(?=\d{3}\b))*,/g;

/** A finite verb (an adverb may lead) right after the aside's closing comma. */
const VERB_AFTER =
  /^\s*(?:(?:now|then|still|also|later|since)\s+)?(?:was|were|is|are|had|has|have|will|would|could|can|may|might|remain(?:s|ed)?|[a-z]{3,}ed)\b/;

/** The dated asides of the sentence that do not hold the date `e`. */
export function datedAsides(
  text: string,
  sentence: Span,
  e: Span,
  expressions: readonly TemporalExpression[],
): Span[] {
  const words = text.slice(sentence.start, sentence.end);
  const out: Span[] = [];
  ASIDE.lastIndex = 0;
  for (let m = ASIDE.exec(words); m; m = ASIDE.exec(words)) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    ASIDE.lastIndex = m.index + m[0].length - 1;
    if (e.start >= span.start && e.start < span.end) continue;
    // An aside stands between a subject and its verb: "Misri, who …, held talks … on 26-27
    // January, about three months later" ends in no verb, so ", held talks" was the main verb.
    if (!VERB_AFTER.test(words.slice(m.index + m[0].length))) continue;
    const dated = otherExpressionsIn(expressions, e, span).some(
      (x) => x.kind === 'absolute' || x.kind === 'relative',
    );
    if (dated) out.push(span);
  }
  return out;
}

/** True when a group of the mention's cue has its words in the sentence only inside one of `asides`. */
export function cuedOnlyInAside(m: Mention, sentence: Span, asides: readonly Span[]): boolean {
  if (m.strength !== 'cue' || m.inherited || m.derived || !asides.length) return false;
  return (m.cueGroups ?? []).some((g) => {
    const own = g.filter((p) => p >= sentence.start && p < sentence.end);
    return own.length > 0 && asides.some((a) => own.every((p) => p >= a.start && p < a.end));
  });
}

/**
 * The aside that holds the date `e` ("750 pilgrims, picked by a draw in May from 5,561
 * applicants, are travelling …"), set off between a subject and its finite verb; null when the
 * date stands in none. Its date is the aside's act (the draw), as ADR 0057 reads it from outside.
 */
export function asideHolding(text: string, sentence: Span, e: Span): Span | null {
  const words = text.slice(sentence.start, sentence.end);
  ASIDE.lastIndex = 0;
  for (let m = ASIDE.exec(words); m; m = ASIDE.exec(words)) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    ASIDE.lastIndex = m.index + m[0].length - 1;
    if (e.start >= span.start && e.end <= span.end && VERB_AFTER.test(words.slice(m.index + m[0].length)))
      return span;
  }
  return null;
}

/**
 * True when the date stands in such an aside and the fact, found only by keywords, has none of
 * them inside it: the aside's act is not an event found loosely around it (ADR 0072). A fact
 * named or cued in the subject the aside describes ("The talks with Sun Weidong, held on …,
 * produced …") is what the aside dates, and keeps its date.
 */
export function outsideDatedAside(text: string, sentence: Span, e: Span, m: Mention): boolean {
  if (m.strength !== 'evidence') return false;
  const aside = asideHolding(text, sentence, e);
  return aside !== null && !m.positions.some((p) => p >= aside.start && p < aside.end);
}
