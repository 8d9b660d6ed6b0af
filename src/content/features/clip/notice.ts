/**
 * Gloss's in-page notice after a save from the context menu or the keyboard command (the popup
 * shows its own): one short sentence — saved, or why not — in a closed shadow root attached to
 * <html> for a few seconds. It never holds anything the reader saved or wrote (no title, text,
 * note or count), so a page that sees the host learns only that Gloss answered.
 */

import { adoptStyles } from '../../../dom/shadow-host';

const HOST_TAG = 'gloss-notice';
/** Long enough to read a one-line reason (WCAG 2.2.1 allows it: the popup says the same on demand). */
const SHOW_MS = 6_000;

const STYLE = `:host { all: initial !important; position: fixed !important; z-index: 2147483647 !important;
  inset: auto 16px 16px auto !important; display: block !important; }
p { margin: 0; max-width: 28rem; padding: 10px 14px; border-radius: 6px; font: 14px/1.4 system-ui, sans-serif;
  color: #fff; background: #1f2a44; box-shadow: 0 2px 10px rgb(0 0 0 / 0.3); }
p.refused { background: #7a2e0e; }`;

/** Shows `text` for a few seconds; a newer notice replaces an older one. */
export function showNotice(doc: Document, text: string, refused: boolean, lang: string): void {
  for (const old of doc.querySelectorAll(HOST_TAG)) old.remove();
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  // A constructed sheet where possible: a page's strict style-src cannot refuse it (ADR 0017).
  const style = adoptStyles(root, STYLE);
  const p = doc.createElement('p');
  p.setAttribute('role', refused ? 'alert' : 'status');
  p.lang = lang;
  if (refused) p.className = 'refused';
  p.textContent = text;
  if (style) root.append(style);
  root.append(p);
  doc.documentElement.append(host);
  setTimeout(() => host.remove(), SHOW_MS);
}
