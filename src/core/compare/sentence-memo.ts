/**
 * Per-comparison memos of pure functions of one sentence's text (ADR 0022, "Round 21, cost").
 * Candidate scoring asks the same sentence the same question once per candidate pair it is in
 * (`splitMinor`: 1 137 calls over 195 sentences for the `bench:compare` pair); a memo answers
 * the repeats. Each comparison starts with the memos emptied (`clearSentenceMemos`, from
 * `compareWork`), so none carries work from one comparison to the next, and each is emptied
 * when it reaches `MEMO_LIMIT` entries, so a long pair's memory stays bounded. The functions
 * are pure, so emptying a memo (even in the middle of another comparison) only costs time.
 */

/** Entries one memo keeps before it starts again. */
export const MEMO_LIMIT = 20_000;

const memos: Map<string, unknown>[] = [];

/** `fn`, answering a text it has answered since the memos were last emptied from its memo. */
export function sentenceMemo<T>(fn: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  memos.push(memo as Map<string, unknown>);
  return (text) => {
    const kept = memo.get(text);
    if (kept !== undefined) return kept;
    const value = fn(text);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, value);
    return value;
  };
}

/** Empties every memo (a comparison starts). */
export function clearSentenceMemos(): void {
  for (const m of memos) m.clear();
}
