/**
 * Why the engine said what it said, as data: each claim carries a list of reasons with
 * their parameters, and each context renders them in its own language (the card in the
 * UI language, the CLI in English) from the message catalogs. No prose is built here.
 *
 * Parameters are plain strings and numbers. Dates are already formatted ("21 Oct 2024"),
 * fact titles are in the fact base's language; `REASON_PARAMS` fixes the order in which a
 * catalog message receives them as $1, $2, …
 */

export const REASON_PARAMS = {
  /** How the fact was found in the sentence. */
  'found-alias': ['fact', 'quote'],
  'found-cue': ['fact', 'words'],
  'found-evidence': ['fact', 'words'],
  /** How the article's words were read. `rule` names the temporal rule (see temporal rules). */
  'read-date': ['said', 'resolved', 'rule'],
  'read-anchored': ['said', 'resolved', 'anchor'],
  'read-between': ['said', 'resolved', 'anchorFact', 'anchor'],
  'read-duration': ['said', 'years'],
  'read-figure': ['said', 'value', 'unit'],
  /** Comparison with the record. */
  'dates-overlap': ['claimed', 'record'],
  'dates-apart': ['claimed', 'record', 'days'],
  'figure-fits': ['said', 'record', 'tolerance', 'asOf'],
  'length-fits': ['said', 'record', 'days'],
  'length-off': ['said', 'record', 'days'],
  'figure-off': ['said', 'record', 'tolerance', 'asOf'],
  record: ['record', 'confidence'],
  /** Why the verdict is what it is. */
  superseded: ['since'],
  misreport: ['wrong', 'right'],
  'weak-tie': [],
  'rival-facts': ['others'],
  'ambiguous-date': [],
  'measure-unclear': ['measure'],
  'other-period': ['asOf'],
  'other-source': ['source', 'recordSource'],
  'other-speaker': [],
  'announcement-day': [],
  'record-later': ['asOf'],
  'quoted-correction': [],
  'record-given': [],
  characterisation: ['note'],
  'no-publication-date': [],
  /** A dateline's date that cannot be right (ADR 0149). */
  'dateline-weekday': ['dateline', 'weekday', 'counted', 'record'],
  'dateline-after-publication': ['dateline', 'published'],
  'length-counted': [],
  disputed: ['part'],
} as const satisfies Record<string, readonly string[]>;

export type ReasonCode = keyof typeof REASON_PARAMS;

export interface Reason {
  readonly code: ReasonCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** A reason with its parameters. */
export const reason = (code: ReasonCode, params: Record<string, string | number> = {}): Reason => ({
  code,
  params,
});

/** The parameters of `r` in catalog order ($1, $2, …), as strings. */
export function reasonArgs(r: Reason): string[] {
  return REASON_PARAMS[r.code].map((k) => String(r.params[k] ?? ''));
}
