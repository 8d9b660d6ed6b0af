/**
 * One value in other words (ADR 0163): two versions of a story write one length of time or one
 * day in forms that share no word — "for a year" / "for twelve months", "two weeks" / "14 days",
 * "ends on Monday" (published on a Sunday) / "runs through Sept. 1", "at 10 p.m." / "around
 * 10 pm". A reader converts
 * without thinking; the sentence features (tokens.ts) see other words. Each such value is read
 * here as one normalised key:
 *
 * - a length of time, `v:span:N` + unit: minutes for hours and minutes ("an hour and 40 minutes"
 *   = "100 minutes"), days for days, weeks and fortnights ("two weeks" = "14 days"), months for
 *   months, years and decades ("a year" = "twelve months" = "12-month"); a count in figures or
 *   words, "a"/"an", and "and a half";
 * - a day, `v:day:YYYY-MM-DD`: a month and a day (the year written, or the one nearest the
 *   publication date), a weekday (the nearer of the last and the next, counted from the
 *   publication date; never a reporting date, "said on Monday", which dates a remark, not what
 *   the sentence tells), "yesterday", "tomorrow", "this morning", "tonight", "last night";
 * - a clock time with its half of the day, `v:clock:HH:MM` ("10 p.m." = "10 pm"), never a live
 *   blog's time stamp ("9:40 am: …").
 *
 * The keys are evidence only when shared, and only between two forms (ValueKey: one value in one
 * form is shared by its words already): features.ts adds them as keys read, not written (no
 * weight in a sentence's norm, none in what a part of a sentence covers, splits.ts), and they weigh
 * as any feature by their rarity: a round "one year" that many sentences of a story give weighs
 * little; a value given in one sentence of each article links those two (`sameValue`, align.ts).
 */
import { dayNumber, isValidDay, weekday, ymd } from '../claims/dates';
import { CARDINAL_WORDS, MONTH_NAMES, monthNumber } from '../claims/words';
import type { Vector } from './features';

/** The prefix of every value key (features.ts, own-wording.ts, splits.ts). */
export const VALUE_PREFIX = 'v:';

const UNIT_SCALE: Readonly<Record<string, readonly [number, string]>> = {
  minute: [1, 'min'],
  hour: [60, 'min'],
  day: [1, 'd'],
  week: [7, 'd'],
  fortnight: [14, 'd'],
  month: [1, 'mo'],
  year: [12, 'mo'],
  decade: [120, 'mo'],
};

/** A count in figures or in words ("12", "twelve", "twenty-four", "a"); NaN when neither. */
export function countOf(word: string): number {
  const w = word.toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an') return 1;
  let n = 0;
  for (const p of w.split('-')) {
    const v = CARDINAL_WORDS[p];
    if (v === undefined) return Number.NaN;
    n += v;
  }
  return n;
}

const COUNT = String.raw`\d+(?:\.\d+)?|an?|[a-z]+(?:-[a-z]+)?`;
const UNIT = 'minute|hour|day|week|fortnight|month|year|decade';
/**
 * A length: a count, "and a half" if any, and a unit ("five years", "12-month", "two-day",
 * "four-and-a-half-year", "a year and a half"); "half a year" / "half an hour" apart.
 */
const SPAN = new RegExp(
  String.raw`\b(${COUNT})(?:[- ]and[- ]a[- ]half)?[- ](${UNIT})s?\b(?:\s+and\s+a\s+half\b)?|\bhalf\s+an?\s+(${UNIT})\b`,
  'gi',
);
/** "an hour and 40 minutes", "two hours 15 minutes": one length. */
const HOURS_MINUTES = new RegExp(
  String.raw`\b(${COUNT})\s+hours?\s+(?:and\s+)?(${COUNT})\s+minutes?\b`,
  'gi',
);

function spanKey(n: number, unit: string): string | null {
  const scale = UNIT_SCALE[unit.toLowerCase()];
  if (!scale || !Number.isFinite(n) || n <= 0) return null;
  const v = Math.round(n * scale[0] * 100) / 100;
  return `${VALUE_PREFIX}span:${v}${scale[1]}`;
}

