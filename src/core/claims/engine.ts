/**
 * The claim engine: in each sentence, finds dates, durations and figures, decides which
 * fact (if any) each one is about, resolves it against the publication date and compares
 * it with the record (rules in checks.ts).
 *
 * The rule for the whole engine: `differs` only when the fact and the value are both
 * unambiguous and the record disagrees beyond its tolerance; anything less certain is
 * `context`, with reasons saying why, or no claim at all when the value is not the fact's.
 */
import type { Fact } from '../facts/schema';
import { inside } from '../match/datelines';
import type { Span } from '../match/sentences';
import type { Analysis, MatcherIndex } from '../match/terms';
import { type Checker, checkDate, checkDuration, checkNumber, unresolved } from './checks';
import type { Claim } from './claim';
import { addMonths, type DateInterval, factInterval, formatInterval, ymd } from './dates';
import { CUE_SCORE, type Memo, type Mention, MentionIndex, RANK, type SentenceInfo } from './mentions';
import { findNumbers } from './numbers';
import { ownWords } from './phases';
import { reason } from './reasons';
import { applyOffset, findTemporal, type TemporalExpression } from './temporal';

export type { Claim } from './claim';

export interface ClaimInput {
  readonly text: string;
  /** Publication day number (see dates.ts), or null when unknown. */
  readonly published: number | null;
  readonly index: MatcherIndex;
  readonly analysis: Analysis;
  readonly factById: (id: string) => Fact | undefined;
  /** The matcher's memo, so lookups over the index are built once per fact base. */
  readonly memo?: Memo;
  /** Spans whose dates are not claims (datelines). */
  readonly skip?: readonly Span[];
}

/** An event named without its aliases (by cue or evidence): a card on its deciding word. */
export interface Paraphrase {
  readonly start: number;
  readonly end: number;
  readonly factId: string;
  readonly mention: Mention;
}

export interface ClaimResult {
  readonly claims: Claim[];
  readonly paraphrases: Paraphrase[];
}

/** Words that put a sentence in the future ("will take effect", "is due to", "scheduled"). */
const FUTURE_WORDS =
  /\b(to restore|to reopen|will|shall|would|could|to take effect|take effect|takes effect|due to|set to|scheduled|expected to|slated|plans? to|planned|expire|expires|until|invit\w*|upcoming|forthcoming|ahead of|to (?:attend|visit|meet|hold|be held|start|begin|resume))\b/i;
/** Days after publication within which an event can still be reported as having happened. */
export const REPORTING_LAG_DAYS = 7;

/**
 * Drops facts the sentence cannot be about: an event found only by cue or keywords that
 * happened after the article was published (unless the sentence speaks of the future).
 * A name is kept: "Busan" in 2024 is still the city, which the page gate handles.
 */
function plausible(mentions: readonly Mention[], published: number | null, sentence: string): Mention[] {
  if (published === null || FUTURE_WORDS.test(sentence)) return [...mentions];
  return mentions.filter((m) => {
    if (m.strength === 'alias' || !m.fact.date) return true;
    const iv = factInterval(m.fact.date);
    return !iv || iv.start <= published + REPORTING_LAG_DAYS;
  });
}

/**
 * Facts a sentence refers to through another: a topic named in it ("the export
 * restrictions") stands for its dated events and instruments, each a candidate for the
 * sentence's dates (never firm on its own: the topic does not say which is meant); and in a
 * recency sentence ("the first … in five years") an event stands for its gap in years.
 */
