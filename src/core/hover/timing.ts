/**
 * Hover timings, in milliseconds, with the reason for each value.
 * Wikipedia Page Previews (the reference for hover cards) waits 500 ms on links before
 * showing a preview and 300 ms before hiding one.
 */

/**
 * Pointer dwell before a card opens. Highlighted terms are not links, so a pass of the
 * pointer over a paragraph must not flash cards: 400 ms filters passes (a pointer crossing a
 * word takes ~50–150 ms) yet feels prompt for intent. Keyboard focus opens at once.
 */
export const DWELL_MS = 400;

/**
 * Grace after the pointer leaves the term or card before the card closes: long enough to
 * cross the gap from the word into the card (WCAG 2.2 SC 1.4.13 "hoverable").
 */
export const GRACE_MS = 300;
