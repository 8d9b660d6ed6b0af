/**
 * The claim engine: in each sentence, finds dates, durations and figures, decides which
 * fact (if any) each one is about, resolves it against the publication date and compares
 * it with the record (rules in check-dates.ts, check-quantities.ts, context.ts and expressions.ts).
 *
 * The rule for the whole engine: `differs` only when the fact and the value are both
 * unambiguous and the record disagrees beyond its tolerance; anything less certain is
 * `context`, with reasons saying why, or no claim at all when the value is not the fact's.
 */

import type { Fact } from '../facts/schema';
import { inside } from '../match/datelines';
import type { Span, TextSpans } from '../match/sentences';
import type { Analysis, MatcherIndex } from '../match/terms';
import { actVerbs, verbOnly } from './act-verb';
import { inAgreedContent } from './agreed-content';
import { begunDates } from './begun-date';
import { carriedLengths, lengthsOf, statesCarriedLength } from './carried-length';
import { carriedStarts } from './carried-start';
import type { Checker } from './check-common';
import type { DateCheck } from './check-dates';
import { checkNumber } from './check-quantities';
import { agreesWithRecord, type Claim } from './claim';
import { pairedAndClaimed } from './claimed-cards';
import {
  cuedAndClaimed,
  informed,
  isEventMention,
  noteMentioned,
  type Paraphrase,
  paraphrasesIn,
  plausible,
  withRelated,
} from './context';
import { cuedInClause, evidencedInClause } from './cue-cards';
import { cueOverDate } from './cue-over-date';
import { datelineClaims } from './dateline-day'; // ADR 0149: a dateline the lead's weekday does not count back from
import { type DateInterval, lastYearIn, ymd } from './dates';
import {
  ANCHORED_WORDS,
  CORRECTION,
  confirmOnly,
  countsDays,
  DAY_WITHOUT_MONTH,
  dayPrecise,
  gapCountedFrom,
  isSameDay,
  namedNear,
  sameDayAmong,
  sameDayOfLead,
  TOLD_EARLIER,
  unresolvedDate,
} from './engine-cues';
import { checkExpression } from './expressions';
import { figureConfirmed } from './figure-confirmed';
import { pointedBack } from './gap-pointer';
import { INSTRUMENT_DATE, instrumentDates, NAMES_A_DAY, withInstrumentDates } from './instrument-dates';
import type { Memo } from './mention-lookups';
import { LEAD_PARAGRAPHS, type Mention, MentionIndex, type SentenceInfo } from './mentions';
import { newestOfKin } from './newest-of-kin';
import { findNumbers } from './numbers';
import { dayOfAnOffset } from './offset-reference';
import { otherSide } from './other-side';
import { placeDates } from './place-date'; // ADR 0174: a date beside the place of the one event held then
import { POSSESSIVE_DATE, possessiveDates } from './possessive-date';
import { recordGiven } from './record-given';
import { stateActs } from './state-act';
import { findTemporal, type NamedMonth, namedMonth, type TemporalExpression } from './temporal';
import { venueCards } from './venue-card';

export type { Claim } from './claim';
export type { Paraphrase } from './context';

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
  /** The text's paragraphs and sentences, split once for the whole analysis (ADR 0121). */
  readonly spans: TextSpans;
}