function withRelated(
  mentions: readonly Mention[],
  factById: (id: string) => Fact | undefined,
  sentence: string,
): Mention[] {
  const out = [...mentions];
  const present = new Set(mentions.map((m) => m.fact.id));
  const recency = RECENCY.test(sentence);
  for (const m of mentions) {
    const topic = m.fact.kind === 'topic' && m.strength !== 'evidence';
    const event = recency && m.fact.kind === 'event' && m.strength !== 'evidence';
    if (!topic && !event) continue;
    for (const rel of m.fact.relations ?? []) {
      const fact = factById(rel.target);
      if (!fact || present.has(fact.id)) continue;
      if (topic ? !fact.date : fact.quantity?.unit !== 'years') continue;
      present.add(fact.id);
      out.push({
        fact,
        positions: m.positions,
        // A topic does not say which of its events is meant: each is a candidate as firm as the
        // topic's name, and the others stay rivals unless the value clearly fits one.
        strength: 'cue',
        score: CUE_SCORE,
        via: reason('found-cue', { fact: fact.title, words: text(m) }),
        ...(topic ? { derived: true } : {}),
      });
    }
  }
  return out;
}

const text = (m: Mention) => String(m.via.params.quote ?? m.via.params.words ?? '');

const isEventMention = (m: Mention) =>
  (m.fact.kind === 'event' || m.fact.kind === 'instrument') && !m.derived && RANK[m.strength] >= RANK.cue;

/** "It was …", "The meeting …", "made that understanding public": words that point back. */
const ANAPHOR =
  /^(?:It|This|That|They)\b|\b(?:the|that|this|these|those|their|its)\s+(?:[a-z]+\s+)?(meeting|talks|visit|trip|move|decision|agreement|understanding|deal|pact|summit|suspension|announcement|notice|controls|curbs|measures|restrictions|rules|pause|clash|leaders)\b/i;

/** Nouns that stand for any instrument (a notice or its measures). */
const INSTRUMENT_NOUNS = new Set(['contr', 'curbs', 'measu', 'restr', 'rules', 'annou', 'notic']);

/**
 * A sentence that points back ("It was their first formal meeting in five years", "Misri
 * made that understanding public on 21 October") and names no event of its own refers to
 * the events of the sentence before: they become its candidates, found by the pointing
 * words (a named noun must be one of the event's own words).
 */
function anaphora(
  words: string,
  offset: number,
  own: readonly Mention[],
  previous: readonly Mention[],
): Mention[] {
  if (!previous.length || own.some(isEventMention)) return [];
  const m = ANAPHOR.exec(words);
  if (!m) return [];
  const noun = m[1]?.toLowerCase().slice(0, 5);
  return previous
    .filter(
      (p) =>
        !noun ||
        ownWords(p.fact).includes(noun) ||
        (INSTRUMENT_NOUNS.has(noun) && p.fact.kind === 'instrument'),
    )
    .map((p) => ({
      fact: p.fact,
      positions: [offset + m.index],
      strength: 'cue' as const,
      score: CUE_SCORE,
      via: reason('found-cue', { fact: p.fact.title, words: m[0].trim() }),
      inherited: true,
    }));
}

/** Words that make a date in an earlier sentence the anchor of this one. */
const ANCHORED_WORDS = /\b(later|following|next|previous|preceding|earlier|before|after|same)\b/i;
/** Keyword evidence needed for a paraphrase card of its own (a claim needs only EVIDENCE_MIN). */
export const PARAPHRASE_MIN = 7.5;
/**
 * Distinct keywords a sentence needs for a paraphrase card: two words shared with a fact
 * ("round", "Beijing") are too common for a card of their own; three describe the event.
 * Claim cues decide claims, not cards: their words ("controls", "curbs") are too general.
 */
export const PARAPHRASE_KEYWORDS = 3;
/** Kinds whose paraphrase gets a card of its own. */
const PARAPHRASE_KINDS = new Set(['event', 'instrument']);

/** Checks every claim in the text. */
export function checkClaims(input: ClaimInput): Claim[] {
  return analyzeClaims(input).claims;
}

