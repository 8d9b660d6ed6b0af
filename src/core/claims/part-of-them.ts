/**
 * "Beijing honoured five PLA personnel …, four of them posthumously": a count followed in its
 * sentence by a part of it ("four of them", "three of whom") names a larger group; when the part
 * is the record's count, the article gives the record, and the whole is no claim against it
 * (ADR 0050).
 */
import type { Span } from '../match/sentences';
import { CARDINAL_WORDS } from './words';

const PART = /\b(\d{1,6}|[a-z]+)\s+of\s+(?:them|whom|those|these)\b/gi;

/** True when a part of the count at `span`, later in `sentence`, is `value` (the record's). */
export function partIsRecord(text: string, sentence: Span, span: Span, record: number): boolean {
  const after = text.slice(span.end, sentence.end);
  PART.lastIndex = 0;
  for (let m = PART.exec(after); m; m = PART.exec(after)) {
    const word = (m[1] ?? '').toLowerCase();
    const n = /^\d/.test(word) ? Number(word) : CARDINAL_WORDS[word];
    if (n === record) return true;
  }
  return false;
}
