/**
 * Words around a value that say it belongs to something else than the fact's own event:
 * another phase of it ("stopped issuing visas in 2020" beside the resumption of visas,
 * "last held in 2019" beside the 2025 pilgrimage, "the issues that cropped up four years
 * ago" beside the agreement), or the value before a change ("from 20% to 10%").
 */

import type { Fact } from '../facts/schema';
import { allMatches } from '../match/all-matches';
import type { Span } from '../match/sentences';
import { lastNamesOwnFact } from './last-named';
import { governsValue } from './phase-reach';
import { clauseAt } from './ties';
import { MONTH_NAMES } from './words';

/** How far after a value a phase word may still be its phase. */
export const PHASE_AFTER_CHARS = 40;

/** Index of the start phase in PHASES. */
const START_PHASE = 2;
/** Index of the "last held" phase in PHASES. */
const LAST_PHASE = 1;
/** Index of the agreeing phase in PHASES (instruments only). */
const AGREE_PHASE = 5;

/** Index of the taking-effect phase in PHASES (a stoppage's facts only). */
const EFFECT_PHASE = 7;
/** Own words of a stoppage: a suspension, halt or pause. */
const STOPPAGE_FACT = /suspen|halt|stop|paus|freez|cancel/;

/** Verbs and phrases of a phase: the stem that must also be in the fact's own words to match it. */
const PHASES: readonly [RegExp, string][] = [
  [
    /\b(stopp(?:ed|ing)|halt(?:ed|ing)|suspend(?:ed|ing)|froze|frozen|paus(?:ed|ing)|(?:put|placed|kept)\s+on\s+hold|cancel(?:l?ed|ling)|ceased?|revoked|withdrawn|barred|banned|no longer valid)\b/i,
    'suspen|halt|stop|paus|freez|cancel|ban',
  ],
  // "last held", "last sat down for talks", "last visited": any past verb after "last".
  [/\blast\s+(?:held|undertaken|took place|met|sat|spoke|went|came|saw|made|time|[a-z]{3,}ed)\b/i, 'last'],
  [
    /\b(cropped up|arisen|arose|erupted|broke out|began|begun|started|first emerged)\b/i,
    // A resumption starts again ("began issuing visas again on July 24").
    'began|start|erupt|outbreak|standoff|clash|face-off|resum|restart|reopen',
  ],
  [
    /\b(ended|expired|lapsed|lifted|removed|scrapped|eased|relaxed|loosened)\b/i,
    // ("eas" at a word's start: "measures" is no easing.)
    'end|expir|lift|remov|scrap|\\beas|relax|loosen',
  ],
  [
    // "The export window, open since May 15, was closed …": an opening is not a closure's date.
    /\b((?:open|opened|reopened)\s+(?:since|from|on|in))\b/i,
    'open|resum|restart|restor|\\beas|relax|lift|allow|permit|grant|licen',
  ],
  [
    // "the pause agreed with Washington in late October": an instrument is issued, not agreed;
    // the agreement it carries out is another event with its own day (ADR 0055). Instruments only.
    /\b((?:agreed|negotiated|struck|hammered\s+out|brokered|promised|pledged)\s+(?:(?:with|by|between|at)\s+[\w'’ -]{1,40}?\s+)?(?:in|on|at)\b)/i,
    'agree|deal|understand|consensus|pact|accord|truce|negotiat',
  ],
  [
    // Not "returned to Demchok": a return to a place is a movement, not a reversion.
    /\b([Bb]ack to|[Rr]evert\w*|[Rr]eturn(?:ed|s)? to(?!\s+[A-Z])|[Ss]tatus quo|[Aa]s it (?:was|stood|obtained)|[Ww]as the case)\b/,
    'restor|revert|status quo',
  ],
  [
    // "controls announced Oct. 9 would have taken effect Saturday, Nov. 8, had Beijing not
    // suspended them the day before": a start in force is not the stoppage's date (ADR 0056).
    // A start that did not come ("would have taken effect", "had been due to kick in") only.
    // Also set off after the measures' noun ("Beijing's October measures, due to start on 8
    // November, will now be paused"): the aside gives the measures' own start, which the main
    // clause's stoppage then acts on (ADR 0071).
    /(?:\b((?:would\s+have|(?:was|were|had\s+been)\s+(?:due|set|scheduled|supposed|meant|slated)\s+to)\s+(?:take\s+effect|taken\s+effect|come\s+into\s+(?:force|effect)|kick(?:ed)?\s+in|enter(?:ed)?\s+into\s+force))|(?<=(?:,|\band)\s*)((?:due|set|scheduled|slated)\s+to\s+(?:take\s+effect|come\s+into\s+(?:force|effect)|kick\s+in|enter\s+into\s+force|start|begin|apply)))\b/i,
    'effect|force|kick',
  ],
];

/** Each phase's stems as a pattern, built once (not once per value checked: ADR 0068). */
const PHASE_STEMS: readonly RegExp[] = PHASES.map(([, stems]) => new RegExp(stems));

/**
 * A fact's own words, lower case: title, aliases and keywords (not the summary, which
 * tells the background: "last held in 2019" there does not make the fact a last holding).
 */
export function ownWords(fact: Fact): string {
  let words = ownWordsKept.get(fact);
  if (words === undefined) {
    // A title's parenthesis dates it ("(from June 2024)"); its words are not the fact's.
    words = [
      fact.title.replace(/\([^)]*\)/g, ''),
      ...fact.aliases.map((a) => a.text),
      ...(fact.keywords ?? []),
    ]
      .join(' ')
      .toLowerCase();
    ownWordsKept.set(fact, words);
  }
  return words;
}

/**
 * Each fact's own words, built once per fact (ADR 0111, perf28: the date and figure checks ask for
 * them per candidate value). A fact base's facts are not changed once built; a fact made afresh is
 * a new key.
 */
const ownWordsKept = new WeakMap<Fact, string>();

/**
 * A fact's own words and its cues' words, lower case: the words a paraphrase of the event may
 * carry its card on once the names in it keep their own (card-span.ts, ADR 0096).
 */
export function eventWords(fact: Fact): string {
  const cues = (fact.cues ?? []).flatMap((c) => [...c.allOf, ...(c.paragraph ?? [])].flat());
  return [ownWords(fact), ...cues].join(' ').toLowerCase();
}

/** Own words of a fact that is a notice (its announcement, order or statement). */
const NOTICE_FACT = /announc|notice|notif|unveil|statement|order|decree/;

/** True when the value's clause names a phase that the fact's own words do not. */
export function phaseMismatch(
  text: string,
  sentence: Span,
  value: Span,
  fact: Fact,
  /** Where the sentence names the fact: a phase word that governs only another phrase is not the value's. */
  positions: readonly number[] | null = null,
  /** The sentence's other dates: a phase word dating one of them is not the value's (ADR 0094). */
  otherDates: readonly Span[] = [],
  /** The value's start phase is the fact's own ("began requiring licences", instrument-start.ts). */
  ownStart = false,
): boolean {
  const clause = clauseAt(text, sentence, value.start);
  // The phase's words before the value, or just after it ("In 2020, the pilgrimage was
  // halted"); not far after it ("announced the pact on Friday, saying it would resolve the
  // issues that had arisen in 2020": "arisen" is 2020's, not Friday's).
  // "Yesterday, the day the controls were due to take effect, passed …": an appositive that says
  // which day the value is (ADR 0072) gives its phase however long it is.
  const to = Math.min(
    clause.end,
    Math.max(value.end + PHASE_AFTER_CHARS, dayAppositiveEnd(text, value, clause)),
  );
  const own = ownWords(fact);
  if (openedWithObject(text, clause, value, own) || reversedState(text, value, own, positions)) return true;
  // An event that lasts (a three-day visit) owns its start: "the trip, which began on Thursday".
  const lasting = fact.date?.precision === 'range';
  // A brief one (talks over two days) owns its end too: "talks that ended on Friday" (ADR 0089).
  const ownsEnd = briefEvent(fact, own);
  const noticeDates = fact.kind === 'instrument' || NOTICE_FACT.test(own);
  return PHASES.some(
    ([re], i) =>
      !(PHASE_STEMS[i] as RegExp).test(own) &&
      !((lasting || ownStart) && i === START_PHASE) &&
      !(
        ownsEnd &&
        i === END_PHASE &&
        !governsValue(text, clause, to, OTHER_ENDS, value, positions, noticeDates)
      ) &&
      (i !== AGREE_PHASE || fact.kind === 'instrument') &&
      (i !== EFFECT_PHASE || STOPPAGE_FACT.test(own)) &&
      !(i === LAST_PHASE && lastNamesOwnFact(text, clause, to, re, value, fact)) &&
      governsValue(text, clause, to, re, value, positions, noticeDates, otherDates),
  );
}

/** Index of the ending phase in PHASES. */
const END_PHASE = 3;
/** The ending phase's words that are no close of a meeting's own days: a lifting, an easing. */
const OTHER_ENDS = /\b(expired|lapsed|lifted|removed|scrapped|eased|relaxed|loosened)\b/i;
/** The longest record, in days, of an event brief enough that "it ended on D" dates it. */
const BRIEF_EVENT_DAYS = 7;
const DAY_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * True for an event of a few days whose record gives both days (talks over 26–27 January, a
 * two-day summit): the day it ended is one of its own, so "the talks that ended on Friday" dates
 * them. Not a state that lasts (a standoff's record is its start), nor a fact named as a start,
 * nor a longer range (a pilgrimage's record is its first batches, not its close).
 */
function briefEvent(fact: Fact, own: string): boolean {
  const d = fact.date;
  if (d?.precision !== 'range' || !d.end || !DAY_DATE.test(d.start) || !DAY_DATE.test(d.end)) return false;
  if (fact.kind !== 'event' || /\bstart|\bbegin|\bonset/.test(own) || STATE.test(fact.title.toLowerCase()))
    return false;
  const days = (Date.parse(d.end) - Date.parse(d.start)) / 86_400_000;
  return days >= 0 && days <= BRIEF_EVENT_DAYS;
}

/** Index of the opening phase in PHASES. */
const OPEN_PHASE = 4;

/** "opened a short export window from", right before a value: the opening verb, its object, the value's preposition. */
const OPENED_OBJECT_BEFORE =
  /\b(?:open|opened|reopened|reopens|opens)\s+(?:a|an|the|its|their|his|her|that|this)(?:\s+[\w-]+){1,3}(?:\s+(?:since|from|on|in))?\s+$/i;

/**
 * "Beijing opened a short export window from mid-May, then shut it on 15 Oct": a value the
 * opening verb takes through its object ("opened <the thing> from D") is the opening's date, not
 * that of a fact whose own words name no opening (a closure, a suspension). Only right before the
 * value, in its clause: an opening elsewhere in the clause ("suspended exports on 20 October,
 * having opened the window in May") leaves the other date to its own verb (ADR 0087).
 */
function openedWithObject(text: string, clause: Span, value: Span, own: string): boolean {
  if ((PHASE_STEMS[OPEN_PHASE] as RegExp).test(own)) return false;
  return OPENED_OBJECT_BEFORE.test(text.slice(clause.start, value.start));
}

/**
 * A noun or participle of reversal and its object, up to the value, no comma between: "a reversal
 * of its stance in June", "reversing the position it held in", "a U-turn on its March".
 */
const REVERSED_OBJECT_BEFORE =
  /\b(?:revers(?:al|ing)\s+(?:of\s+)?|(?:U-turn|about-turn|about-face|volte-face)\s+(?:on|from)\s+)((?:[\p{L}'’-]+\s+){0,5})$/iu;

/**
 * "China this month cleared more urea for India, a reversal of its stance in June": a value in the
 * object of a reversal (the state reversed, up to five words, no comma) dates that earlier state,
 * or, read the other way, the reversal; either way it is not surely the date of a fact whose own
 * words name no reversal, and which the sentence does not name inside that object (ADR 0087). A
 * fact named there ("reversing its 2024 urea ban") is the state reversed, and keeps its date.
 */
function reversedState(text: string, value: Span, own: string, positions: readonly number[] | null): boolean {
  if (/revers|u-turn|about-turn|about-face|volte-face/.test(own)) return false;
  const before = text.slice(Math.max(0, value.start - 80), value.start);
  const m = REVERSED_OBJECT_BEFORE.exec(before);
  if (!m) return false;
  const objectStart = value.start - (m[1] ?? '').length;
  return !(positions ?? []).some((p) => p >= objectStart && p < value.start);
}

/** ", the day (on which / when / that) …," right after a value: it says what the day was. */
const DAY_APPOSITIVE = /^,\s+the\s+(?:very\s+|same\s+)?(?:day|date|week|month|year)\b/i;

/**
 * The end of an appositive right after the value that says which day it is ("Friday, the day
 * the curbs were due to start, passed quietly"): its closing comma, or -1 when there is none
 * (or no such appositive). A phase word there is the value's phase (ADR 0072).
 */
export function dayAppositiveEnd(text: string, value: Span, clause: Span): number {
  const after = text.slice(value.end, clause.end);
  const m = DAY_APPOSITIVE.exec(after);
  if (!m) return -1;
  const close = after.indexOf(',', m[0].length);
  return close < 0 ? -1 : value.end + close;
}

/** True when `span` names a phase of something that the fact's own words do not ("suspended", "lifted"). */
export function phaseWordIn(text: string, span: Span, fact: Fact): boolean {
  const own = ownWords(fact);
  const words = text.slice(span.start, span.end);
  return PHASES.some(
    ([re], i) =>
      (i !== AGREE_PHASE || fact.kind === 'instrument') &&
      (i !== EFFECT_PHASE || STOPPAGE_FACT.test(own)) &&
      re.test(words) &&
      !(PHASE_STEMS[i] as RegExp).test(own),
  );
}

/**
 * True for the value before a change: "from X to Y", "to Y from X", "down/up from X" (an
 * earlier value counts only when it is what something changed to: "to Y … from X").
 * `others` are the other values of the same unit in the sentence.
 */
export function previousValue(text: string, value: Span, others: readonly Span[] = []): boolean {
  const before = text.slice(Math.max(0, value.start - 24), value.start);
  const after = text.slice(value.end, value.end + 24);
  if (/\b(?:down|up)\s+from\s*$/i.test(before)) return true;
  if (!/\bfrom\s*$/i.test(before)) return false;
  // "cut the tariff to 10% from 20%": the earlier value is what it changed to. "750 pilgrims were
  // picked from 5,561 applicants": no change, the two count different things.
  return (
    /^\s*(?:to|down to|up to)\b/i.test(after) ||
    others.some(
      (o) => o.end <= value.start && /\bto\s+$/i.test(text.slice(Math.max(0, o.start - 8), o.start)),
    )
  );
}

/** Nouns of a state that lasts (a standoff), whose record date is when it began. */
const STATE = /\b(standoff|stand-off|face-off|crisis|tensions|row|dispute|freeze|hiatus)\b/;
// ("the first time China has made public …" is a novelty of the clause's act, no start: ADR 0072.)
const START =
  /\b(began|begun|begin|begins|started|start|starts|erupted|broke out|since|triggered|sparked|onset|first(?!\s+time\b))\b/i;

/**
 * True when the fact is a lasting state and the value's clause does not speak of its start
 * ("talks earlier this month to ease the standoff" dates the talks, not the standoff; only
 * "the standoff that began in May 2020" dates the standoff).
 */
export function stateWithoutStart(text: string, sentence: Span, value: Span, fact: Fact): boolean {
  if (!STATE.test(fact.title.toLowerCase())) return false;
  const clause = clauseAt(text, sentence, value.start);
  return !START.test(text.slice(clause.start, clause.end));
}

const COMPARISON =
  /\b(?:than|compared\s+(?:with|to)|versus|vs\.?|against|relative\s+to)\s+(?:(?:in|on|at|the|levels?\s+(?:in|of)|its)\s+)?$/i;

/** True for a date that is a point of comparison: "58% lower than in January", "compared with 2023". */
export function comparisonPoint(text: string, value: Span): boolean {
  return COMPARISON.test(text.slice(Math.max(0, value.start - 30), value.start));
}

/** "The previous round", "the last formal bilateral": an earlier instance than the one being reported. */
const PREVIOUS_INSTANCE =
  /\b(?:previous|preceding|prior|earlier|last(?!\s+week(?:end)?['’]s\b)),?\s+(?:(?:[\w’'–-]+\s+){0,2}?(?:round|meeting|edition|session|summit|visit|trip|batch|bilateral|talks)|(?:(?!(?:year|month|week|time|night|day|decade)\b)[a-z]+\s+)?one)\b|\bthe\s+(?:previous|preceding|last)\s+(?:having\s+been|being|was|had\s+been|came|took\s+place)\b/i;
// ("their last formal one having been at Mahabalipuram in 2019": "one" stands for the noun; not
// "last year one official said". "the last having been at Mahabalipuram": "the last" stands for it.
// Not "last week's summit": a possessive date names the one event of that week, which may be the
// very instance reported, not an earlier one: ADR 0107.)
/** A fact this close before publication is the instance being reported, not the previous one. */
export const CURRENT_INSTANCE_DAYS = 14;

/** A month's name or a year (built once: ADR 0068). */
const MONTH_OR_YEAR = new RegExp(`\\b(?:${MONTH_NAMES})\\b|\\b(?:19|20)\\d{2}\\b`);

/**
 * True when the value's clause speaks of the previous instance ("the previous round … was held
 * in December 2019") and the fact is the one the article reports (dated within
 * CURRENT_INSTANCE_DAYS before publication): the value is an earlier instance's.
 */
export function previousInstance(
  text: string,
  sentence: Span,
  value: Span,
  record: { start: number; end: number },
  published: number | null,
  /** Where the sentence names the fact. */
  positions: readonly number[] = [],
): boolean {
  if (published === null) return false;
  const clause = clauseAt(text, sentence, value.start);
  const current = record.end >= published - CURRENT_INSTANCE_DAYS && record.start <= published;
  // "since the last yatra in 2019": the fact's own name right after "the last" (or "previous")
  // and right before the value names an earlier instance of it (ADR 0072).
  if (current && positions.some((p) => earlierInstanceNamed(text, clause, p, value))) return true;
  const words = text.slice(clause.start, clause.end);
  const prev = PREVIOUS_INSTANCE.exec(words);
  // "The previous round was held on 21 December 2019, five years before Wednesday's meeting":
  // a date after another one that follows the phrase is not the previous instance's.
  const after = prev ? text.slice(clause.start + prev.index + prev[0].length, value.start) : '';
  return (
    prev !== null &&
    !MONTH_OR_YEAR.test(after) &&
    record.end >= published - CURRENT_INSTANCE_DAYS &&
    record.start <= published
  );
}

/** "the last", "the previous", "its preceding" right before a name. */
const EARLIER_BEFORE_NAME = /\b(?:the|its|their|a)\s+(?:previous|preceding|prior|last)\s+$/i;
/** Between the name and the value: the rest of the name and a preposition, no verb or clause. */
const NAME_TO_VALUE = /^[\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?:\s+(?:in|on|of|at|back\s+in))?\s+$/;

/**
 * True when the fact's name at `p` follows "the last"/"the previous" and the value follows the
 * name straight after a preposition ("the last yatra in 2019", "the previous Kailash Yatra in
 * June 2019"): the value dates that earlier instance.
 */
function earlierInstanceNamed(text: string, clause: Span, p: number, value: Span): boolean {
  if (p < clause.start || p >= value.start) return false;
  return (
    EARLIER_BEFORE_NAME.test(text.slice(Math.max(clause.start, p - 24), p)) &&
    NAME_TO_VALUE.test(text.slice(p, value.start))
  );
}

/** Words that name what a previous instance came before. */
const REFERENCE_WORD = /\b(?:before|ahead\s+of|prior\s+to|preceding)\s+(?:the\s+)?/gi;

/**
 * "His previous formal bilateral with Xi before Kazan dated to Mahabalipuram in 2019": a fact
 * named right after "before" in a phrase about a previous instance is what the instance came
 * before, the reference point; the value is the earlier instance's, not the named fact's (ADR 0043).
 */
export function referenceOfPrevious(
  text: string,
  sentence: Span,
  value: Span,
  positions: readonly number[],
): boolean {
  // The stretch of the sentence since its last semicolon: "before" opens a clause of its own.
  const start = Math.max(sentence.start, text.lastIndexOf(';', value.start) + 1);
  const words = text.slice(start, value.start);
  const prev = PREVIOUS_INSTANCE.exec(words);
  if (!prev) return false;
  const from = start + prev.index + prev[0].length;
  const tail = text.slice(from, value.start);
  for (const m of allMatches(tail, REFERENCE_WORD)) {
    const at = from + m.index + m[0].length;
    if (positions.some((p) => p >= at && p <= at + 3)) return true;
  }
  return false;
}
