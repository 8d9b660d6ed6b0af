/**
 * Cards on an event's own words when no value confirms them (issue #7, class 7: paraphrase;
 * ADR 0035). "Troops had pulled back from Depsang and Demchok", "a deal on patrolling the
 * disputed frontier", "pilgrims bound for Mount Kailash": the sentence describes the event in
 * its cue's words, close together, and gives no date that would confirm it (0025's
 * `cuedAndClaimed` covers the sentences that do). Without that confirmation the card needs
 * other evidence that the words mean this event and no other:
 *
 * - the cue's words stand within one clause, at most CLAUSE_CARD_CHARS apart, over no value;
 * - words of their own besides names ("met" between two leaders' names is not an event's words);
 * - a second opinion: the fact's keywords in the sentence (entity + action + object) reach the
 *   evidence a mention needs, with at least SUPPORT_KEYWORDS distinct keywords;
 * - no other event in the clause: one named there, or cued by the same words, leaves the words
 *   ambiguous ("the conversation between Modi and Xi in Kazan" is not the Tianjin meeting),
 *   unless the sentence's keywords put the event decisively ahead of the other cue
 *   (decisive-evidence.ts: "stopped exports of urea, … DAP … to all markets");
 * - no date of the clause on another day ("last held formal talks … in October 2019").
 *
 * Such a card never makes a page about the fact base's topics by itself (`unconfirmed`): on a
 * page about something else ("no direct flights from India" on a page about Kazan's medical
 * schools) the same words stay uncarded.
 */
import { allMatches } from '../match/all-matches';
import { agreesWithRecord, type Claim } from './claim';
import {
  cueCover,
  PARAPHRASE_KEYWORDS,
  PARAPHRASE_KINDS,
  PARAPHRASE_MIN,
  type Paraphrase,
  wordEnd,
} from './context';
import { factInterval } from './dates';
import { outweighs, strongerReading } from './decisive-evidence';
import { EVIDENCE_MIN, type Mention, type MentionIndex } from './mentions';
import type { TemporalExpression } from './temporal';

/** The longest stretch of cue words carded without a value to confirm them. */
export const CLAUSE_CARD_CHARS = 60;
/** Distinct keywords of the fact the sentence needs beside its cue. */
export const SUPPORT_KEYWORDS = 2;
/** Days a date of the clause may lie from the event's record and still be its date (month precision). */
const SAME_TIME_DAYS = 31;
/** Days a day of the clause may lie from an event's day-precise record (a report's lag, a time zone). */
const SAME_DAY_SLACK = 3;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Small words that do not make a card's words "its own". */
const SMALL = new Set([
  'the',
  'and',
  'for',
  'from',
  'into',
  'with',
  'that',
  'which',
  'its',
  'their',
  'had',
  'has',
  'have',
  'was',
  'were',
  'been',
  'his',
  'her',
  'this',
  'those',
  'these',
]);

/** Punctuation that ends a clause for this rule (a comma too: the words must stand together). */
const CLAUSE_END = /[,;:()—–]/;

/** The clause of `sentence` around [start, end). */
export function clauseOf(text: string, sentence: Span, start: number, end: number): Span {
  let a = start;
  while (a > sentence.start && !CLAUSE_END.test(text[a - 1] as string)) a--;
  let b = end;
  while (b < sentence.end && !CLAUSE_END.test(text[b] as string)) b++;
  return { start: a, end: b };
}

const inside = (p: number, s: Span) => p >= s.start && p < s.end;

