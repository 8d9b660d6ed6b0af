/**
 * Renders a claim's reasons (see reasons.ts) in a language, through a translate function
 * over the message catalogs: the card passes its UI-language translate, the CLI an English
 * one. Pure; core builds no prose of its own, and does not import the UI (`Translate` here
 * has the shape of the UI's, so either can be passed).
 *
 * Each reason code has a catalog message `reason_<code>` whose placeholders receive the
 * reason's parameters in `REASON_PARAMS` order. Parameters that are themselves codes are
 * rendered first: a read date's `rule` (a temporal rule name) through `rule_<name>`, a
 * record's `confidence` through the card's confidence marks, a figure's `unit` through
 * `unit_<name>`. A few cases have their own message (a count of one, a date that did not
 * resolve). The key maps are spelled out so the i18n test can see every key.
 */
import type { Confidence, QuantityUnit } from '../facts/schema';
import { REASON_PARAMS, type Reason, type ReasonCode, reasonArgs } from './reasons';

/** A catalog lookup with substitutions ($1, $2, … in catalog order); the UI's `Translate`. */
export type Translate = (key: string, substitutions?: string | readonly string[]) => string;

export const REASON_KEYS: Record<ReasonCode, string> = {
  'found-alias': 'reason_found_alias',
  'found-cue': 'reason_found_cue',
  'found-evidence': 'reason_found_evidence',
  'read-date': 'reason_read_date',
  'read-anchored': 'reason_read_anchored',
  'read-between': 'reason_read_between',
  'read-duration': 'reason_read_duration',
  'read-figure': 'reason_read_figure',
  'length-fits': 'reason_length_fits',
  'length-off': 'reason_length_off',
  'length-counted': 'reason_length_counted',
  disputed: 'reason_disputed',
  'dates-overlap': 'reason_dates_overlap',
  'dates-apart': 'reason_dates_apart',
  'figure-fits': 'reason_figure_fits',
  'figure-off': 'reason_figure_off',
  record: 'reason_record',
  superseded: 'reason_superseded',
  misreport: 'reason_misreport',
  'weak-tie': 'reason_weak_tie',
  'rival-facts': 'reason_rival_facts',
  'ambiguous-date': 'reason_ambiguous_date',
  'measure-unclear': 'reason_measure_unclear',
  'other-period': 'reason_other_period',
  'other-source': 'reason_other_source',
  'other-speaker': 'reason_other_speaker',
  'announcement-day': 'reason_announcement_day',
  'record-later': 'reason_record_later',
  'quoted-correction': 'reason_quoted_correction',
  'record-given': 'reason_record_given',
  characterisation: 'reason_characterisation',
  'no-publication-date': 'reason_no_publication_date',
  'dateline-weekday': 'reason_dateline_weekday',
  'dateline-after-publication': 'reason_dateline_after_publication',
};

/** Messages for special cases of a code: a count of one, a date that did not resolve. */
const VARIANT_KEYS = {
  datesApartOne: 'reason_dates_apart_one',
  readDurationOne: 'reason_read_duration_one',
  readDateUnresolved: 'reason_read_date_unresolved',
} as const;

function keyOf(r: Reason): string {
  const p = r.params;
  if (r.code === 'dates-apart' && Number(p.days) === 1) return VARIANT_KEYS.datesApartOne;
  if (r.code === 'read-duration' && Number(p.years) === 1) return VARIANT_KEYS.readDurationOne;
  if (r.code === 'read-date' && !p.resolved) return VARIANT_KEYS.readDateUnresolved;
  return REASON_KEYS[r.code];
}

/** Temporal rule names (TemporalRule.name) → catalog keys; a test checks every rule has one. */
export const RULE_KEYS: Readonly<Record<string, string>> = {
  'iso-date': 'rule_iso_date',
  'numeric-date': 'rule_numeric_date',
  'day-month-year': 'rule_day_month_year',
  'month-day-year': 'rule_month_day_year',
  'week-of-month-year': 'rule_week_of_month_year',
  'season-year': 'rule_season_year',
  'season-relative': 'rule_season_relative',
  'that-season': 'rule_that_season',
  'same-day': 'rule_same_day',
  'month-end': 'rule_month_end',
  'month-year': 'rule_month_year',
  'month-range-year': 'rule_month_range_year',
  'year-range': 'rule_year_range',
  year: 'rule_year',
  'year-attributive': 'rule_year',
  'year-possessive': 'rule_year',
  'day-month-relative-year': 'rule_day_month_relative_year',
  'month-day-relative-year': 'rule_month_day_relative_year',
  'month-relative-year': 'rule_month_relative_year',
  'month-that-year': 'rule_month_that_year',
  'that-month-name': 'rule_month_that_year',
  'day-of-that-month': 'rule_day_of_that_month',
  'day-month': 'rule_day_month',
  'month-day': 'rule_month_day',
  'across-month-end': 'rule_across_month_end',
  'this-month-name': 'rule_this_month_name',
  'last-month-name': 'rule_last_month_name',
  'next-month-name': 'rule_next_month_name',
  'month-range': 'rule_month_range',
  month: 'rule_month',
  'month-attributive': 'rule_month_attributive',
  weekday: 'rule_weekday',
  'day-word': 'rule_day_word',
  weekend: 'rule_weekend',
  'relative-period': 'rule_relative_period',
  ago: 'rule_ago',
  'ago-compound': 'rule_ago',
  'ago-this-month': 'rule_ago',
  'ago-today': 'rule_ago_today',
  'anchored-next': 'rule_anchored_next',
  'anchored-that-month': 'rule_anchored_that_month',
  'anchored-offset': 'rule_anchored_offset',
  'anchored-offset-compound': 'rule_anchored_offset',
  duration: 'rule_duration',
  'unit-old': 'rule_duration',
  'from-now': 'rule_from_now',
  'past-span': 'rule_past_span',
};

/** A rule this renderer does not know (a newer engine): a generic phrase. */
const RULE_FALLBACK_KEYS = { other: 'rule_other' } as const;

/** The card's confidence marks (the card's sources line uses the same). */
export const CONFIDENCE_KEYS: Record<Confidence, string> = {
  confirmed: 'confidence_confirmed',
  'one-source': 'confidence_one_source',
  disputed: 'confidence_disputed',
};

const UNIT_KEYS: Record<QuantityUnit, string> = {
  percent: 'unit_percent',
  tonnes: 'unit_tonnes',
  km: 'unit_km',
  people: 'unit_people',
  count: 'unit_count',
  years: 'unit_years',
  usd: 'unit_usd',
};

/** Parameters that are codes, and the catalog keys of their values. */
const CODED_PARAMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  rule: RULE_KEYS,
  confidence: CONFIDENCE_KEYS,
  unit: UNIT_KEYS,
};

function renderParam(name: string, value: string, t: Translate): string {
  const keys = CODED_PARAMS[name];
  if (!keys) return value;
  const key = Object.hasOwn(keys, value) ? keys[value] : undefined;
  if (key) return t(key);
  return name === 'rule' ? t(RULE_FALLBACK_KEYS.other) : value;
}

/** One reason as a sentence in `t`'s language. */
export function renderReason(r: Reason, t: Translate): string {
  const names: readonly string[] = REASON_PARAMS[r.code];
  const args = reasonArgs(r).map((v, i) => renderParam(names[i] as string, v, t));
  return t(keyOf(r), args).replace(/\s+/g, ' ').trim();
}

/** The reasons as sentences, in order. */
export function renderReasons(reasons: readonly Reason[], t: Translate): string[] {
  return reasons.map((r) => renderReason(r, t)).filter((s) => s !== '');
}