/** The lengths of time `text` gives, as keys, each with its form: the count and the unit as written ("1year", "12month"). */
export function spanKeys(text: string): ValueKey[] {
  const out: ValueKey[] = [];
  const push = (n: number, unit: string) => {
    const key = spanKey(n, unit);
    if (key) out.push({ key, form: `${n}${unit.toLowerCase()}` });
  };
  // An hour and 40 minutes is read as 100 minutes by the words already (durations.ts): its form.
  const rest = text.replace(HOURS_MINUTES, (all, h: string, m: string) => {
    const hours = countOf(h);
    const minutes = countOf(m);
    if (!Number.isFinite(hours) || !Number.isFinite(minutes) || minutes >= 60) return all;
    push(hours * 60 + minutes, 'minute');
    return ' ';
  });
  for (const m of rest.matchAll(SPAN)) {
    if (m[3]) {
      push(0.5, m[3]);
      continue;
    }
    const n = countOf(m[1] as string);
    // "a day" of "one day he …" aside: only a count with its unit.
    if (!Number.isFinite(n)) continue;
    push(n + (/and[- ]a[- ]half/i.test(m[0]) ? 0.5 : 0), m[2] as string);
  }
  return out;
}

/**
 * A value key and the form its sentence writes it in ("1year", "12month", "monday", "sep1",
 * "yesterday", "10pm"): two sentences that write one value in one form already share its words
 * (tokens.ts), so the key adds nothing there (features.ts `cosine`); it is evidence where the
 * forms differ ("a year" / "twelve months").
 */
export interface ValueKey {
  readonly key: string;
  readonly form: string;
}

const MONTH = `(?:${MONTH_NAMES})\\.?`;
/** "Sept. 1", "September 1, 2025", "1 September", "1st of September 2025". */
const MONTH_DAY = new RegExp(
  String.raw`\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d{2})\b)?|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})(?:,?\s+((?:19|20)\d{2})\b)?`,
  'g',
);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(last|next|this past)?\s*\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
/** A verb of saying shortly before a weekday: the day of a remark ("said on Monday", "told reporters on Monday"). */
const REPORTING_BEFORE =
  /\b(?:said|says|say|told|tells|tell|added|adds|stated|remarked|noted|confirmed|briefing|briefed)\b(?:\s+[\p{L}’'-]+){0,3}\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$/iu;
/** A weekday right before a verb of saying ("on Monday said"). */
const REPORTING_AFTER = /^[,]?\s+(?:said|says|told|added|stated)\b/i;
const NEAR: readonly [RegExp, number][] = [
  [/\byesterday\b/i, -1],
  [/\blast night\b/i, -1],
  [/\btomorrow\b/i, 1],
  [/\bthis morning\b/i, 0],
  [/\btonight\b/i, 0],
];

/** The day written at `at` dates a remark: a verb of saying just before it, over a weekday ("said on Wednesday, October 30"). */
function reporting(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at).replace(/(?:on\s+)?\b[A-Z][a-z]+day,?\s+$/, '');
  return REPORTING_BEFORE.test(before);
}

/** A dateline before a day: the place in capitals at the sentence's start ("NEW DELHI, Aug. 19 (Xinhua) --"). */
const DATELINE = /^\s*[A-Z][A-Z .'’-]+,(?:\s+[A-Z][\p{L} .'’-]*,)?\s*$/u;

/** A day number from a publication date "YYYY-MM-DD…"; null when there is none. */
function publishedDay(published: string | null): number | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(y, mo, d) ? dayNumber(y, mo, d) : null;
}

