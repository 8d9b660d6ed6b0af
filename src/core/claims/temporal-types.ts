/**
 * The types shared by the temporal extractor (temporal.ts) and its rules (temporal-rules*.ts).
 * They live apart from both so that neither imports the other's module for its types.
 */
import type { DateInterval } from './dates';
import type { Comparator } from './words';

/** A unit of time named in text ("two days", "six decades"). */
export type TimeUnit = 'day' | 'week' | 'month' | 'year' | 'decade';

/** An offset counted from an earlier date in the text ("two days later", "the following month"). */
export interface AnchorOffset {
  readonly amount: number;
  readonly unit: Exclude<TimeUnit, 'decade'>;
  /** +1 later, -1 earlier. */
  readonly direction: 1 | -1;
  /** "the following month" names a month; "two days later" a day. */
  readonly granularity: 'day' | 'week' | 'month' | 'year';
  /** "six weeks into the standoff": counted from the event's first day, not its end (ADR 0098). */
  readonly fromStart?: true;
}

/** A length of time ("more than four years"), in years. */
export interface DurationValue {
  readonly years: number;
  readonly comparator: Comparator;
}

/**
 * The tense the sentence puts a date in, from cues before it ("will", "was to") or the verb
 * right after it. It decides which year a year-less date falls in: past (or no cue) → the
 * latest on or before publication; future → the earliest on or after; future-in-past
 * ("were to take effect") → the one nearest to publication, later ones preferred.
 */
export type Tense = 'past' | 'future' | 'future-in-past' | null;

/** A date that bounds a state rather than dating an event. */
export type Bound = 'until' | 'since' | 'from' | 'by' | null;

/** What a rule read from the words (n, unit, direction, month, year, …), for explanations. */
export type TemporalParams = Readonly<Record<string, string | number>>;

/** A date or duration expression found in a sentence. */
export interface TemporalExpression {
  /** Offsets in the full text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'absolute' | 'relative' | 'anchored' | 'duration';
  /** The resolved interval (absolute, relative); null when it cannot be resolved. */
  readonly interval: DateInterval | null;
  readonly offset?: AnchorOffset;
  readonly duration?: DurationValue;
  /** Governed by a reporting verb ("said on Thursday"): dates the report, not the event. */
  readonly reporting: boolean;
  /** "until 2023", "since May 2020", "from December 1", "by the end of October". */
  readonly bound: Bound;
  /** How it was read, for the explanation (English; `rule` and `params` carry the same as data). */
  readonly how: string;
  /** The name of the rule that read it ("day-month-year", "weekday", …). */
  readonly rule: string;
  /** What the rule read; `yearFrom: 'context'` when a year-less date took the paragraph's year. */
  readonly params: TemporalParams;
  /** The tense of the sentence around it (see Tense). */
  readonly tense: Tense;
  /** "05/11/2025": both day-first and month-first readings are valid and differ (read day-first). */
  readonly ambiguous: boolean;
}

/** A rule's reading of a match, before the offsets and sentence cues are added. */
export interface Reading {
  readonly kind: TemporalExpression['kind'];
  readonly interval: DateInterval | null;
  readonly offset?: AnchorOffset;
  readonly duration?: DurationValue;
  readonly how: string;
  readonly params: TemporalParams;
  readonly ambiguous?: boolean;
  /** Overrides the bound read from the words around it ("from 2020 to 2022" is a range, no bound). */
  readonly bound?: Bound;
}

/** A reading placed in the text, with the rule that made it. */
export interface Candidate extends Reading {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly tense: Tense;
}

/** The named groups of a match. */
export type Groups = Readonly<Record<string, string | undefined>>;

/** What a rule may use besides the words: the publication date and the sentence's cues. */
export interface RuleContext<Dated extends boolean = boolean> {
  /** Day number of publication; never null for a rule that needs it. */
  readonly published: Dated extends true ? number : number | null;
  readonly tense: Tense;
  /** The year of the last absolute date earlier in the paragraph, if the caller knows it. */
  readonly yearHint: number | null;
  /** The last year written before the match in its sentence or paragraph ("in 2020 … in May that year"). */
  readonly thatYear?: number | null;
  /**
   * The month (with its year) of the last date naming a month before the match, in its sentence
   * or paragraph ("In October 2024 … on the 21st of that month"); read only by the rule for a
   * day without its month.
   */
  readonly thatMonth?: NamedMonth | null;
  /**
   * The article has no publication date: a rule that reads a year-less day takes only the year
   * the text gives (`yearHint`), never one chosen from publication.
   */
  readonly undated?: boolean;
}

/** A month of a year, as a date naming it reads it. */
export interface NamedMonth {
  readonly year: number;
  readonly month: number;
  /** The date that named it, when it is a day or days of it: what an offset after it counts from. */
  readonly interval?: DateInterval;
}

/** A named pattern and how to read its matches. */
export interface TemporalRule {
  readonly name: string;
  /** Global regex with named capture groups. */
  readonly pattern: RegExp;
  /** A rule that needs a publication date and has none yields an unresolved relative expression. */
  readonly needs: { readonly published: boolean; readonly orTextYear?: boolean };
  /** Said of the match when it cannot be resolved; defaults to the quoted match. */
  readonly unresolved?: string;
  /**
   * Reads a match; null means "matched but not a date" and blocks shorter readings of it;
   * undefined means "not this rule's words": other rules read them.
   */
  read(groups: Groups, ctx: RuleContext): Reading | null | undefined;
}
