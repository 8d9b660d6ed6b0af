/**
 * "Sunday's meeting in Tianjin came just four months after the two leaders' talks in Kazan"
 * (ADR 0088): a sentence whose subject is one recorded event, dated by the subject's own words,
 * and whose verb of occurrence has as complement a gap counted from another recorded event named
 * after it, states how far apart the two records are. The gap is compared with the distance
 * between the two records, read through its hedge ("just", "nearly", "more than" …) with a
 * tolerance wide enough that the true gap, however a writer rounds and hedges it, never differs.
 *
 * Only when nothing is left to guess:
 * - the sentence opens with the subject phrase (no comma in it), then a verb of occurrence
 *   ("came", "comes", "took place", "was held", "happened"), then only hedge words before the gap;
 * - the subject is one event or instrument with a position in the subject phrase whose record a
 *   date of the subject phrase ("Sunday's", "on Thursday", "Today's") agrees with, found by its
 *   name or cue, or by keywords of `ANCHOR_EVIDENCE` with two keywords; no other such fact;
 * - the event counted from is one fact named or cued after the gap, not inherited, derived or
 *   loose, and any date in the rest of the sentence agrees with its record.
 * The value plays no part in it.
 */
import type { Span } from '../match/sentences';
import { type Checker, otherExpressionsOfSentence } from './check-common';
import type { DateCheck } from './check-dates';
import { dateClaim, foundByWords } from './date-claim';
import { type DateInterval, factInterval, formatInterval, gapDays } from './dates';
import { type Mention, RANK } from './mentions';
import { reason } from './reasons';
import type { AnchorOffset, TemporalExpression } from './temporal';
import { compareDates } from './verdict';

/** Keyword evidence this strong (with two keywords) names the subject, as `ANCHOR_EVIDENCE` names an anchor. */
const SUBJECT_EVIDENCE = 8;

/** Hedge words a writer may set before a gap. */
const HEDGES =
  '(?:(?:just|only|barely|exactly|nearly|almost|about|around|roughly|some|approximately|a\\s+full|fully|a\\s+little|well|not\\s+even|less\\s+than|fewer\\s+than|more\\s+than|over|under|at\\s+least|close\\s+to|within|upwards\\s+of)\\s+)*';

/** The subject phrase (no comma), its verb of occurrence, and the hedge words up to the gap. */
const SUBJECT_VERB = new RegExp(
  `^([^,;:()—–"“”]{3,90}?)\\s+(?:came|comes|come|took\\s+place|was\\s+held|were\\s+held|happened|occurred)\\s+(${HEDGES})$`,
  'i',
);

/** A main clause (no comma), then the gap set after its comma: "Tourist visas resumed on Thursday, a week after …". */
const CLAUSE_COMMA = new RegExp(`^([^,;:()—–"“”]{3,140}?),\\s+(${HEDGES})$`, 'i');

