import { describe, expect, it } from 'vitest';
import { makeRequest, parseRequest, parseResult } from '../../../src/core/messages';

describe('message protocol', () => {
  it('round-trips a valid request', () => {
    const env = makeRequest('page/annotated', { count: 7, sheet: false });
    expect(parseRequest(JSON.parse(JSON.stringify(env)))).toEqual(env);
  });

  it.each([
    ['not an object', 'page/summary'],
    ['wrong version', { gloss: 2, name: 'page/summary', payload: {} }],
    ['unknown name', { gloss: 1, name: 'page/delete', payload: {} }],
    ['prototype key as name', { gloss: 1, name: 'toString', payload: {} }],
    ['__proto__ as name', { gloss: 1, name: '__proto__', payload: {} }],
    ['negative count', { gloss: 1, name: 'page/annotated', payload: { count: -1, sheet: false } }],
    ['fractional id', { gloss: 1, name: 'page/reveal', payload: { annotationId: 1.5 } }],
    ['extra fields on an empty request', { gloss: 1, name: 'page/summary', payload: { x: 1 } }],
    [
      'oversized error text',
      { gloss: 1, name: 'error/report', payload: { context: 'x', message: 'y'.repeat(5000) } },
    ],
  ])('rejects %s', (_label, raw) => {
    expect(parseRequest(raw)).toBeNull();
  });

  it('accepts only well-formed results', () => {
    expect(parseResult({ ok: true, value: null })).toEqual({ ok: true, value: null });
    expect(parseResult({ ok: false, error: 'boom' })).toEqual({ ok: false, error: 'boom' });
    expect(parseResult(undefined).ok).toBe(false);
    expect(parseResult({ ok: false }).ok).toBe(false);
  });
});

describe('revisit messages', () => {
  it('revisit/find carries only a canonical link (or null) and whether the feature is loaded', () => {
    const good = makeRequest('revisit/find', { canonical: 'https://example.org/a', loaded: false });
    expect(parseRequest(good)).toEqual(good);
    expect(parseRequest(makeRequest('revisit/find', { canonical: null, loaded: true }))).not.toBeNull();
    for (const payload of [
      { canonical: 5, loaded: false },
      { canonical: null },
      { canonical: 'x'.repeat(9000), loaded: false },
      { canonical: null, loaded: 'yes' },
    ])
      expect(parseRequest({ gloss: 1, name: 'revisit/find', payload })).toBeNull();
  });

  it('revisit/status takes an empty request', () => {
    expect(parseRequest(makeRequest('revisit/status', {}))).not.toBeNull();
    expect(parseRequest({ gloss: 1, name: 'revisit/status', payload: { all: true } })).toBeNull();
  });
});
