/**
 * "China's foreign ministry, asked on Tuesday about reports that the curbs had been lifted, said it
 * was not aware of them": a date by a verb of asking dates the question, and what the question is
 * about (its "about …", "whether …", "if …" complement) is another matter, told or not, at another
 * time. A fact named only inside that complement is no owner of the date (ADR 0054 round 24).
 */
import type { Span } from '../match/sentences';

/** Verbs of being asked or questioned, passive or active ("asked", "was questioned", "pressed"). */
const ASKING = /\b(?:ask(?:ed|s)?|question(?:ed|s)?|quizz(?:ed|es)|press(?:ed|es)|queri(?:ed|es)|query)\s*$/i;
/** A verb of asking right after the date ("on Tuesday asked about"). */
const ASKING_AFTER = /^\s*(?:ask(?:ed|s)?|question(?:ed|s)?|quizz(?:ed|es)|press(?:ed|es)|queri(?:ed|es))\b/i;
/** The complement's opening word, right after the date (or the verb). */
const OPENING = /^\s*(?:about|whether|if|on\s+(?:reports|claims|whether))\b/i;

/**
 * The complement of a verb of asking that the date `e` stands by ("asked on Tuesday about …",
 * "on Monday asked whether …"): from its opening word to the end of its clause (a comma, a
 * semicolon or the sentence's end), or null.
 */
export function askedAbout(text: string, sentence: Span, e: Span): Span | null {
  const before = text.slice(sentence.start, e.start);
  const after = text.slice(e.end, sentence.end);
  let from = -1;
  if (ASKING.test(before.replace(/\s+$/, ' ').replace(/(?:\s+(?:on|in|at|last|this))+\s*$/i, ''))) {
    const open = OPENING.exec(after);
    if (open) from = e.end + open[0].length - open[0].trimStart().length;
  } else {
    const verb = ASKING_AFTER.exec(after);
    const open = verb && OPENING.exec(after.slice(verb[0].length));
    if (verb && open) from = e.end + verb[0].length + open[0].length - open[0].trimStart().length;
  }
  if (from < 0) return null;
  const stop = /[,;]|$/.exec(text.slice(from, sentence.end));
  return { start: from, end: from + (stop?.index ?? sentence.end - from) };
}

/** True when `positions` in `sentence` (the date's own words aside) all lie inside `complement`. */
export function onlyAskedAbout(
  positions: readonly number[],
  sentence: Span,
  e: Span,
  complement: Span,
): boolean {
  const own = positions.filter((p) => p >= sentence.start && p < sentence.end && (p < e.start || p >= e.end));
  return own.length > 0 && own.every((p) => p >= complement.start && p < complement.end);
}