/** Claims, and the events referred to by paraphrase. */
export function analyzeClaims(input: ClaimInput): ClaimResult {
  const claims: Claim[] = [];
  const paraphrases: Paraphrase[] = [];
  const index = new MentionIndex(
    input.text,
    input.index,
    input.analysis,
    input.factById,
    input.published,
    input.memo,
  );
  const sents = index.sentences;
  let anchor: DateInterval | null = null;
  let yearHint: number | null = null;
  /** Facts already carded: a paraphrase card is shown once, and never for a fact the article names. */
  const carded = new Set<string>(input.analysis.terms.map((t) => t.factId));
  /** The events the last sentence that had any referred to, for anaphora ("It was the first …"). */
  let previous: Mention[] = [];
  /** Every fact the article refers to, for `outdated` (see informed()). */
  const mentioned = new Set<string>();
  for (let i = 0; i < sents.length; i++) {
    const { span: sentence, paragraph } = sents[i] as SentenceInfo;
    if (i > 0 && (sents[i - 1] as SentenceInfo).paragraph !== paragraph) {
      anchor = null;
      yearHint = null;
    }
    const next = sents[i + 1];
    const anchorsNext =
      next !== undefined &&
      next.paragraph === paragraph &&
      ANCHORED_WORDS.test(input.text.slice(next.span.start, next.span.end));
    // Sentences that name nothing are only read for a date the next sentence counts from.
    if (!index.hasAny(i) && !anchorsNext) continue;
    const words = input.text.slice(sentence.start, sentence.end);
    const own = index.mentions(i);
    const inherited = [...own, ...anaphora(words, sentence.start, own, previous)];
    const mentions = withRelated(plausible(inherited, input.published, words), input.factById, words);
    // The events a later "They …" may point back to: named, cued, or stood for by a topic.
    const events = withRelated(own, input.factById, words).filter(
      (m) => isEventMention(m) || (m.derived && m.fact.date !== undefined),
    );
    if (events.length) previous = events;
    const check: Checker = { input, sentence, mentions };
    const before = claims.length;
    const skip = input.skip ?? [];
    const expressions: TemporalExpression[] = findTemporal(input.text, sentence, input.published, {
      yearHint,
    }).filter((x) => !inside(skip, x.start));
    for (const e of expressions) {
      // "In March 2019 … in April": only a month or day with its year lends the year on;
      // any other date in between ("till 2023", "last year") ends the loan.
      if (e.kind !== 'duration')
        yearHint =
          e.kind === 'absolute' &&
          e.bound === null &&
          (e.interval?.precision === 'month' || e.interval?.precision === 'day')
            ? ymd(e.interval.start).year
            : null;
      if (!mentions.length) {
        if (e.interval) anchor = e.interval;
        continue;
      }
      const got = checkExpression(check, e, anchor);
      if (got.claim) claims.push(got.claim);
      if (got.anchor) anchor = got.anchor;
    }
    if (!mentions.length) continue;
    noteMentioned(mentioned, mentions, claims.slice(before), expressions.length > 0);
    const numbers = findNumbers(input.text, sentence);
    for (const n of numbers) {
      const c = checkNumber({ ...check, numbers }, n);
      if (c) claims.push(c);
    }
    for (const p of paraphrasesIn(input.text, index, mentions, claims.slice(before))) {
      if (carded.has(p.factId)) continue;
      carded.add(p.factId);
      paraphrases.push(p);
    }
  }
  return { claims: claims.map((c) => informed(c, mentioned, input.factById)), paraphrases };
}

/**
 * Records which facts a sentence surely refers to: named ones, and ones found by cue or
 * keywords unless the sentence has dates and none of them agrees with the fact (then the
 * words more likely describe something else: "halted exports … last year").
 */
function noteMentioned(
  into: Set<string>,
  mentions: readonly Mention[],
  claims: readonly Claim[],
  dated: boolean,
): void {
  const agreed = new Set(
    claims.filter((c) => c.verdict === 'consistent' || c.verdict === 'outdated').map((c) => c.factId),
  );
  for (const m of mentions)
    if (m.strength === 'alias' || !dated || agreed.has(m.fact.id)) into.add(m.fact.id);
}

/**
 * A claim is `outdated` only when the article leaves its reader uninformed: if it also
 * refers to what superseded the fact (or to anything later in that chain), it told the
 * reader the record moved on, and the claim is simply `consistent`.
 */
