/**
 * Paragraph and sentence segmentation of article text (blocks are separated by "\n", see
 * dom/text-index.ts). Rule-based for English news prose: a sentence ends at . ! or ? (after
 * any closing quotes or brackets) followed by space and a capital, digit or opening quote,
 * unless the period ends a known abbreviation or an initial ("Col. B. Santosh Babu").
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt maj capt cdr sgt st no nos jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'vs etc e.g i.e u.s u.k u.n inc ltd co corp govt sr jr approx fig vol pp ed rev hon adm brig sen rep dept est'
  ).split(' '),
);

/**
 * One text's paragraph and sentence spans, each split when first asked for and then kept (ADR 0111,
 * ADR 0121): the annotator and its rules ask for the same text's spans again and again (a rule called
 * per date re-split the whole article). One is made per text analysed and passed along with it (in
 * `ClaimInput.spans`, to the matcher's scopes, to datelines), so nothing is kept between analyses
 * and no module holds state. The spans are shared, so they are read-only.
 */
export class TextSpans {
  private paras: readonly Span[] | null = null;
  private sents: readonly Span[] | null = null;
  constructor(readonly text: string) {}
  /** `paragraphs(text)`, split once. */
  paragraphs(): readonly Span[] {
    this.paras ??= splitParagraphs(this.text);
    return this.paras;
  }
  /** `sentences(text)`, split once (over the kept paragraphs). */
  sentences(): readonly Span[] {
    this.sents ??= splitSentences(this.text, this.paragraphs());
    return this.sents;
  }
}

/** Paragraph spans (between "\n"), trimmed, empty ones dropped. Split anew each call: keep a TextSpans to split once. */
export function paragraphs(text: string): readonly Span[] {
  return splitParagraphs(text);
}

function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      pushTrimmed(text, start, i, out);
      start = i + 1;
    }
  }
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e > s) out.push({ start: s, end: e });
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] as string)) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[i] as string)) return true; // an initial
  return ABBREVIATIONS.has(word);
}

/** "10 p.m.", "6.30 a.m.": a time of day before the period at `dot`. */
const TIME_OF_DAY = /\d(?:[.:]\d{2})?\s*[ap]\.m$/i;

/**
 * What a time of day runs on into, capitalised though it does not start a sentence: its zone
 * ("10 p.m. Indian time", "IST"), its day ("10 p.m. Sunday") or its date ("10 p.m. Oct. 26").
 */
const TIME_CONTINUES =
  /^(?:\p{Lu}[\p{L}-]*\s+time\b|(?:IST|GMT|UTC|BST|CET|CEST|[ECMP][SD]?T|HKT|JST|SGT)\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d)/u;

/**
 * A period ending "a.m."/"p.m." after a time, followed by the time's zone, day or date: the
 * sentence goes on (ADR 0078). Before any other capitalised word it ends ("… at 10 p.m. IndiGo
 * plans …").
 */
function timeRunsOn(text: string, dot: number, next: number): boolean {
  return (
    TIME_OF_DAY.test(text.slice(Math.max(0, dot - 12), dot)) &&
    TIME_CONTINUES.test(text.slice(next, next + 40))
  );
}

/** Sentence spans over the whole text, never crossing a paragraph break. Split anew each call: keep a TextSpans to split once. */
export function sentences(text: string): readonly Span[] {
  return splitSentences(text, splitParagraphs(text));
}

function splitSentences(text: string, paras: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const para of paras) {
    let start = para.start;
    for (let i = para.start; i < para.end; i++) {
      const ch = text[i] as string;
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      let j = i + 1;
      while (j < para.end && /["'”’)\]]/.test(text[j] as string)) j++;
      if (j >= para.end || !/\s/.test(text[j] as string)) continue;
      let k = j;
      while (k < para.end && /\s/.test(text[k] as string)) k++;
      if (k >= para.end || !/[\p{Lu}\p{N}"“‘'(\p{Lo}]/u.test(text[k] as string)) continue;
      if (ch === '.' && endsWithAbbreviation(text, i)) continue;
      if (ch === '.' && timeRunsOn(text, i, k)) continue;
      pushTrimmed(text, start, j, out);
      start = k;
      i = k - 1;
    }
    pushTrimmed(text, start, para.end, out);
  }
  return out;
}

/** The index of the span containing `pos` (spans sorted, non-overlapping), or -1. */
export function spanAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
