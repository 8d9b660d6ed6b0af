/**
 * Reading a value across a pair. When A's sentence ties a date or figure to a fact and B's
 * aligned sentence says something else in its place ("take effect on November 8" / "enter
 * into force on November 1"), the claim engine may not tie B's words to the fact on their
 * own. So B's value is read through A's sentence: A's sentence with B's words put in place
 * of the changed ones, annotated with B's publication date. The engine then resolves B's
 * value for the same fact and checks it against the record (and the other way round).
 */
import { type AnnotationRecord, annotateText } from '../annotate';
import { type FactSource, isDate, type SideClaim } from './facts';
import { isReportingDate } from './reporting';
import type { DiffOp } from './types';

/** A changed run worth reading: it holds a figure, a month or a weekday. */
const VALUE = /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i;

const FIGURE = /\d+(?:[.,]\d+)*/g;
const YEAR = /^(?:19|20)\d{2}$/;

/**
 * `mine` with its figures replaced, in order, by the figures of `theirs` ("About 40 more
 * applications from" / "Around 30 other" → "About 30 more applications from"), or null
 * when the two do not hold the same number of figures.
 */
export function swapFigures(mine: string, theirs: string): string | null {
  const figures = theirs.match(FIGURE) ?? [];
  const own = mine.match(FIGURE) ?? [];
  if (!own.length || own.length !== figures.length) return null;
  // A year and a day's or a count's number are different slots: "on June 20" / "since 2019"
  // does not make "on June 2019".
  if (own.some((f, i) => YEAR.test(f) !== YEAR.test(figures[i] as string))) return null;
  let k = 0;
  return mine.replace(FIGURE, () => figures[k++] as string);
}

/**
 * `from` with every changed run that overlaps [start, end) replaced by what `ops` put in its
 * place, and the replaced region in the new text; null when nothing value-like changed there.
 * With `figuresOnly`, only the run's figures are replaced (its words kept), for a run that
 * rewords the words around a figure the claim engine needs to tie it.
 */
export function substitute(
  ops: readonly DiffOp[],
  start: number,
  end: number,
  side: 'a' | 'b',
  figuresOnly = false,
): { text: string; from: number; to: number; shown: string } | null {
  const mine = side === 'a' ? 'removed' : 'added';
  const theirs = side === 'a' ? 'added' : 'removed';
  let pos = 0;
  let out = '';
  let from = -1;
  let to = -1;
  let shown = '';
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k] as DiffOp;
    if (op.op === theirs) continue;
    const len = op.text.length;
    const overlaps = op.op === mine && pos < end && pos + len > start;
    const partner = [ops[k + 1], ops[k - 1]].find((o) => o?.op === theirs);
    const swapped = overlaps && partner && figuresOnly ? swapFigures(op.text, partner.text) : null;
    if (overlaps && partner && (figuresOnly ? swapped !== null : VALUE.test(partner.text))) {
      if (from < 0) from = out.length;
      out += swapped ?? partner.text;
      shown += partner.text;
      to = out.length;
    } else out += op.text;
    pos += len;
  }
  return from < 0 ? null : { text: out, from, to, shown };
}

/**
 * Claims of the other side read through `claim`'s sentence: for a firm claim of one side in
 * a pair, the other side's value for the same fact, if its aligned sentence changed the
 * claim's words. `quoteIn` is the other side's sentence (the quote is taken from it when it
 * appears there); `context` is the text before the claim's sentence in its own article (the
 * paragraph before and the sentences before it in its paragraph), ending with a separator.
 */
export function readAcross(
  claim: SideClaim,
  side: 'a' | 'b',
  ops: readonly DiffOp[],
  otherSentence: number,
  quoteIn: string,
  base: FactSource,
  otherPublished: string | null,
  context = '',
): SideClaim | null {
  // The changed words first; then, if the engine cannot tie them, only the changed figures
  // (the reworded words around a figure may be what tied it: "40 more applications"); then,
  // for a date in a sentence reworded throughout, the other sentence's only date in its place.
  for (const mode of ['run', 'figures', 'date'] as const) {
    const sub =
      mode === 'date'
        ? swapDate(claim, quoteIn, ops, side)
        : substitute(ops, claim.start, claim.end, side, mode === 'figures');
    const found = sub && readThrough(claim, sub, base, otherPublished, context);
    if (!sub || !found) continue;
    const inOther = quoteIn.indexOf(found.quote);
    const shown = sub.shown.trim();
    const start = inOther >= 0 ? inOther : Math.max(0, quoteIn.indexOf(shown));
    const end = inOther >= 0 ? inOther + found.quote.length : start + shown.length;
    return {
      sentence: otherSentence,
      start,
      end,
      quote: inOther >= 0 ? found.quote : shown,
      factId: claim.factId,
      verdict: found.verdict as string,
      resolved: found.resolved ?? null,
      record: found.record ?? claim.record,
      reporting: isDate(found.resolved ?? null) && isReportingDate(quoteIn, start, end),
    };
  }
  return otherDay(claim, ops, side, otherSentence, quoteIn);
}