/** A dateline that opens a report: "TIANJIN —", "NEW DELHI, Oct 21 (PTI) –". */
const DATELINE = /^[A-Z][A-Z .'’]{2,30}(?:,[^—–]{1,30})?\s+[—–-]+\s+/;

/** A clause that reports what someone said: its date may be the saying's, not the event's. */
const REPORTED =
  /\b(?:said|says|told|tells|according|reported|reports|announced|announces|confirmed|confirms)\b/i;

/** "… came 12 days after the SR talks, and just over a year after …": a second gap coordinated with the first. */
const COORDINATED = new RegExp(`^,?\\s*and\\s+(${HEDGES})$`, 'i');

/** Dates that name which thing they are of ("the October controls"), not when the subject happened. */
const ATTRIBUTIVE = new Set(['month-attributive', 'year-attributive', 'year-possessive']);

/** How far from its record's day a neighbouring act of the same story may fall (ADR 0150). */
const NEIGHBOUR_DAYS = 3;

/**
 * A conjunction that starts another clause: a keyword before it belongs to that other clause ("The
 * patrols went on as Modi met Xi …, two weeks after …": "patrols" is not the gap's subject's word).
 */
const CLAUSE_JOIN = /\b(?:as|while|when|whereas|because|though|although|but)\b/i;

/** Days in one unit of a gap. */
const UNIT_DAYS: Record<AnchorOffset['unit'], number> = { day: 1, week: 7, month: 30.44, year: 365.25 };

/** How a hedge widens the gap a writer states: which sides, by what share of the gap (at least one unit). */
export type Hedge = 'exact' | 'approximate' | 'at-least' | 'at-most';

/** The hedge words before a gap, read as one of the four ways a gap is stated. */
export function hedgeOf(words: string): Hedge {
  const w = words.toLowerCase();
  if (/\b(?:more\s+than|over|at\s+least|upwards\s+of|well)\b/.test(w)) return 'at-least';
  if (/\b(?:less\s+than|fewer\s+than|under|within|barely|not\s+even)\b/.test(w)) return 'at-most';
  if (/\b(?:nearly|almost|about|around|roughly|some|approximately|close\s+to|a\s+little)\b/.test(w))
    return 'approximate';
  return 'exact';
}

/**
 * The gaps in days, [low, high], a statement of `amount` units with `hedge` may mean. A bare
 * number is a writer's rounding (half a unit either side, and a tenth of the gap or a day more);
 * "about"/"nearly" widen both sides by a quarter of the gap and half a unit; "more than" opens
 * the top by half the gap or a unit, whichever is more ("more than a year" for 1.9 years), and
 * "less than"/"barely" the bottom likewise.
 */
export function gapRange(amount: number, unit: AnchorOffset['unit'], hedge: Hedge): [number, number] {
  const u = UNIT_DAYS[unit];
  const t = amount * u;
  const half = unit === 'day' ? 0 : u / 2;
  const margin = Math.max(1, t / 10);
  let lo = t - half - margin;
  let hi = t + half + margin;
  if (hedge === 'approximate') {
    lo -= t / 4 + u / 2;
    hi += t / 4 + u / 2;
  } else if (hedge === 'at-least') hi += Math.max(u, t / 2);
  else if (hedge === 'at-most') lo -= Math.max(u, t / 2);
  return [Math.max(0, lo), hi];
}

/** The subject's dates the gap gives, counted from `anchor`'s record: after (+1) or before (−1). */
export function gapDates(anchor: DateInterval, direction: 1 | -1, [lo, hi]: [number, number]): DateInterval {
  return direction > 0
    ? { start: Math.ceil(anchor.start + lo), end: Math.floor(anchor.end + hi), precision: 'range' }
    : { start: Math.ceil(anchor.start - hi), end: Math.floor(anchor.end - lo), precision: 'range' };
}

const isEventLike = (m: Mention) => m.fact.kind === 'event' || m.fact.kind === 'instrument';

const firmlyFound = (m: Mention) =>
  RANK[m.strength] >= RANK.cue ||
  (m.strength === 'evidence' && m.score >= SUBJECT_EVIDENCE && (m.keywords ?? 0) >= 2);

/** The dates of the sentence (no durations, no gaps) within [from, to). */
const datesIn = (c: Checker, e: TemporalExpression, from: number, to: number) =>
  otherExpressionsOfSentence(c, e, { start: from, end: to }).filter(
    (x) => x.kind !== 'duration' && x.kind !== 'anchored' && !ATTRIBUTIVE.has(x.rule),
  );

/** Where the phrase after a gap ends: the next gap, comma, semicolon or dash, or the sentence's end. */
function anchorPhraseEnd(c: Checker, e: TemporalExpression): number {
  const next = (c.expressions ?? []).find(
    (x) => x.kind === 'anchored' && x.start > e.end && x.start < c.sentence.end,
  );
  const rest = c.input.text.slice(e.end, c.sentence.end);
  const brk = /[,;:—–(]/.exec(rest);
  return Math.min(next?.start ?? c.sentence.end, brk ? e.end + brk.index : c.sentence.end);
}

/**
 * The subject phrase and the hedge before the gap: "<subject> came <hedge>", "<clause>, <hedge>"
 * (not a clause that reports a saying), or a gap coordinated with an earlier one of either shape.
 */
interface Head {
  readonly subject: string;
  readonly hedge: string;
}

function subjectHead(c: Checker, e: TemporalExpression): Head | null {
  const text = c.input.text;
  // (A dateline first is no part of the subject: "TIANJIN — Modi met Xi on Sunday, …".)
  const line = DATELINE.exec(text.slice(c.sentence.start, e.start))?.[0].length ?? 0;
  const before = text.slice(c.sentence.start + line, e.start);
  const verb = SUBJECT_VERB.exec(before);
  if (verb)
    return {
      subject: text.slice(c.sentence.start, c.sentence.start + line) + (verb[1] ?? ''),
      hedge: verb[2] ?? '',
    };
  const comma = CLAUSE_COMMA.exec(before);
  if (comma && !REPORTED.test(comma[1] ?? ''))
    return {
      subject: text.slice(c.sentence.start, c.sentence.start + line) + (comma[1] ?? ''),
      hedge: comma[2] ?? '',
    };
  // The gap before, with nothing between it and this one but "and" (and its anchor's words).
  const earlier = (c.expressions ?? []).filter(
    (x) => x.kind === 'anchored' && x.offset && x.start > c.sentence.start && x.end < e.start,
  );
  const last = earlier[earlier.length - 1];
  if (!last) return null;
  const between = text.slice(last.end, e.start);
  const and = /(?:,\s*|\s+)and\s+[^,;]*$/.exec(between);
  if (!and || /\b(?:after|before)\b[^,;]*\band\b[^,;]*\b(?:after|before)\b/i.test(between)) return null;
  const tail = /and\s+(.*)$/.exec(between.slice(and.index));
  const hedge = COORDINATED.exec(`and ${tail?.[1] ?? ''}`)?.[1];
  if (hedge === undefined) return null;
  const first = subjectHead(c, last);
  return first ? { subject: first.subject, hedge } : null;
}

export function statedGap(
  c: Checker,
  e: TemporalExpression & Span,
  from: readonly Mention[],
): DateCheck | null {
  const offset = e.offset;
  if (!offset || offset.amount <= 0 || !(offset.unit in UNIT_DAYS)) return null;
  const head = subjectHead(c, e);
  if (!head) return null;
  const subjectEnd = c.sentence.start + head.subject.length;
  // The event counted from: one fact, named or cued here.
  // (Or by keywords of `SUBJECT_EVIDENCE`, two of them, all in the gap's own phrase, and no rival so found.)
  const phraseEnd = anchorPhraseEnd(c, e);
  const inPhrase = (m: Mention) =>
    m.positions
      .filter((p) => p >= c.sentence.start && p < c.sentence.end)
      .every((p) => p >= e.end && p < phraseEnd);
  const usable = from.filter((m) => !m.inherited && !m.derived && !m.loose && m.fact.date);
  const named = usable.filter((m) => RANK[m.strength] >= RANK.cue);
  const found = named.length ? named : usable.filter((m) => firmlyFound(m) && inPhrase(m));
  const byWords = found.length ? null : keywordsInPhrase(c, e, usable, phraseEnd);
  const anchors = byWords ?? found;
  const anchor = anchors[0];
  if (!anchor?.fact.date || new Set(anchors.map((m) => m.fact.id)).size !== 1) return null;
  // A name of it before the gap makes it the subject's too (a cue word there is only a word).
  // (A keyword of an anchor found only by its words in the gap's phrase is only a word there.)
  if (
    !byWords &&
    anchor.strength !== 'cue' &&
    anchor.positions.some((p) => p >= c.sentence.start && p < e.start)
  )
    return null;
  // Named in the gap's own phrase: up to the next gap, comma or clause break.
  if (!anchor.positions.some((p) => p >= e.end && p < phraseEnd)) return null;
  if (anchor.positions.some((p) => p >= phraseEnd && p < c.sentence.end)) return null;
  const anchorRecord = factInterval(anchor.fact.date);
  if (!anchorRecord) return null;
  // Any date after the gap is the anchor's own ("… after the 24th round on August 19").
  if (datesIn(c, e, e.end, c.sentence.end).some((x) => !x.interval || gapDays(x.interval, anchorRecord) > 0))
    return null;
  // The subject: the one fact of the subject phrase its own date agrees with.
  const subjectDates = datesIn(c, e, c.sentence.start, subjectEnd);
  if (!subjectDates.length || subjectDates.some((x) => !x.interval)) return null;
  const inSubject = c.mentions.filter(
    (m) =>
      !m.inherited &&
      m.fact.id !== anchor.fact.id &&
      isEventLike(m) &&
      m.fact.date &&
      m.positions.some((p) => p >= c.sentence.start && p < subjectEnd),
  );
  const dated = inSubject.filter((m) => {
    const record = factInterval(m.fact.date as NonNullable<typeof m.fact.date>);
    return record && subjectDates.every((x) => gapDays(x.interval as DateInterval, record) === 0);
  });
  // (A one-day record the subject's day agrees with, over the longer records that hold it.)
  const dayOf = dated.length > 1 ? dayWithinWholes(dated) : dated;
  const ids = new Set(dayOf.map((m) => m.fact.id));
  const subject = ids.size ? dayOf.find(firmlyFound) : dayOwnedByWords(c, subjectDates, subjectEnd, anchor);
  if ((ids.size !== 1 && !(ids.size === 0 && subject)) || !subject?.fact.date) return null;
  // A rival named or cued in the subject phrase that its date does not settle.
  if (inSubject.some((m) => m.fact.id !== subject.fact.id && RANK[m.strength] >= RANK.cue)) return null;
  const record = factInterval(subject.fact.date);
  if (!record) return null;
  const [lo, hi] = gapRange(offset.amount, offset.unit, hedgeOf(head.hedge));
  // An anchor found only by words may be a neighbouring act of its record's story (the sweets of
  // the day after a pullback): counted with `NEIGHBOUR_DAYS` more either side, and only a gap
  // that no such neighbour explains is said (a card naming a reading's anchor would be a guess).
  const slack = byWords ? NEIGHBOUR_DAYS : 0;
  const claimed = gapDates(anchorRecord, offset.direction, [Math.max(0, lo - slack), hi + slack]);
  const read = reason('read-between', {
    said: e.text,
    resolved: formatInterval(claimed),
    anchorFact: anchor.fact.title,
    anchor: formatInterval(anchorRecord),
  });
  const claim = dateClaim(
    c,
    e,
    { mention: subject, record, cmp: compareDates(claimed, record) },
    claimed,
    read,
    [],
  );
  if (byWords && claim.verdict !== 'differs') return null;
  return { claim: { ...claim, alsoFactIds: [anchor.fact.id] }, anchor: anchorRecord };
}

/**
 * "Wednesday's meeting came three weeks after …", "A fact sheet the administration published on
 * Saturday, two days after …" (ADR 0119): a subject phrase that dates itself to the very day of a
 * recorded event it has a word of, when nothing names or cues one. The day agrees exactly, so what
 * the gap is checked against is the day the sentence itself gives (whichever act of that day the
 * words mean): the subject's identity is no reading. Only one such event, and only day-precise dates.
 */
function dayOwnedByWords(
  c: Checker,
  subjectDates: readonly TemporalExpression[],
  subjectEnd: number,
  anchor: Mention,
): Mention | undefined {
  const days = subjectDates.map((x) => x.interval as DateInterval);
  if (!days.every((d) => d.precision === 'day')) return undefined;
  const owners = (c.weak?.() ?? []).filter((w) => {
    if (w.fact.id === anchor.fact.id || (w.fact.kind !== 'event' && w.fact.kind !== 'instrument'))
      return false;
    const record = w.fact.date ? factInterval(w.fact.date) : null;
    return (
      record?.precision === 'day' &&
      days.every((d) => d.start === record.start) &&
      w.positions.some((p) => p >= c.sentence.start && p < subjectEnd)
    );
  });
  const [only] = owners;
  if (owners.length !== 1 || !only) return undefined;
  return {
    fact: only.fact,
    positions: only.positions,
    strength: 'evidence',
    score: 0,
    via: foundByWords(only.fact, only.words),
    keywords: only.words.length,
  };
}

/**
 * "The first Lipulekh batch entered Tibet on Thursday, two months after …" (ADR 0150): the subject's
 * own day agrees with a one-day record (the batch) and with longer records that hold that day (the
 * yatra of 20 June – 10 July): a thing dated to one day is the one-day event, not a whole that ran
 * for weeks. Only when exactly one such day record agrees and every other agreeing record holds it.
 */
function dayWithinWholes(dated: readonly Mention[]): readonly Mention[] {
  const recordOf = (m: Mention) => (m.fact.date ? factInterval(m.fact.date) : null);
  const days = dated.filter((m) => recordOf(m)?.precision === 'day');
  const [day] = days;
  const dayRecord = day ? recordOf(day) : null;
  if (!day || !dayRecord || new Set(days.map((m) => m.fact.id)).size !== 1) return dated;
  const holds = dated.every((m) => {
    if (m.fact.id === day.fact.id) return true;
    const r = recordOf(m);
    return (
      r && r.precision === 'range' && r.start <= dayRecord.start && r.end >= dayRecord.end && r.end > r.start
    );
  });
  return holds ? days : dated;
}

/**
 * "Tuesday's 24th round came barely four months after the 23rd in Beijing" (ADR 0150): nothing
 * named or cued, the one event found by keywords of `SUBJECT_EVIDENCE` with two of its words in
 * the gap's own phrase and none after it (a word before the gap, the subject's "round", is only a
 * word — but not one in a clause of its own before a conjunction, as the s7 tests say). Two such
 * events, or none: null.
 */
function keywordsInPhrase(
  c: Checker,
  e: TemporalExpression,
  usable: readonly Mention[],
  phraseEnd: number,
): readonly Mention[] | null {
  const here = usable.filter((m) => {
    const inSentence = m.positions.filter((p) => p >= c.sentence.start && p < c.sentence.end);
    const own = new Set(inSentence.filter((p) => p >= e.end && p < phraseEnd));
    return (
      m.strength === 'evidence' &&
      m.score >= SUBJECT_EVIDENCE &&
      own.size >= 2 &&
      inSentence.every(
        (p) =>
          (p < e.start && !CLAUSE_JOIN.test(c.input.text.slice(p, e.start))) || (p >= e.end && p < phraseEnd),
      )
    );
  });
  return new Set(here.map((m) => m.fact.id)).size === 1 ? here : null;
}