/** A name in the possessive: "Wang Yi's" in "Wang Yi's trip", the event's own participant as its determiner. */
const POSSESSIVE = /^['’]s\b/;

/** A word of three letters or more (ownWordCount; one kept pattern for allMatches: ADR 0068). */
const OWN_WORD = /\p{L}[\p{L}'’-]{2,}/gu;

/**
 * Words of [start, end) of three letters or more, outside names and small words. A name in the
 * possessive before the card's last word counts as one ("Wang Yi's trip" names the trip as "the
 * trip" does), unlike a name beside a verb ("Misri met … Sun Weidong").
 */
function ownWordCount(text: string, start: number, end: number, names: readonly Span[]): number {
  let n = 0;
  for (const w of allMatches(text.slice(start, end), OWN_WORD)) {
    const at = start + (w.index as number);
    if (!SMALL.has(w[0].toLowerCase()) && !names.some((x) => inside(at, x))) n++;
  }
  for (const x of names)
    if (x.end > start && x.end + 2 < end && POSSESSIVE.test(text.slice(x.end, x.end + 2))) n++;
  return n;
}

/** Words that deny what follows them in a clause ("has not yet been followed by a pullback"). */
const DENIAL = /\b(?:not|never|no|yet to|without)\b/i;

/** True when the clause denies the card's words before them: what it describes did not happen. */
const denied = (text: string, clause: Span, start: number): boolean =>
  DENIAL.test(text.slice(clause.start, start));

/**
 * "… visited Mount Kangrinboqe for the first time since 2019": a date after "since" that lies
 * before the record is the earlier instance the event is counted from, not the event's own time.
 */
const recencyAnchor = (e: TemporalExpression, record: { start: number }): boolean =>
  e.bound === 'since' && e.interval !== null && e.interval.end < record.start;

/** True when a date of the clause is another time than the fact's record. */
export function otherTime(m: Mention, clause: Span, expressions: readonly TemporalExpression[]): boolean {
  const record = m.fact.date ? factInterval(m.fact.date) : null;
  if (!record) return false;
  return expressions.some(
    (e) =>
      e.interval !== null &&
      inside(e.start, clause) &&
      !recencyAnchor(e, record) &&
      (e.interval.end < record.start - slack(e.interval, record) ||
        e.interval.start > record.end + slack(e.interval, record)),
  );
}

/**
 * "China Eastern will launch Delhi-Shanghai flights from Nov. 9", two weeks after the record's
 * day: a day of the clause against an event known to the day is another time beyond a few days
 * (ADR 0054 round 23); a month's or a season's date keeps SAME_TIME_DAYS.
 */
const slack = (a: { precision: string }, b: { precision: string }): number =>
  a.precision === 'day' && b.precision === 'day' ? SAME_DAY_SLACK : SAME_TIME_DAYS;

/** A stretch short enough, within one clause, with two words of its own. */
export function cardShaped(
  text: string,
  index: MentionIndex,
  cover: [number, number] | null,
  names: readonly Span[],
): Span | null {
  if (!cover) return null;
  const start = cover[0];
  const end = wordEnd(text, index, cover[1]);
  if (end <= start || end - start > CLAUSE_CARD_CHARS || CLAUSE_END.test(text.slice(start, end))) return null;
  return ownWordCount(text, start, end, names) >= 2 ? { start, end } : null;
}

/**
 * The part of a cue card's words clear of the values inside it ("China later acknowledged | four
 * deaths on its side", "Beijing took | months | to admit its own losses"): the value keeps its
 * claim, and the event's card goes on the longest stretch beside it that holds a cue word and is
 * card-shaped (two words of its own). The whole span when no value stands inside; null without
 * such a stretch.
 */
export function clearOfValues(
  text: string,
  index: MentionIndex,
  span: Span,
  claims: readonly Claim[],
  groups: readonly (readonly number[])[],
  names: readonly Span[],
  earliest = false,
): Span | null {
  const values = claims
    .filter((c) => c.start < span.end && c.end > span.start)
    .sort((a, b) => a.start - b.start);
  if (!values.length) return span;
  const cueAt = groups.flat();
  const parts: Span[] = [];
  let at = span.start;
  for (const v of values) {
    if (v.start > at) parts.push({ start: at, end: v.start });
    at = Math.max(at, v.end);
  }
  if (at < span.end) parts.push({ start: at, end: span.end });
  let best: Span | null = null;
  for (const part of parts) {
    const words = [...text.slice(part.start, part.end).matchAll(/\p{L}[\p{L}'’-]*/gu)].map(
      (w) => part.start + (w.index as number),
    );
    const first = words[0];
    const last = words[words.length - 1];
    if (first === undefined || last === undefined || !cueAt.some((p) => p >= part.start && p < part.end))
      continue;
    const got = cardShaped(text, index, [first, last], names);
    if (got && got.end <= part.end && (!best || got.end - got.start > best.end - best.start)) best = got;
    // `earliest`: the first part that will do, the words before the value (what it belongs to).
    if (best && earliest) return best;
  }
  return best;
}

/**
 * A comma that opens a phrase pointing back at the clause before it ("…, much of it expected to
 * flow to India", "…, most of them bound for …"): what follows is said of the clause's object.
 */
const BACK_REFERENCE =
  /^,\s+(?:with\s+)?(?:much|most|some|all|part|half|many|none|each|one|two|three)\s+of\s+(?:it|them|which)\b/i;

/**
 * The cue's words before such a comma, when the rest of the cue stands in the phrase after it:
 * the clause's verb and object with what is said of them ("cleared more urea for export, much of
 * it expected to flow to India": "cleared more urea").
 */
function beforeBackReference(
  text: string,
  index: MentionIndex,
  m: Mention,
  names: readonly Span[],
): Span | null {
  const groups = m.cueGroups ?? [];
  const cover = cueCover(groups);
  if (!cover) return null;
  const stretch = text.slice(cover[0], cover[1]);
  const comma = stretch.search(CLAUSE_END);
  if (comma < 0) return null;
  const at = cover[0] + comma;
  if (CLAUSE_END.test(text.slice(at + 1, cover[1])) || !BACK_REFERENCE.test(text.slice(at, at + 40)))
    return null;
  // The groups with a word before the comma (the clause's own words, close together as a card
  // needs); the others stand in the phrase that points back.
  let from = at;
  while (from > 0 && !/[,;:()—–.!?\n]/.test(text[from - 1] as string)) from--;
  const before = groups.map((g) => g.filter((p) => p >= from && p < at)).filter((g) => g.length > 0);
  if (before.length < 2) return null;
  const near = cueCover(before);
  return cardShaped(text, index, near, names);
}

/** The cards described above, for one sentence. */
export function cuedInClause(
  text: string,
  index: MentionIndex,
  sentence: Span,
  mentions: readonly Mention[],
  claims: readonly Claim[],
  names: readonly Span[],
  expressions: readonly TemporalExpression[],
): Paraphrase[] {
  const events = mentions.filter(
    (m) => PARAPHRASE_KINDS.has(m.fact.kind) && !m.derived && !m.inherited && m.strength !== 'evidence',
  );
  const out: Paraphrase[] = [];
  for (const m of events) {
    if (m.strength !== 'cue' || !m.support) continue;
    if (m.support.keywords < SUPPORT_KEYWORDS || m.support.score < EVIDENCE_MIN) continue;
    const whole =
      cardShaped(text, index, cueCover(m.cueGroups), names) ?? beforeBackReference(text, index, m, names);
    const span = whole && clearOfValues(text, index, whole, claims, m.cueGroups ?? [], names);
    if (!span) continue;
    const { start, end } = span;
    // A value that disagrees says the words may be about something else; one that agrees confirms them.
    if (claims.some((c) => c.factId === m.fact.id && !agreesWithRecord(c))) continue;
    const clause = clauseOf(text, sentence, start, end);
    // Another event named in the clause, or cued by the same words, leaves the words ambiguous,
    // unless the sentence's keywords decide between the cues (decisive-evidence.ts).
    const rivals = events.filter(
      (o) =>
        o.fact.id !== m.fact.id &&
        (o.strength === 'alias'
          ? o.positions.some((p) => inside(p, clause))
          : o.positions.some((p) => p >= start && p < end)),
    );
    const rival =
      rivals.some((o) => !outweighs(m, o)) || (rivals.length > 0 && strongerReading(m, mentions, span));
    if (rival || otherTime(m, clause, expressions) || denied(text, clause, start)) continue;
    out.push({ start, end, factId: m.fact.id, mention: m, unconfirmed: true });
  }
  return out;
}

/**
 * Two events coordinated in one clause, each with its own date ("pilgrims resuming visits to sacred
 * mountains … this summer and India resuming tourist visas … in late July"): the other event's name
 * lies outside the card, and a date of the clause that agrees with the card's event stands between
 * the card and that name, so the name does not make the card's words ambiguous.
 */
function coordinated(o: Mention, m: Mention, card: Span, clause: Span, claims: readonly Claim[]): boolean {
  return claims.some(
    (c) =>
      c.factId === m.fact.id &&
      agreesWithRecord(c) &&
      inside(c.start, clause) &&
      o.positions.every((p) => (p >= card.end ? c.start < p : p < c.start && c.start < card.start)),
  );
}

/** Keyword evidence a sentence needs for a card on a cluster of the fact's keywords. */
export const CLUSTER_MIN = PARAPHRASE_MIN;

/**
 * The shortest card-shaped stretch holding two different keywords of the fact ("pilgrims
 * returned to sacred sites", "owned up for the first time to losses"), or null.
 */
function clusterSpan(
  text: string,
  index: MentionIndex,
  keywords: readonly (readonly number[])[],
  cueWords: readonly number[],
  names: readonly Span[],
): Span | null {
  const groups = [...keywords, cueWords];
  let best: Span | null = null;
  for (let i = 0; i < groups.length; i++)
    for (let j = i + 1; j < groups.length; j++) {
      const cover = cueCover([groups[i] ?? [], groups[j] ?? []]);
      // Two words, not one phrase counted twice ("friction points" as keyword and cue word).
      if (!cover || cover[0] === cover[1]) continue;
      const got = cardShaped(text, index, cover, names);
      if (!got || !cueWords.some((p) => inside(p, got))) continue;
      if (!best || got.end - got.start < best.end - best.start) best = got;
    }
  return best;
}

/**
 * Events a sentence describes in their keywords alone ("Indian pilgrims returned to sacred
 * sites in Xizang", "The leaders' sit-down at a South Korean military air base"): with the
 * evidence a paraphrase card needs (PARAPHRASE_MIN, PARAPHRASE_KEYWORDS distinct keywords), the
 * card goes on the shortest stretch of one clause holding two of them, under the same tests
 * as a cue's words (no value inside, no other event in the clause, no date of another time).
 */
export function evidencedInClause(
  text: string,
  index: MentionIndex,
  s: number,
  sentence: Span,
  mentions: readonly Mention[],
  claims: readonly Claim[],
  names: readonly Span[],
  expressions: readonly TemporalExpression[],
): Paraphrase[] {
  const events = mentions.filter((m) => PARAPHRASE_KINDS.has(m.fact.kind) && !m.derived && !m.inherited);
  const out: Paraphrase[] = [];
  for (const m of events) {
    if (m.strength !== 'evidence' || m.score < CLUSTER_MIN || (m.keywords ?? 0) < PARAPHRASE_KEYWORDS)
      continue;
    const span = clusterSpan(text, index, m.keywordGroups ?? [], index.cueWords(s, m.fact.id), names);
    if (!span) continue;
    const { start, end } = span;
    if (claims.some((c) => c.start < end && c.end > start)) continue;
    if (claims.some((c) => c.factId === m.fact.id && !agreesWithRecord(c))) continue;
    const clause = clauseOf(text, sentence, start, end);
    // The clause itself describes the event: PARAPHRASE_KEYWORDS of its keywords stand in it.
    if ((m.keywordGroups ?? []).filter((g) => g.some((p) => inside(p, clause))).length < PARAPHRASE_KEYWORDS)
      continue;
    // A value or a reporting verb inside: the words are about what was said or counted.
    if (/\d|\b(?:said|says|told)\b/.test(text.slice(start, end))) continue;
    const rival = events.some(
      (o) =>
        o.fact.id !== m.fact.id &&
        (o.strength === 'evidence'
          ? // A weaker reading of the same words does not veto a stronger one ("resumed visits to
            // sacred mountains": "resumed" alone is a keyword of the flights' return).
            ((o.keywords ?? 0) >= 2 || o.score >= m.score) && o.positions.some((p) => p >= start && p < end)
          : o.positions.some((p) => inside(p, clause)) && !coordinated(o, m, span, clause, claims)),
    );
    if (rival || otherTime(m, clause, expressions) || denied(text, clause, start)) continue;
    out.push({ start, end, factId: m.fact.id, mention: m, unconfirmed: true });
  }
  return out;
}
