/** The probe, injected at once (ADR 0048 round 22), reads a document only once it is parsed. */
import { describe, expect, it } from 'vitest';
import { whenParsed } from '../../src/content/probe/parsed';

/** A document whose `readyState` is `state`. */
function documentIn(state: DocumentReadyState): Document {
  const doc = document.implementation.createHTMLDocument('page');
  Object.defineProperty(doc, 'readyState', { value: state, configurable: true });
  return doc;
}

describe('whenParsed', () => {
  it('runs at once in a parsed document (loaded, or parsed and still loading its images)', () => {
    for (const state of ['complete', 'interactive'] as const) {
      const ran: string[] = [];
      whenParsed(documentIn(state), () => ran.push(state), new AbortController().signal);
      expect(ran).toEqual([state]);
    }
  });

  it('waits for a document still being parsed, then runs once', () => {
    const doc = documentIn('loading');
    const ran: string[] = [];
    whenParsed(doc, () => ran.push('read'), new AbortController().signal);
    expect(ran).toEqual([]);
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(ran).toEqual(['read']);
  });

  it('does not run when torn down before the document is parsed', () => {
    const doc = documentIn('loading');
    const controller = new AbortController();
    const ran: string[] = [];
    whenParsed(doc, () => ran.push('read'), controller.signal);
    controller.abort();
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(ran).toEqual([]);
  });
});