const dayKey = (day: number) => {
  const { year, month, day: d } = ymd(day);
  return `${VALUE_PREFIX}day:${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/** The days `text` names, resolved against the publication date (see the file comment). */
export function dayKeys(text: string, published: string | null): ValueKey[] {
  const pub = publishedDay(published);
  const out: ValueKey[] = [];
  for (const m of text.matchAll(MONTH_DAY)) {
    const monthWord = (m[1] ?? m[5] ?? '').slice(0, 3).toLowerCase();
    const month = monthNumber(monthWord);
    const day = Number(m[2] ?? m[4]);
    const written = m[3] ?? m[6];
    if (!month) continue;
    // "May 5" is a month; "may 5" a verb and a count.
    if (monthWord === 'may' && !/^May/.test(m[1] ?? m[5] ?? '')) continue;
    let year: number | null = written ? Number(written) : null;
    if (year === null && pub !== null) {
      // The year nearest the publication date.
      const y0 = ymd(pub).year;
      let best: number | null = null;
      for (const y of [y0 - 1, y0, y0 + 1]) {
        if (!isValidDay(y, month, day)) continue;
        if (
          best === null ||
          Math.abs(dayNumber(y, month, day) - pub) < Math.abs(dayNumber(best, month, day) - pub)
        )
          best = y;
      }
      year = best;
    }
    if (reporting(text, m.index ?? 0) || DATELINE.test(text.slice(0, m.index ?? 0))) continue;
    if (year !== null && isValidDay(year, month, day))
      out.push({ key: dayKey(dayNumber(year, month, day)), form: `${monthWord}${day}` });
  }
  if (pub === null) return out;
  for (const m of text.matchAll(WEEKDAY)) {
    const at = m.index ?? 0;
    const start = at + m[0].length - (m[2] as string).length;
    if (reporting(text, start)) continue;
    if (REPORTING_AFTER.test(text.slice(start + (m[2] as string).length))) continue;
    const target = WEEKDAYS.indexOf((m[2] as string).toLowerCase());
    const back = (weekday(pub) - target + 7) % 7;
    const ahead = (target - weekday(pub) + 7) % 7;
    const rel = (m[1] ?? '').toLowerCase();
    const day =
      rel === 'last' || rel === 'this past'
        ? pub - (back || 7)
        : rel === 'next'
          ? pub + (ahead || 7)
          : back <= ahead
            ? pub - back
            : pub + ahead;
    out.push({ key: dayKey(day), form: `${rel}${(m[2] as string).toLowerCase()}` });
  }
  for (const [re, offset] of NEAR) {
    const m = re.exec(text);
    if (m) out.push({ key: dayKey(pub + offset), form: m[0].toLowerCase() });
  }
  return out;
}

/** "10 p.m.", "10 pm", "10:30 a.m.": a clock time with its half of the day. */
const CLOCK = /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?/gi;
/** A live blog's time stamp: the time at the sentence's start, then a colon ("9:40 am: …", "4:10 pm IST: …"). */
const STAMP = /^\s*\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,4})?\s*[:—–-]/i;

/** The clock times `text` gives (a live blog's stamp aside). */
export function clockKeys(text: string): ValueKey[] {
  const out: ValueKey[] = [];
  const stamp = STAMP.exec(text);
  for (const m of text.matchAll(CLOCK)) {
    if (stamp && (m.index ?? 0) < stamp[0].length) continue;
    const h = Number(m[1]);
    const min = m[2] ? Number(m[2]) : 0;
    if (h < 1 || h > 12 || min > 59) continue;
    const hh = (h % 12) + ((m[3] as string).toLowerCase() === 'p' ? 12 : 0);
    out.push({
      key: `${VALUE_PREFIX}clock:${String(hh).padStart(2, '0')}:${String(min).padStart(2, '0')}`,
      form: m[0].toLowerCase().replace(/[\s.]/g, ''),
    });
  }
  return out;
}

/** Every value key of a sentence (see the file comment). */
export function valueKeysOf(sentence: string, published: string | null): ValueKey[] {
  return [...spanKeys(sentence), ...dayKeys(sentence, published), ...clockKeys(sentence)];
}

/** Each value key of `values` with the forms it is written in. */
export function formsOf(values: readonly ValueKey[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const v of values) {
    let set = out.get(v.key);
    if (!set) {
      set = new Set();
      out.set(v.key, set);
    }
    set.add(v.form);
  }
  return out;
}

/** Two sentences write the value `key` in one form (see ValueKey). */
export function sameForm(a: Vector, b: Vector, key: string): boolean {
  const fa = a.valueForms?.get(key);
  const fb = b.valueForms?.get(key);
  if (!fa?.size || !fb?.size) return false;
  for (const f of fa) if (fb.has(f)) return true;
  return false;
}

/**
 * A test of two sentences (A's `i`, B's `j`): they share a value key that no other sentence of
 * either article gives, one value in each, however each writes it. Frequencies are counted once,
 * on first use.
 */
export function sameValue(vectors: { readonly a: readonly Vector[]; readonly b: readonly Vector[] }) {
  let dfA: Map<string, number> | null = null;
  let dfB: Map<string, number> | null = null;
  const count = (side: readonly Vector[]) => {
    const df = new Map<string, number>();
    for (const v of side)
      for (const k of v.w.keys()) if (k.startsWith(VALUE_PREFIX)) df.set(k, (df.get(k) ?? 0) + 1);
    return df;
  };
  return (i: number, j: number): boolean => {
    const a = vectors.a[i];
    const b = vectors.b[j];
    if (!a || !b) return false;
    if (!dfA || !dfB) {
      dfA = count(vectors.a);
      dfB = count(vectors.b);
    }
    for (const k of a.w.keys())
      if (
        k.startsWith(VALUE_PREFIX) &&
        b.w.has(k) &&
        dfA.get(k) === 1 &&
        dfB.get(k) === 1 &&
        !sameForm(a, b, k)
      )
        return true;
    return false;
  };
}
