/**
 * "China's commerce ministry on Thursday added five rare earths to the list, six months after
 * seven others were placed under control": a fact named before a gap and dated there by a date
 * that agrees with its record is what the gap dates, the sentence's subject; a word of it after
 * the gap ("control") does not make it what the gap counts from (ADR 0056).
 */
import { type Checker, otherExpressionsOfSentence } from './check-common';
import { factInterval } from './dates';
import type { Mention } from './mentions';
import type { TemporalExpression } from './temporal';

export function datedBeforeGap(c: Checker, m: Mention, e: TemporalExpression): boolean {
  const record = m.fact.date ? factInterval(m.fact.date) : null;
  if (!record || !m.positions.some((p) => p >= c.sentence.start && p < e.start)) return false;
  return otherExpressionsOfSentence(c, e, { start: c.sentence.start, end: e.start }).some(
    (x) =>
      x.kind !== 'anchored' &&
      x.interval !== null &&
      x.interval.start <= record.end &&
      x.interval.end >= record.start,
  );
}

/** A name's possessive right before a word: "Modi's visit", "Wang Yi’s trip". */
const POSSESSIVE_BEFORE = /[A-Z][\w-]*['’]s\s+$/;

/**
 * "Modi's visit to Tianjin, two weeks after Wang Yi's trip to New Delhi, …": an event found only
 * by its keywords, one of which a person's possessive claims who is not among the event's actors
 * (Jaishankar's July visit, whose words are "visit", "trip", "Tianjin"), is another person's
 * event, not the one the gap dates.
 */
export function possessedByOther(c: Checker, m: Mention): boolean {
  if (m.strength !== 'evidence') return false;
  const actors = new Set(m.fact.actors ?? []);
  return m.positions.some((p) => {
    if (p < c.sentence.start || p >= c.sentence.end) return false;
    const poss = POSSESSIVE_BEFORE.exec(c.input.text.slice(Math.max(0, p - 30), p));
    if (!poss) return false;
    const from = p - poss[0].length;
    return c.mentions.some(
      (x) =>
        x.fact.kind === 'person' && !actors.has(x.fact.id) && x.positions.some((q) => q >= from && q < p),
    );
  });
}

/**
 * "came 58 days after the October 21 patrolling agreement and 56 days after Modi and Xi met":
 * an event named right after another "after" (or "before", "since") before this gap is what
 * that one counts from, not what this one dates.
 */
const COUNTED_FROM = /\b(?:after|before|since|following|ahead of|prior to)\s+(?:[\w'’.-]+\s+){0,6}$/i;

export function countedFrom(c: Checker, m: Mention, e: TemporalExpression): boolean {
  const text = c.input.text;
  const own = m.positions.filter((p) => p >= c.sentence.start && p < e.start);
  if (
    !own.length ||
    own.length !== m.positions.filter((p) => p >= c.sentence.start && p < c.sentence.end).length
  )
    return false;
  const first = Math.min(...own);
  // "after" and up to six words ("after Trump and Xi met in Busan") before the event's first
  // word, with no clause break between.
  const counted = COUNTED_FROM.exec(text.slice(Math.max(c.sentence.start, first - 50), first));
  if (!counted) return false;
  // "Relations have improved since the leaders met in Kazan, …, two days after …": a bare "since"
  // opens the clause of the state's start, the event the gap dates; only a counted "since"
  // ("58 days since the agreement") counts from it (ADR 0070).
  const at = Math.max(c.sentence.start, first - 50) + counted.index;
  // ("the first patrol in Depsang since the stand-off began": the last time before, no start.)
  return (
    !/^since\b/i.test(counted[0]) ||
    COUNT_BEFORE.test(text.slice(Math.max(c.sentence.start, at - 30), at)) ||
    /\b(?:first|only|last)\b[^,;:]*$/i.test(text.slice(c.sentence.start, at))
  );
}

/** A length right before a word: "58 days ", "two years ", "months ". */
const COUNT_BEFORE = /\b(?:days?|weeks?|months?|years?|decades?|hours?)\s+$/i;
