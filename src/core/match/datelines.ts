/**
 * Datelines: "NEW DELHI:", "BEIJING (AP) —", "KAZAN, Russia (AP) —",
 * "NEW DELHI, Oct 30 (Reuters) -", "TIANJIN, Aug. 31 (Xinhua) --". They say where a story
 * was filed and when, not what it is about, so nothing in them is carded or checked (a
 * dateline "KAZAN" is not the Kazan meeting; its date is the publication date).
 */
import { paragraphs, type Span } from './sentences';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATELINE = new RegExp(
  [
    "^[A-Z][A-Z.'’-]+(?:\\s+[A-Z][A-Z.'’-]+){0,3}", // the city, in capitals
    '(?:,\\s*[A-Z][A-Za-z.]+(?:\\s+[A-Z][A-Za-z.]+)?)?', // ", Russia"
    `(?:,?\\s+${MONTH}\\s+\\d{1,2})?`, // ", Oct 30"
    '\\s*(?:\\([A-Za-z .]+\\))?', // "(Reuters)"
    '\\s*(?::|—|–|-{1,2})\\s+',
  ].join(''),
);

/** The dateline spans of `text` (whose paragraphs are `paras`), one at most per paragraph, at its start. */
export function datelines(text: string, paras: readonly Span[] = paragraphs(text)): Span[] {
  const out: Span[] = [];
  for (const p of paras) {
    const m = DATELINE.exec(text.slice(p.start, Math.min(p.end, p.start + 80)));
    if (m && /[A-Z]{2}/.test(m[0])) out.push({ start: p.start, end: p.start + m[0].length });
  }
  return out;
}

/** True when `pos` lies in one of `spans` (sorted). */
export function inside(spans: readonly Span[], pos: number): boolean {
  return spans.some((s) => pos >= s.start && pos < s.end);
}
