/**
 * An open count (issue #7, ADR 0058): "some firms got licences, and about 300 more applications
 * were still awaiting approval". With a predicate of waiting after it (pending, awaiting, in the
 * queue, outstanding, yet to be …), "N more / further / other / additional" counts what is still
 * open beside what was settled — the remainder, a level — not an increment added to a total
 * ("300 more applications were filed this month"). So "more" there does not make the figure a
 * change (measure-clear.ts), and a figure of another order than a record of pending items is that
 * record stated wrong.
 */
import type { Span } from '../match/sentences';

/** The remainder words that read as an increment elsewhere. */
export const REMAINDER = /\b(?:more|further|other|additional|extra)\b/i;

/** A predicate of waiting: the items counted are still open. */
const OPEN_STATE =
  /\b(?:pending|awaiting|await|waiting|queued|in the queue|outstanding|undecided|yet to be (?:approved|cleared|decided|processed))\b/i;

/** Words after the figure up to its predicate (a short stretch, in its clause). */
const PREDICATE_CHARS = 80;

/** True when the figure at `span`, in `clause`, is followed by a predicate of waiting. */
export function openCount(text: string, clause: Span, span: Span): boolean {
  return OPEN_STATE.test(text.slice(span.end, Math.min(clause.end, span.end + PREDICATE_CHARS)));
}
