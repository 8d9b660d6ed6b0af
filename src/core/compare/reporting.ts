/**
 * Reporting dates (ADR 0015, second round). "The ministry said on Monday that the talks
 * would be held in Beijing" dates the saying, not the talks; the claim engine may still tie
 * "on Monday" to the talks when the sentence names them. Such a date is no evidence of when
 * the fact happened, so it never makes a conflict: a conflict needs both sides' values to be
 * firmly the fact's own.
 */

/**
 * Verbs that report speech or a report: the date beside them is when it was said. Not
 * "told", "briefed" or "informed": they take a listener, and telling someone is often the
 * event itself ("Wang told Jaishankar on Monday" dates the assurance). Declining, refusing
 * or denying to say something is a statement too ("the ministry on Wednesday declined to
 * confirm reports that…" dates the refusal, not what was reported).
 */
const SPEECH =
  /^(?:said|says|say|stated|states|added|adds|reported|reports|wrote|writes|noted|notes|remarked|quoted|tweeted|posted|claimed|claims|cited|citing|according|declined|declines|refused|refuses|denied|denies)$/i;

/** Words between a speech verb and a date that still leave the date on the verb ("said in a statement on"). */
const MAX_GAP = 3;

/**
 * True when the date `sentence.slice(start, end)` sits on a speech verb: the verb ends at
 * most MAX_GAP words before the date ("said on Monday", "said in a statement on Monday"), or
 * comes right after it ("on Monday said"). Clauses are not crossed: a comma, "that" or a
 * quotation mark between the verb and the date ends the search.
 */
export function isReportingDate(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const clause = before.split(/[,;:“”"]|\bthat\b/).pop() ?? '';
  const words = clause.match(/[\p{L}’']+/gu) ?? [];
  const tail = words.slice(-(MAX_GAP + 1));
  // The date's own preposition ("on", "in") is not a gap word.
  if (tail.some((w) => SPEECH.test(w))) return true;
  const next = /^\s*([\p{L}’']+)/u.exec(sentence.slice(end));
  return !!next && SPEECH.test(next[1] as string);
}

/**
 * A value its own sentence denies: "…were 58% below January levels, not 48%", "rather than
 * 48%", "instead of 48%" (a correction note names the wrong value to deny it). Such a value
 * is not what the article says (ADR 0022, fifth round): it neither makes a conflict nor hides
 * one as a value both articles give.
 */
export function isNegatedValue(sentence: string, start: number): boolean {
  return /(?:^|[\s,;(])(?:not|rather than|instead of|and not|but not)\s+(?:the\s+|a\s+)?$/i.test(
    sentence.slice(Math.max(0, start - 24), start),
  );
}
