/**
 * Two meetings of the same parties, told apart by what the sentence says was done there (issue #7,
 * ADR 0107). "The two sides agreed in principle to resume air services when Foreign Secretary
 * Vikram Misri met Vice Foreign Minister Sun Weidong in Beijing in April": both rounds of their
 * talks are cued by the two names alike, and a month that fits neither went to the nearer record
 * (June's) with the other (January's) as a rival, so no more than `context`. But "in principle" is
 * a word of the January round's own and of no word of the June round's; the June round's own words
 * ("functional dialogue", "trade issues", "rare earth") are not in the sentence. What the sentence
 * says happened there is the January round's, whatever the date: with the right month it agrees
 * with January and is tied there already, so the wrong month goes there too.
 *
 * Only among events with the same two or more actors (the same parties), each firmly named or cued
 * in the date's clause, and only when exactly one of them has a keyword in the sentence that is no
 * word of the others (not of their names, cues or keywords, nor of their families). The others are
 * then no candidates for this date. Applied only to the order of candidates of a date that agrees
 * with none of them; every guard after it stays.
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import type { DateTie } from './date-ties';
import type { TemporalExpression } from './temporal';
import { clauseAt } from './ties';

/** Letters that make a word's family ("dialogue", "dialogues"). */
const STEM = 5;

/** Every word a fact may be found by (its names, cues and keywords), as stems. */
const stemsOf = (f: Fact): Set<string> =>
  new Set(
    [
      ...f.aliases.map((a) => a.text),
      ...(f.cues ?? []).flatMap((c) => [...c.allOf.flat(), ...(c.paragraph ?? []).flat()]),
      ...(f.keywords ?? []),
    ].flatMap((w) => (w.toLowerCase().match(/\p{L}+/gu) ?? []).map((x) => x.slice(0, STEM))),
  );

/** Words too common to tell anything apart. */
const FUNCTION_WORD = /^(?:in|on|at|of|to|the|a|an|and|for|with|by|from)$/;

/**
 * Where the date's own words are read: its clause, or the whole sentence when a "when" stands
 * before the date in its clause ("agreed in principle … when Misri met Sun Weidong in Beijing in April";
 * "raised the curbs when he hosted Sun Weidong in New Delhi in March, and the two sides agreed to
 * hold functional dialogues …", ADR 0129): the main clause says what was done at the meeting the
 * "when" clause dates, on either side of it. A word with another date between it and this one
 * still tells nothing (ownWordIn).
 */
function ownSpan(text: string, sentence: Span, e: TemporalExpression): Span {
  const clause = clauseAt(text, sentence, e.start);
  return /\bwhen\b/i.test(text.slice(clause.start, e.start)) ? sentence : clause;
}

/**
 * True when `f` has a keyword in `span` with a word of content that none of `others` has, and no
 * other date of the sentence stands between it and `e` ("in Beijing in December and in New Delhi
 * on Aug. 9": Beijing is December's).
 */
function ownWordIn(
  text: string,
  span: Span,
  e: TemporalExpression,
  others: readonly TemporalExpression[],
  f: Fact,
  rivals: readonly Fact[],
): boolean {
  const theirs = rivals.map(stemsOf);
  const slice = text.slice(span.start, span.end).toLowerCase();
  return (f.keywords ?? []).some((k) => {
    const key = k.toLowerCase();
    const words = (key.match(/\p{L}+/gu) ?? []).filter((w) => !FUNCTION_WORD.test(w));
    if (!words.length || words.some((w) => theirs.some((s) => s.has(w.slice(0, STEM))))) return false;
    for (let i = slice.indexOf(key); i >= 0; i = slice.indexOf(key, i + 1)) {
      // (At a word's start: "principle", not "unprincipled".)
      if (i > 0 && /\p{L}/u.test(slice[i - 1] as string)) continue;
      const at = span.start + i;
      const [from, to] = at < e.start ? [at, e.start] : [e.end, at];
      if (!others.some((x) => x.start !== e.start && x.start >= from && x.end <= to)) return true;
    }
    return false;
  });
}

const sameParties = (a: Fact, b: Fact) => {
  const x = a.actors ?? [];
  const y = b.actors ?? [];
  return x.length >= 2 && x.length === y.length && x.every((id) => y.includes(id));
};

/**
 * `order` with the one meeting of its parties that the sentence's own words tell apart first and
 * the other meetings of the same parties left out, when the first candidate disagrees and is one of
 * them; else `order` unchanged.
 */
export function toldApart(c: Checker, e: TemporalExpression, order: readonly DateTie[]): DateTie[] {
  const [first] = order;
  if (!first || first.cmp.agrees || first.mention.fact.kind !== 'event') return [...order];
  const group = order.filter(
    (t) =>
      t.sameClause &&
      t.mention.strength !== 'evidence' &&
      !t.mention.derived &&
      !t.mention.inherited &&
      !t.mention.loose &&
      sameParties(t.mention.fact, first.mention.fact),
  );
  if (group.length < 2 || !group.includes(first) || group.some((t) => t.cmp.agrees)) return [...order];
  const facts = group.map((t) => t.mention.fact);
  const text = c.input.text;
  const span = ownSpan(text, c.sentence, e);
  const told = group.filter((t) =>
    ownWordIn(
      text,
      span,
      e,
      c.expressions ?? [],
      t.mention.fact,
      facts.filter((f) => f.id !== t.mention.fact.id),
    ),
  );
  if (told.length !== 1) return [...order];
  const [one] = told as [DateTie];
  return [one, ...order.filter((t) => t !== one && !group.includes(t))];
}
