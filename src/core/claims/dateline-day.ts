/**
 * "TIANJIN, Aug. 31 (Xinhua) -- Xi met Modi on Sunday in Tianjin": a dateline gives the day the story
 * was filed, and the lead's weekday counts back from that day. Datelines are never carded for what
 * they name (match/datelines.ts); but when the lead dates a past event by a weekday alone and the
 * engine ties that weekday to an event with a day's record, the dateline's day must be one from which
 * that weekday reaches back to the record: the latest such weekday on or before the dateline is the
 * record's day. A dateline from which it is not ("TIANJIN, Aug. 29 -- … met … on Sunday", the meeting
 * on Sunday 31 August) cannot be the day the story of that meeting was filed: the dateline's date is
 * wrong, and is carded `differs` against the event (ADR 0149). Nor can a dateline more than a day
 * after publication ("KAZAN, Oct. 25 --" on a story published 23 October).
 *
 * Only disagreement is said (a dateline that fits adds nothing a reader needs carded), only for a
 * weekday claim that agrees with its record (so the event is the one the lead reports), whose record
 * is one day on or before publication, and never when the lead's weekday is future ("will meet on
 * Sunday").
 */

import type { Span } from '../match/sentences';
import { buildClaim, type Claim } from './claim';
import { dayInterval, dayNumber, factInterval, formatInterval, weekday } from './dates';
import type { ClaimInput } from './engine';
import { reason } from './reasons';
import { MONTH_PATTERN, monthNumber } from './words';

/** The date of a dateline: "Aug. 31", "Oct 23", "Sept. 9", "December 18". */
const DATELINE_DAY = new RegExp(`\\b${MONTH_PATTERN}\\.?\\s+(\\d{1,2})\\b(?!\\s*,?\\s*\\d{4})`);
/** A dateline is at most this many days after the event its lead reports by a bare weekday. */
const WEEK = 7;
/** A dateline day more than this many days after publication is read in the year before. */
const HALF_YEAR = 183;

export function datelineClaims(
  input: ClaimInput,
  sentences: readonly { readonly span: Span }[],
  claims: readonly Claim[],
): Claim[] {
  const { text, published, factById } = input;
  if (published === null) return [];
  const out: Claim[] = [];
  for (const line of input.skip ?? []) {
    const m = DATELINE_DAY.exec(text.slice(line.start, line.end));
    if (!m || m.index === undefined) continue;
    const month = monthNumber(m[1] ?? '');
    const day = Number(m[2]);
    const pub = new Date(published * 86_400_000).getUTCFullYear();
    let filed = dayNumber(pub, month, day);
    if (filed - published > HALF_YEAR) filed = dayNumber(pub - 1, month, day);
    const lead = sentences.map((s) => s.span).find((s) => s.start <= line.end && line.end < s.end);
    if (!lead) continue;
    const span = { start: line.start + m.index, end: line.start + m.index + m[0].length };
    for (const c of claims) {
      if (c.start < lead.start || c.end > lead.end || c.verdict !== 'consistent') continue;
      const read = c.reasons.find((r) => r.code === 'read-date');
      if (read?.params.rule !== 'weekday') continue;
      const fact = factById(c.factId);
      const record = fact?.date ? factInterval(fact.date) : null;
      if (!fact || !record || record.precision !== 'day' || record.start !== record.end) continue;
      if (record.start > published || published - record.start > WEEK) continue;
      // Not a weekday still ahead: "… will meet on Sunday".
      if (/\b(?:will|would|is to|are to|due to|set to|expected to)\b/.test(text.slice(lead.start, c.start)))
        continue;
      const counted = filed - ((weekday(filed) - weekday(record.start) + 7) % 7);
      // (A story is not filed after it is published: a dateline more than a day after publication,
      // a day allowed for time zones, is wrong even where the weekday still counts back to the record.)
      if (counted === record.start && filed <= published + 1) continue;
      out.push(
        buildClaim(text, {
          span,
          fact,
          via: c.reasons[0] ?? reason('found-cue', { fact: fact.title, words: c.quote }),
          agrees: false,
          certain: true,
          resolved: formatInterval(dayInterval(filed)),
          record: formatInterval(record),
          reasons: [
            reason('read-date', {
              said: m[0],
              resolved: formatInterval(dayInterval(filed)),
              rule: 'month-day',
            }),
            counted === record.start
              ? reason('dateline-after-publication', {
                  dateline: formatInterval(dayInterval(filed)),
                  published: formatInterval(dayInterval(published)),
                })
              : reason('dateline-weekday', {
                  dateline: formatInterval(dayInterval(filed)),
                  weekday: c.quote,
                  counted: formatInterval(dayInterval(counted)),
                  record: formatInterval(record),
                }),
          ],
          published,
          confidence: fact.confidence,
        }),
      );
      break;
    }
  }
  return out;
}
