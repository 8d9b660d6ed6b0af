/**
 * The stylesheet for Gloss's highlights, as text, one per highlight style (issue #11). The worker
 * inserts the reader's one into a frame (`scripting.insertCSS`) only while Gloss shows highlights
 * there, so a page where Gloss is paused, switched off or finds nothing carries no Gloss style,
 * and the highlight names (`gloss-term`, `gloss-claim-<verdict>`) say nothing of the settings.
 */
import type { HighlightStyle } from './settings';

/** The names Gloss registers in `CSS.highlights`: what a highlight is, never how it is styled. */
export const HIGHLIGHT_NAMES = [
  'gloss-term',
  'gloss-claim-consistent',
  'gloss-claim-differs',
  'gloss-claim-outdated',
  'gloss-claim-context',
] as const;

const UNDERLINE = `::highlight(gloss-term) {
  text-decoration: underline dotted 2px #36c;
  background-color: rgb(51 102 204 / 0.1);
}
::highlight(gloss-claim-consistent) {
  text-decoration: underline solid 2px #14866d;
}
::highlight(gloss-claim-differs) {
  text-decoration: underline wavy 2px #d33;
  background-color: rgb(221 51 51 / 0.1);
}
::highlight(gloss-claim-outdated) {
  text-decoration: underline double #ac6600;
  background-color: rgb(255 204 51 / 0.18);
}
::highlight(gloss-claim-context) {
  text-decoration: underline dashed #72777d;
}
@media (prefers-color-scheme: dark) {
  ::highlight(gloss-term) {
    text-decoration-color: #88a3e8;
    background-color: rgb(136 163 232 / 0.16);
  }
  ::highlight(gloss-claim-consistent) { text-decoration-color: #3fbf9f; }
  ::highlight(gloss-claim-differs) { text-decoration-color: #ff8c8c; }
  ::highlight(gloss-claim-outdated) { text-decoration-color: #f0b95a; }
}
@media (forced-colors: active) {
  ::highlight(gloss-term), ::highlight(gloss-claim-consistent), ::highlight(gloss-claim-differs),
  ::highlight(gloss-claim-outdated), ::highlight(gloss-claim-context) {
    text-decoration-color: Highlight;
    background-color: transparent;
  }
}
`;

const BACKGROUND = `::highlight(gloss-term) { background-color: rgb(51 102 204 / 0.18); }
::highlight(gloss-claim-consistent) { background-color: rgb(20 134 109 / 0.18); }
::highlight(gloss-claim-differs) { background-color: rgb(221 51 51 / 0.22); }
::highlight(gloss-claim-outdated) { background-color: rgb(255 204 51 / 0.32); }
::highlight(gloss-claim-context) { background-color: rgb(114 119 125 / 0.18); }
@media (prefers-color-scheme: dark) {
  ::highlight(gloss-term) { background-color: rgb(136 163 232 / 0.28); }
}
@media (forced-colors: active) {
  ::highlight(gloss-term), ::highlight(gloss-claim-consistent), ::highlight(gloss-claim-differs),
  ::highlight(gloss-claim-outdated), ::highlight(gloss-claim-context) {
    background-color: Highlight;
    color: HighlightText;
  }
}
`;

/** The reader's saved passages, shown again when they opted in (docs/adr/0019-revisit.md). */
const MARK = `::highlight(gloss-mark) { background-color: rgb(255 214 0 / 0.35); }
@media (forced-colors: active) {
  ::highlight(gloss-mark) { background-color: Mark; color: MarkText; }
}
`;

/** Every stylesheet the worker may have inserted (to remove whichever is there). */
export const HIGHLIGHT_SHEETS: Readonly<Record<HighlightStyle, string>> = {
  underline: UNDERLINE + MARK,
  background: BACKGROUND + MARK,
};
