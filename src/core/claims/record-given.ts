/**
 * One fact, one value per sentence: a sentence that gives the record's date or figure for a fact
 * and, set against it, another value of the same kind for the same fact is contrasting the two —
 * another report's value it corrects ("One explainer's statement that China acknowledged its
 * Galwan deaths in March 2021 conflicts with reports, which date the admission to Feb. 19"), a
 * contrast ("not after a three-year suspension, as one agency put it, but after some five
 * years"), or another thing's value measured from the record's ("until Nov. 27, 2026 — 17 days
 * beyond the Nov. 10, 2026, expiry"). The article states the record; the other value is context,
 * never `differs` (ADR 0050).
 *
 * Only a value of the same kind (a date beside a date, a figure beside a figure: a gap counted
 * from another event is a claim of its own), and only with a word of contrast or sequence
 * between the two: "met in Busan on Wednesday, Oct. 30" restates one day, and "at Demchok on
 * November 1 and at Depsang on November 11" gives two parts' days.
 */
import { agreesWithRecord, type Claim } from './claim';
import { reason } from './reasons';

const CONTRAST =
  /[—–]|\b(?:but|not|beyond|rather|instead|than|conflicts?|conflicting|contradicts?|whereas|follows|followed|precedes|preceded|as \w+ (?:put|said|had) it)\b/i;

/**
 * "One blog's figure of roughly 300,000 tonnes … understates the USGS estimate of 390,000": a
 * verb that judges the value against another figure after it; the sentence does not assert the
 * value, it says it is wrong.
 */
const JUDGED_AGAINST =
  /^[^.;:]*?\b(?:understate[sd]?|overstate[sd]?|underestimate[sd]?|overestimate[sd]?|exaggerate[sd]?|inflate[sd]?|contradict(?:s|ed)?|(?:conflict(?:s|ed)?|is at odds|was at odds) with|fall(?:s)? short of|fell short of)\b[^.;]*?\d/i;

const kindOf = (c: Claim): string | null => {
  const read = c.reasons.find((r) => r.code.startsWith('read-'));
  if (!read) return null;
  if (read.code === 'read-date') return 'date';
  if (read.code === 'read-figure' || read.code === 'read-duration') return 'figure';
  return null;
};

/**
 * "at almost every meeting this year — … with Wang Yi during his visit in June": a bare year that
 * holds a record of a month or a day only places the event in its year; it does not give the
 * record's date, so a wrong month beside it is not set against the record (ADR 0058).
 */
const onlyTheYear = (d: Claim, c: Claim) => /^\d{4}$/.test(d.resolved ?? '') && !/^\d{4}$/.test(c.record);

/** The claims of one sentence, with a value set against the record's own made context. */
export function recordGiven(text: string, claims: readonly Claim[]): Claim[] {
  return claims.map((c) => {
    if (c.verdict !== 'differs') return c;
    const kind = kindOf(c);
    if (!kind) return c;
    const given =
      (kind === 'figure' && JUDGED_AGAINST.test(text.slice(c.end, c.end + 200))) ||
      claims.some((d) => {
        if (d === c || d.factId !== c.factId || !agreesWithRecord(d) || kindOf(d) !== kind) return false;
        if (kind === 'date' && onlyTheYear(d, c)) return false;
        const between = d.start < c.start ? text.slice(d.end, c.start) : text.slice(c.end, d.start);
        return CONTRAST.test(between);
      });
    if (!given) return c;
    return {
      ...c,
      verdict: 'context',
      reasons: [...c.reasons.filter((r) => r.code !== 'misreport'), reason('record-given')],
    };
  });
}