export interface ClaimResult {
  readonly claims: Claim[];
  readonly paraphrases: Paraphrase[];
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
    input.spans,
  );
  const sents = index.sentences;
  let anchor: DateInterval | null = null;
  /**
   * The anchor the last day-precise date of the text set ("on October 21 … in 2020. Two days
   * later": the 21st, not 2020): "two days later" counts from a day, never from a month or year.
   */
  let dayAnchor: DateInterval | null = null;
  /** The first day-precise date of the lead: the story’s own day, which "the same day" later on may mean. */
  let leadDay: DateInterval | null = null;
  /**
   * The anchors the last paragraph ended with: what a gap opening the next paragraph before any date
   * of its own counts from ("… announced the deal on October 21, 2024.¶ Modi and Xi endorsed it two
   * days later in Kazan"). Only agreement is said of a gap so counted (ADR 0070).
   */
  let lastParagraph: { day: DateInterval | null } = { day: null };
  /**
   * The anchor is a day whose year only the record it agrees with gave ("on Aug. 18-19" with no
   * publication date, undated-days.ts): a gap counted from it says only agreement (ADR 0070).
   */
  let guessed = false;
  let yearHint: number | null = null;
  /** The year in force when the last paragraph ended: what "weeks earlier" in the next one counts back from. */
  let storyYear: number | null = null;
  /** The last year written in the paragraph so far ("… in 2020. In May that year …"). */
  let lastYear: number | null = null;
  /** The month of the last date naming a month in the paragraph so far ("In October 2024. On the 21st …"). */
  let lastMonth: NamedMonth | null = null;
  /** Facts already carded: a paraphrase card is shown once, and never for a fact the article names. */
  const carded = new Set<string>(input.analysis.terms.map((t) => t.factId));
  /** The events the last sentence that had any referred to, for anaphora ("It was the first …"). */
  let previous: Mention[] = [];
  const earlier: { mention: Mention; words: string }[] = [];
  /** Every fact the article refers to, for `outdated` (see informed()). */
  const mentioned = new Set<string>();
  /**
   * Lengths (quantities in years) earlier sentences named or cued, which "the suspension" may
   * take up, with their paragraph: only the lead's and the paragraph before's are taken up, the
   * context a chunk of a long article is annotated with (compare/facts.ts).
   */
  const lengths: { readonly m: Mention; readonly paragraph: number }[] = [];
  for (let i = 0; i < sents.length; i++) {
    const { span: sentence, paragraph } = sents[i] as SentenceInfo;
    if (i > 0 && (sents[i - 1] as SentenceInfo).paragraph !== paragraph) {
      lastParagraph = { day: guessed ? null : dayAnchor };
      anchor = null;
      dayAnchor = null;
      guessed = false;
      storyYear = lastYear ?? storyYear;
      yearHint = null;
      lastYear = null;
      lastMonth = null;
    }
    const words = input.text.slice(sentence.start, sentence.end);
    const yearBefore = lastYear;
    lastYear = lastYearIn(words) ?? lastYear;
    // "The confrontation had begun weeks earlier, in early May": told as before the story's last
    // dated moment, a month without a year takes the last year written (the paragraph's, else
    // the paragraph before's), not the one before publication (ADR 0056).
    const storyBefore = yearBefore ?? storyYear;
    if (yearHint === null && storyBefore !== null && TOLD_EARLIER.test(words)) yearHint = storyBefore;
    const next = sents[i + 1];
    const anchorsNext =
      next !== undefined &&
      next.paragraph === paragraph &&
      (ANCHORED_WORDS.test(input.text.slice(next.span.start, next.span.end)) ||
        DAY_WITHOUT_MONTH.test(input.text.slice(next.span.start, next.span.end)));
    // Sentences that name nothing are only read for a date the next sentence counts from.
    const near = lengths
      .filter((l) => l.paragraph < LEAD_PARAGRAPHS || l.paragraph >= paragraph - 1)
      .map((l) => l.m);
    const mayCarry = near.length > 0 && /\b(?:years?|decades?)\b/i.test(words);
    if (!index.hasAny(i) && !anchorsNext && !mayCarry) {
      // "Markets got what they wanted out of Thursday's summit": a possessive date may name its event;
      // "Most of the package had been due to take effect Nov. 8": an instrument's verb its day.
      const possessive = POSSESSIVE_DATE.test(words);
      const instrument = INSTRUMENT_DATE.test(words) && NAMES_A_DAY.test(words);
      if ((possessive || instrument) && !CORRECTION.test(words)) {
        const found = findTemporal(input.text, sentence, input.published, {
          yearHint,
          lastYear: yearBefore,
          lastMonth,
        }).filter((x) => !inside(input.skip ?? [], x.start));
        const got = possessive
          ? possessiveDates(input.text, found, [], input.index, input.factById, input.published)
          : [];
        claims.push(
          ...got,
          ...instrumentDates(
            input.text,
            sentence.start,
            found,
            got,
            [],
            () => namedNear(index, i, []),
            input.index,
            input.factById,
            input.published,
            input.memo,
          ).claims,
        );
      }
      continue;
    }
    // "Correction: an earlier version of this report said … on Saturday": the value it quotes
    // is the one the outlet withdrew, not a claim.
    if (CORRECTION.test(words)) continue;
    const skip = input.skip ?? [];
    const expressions: TemporalExpression[] = findTemporal(input.text, sentence, input.published, {
      yearHint,
      lastYear: yearBefore,
      lastMonth,
    }).filter((x) => !inside(skip, x.start));
    const month = namedMonth(expressions, lastMonth);
    if (month !== undefined) lastMonth = month;
    const own = index.mentions(i);
    const carried = carriedLengths(
      input.text,
      sentence,
      expressions,
      withRelated(own, input.factById, words),
      near,
    );
    lengths.push(...lengthsOf(own).map((m) => ({ m, paragraph })));
    // "They were scheduled to start Nov. 8": the start of the instrument named before (carried-start.ts).
    const starts = carriedStarts(words, sentence.start, own, previous, input.factById);
    const countedFrom = gapCountedFrom(input.text, expressions);
    const pointed = pointedBack(input.text, words, sentence.start, own, previous, countedFrom);
    const inherited = [...own, ...carried, ...starts, ...pointed];
    const mentions = withRelated(plausible(inherited, input.published, words), input.factById, words);
    // The events a later "They …" may point back to: named, cued, or stood for by a topic.
    const events = withRelated(own, input.factById, words).filter(
      (m) => isEventMention(m) || (m.derived && m.fact.date !== undefined),
    );
    if (events.length) previous = events;
    earlier.push(...own.filter(isEventMention).map((mention) => ({ mention, words })));
    const before = claims.length;
    const check: Checker = {
      input,
      sentence,
      mentions,
      weak: () => index.weakFacts(i),
      expressions,
      earlier,
    };
    for (const e of expressions) {
      // "In March 2019 … in April": only a month or day with its year lends the year on;
      // any other date in between ("till 2023", "last year") ends the loan.
      // A span of a year or more ("began in May 2020 and lasted four years") moves the story on:
      // it ends the loan too. Shorter ones ("a three-day visit") leave the year where it was.
      // An offset ("six weeks after the standoff began … on May 5") names no year: the loan
      // goes on past it.
      if (e.kind !== 'duration' && e.kind !== 'anchored')
        yearHint =
          e.kind === 'absolute' &&
          e.bound === null &&
          e.interval !== null &&
          (e.interval.precision === 'month' ||
            e.interval.precision === 'day' ||
            // "June 15-16, 2020", "April-May 2020": days or months within one year
            (e.interval.precision === 'range' &&
              e.interval.end - e.interval.start < 366 &&
              ymd(e.interval.start).year === ymd(e.interval.end).year))
            ? ymd(e.interval.start).year
            : null;
      else if ((e.duration?.years ?? 0) >= 1) yearHint = null;
      if (!mentions.length) {
        if (unresolvedDate(e)) anchor = dayAnchor = null;
        if (e.interval) anchor = e.interval;
        if (e.interval && dayPrecise(e)) dayAnchor = e.interval;
        continue;
      }
      const own = countsDays(e) ? (dayAnchor ?? anchor) : anchor;
      // (Only a day: "three months earlier" after a paragraph that ended on "2025" counts from nothing.)
      const carry =
        own === null && e.kind === 'anchored' && (e.offset?.amount ?? 0) > 0 ? lastParagraph.day : null;
      const from = own ?? carry;
      const got: DateCheck = sameDayOfLead(e, from, paragraph, leadDay)
        ? confirmOnly(checkExpression(check, e, leadDay))
        : sameDayAmong(e, expressions) || (isSameDay(e) && dayOfAnOffset(input.text, e, expressions))
          ? confirmOnly(checkExpression(check, e, from))
          : checkExpression(check, e, from, e.kind === 'anchored' && (guessed || carry !== null));
      if (
        got.claim &&
        !otherSide(input.text, sentence, got.claim.start, got.claim.end, input.factById(got.claim.factId)) &&
        !inAgreedContent(input.text, sentence, got.claim, input.factById(got.claim.factId))
      )
        claims.push(got.claim);
      if (got.anchor) {
        anchor = got.anchor;
        guessed = false;
      }
      if (got.anchor && dayPrecise(e)) dayAnchor = got.anchor;
      // "on June 12" with no publication date to give it a year: a later "eight days later"
      // counts from it, so it cannot be resolved either (not from an older date). Unless the
      // days agree with a record read in its year: then a later gap counted from them may still
      // agree, and says only that (ADR 0070).
      if (unresolvedDate(e)) {
        const agreed = got.claim !== null && agreesWithRecord(got.claim) && got.anchor !== null;
        anchor = agreed ? got.anchor : null;
        dayAnchor = agreed && got.anchor?.precision === 'day' ? got.anchor : null;
        guessed = agreed;
      }
      if (paragraph < LEAD_PARAGRAPHS && leadDay === null && anchor?.precision === 'day') leadDay = anchor;
    }
    claims.push(
      ...possessiveDates(
        input.text,
        expressions,
        claims.slice(before),
        input.index,
        input.factById,
        input.published,
      ),
    );
    // "a military standoff … that began in 2020": the date of the clause is the event's start.
    claims.push(...begunDates(input.text, expressions, claims.slice(before), mentions, input.published));
    // "the border incident in the Galwan Valley in June 2020": the one event held there then.
    claims.push(
      ...placeDates(
        input.text,
        expressions,
        claims.slice(before),
        mentions,
        input.index,
        input.factById,
        input.published,
      ),
    );
    // "the six notices issued on Oct. 9", "due to take effect on Nov. 8": an instrument's own day.
    // (ADR 0145: a scheduled start's `differs` (ADR 0139) already settled which start it is.)
    const scheduled = new Set<Claim>();
    if (INSTRUMENT_DATE.test(words)) {
      const here = claims.slice(before);
      const dated = instrumentDates(
        input.text,
        sentence.start,
        expressions,
        here,
        mentions,
        () => namedNear(index, i, mentions),
        input.index,
        input.factById,
        input.published,
        input.memo,
      );
      for (const c of dated.claims) if (c.verdict === 'differs') scheduled.add(c);
      if (dated.claims.length)
        claims.splice(before, claims.length - before, ...withInstrumentDates(here, dated));
    }
    if (!mentions.length) continue;
    noteMentioned(mentioned, mentions, claims.slice(before), expressions.length > 0);
    const numbers = findNumbers(input.text, sentence);
    for (const n of numbers) {
      const c = checkNumber({ ...check, numbers }, n);
      if (c && !otherSide(input.text, sentence, c.start, c.end, input.factById(c.factId))) claims.push(c);
    }
    // A length or a start taken up from an earlier sentence is only confirmed (carried-*.ts).
    for (let k = claims.length - 1; k >= before; k--) {
      const got = claims[k] as Claim;
      // (Unless the sentence states the length itself: "The suspension will last two years", ADR 0073.)
      const taken =
        starts.some((m) => m.fact.id === got.factId) ||
        carried.some(
          (m) => m.fact.id === got.factId && !statesCarriedLength(input.text, sentence, got.start, m),
        );
      if (taken && !agreesWithRecord(got) && !scheduled.has(got)) claims.splice(k, 1);
    }
    claims.splice(before, claims.length - before, ...recordGiven(input.text, claims.slice(before)));
    const here = claims.slice(before);
    const cued = cuedAndClaimed(input.text, index, mentions, here, expressions);
    for (const q of [
      ...paraphrasesIn(input.text, index, mentions, here),
      ...stateActs(input.text, cued, mentions, here),
      ...cued,
      ...figureConfirmed(input.text, index, sentence, mentions, here, index.named(i), input.factById),
      ...pairedAndClaimed(input.text, index, sentence, mentions, here, index.named(i), input.factById),
      ...cuedInClause(input.text, index, sentence, mentions, here, index.named(i), expressions),
      ...evidencedInClause(input.text, index, i, sentence, mentions, here, index.named(i), expressions),
      ...newestOfKin(input.text, index, sentence, mentions, here, input.published),
      ...actVerbs(input.text, index, i, sentence, own),
      // After an act's verb card: "assured his counterpart in August that …" keeps its verb's.
      ...cueOverDate(input.text, index, mentions, here, index.named(i)),
    ]) {
      const p =
        q.act && paraphrases.some((o) => o.factId === q.factId && o.start < q.end && q.start < o.end)
          ? verbOnly(input.text, q)
          : q;
      if (carded.has(p.factId) && !p.act && !(p.unconfirmed && !paraphrases.some((q) => q.start === p.start)))
        continue;
      // One card for a fact over the same words, whichever rule found it first.
      if (paraphrases.some((q) => q.factId === p.factId && q.start < p.end && p.start < q.end)) continue;
      carded.add(p.factId);
      paraphrases.push(p);
    }
    // A visit's verb and its place (venue-card.ts) replace a card of the same visit over the same words.
    for (const v of venueCards(input.text, sentence, mentions, here, expressions, input.factById)) {
      for (let k = paraphrases.length - 1; k >= 0; k--) {
        const q = paraphrases[k] as Paraphrase;
        if (q.factId === v.factId && q.start < v.end && v.start < q.end) paraphrases.splice(k, 1);
      }
      carded.add(v.factId);
      paraphrases.push(v);
    }
  }
  claims.push(...datelineClaims(input, sents, claims));
  return { claims: claims.map((c) => informed(c, mentioned, input.factById)), paraphrases };
}
