/**
 * Fuzzing the protocol (issue #11): random and malformed payloads for every message, and random
 * replies to every message, are either accepted as exactly what the schema allows or refused
 * cleanly (null, or `{ ok: false }` with a readable error): nothing throws, nothing half-valid
 * gets through.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type MessageName,
  makeRequest,
  parseReply,
  parseRequest,
  type RequestOf,
} from '../../../src/core/messages';

const display = {
  mentions: 'all',
  dwellMs: 400,
  verdicts: { consistent: true, differs: true, outdated: false, context: true },
  theme: 'dark',
  language: 'en',
} as const;

/** One valid request per message: every name of the protocol must be here (checked below). */
const VALID: { [N in MessageName]: RequestOf<N> } = {
  'page/annotated': { count: 3, sheet: true },
  'page/summary': {},
  'page/reveal': { annotationId: 2 },
  'page/open': { annotationId: 0 },
  'page/step': { direction: -1 },
  'page/probe': { text: 'Galwan Valley', html: '<p>Galwan Valley</p>' },
  'page/analyze': { text: 'Galwan Valley', published: null },
  'page/parse': { html: '<html><body><p>Galwan Valley</p></body></html>' },
  'page/read': { html: '<html><body><p>Galwan Valley</p></body></html>' },
  'card/views': { factIds: ['galwan-clash'] },
  'packs/changed': {},
  'clips/save': {
    draft: {
      url: 'https://example.org/a',
      canonical: null,
      title: 'A',
      site: null,
      byline: null,
      published: null,
      lang: 'en',
      article: { text: 'Galwan Valley', html: '<p>Galwan Valley</p>' },
      passage: { start: 0, end: 6, context: null },
      annotations: [
        { start: 0, end: 13, quote: 'Galwan Valley', kind: 'term', factIds: ['galwan'], verdict: null },
      ],
      note: '',
    },
    token: '0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5',
  },
  'clip/take': { scope: 'auto', note: '', notify: true, token: '0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5' },
  'clips/take': { tabId: 7, scope: 'passage', note: 'n' },
  'page/check': { tabId: 7 },
  'card/load': {},
  'clips/find': { factId: 'galwan' },
  'clip/draft': {},
  'compare/tab': { tabId: 3 },
  'revisit/find': { canonical: null, loaded: false },
  'revisit/status': {},
  'settings/changed': {},
  'page/display': {},
  'page/style': { on: true },
  'error/report': { context: 'x', message: 'y' },
};

/** A valid reply per message, for the reply side. */
const VALID_REPLY: { [N in MessageName]?: unknown } = {
  'page/summary': {
    url: 'https://example.org/',
    title: 'T',
    lang: null,
    factsLang: 'en',
    annotations: [{ id: 1, factId: 'f', title: 'F', quote: 'q', kind: 'claim', verdict: 'differs' }],
  },
  'page/reveal': { x: 1, y: 2, width: 3, height: 4 },
  'page/open': true,
  'page/probe': { show: true, off: false, display },
  'page/display': { off: false, display, revisit: false },
  'clip/take': { saved: false, reason: 'nothing' },
};

const NAMES = Object.keys(VALID) as MessageName[];

/** A valid payload with one key removed, added or given a random value. */
const mutated = (payload: Record<string, unknown>) =>
  fc.oneof(
    fc.constantFrom(...Object.keys(payload), '__proto__', 'constructor').map((key) => {
      const copy = { ...payload };
      delete copy[key];
      return copy;
    }),
    fc.tuple(fc.string(), fc.anything()).map(([key, value]) => ({ ...payload, [key]: value })),
    fc
      .tuple(fc.constantFrom(...(Object.keys(payload).length ? Object.keys(payload) : ['x'])), fc.anything())
      .map(([key, value]) => ({ ...payload, [key]: value })),
  );

describe('protocol fuzzing', () => {
  it('knows every message', () => {
    for (const name of NAMES) expect(parseRequest(makeRequest(name, VALID[name]))).not.toBeNull();
  });

  it.each(NAMES)('%s: random payloads are refused or accepted whole, never thrown on', (name) => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), mutated(VALID[name] as Record<string, unknown>)), (payload) => {
        const parsed = parseRequest({ gloss: 1, name, payload });
        if (parsed === null) return;
        // What was accepted parses again to itself: the schema, not luck, let it through.
        // (Compared as JSON: the round trip itself turns -0 into 0.)
        const again = parseRequest(JSON.parse(JSON.stringify(parsed)));
        expect(again).not.toBeNull();
        expect(JSON.stringify(again)).toBe(JSON.stringify(parsed));
      }),
      { numRuns: 300 },
    );
  });

  it('random envelopes never throw and unknown names are refused', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string(), fc.anything(), (gloss, name, payload) => {
        const parsed = parseRequest({ gloss, name, payload });
        if (parsed) expect(NAMES).toContain(parsed.name);
        expect(parseRequest(gloss)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it.each(NAMES)('%s: random replies become a clean error or a valid value', (name) => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (value, raw) => {
        const reply = parseReply(name, { ok: true, value });
        if (!reply.ok) expect(reply.error).toMatch(new RegExp(`^malformed reply to ${name}`));
        const other = parseReply(name, raw);
        if (!other.ok) expect(typeof other.error).toBe('string');
      }),
      { numRuns: 200 },
    );
  });

  it.each(Object.entries(VALID_REPLY))(
    '%s: a well-formed reply passes, a wrong one is named',
    (name, value) => {
      const n = name as MessageName;
      expect(parseReply(n, { ok: true, value })).toEqual({ ok: true, value });
      const broken = parseReply(n, { ok: true, value: { ...(value as object), injected: '<img>' } });
      if (typeof value === 'object' && value !== null) expect(broken.ok).toBe(false);
    },
  );

  it('a page-side summary with script in the wrong place is refused, with where', () => {
    const summary = VALID_REPLY['page/summary'] as { annotations: object[] };
    const reply = parseReply('page/summary', {
      ok: true,
      value: { ...summary, annotations: [{ ...summary.annotations[0], id: 'javascript:alert(1)' }] },
    });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('annotations.0.id') });
  });
});
