/**
 * What the checks share: the input they work on and how firmly a fact is tied to a value.
 */
import type { Span } from '../match/sentences';
import type { ClaimInput } from './engine';
import { type Mention, RANK, type WeakFact } from './mentions';
import { findNumbers, type NumberExpression } from './numbers';
import type { TemporalExpression } from './temporal';
import type { Tie } from './ties';
import { clauseAt } from './ties';

/** What every check needs: the input, the sentence and what it mentions. */
export interface Checker {
  readonly input: ClaimInput;
  readonly sentence: Span;
  readonly mentions: readonly Mention[];
  /** The figures of the sentence. */
  readonly numbers?: readonly NumberExpression[];
  /** Facts the sentence has a keyword of, however weakly (see MentionIndex.weakFacts); looked up only when asked. */
  readonly weak?: () => readonly WeakFact[];
  /** The sentence's temporal expressions, as the engine read them (with the paragraph's year). */
  readonly expressions?: readonly TemporalExpression[];
  /** Events the article named or cued before this sentence, with their sentence's words (bridged-anchor.ts). */
  readonly earlier?: readonly { readonly mention: Mention; readonly words: string }[];
}

/** Keyword evidence this strong (several rare words, the fact's places or actors) is as firm as a cue. */
export const FIRM_EVIDENCE = 10;

export const firmMention = (m: Mention) => RANK[m.strength] >= RANK.cue || m.score >= FIRM_EVIDENCE;
export const firm = (t: Tie) => Number(firmMention(t.mention));
const closeTie = (t: Tie) => Number(t.sameClause && !t.related);

export const byStrength = (a: Tie, b: Tie) =>
  RANK[b.mention.strength] - RANK[a.mention.strength] || closeTie(b) - closeTie(a) || a.distance - b.distance;

/** Units of statistics, whose clause's dates are the periods they measure. */
const STATISTICS = new Set(['percent', 'tonnes', 'usd']);

/** "Investors on Monday were weighing …": a market's day, not the date of the events it weighs. */
const MARKETS = /\b(?:investors|traders|bourses?|stock markets?|equity markets?)\b/i;

/** A share in words ("nearly half of China's urea exports in 2023"): a statistic too. */
const SHARE_WORDS = /\b(?:half|a third|two-thirds|a quarter|three-quarters|the bulk|the majority)\s+of\b/i;

/** True when the date's clause also holds a statistic (a share, a tonnage): the date is its period. */
export function statisticPeriod(c: Checker, e: Span): boolean {
  const clause = clauseAt(c.input.text, c.sentence, e.start);
  const text = c.input.text;
  if (
    SHARE_WORDS.test(text.slice(clause.start, clause.end)) ||
    MARKETS.test(text.slice(clause.start, clause.end))
  )
    return true;
  return findNumbers(text, clause).some((n) => STATISTICS.has(n.unit) && !threshold(text, n));
}

/**
 * "as little as 0.1%", "0.1% or more": a rule's threshold; "100% tariffs", "a 10% levy": a
 * rate a measure sets. Neither is a statistic with a period.
 */
function threshold(text: string, n: NumberExpression): boolean {
  return (
    /\bas (?:little|low|few) as\s*$/i.test(text.slice(Math.max(0, n.start - 16), n.start)) ||
    /^\s*(?:[\w.-]+\s+)?(?:tariffs?|levy|levies|duty|duties)\b/i.test(text.slice(n.end, n.end + 30)) ||
    /^[\s\w-]{0,40}?\bor (?:more|above|higher|greater)\b/i.test(text.slice(n.end, n.end + 50))
  );
}

/** Words that make a clause's value someone else's claim the article does not make its own. */
const DISOWNED =
  /\b(?:some|earlier|other|several|initial|early|media|news)\s+reports?\s+(?:had\s+)?(?:spoke of|speak of|said|suggested|claimed|put|gave|cited|mentioned|described)\b|\bcontrary to\b|\b(?:wrongly|erroneously|mistakenly|incorrectly|falsely)\b/i;

/**
 * "Although some reports spoke of a three-year suspension, the yatra …": a value the article
 * attributes to others in order to set it aside is not the article's claim.
 */
export function disowned(c: Checker, e: Span): boolean {
  const clause = clauseAt(c.input.text, c.sentence, e.start);
  return DISOWNED.test(c.input.text.slice(clause.start, clause.end));
}

/** The temporal expressions besides `e` (the very object) that lie wholly within `span`, in their order. */
export function otherExpressionsIn(
  expressions: readonly TemporalExpression[],
  e: Span,
  span: Span,
): TemporalExpression[] {
  return expressions.filter((x) => x !== e && x.start >= span.start && x.end <= span.end);
}

/**
 * The sentence's other dates and lengths besides `e` (its temporal expressions within the
 * sentence, or within `within`, a part of it).
 */
export function otherExpressionsOfSentence(
  c: Checker,
  e: TemporalExpression,
  within: Span = c.sentence,
): TemporalExpression[] {
  return otherExpressionsIn(c.expressions ?? [], e, within);
}
