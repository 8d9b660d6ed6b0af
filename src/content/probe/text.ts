/**
 * The probe's view of a page: its body text, read the cheapest way there is.
 * `textContent` needs no layout (`innerText` forces one) and is one native call; it also
 * returns inline scripts' text, which at worst makes the worker say yes to a page whose
 * article then has nothing (one Readability parse, what every page cost before ADR 0011).
 */
import { MAX_PAGE_TEXT } from '../../core/limits';

/** The page's body text ('' without a body), or null when it is longer than MAX_PAGE_TEXT. */
export function pageText(doc: Document): string | null {
  const text = doc.body?.textContent ?? '';
  return text.length > MAX_PAGE_TEXT ? null : text;
}