/**
 * The claim's date with another day of the month in its place, when the diff lines the two up
 * and changes the day's number only ("announced on October 9" / "announced on October 10"):
 * the other sentence dates the same fact to that day (round 10). The claim engine ties a day
 * from context only when it agrees with the record, so a corrected day in an aligned sentence
 * was never read; the diff says which number replaced which, and nothing else changed there.
 */
export function otherDay(
  claim: SideClaim,
  ops: readonly DiffOp[],
  side: 'a' | 'b',
  otherSentence: number,
  quoteIn: string,
): SideClaim | null {
  const day = /^(\d{1,2}) (\p{L}{3} \d{4})$/u.exec(claim.resolved ?? '');
  const quoted = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(claim.quote);
  if (!day || !quoted || quoted[1] !== day[1] || !/\p{L}{3}/u.test(claim.quote)) return null;
  const mine = side === 'a' ? 'removed' : 'added';
  const theirs = side === 'a' ? 'added' : 'removed';
  let pos = 0;
  let inOther = 0;
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k] as DiffOp;
    if (op.op === mine) {
      const at = claim.start + quoted.index;
      const partner =
        ops[k + 1]?.op === theirs ? ops[k + 1] : ops[k - 1]?.op === theirs ? ops[k - 1] : undefined;
      if (pos === at && op.text.trim() === quoted[1] && partner) {
        const n = partner.text.trim();
        if (!/^\d{1,2}$/.test(n) || Number(n) < 1 || Number(n) > 31 || n === quoted[1]) return null;
        const resolved = `${Number(n)} ${day[2]}`;
        const start = ops[k + 1] === partner ? inOther : inOther - partner.text.length;
        return {
          sentence: otherSentence,
          start: Math.max(0, start),
          end: Math.max(0, start) + partner.text.length,
          quote: quoteIn.slice(Math.max(0, start), Math.max(0, start) + partner.text.length) || n,
          factId: claim.factId,
          verdict: resolved === claim.record ? 'consistent' : 'differs',
          resolved,
          record: claim.record,
          reporting: isReportingDate(quoteIn, Math.max(0, start), Math.max(0, start) + partner.text.length),
        };
      }
    }
    if (op.op !== theirs) pos += op.text.length;
    if (op.op !== mine) inOther += op.text.length;
  }
  return null;
}

/** A date as news writes it: "February 19, 2021", "19 February 2021", "March 2021", "Feb. 19". */
const DATE =
  /\b(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?\b/gi;

/**
 * For a date claim whose sentence the other side reworded throughout (the diff does not line
 * up the two dates: "It was only on February 19, 2021 that the PLA Daily acknowledged…" /
 * "China did not disclose its own casualties until March 2021"): the claim's own sentence
 * with its date replaced by the other sentence's date, when each sentence gives exactly one
 * (the other's with a year) and they differ. Null otherwise (ADR 0022, fifth round).
 */
export function swapDate(
  claim: SideClaim,
  other: string,
  ops: readonly DiffOp[],
  side: 'a' | 'b',
): { text: string; from: number; to: number; shown: string } | null {
  if (!isDate(claim.resolved)) return null;
  const dates = (other.match(DATE) ?? []).filter((d) => /\d{4}/.test(d) && /[a-z]{3}/i.test(d));
  if (dates.length !== 1) return null;
  const date = (dates[0] as string).trim();
  const own = ops
    .filter((o) => o.op === 'same' || o.op === (side === 'a' ? 'removed' : 'added'))
    .map((o) => o.text)
    .join('');
  if (own.includes(date)) return null;
  // Each sentence gives one date: which replaces which is then not in doubt ("set to kick in
  // on Nov. 8" in a sentence that also says "unveiled on Oct. 9" is not "suspended until
  // November 7, 2026").
  if ((own.match(DATE) ?? []).filter((d) => /\d/.test(d)).length !== 1) return null;
  // The date phrase in the claim's sentence that the claim quotes: the quote's date words.
  const quoted = claim.quote.match(DATE)?.find((d) => /\d/.test(d));
  const at = quoted ? own.indexOf(quoted, Math.max(0, claim.start - 4)) : -1;
  if (!quoted || at < 0) return null;
  const text = own.slice(0, at) + date + own.slice(at + quoted.length);
  return { text, from: at, to: at + date.length, shown: date };
}

/** The claim engine's reading of the substituted sentence for `claim`'s fact, if it differs from the claim's. */
function readThrough(
  claim: SideClaim,
  sub: { text: string; from: number; to: number },
  base: FactSource,
  published: string | null,
  context: string,
): AnnotationRecord | null {
  // The changed sentence after the sentences before it in its own article, so the engine
  // ties the value as it tied the original (what the article is about comes from them).
  const shift = context.length;
  const found = annotateText(context + sub.text, {
    matcher: base.matcher,
    wholePage: false,
    factById: base.factById,
    published,
  }).find(
    (r) =>
      r.kind === 'claim' &&
      r.factIds[0] === claim.factId &&
      r.start < sub.to + shift &&
      r.end > sub.from + shift &&
      r.verdict !== null,
  );
  return found && found.resolved !== claim.resolved ? found : null;
}