function informed(
  c: Claim,
  mentioned: ReadonlySet<string>,
  factById: (id: string) => Fact | undefined,
): Claim {
  if (c.verdict !== 'outdated') return c;
  const seen = new Set<string>();
  const queue = [c.factId];
  while (queue.length) {
    const fact = factById(queue.pop() as string);
    for (const r of fact?.relations ?? []) {
      if (r.type !== 'superseded-by' || seen.has(r.target)) continue;
      if (mentioned.has(r.target))
        return { ...c, verdict: 'consistent', reasons: c.reasons.filter((x) => x.code !== 'superseded') };
      seen.add(r.target);
      queue.push(r.target);
    }
  }
  return c;
}

/**
 * Events a sentence refers to without naming them get a card on their deciding word,
 * unless a claim about them is already there, or another fact is decided by the same word
 * (then the words do not say which).
 */
function paraphrasesIn(
  text: string,
  index: MentionIndex,
  mentions: readonly Mention[],
  claims: readonly Claim[],
): Paraphrase[] {
  const claimed = new Set(claims.map((c) => c.factId));
  const found = mentions
    .filter(
      (m) =>
        !m.derived &&
        !m.inherited &&
        m.strength === 'evidence' &&
        m.score >= PARAPHRASE_MIN &&
        (m.keywords ?? 0) >= PARAPHRASE_KEYWORDS &&
        !claimed.has(m.fact.id) &&
        PARAPHRASE_KINDS.has(m.fact.kind),
    )
    .map((m) => {
      // Evidence lists its rarest keyword first.
      const start = m.positions[0] as number;
      const end =
        index.phraseEnd(start) ?? start + (/^[\p{L}\p{N}'’-]+/u.exec(text.slice(start))?.[0].length ?? 0);
      return { start, end, factId: m.fact.id, mention: m };
    });
  return found.filter((p) => p.end > p.start && !found.some((o) => o !== p && o.start === p.start));
}

/**
 * "Two days after <event>": the events named right after the expression, which it counts
 * from (strongest first). Null when the expression counts from an earlier date in the text
 * ("two days later"); an empty list when it counts from something the fact base does not
 * know ("two days after their countries settled a dispute" with nothing recognised).
 */
function anchorEvents(c: Checker, e: TemporalExpression): Mention[] | null {
  const text = c.input.text;
  const pointsOn =
    /\b(after|before|ahead of|prior to|following)\s*$/i.test(e.text) ||
    /^\s*(after|before|ahead of|prior to)\b/i.test(text.slice(e.end, e.end + 12));
  if (!pointsOn) return null;
  const rest = text.slice(e.end, c.sentence.end);
  if (/^\s*(?:after(?:wards)?|before)?\s*[,.;:]|^\s*$/.test(rest)) return null; // "two days later."
  const windowEnd = Math.min(c.sentence.end, e.end + 90);
  return c.mentions
    .filter((m) => m.fact.date && m.positions.some((p) => p >= e.end && p < windowEnd))
    .sort((a, b) => RANK[b.strength] - RANK[a.strength]);
}

/** "N days after <event>": the date it gives the other event, checked against that event. */
function checkBetween(
  c: Checker,
  e: TemporalExpression,
  from: readonly Mention[],
): { claim: Claim | null; anchor: DateInterval | null } {
  const offset = e.offset as NonNullable<TemporalExpression['offset']>;
  let fallback: { claim: Claim | null; anchor: DateInterval | null } = { claim: null, anchor: null };
  for (const f of from) {
    const base = factInterval(f.fact.date as NonNullable<Fact['date']>) as DateInterval;
    const claimed = applyOffset(base, offset);
    const read = reason('read-between', {
      said: e.text,
      resolved: formatInterval(claimed),
      anchorFact: f.fact.title,
      anchor: formatInterval(base),
    });
    const rest = c.mentions.filter((m) => m.fact.id !== f.fact.id);
    const got = checkDate({ ...c, mentions: rest }, e, claimed, read);
    if (got.claim?.verdict === 'consistent' || got.claim?.verdict === 'outdated') return got;
    if (!fallback.claim && got.claim && RANK[f.strength] >= RANK.cue) fallback = got;
  }
  // Counting from an event named only by keywords, a disagreement stays context.
  return fallback;
}

/** Words of a recency claim: "the first … since 2019", "resumed after … five years ago". */
const RECENCY = /\b(first|for the first time|resum\w*|restart\w*|restor\w*|again|gap|hiatus)\b/i;

/**
 * "The first face-to-face meeting since 2019", "the first … since the pilgrimage was
 * halted five years ago": the date marks the start of a gap, and the claim is the gap's
 * length, checked against the record's gap (a quantity in years).
 */
function recencyGap(c: Checker, e: TemporalExpression): TemporalExpression | null {
  const sentence = c.input.text.slice(c.sentence.start, c.sentence.end);
  if (!RECENCY.test(sentence) || !c.mentions.some((m) => m.fact.quantity?.unit === 'years')) return null;
  let years: number | null = null;
  if (e.rule === 'ago' && e.params.unit === 'year') years = Number(e.params.n);
  else if (e.bound === 'since' && e.interval && c.input.published !== null && e.interval.precision !== 'day')
    years = ymd(c.input.published).year - ymd(e.interval.start).year;
  if (years === null || !Number.isFinite(years) || years <= 0) return null;
  return {
    ...e,
    kind: 'duration',
    interval: null,
    duration: { years, comparator: 'about' },
    params: { ...e.params, unit: 'year', n: years },
  };
}

/** A year-less date is read as upcoming only this close after publication ("from Nov. 9"). */
export const UPCOMING_DAYS = 92;

/** Rules that read a year-less date or a weekday, which news may also use for the days ahead. */
const YEARLESS = new Set(['weekday', 'day-month', 'month-day', 'month']);

/**
 * The other reading of a year-less date or weekday stated without tense: the next such
 * day after publication ("when they meet in South Korea on Thursday"). Null otherwise.
 */
function forwardReading(e: TemporalExpression, published: number | null): DateInterval | null {
  if (published === null || (e.tense !== null && e.tense !== 'past') || !e.interval || !YEARLESS.has(e.rule))
    return null;
  if (e.params.yearFrom === 'context') return null;
  const { start, end, precision } = e.interval;
  const next =
    e.rule === 'weekday'
      ? { start: start + 7, end: end + 7, precision }
      : { start: addMonths(start, 12), end: addMonths(end, 12), precision };
  return next.start > published && next.start - published <= UPCOMING_DAYS ? next : null;
}

/** "Announcement No. 70 of 2025": the year of a document's number, not a date of anything. */
const NUMBERED_DOCUMENT = /\b(?:No\.?|Number|Nos\.?)\s*\d+\s*$/i;

function checkExpression(
  c: Checker,
  e: TemporalExpression,
  anchor: DateInterval | null,
): { claim: Claim | null; anchor: DateInterval | null } {
  if (NUMBERED_DOCUMENT.test(c.input.text.slice(Math.max(0, e.start - 20), e.start)))
    return { claim: null, anchor };
  if (e.kind === 'duration') return { claim: checkDuration(c, e), anchor: null };
  const gap = recencyGap(c, e);
  if (gap) return { claim: checkDuration(c, gap), anchor: null };
  if (e.kind === 'anchored') {
    if (!e.offset) return { claim: null, anchor: null };
    const from = anchorEvents(c, e);
    if (from) return from.length ? checkBetween(c, e, from) : { claim: null, anchor: null };
    if (!anchor) return { claim: null, anchor: null };
    const claimed = applyOffset(anchor, e.offset);
    const read = reason('read-anchored', {
      said: e.text,
      resolved: formatInterval(claimed),
      anchor: formatInterval(anchor),
    });
    return checkDate(c, e, claimed, read);
  }
  if (!e.interval) return { claim: unresolved(c, e), anchor: null };
  const read = reason('read-date', {
    said: e.text,
    resolved: formatInterval(e.interval),
    rule: (e as { rule?: string }).rule ?? e.kind,
  });
  return checkDate(c, e, e.interval, read, forwardReading(e, c.input.published));
}
