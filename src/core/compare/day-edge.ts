/**
 * Dates at the edge of a day (ADR 0132). "Took off on Sunday night" and "landed early Monday"
 * tell one overnight happening, and a report written in another time zone may put one moment on
 * the next day: a date written at the late edge of its day and one a day later (or one at the
 * early edge of its day and one a day earlier) are the same moment as far as two articles can
 * say, so they are no conflict (values.ts acrossMidnight).
 */
/** Which edge of its day a date is written at. */
export type DayEdge = 'early' | 'late';

const EARLY_BEFORE =
  /\b(?:early(?:\s+on)?|in\s+the\s+(?:early|small)\s+hours\s+of|before\s+dawn\s+on|at\s+dawn\s+on)\s+$/i;
const LATE_BEFORE = /\b(?:late(?:\s+on)?|on\s+the\s+night\s+of|in\s+the\s+night\s+of|overnight\s+on)\s+$/i;
const EARLY_AFTER = /^\s+(?:at\s+dawn|before\s+dawn|early\s+morning|in\s+the\s+early\s+hours)\b/i;
const LATE_AFTER = /^\s+(?:night|late\s+night|evening|late\s+evening|midnight)\b/i;
/** An edge word the date's own quote opens with ("early Monday"). */
const EDGE_LEAD = /^(?:early|late)\b/i;

/**
 * The edge of its day at which the date `sentence.slice(start, end)` is written: `early` for
 * "early Monday", "in the early hours of Monday"; `late` for "late on Sunday", "Sunday night",
 * "on the night of June 15"; undefined for a date written as a whole day.
 */
export function dayEdge(sentence: string, start: number, end: number): DayEdge | undefined {
  const quote = sentence.slice(start, end);
  const before = sentence.slice(Math.max(0, start - 40), start);
  // The quote may carry the edge word itself ("early Monday").
  const lead = EDGE_LEAD.exec(quote)?.[0].toLowerCase();
  const after = sentence.slice(end, end + 30);
  if (EARLY_BEFORE.test(before) || lead === 'early' || EARLY_AFTER.test(after)) return 'early';
  if (LATE_BEFORE.test(before) || lead === 'late' || LATE_AFTER.test(after)) return 'late';
  return undefined;
}
