import { describe, expect, it } from 'vitest';
import { makeRequest, parseRequest } from '../../../src/core/messages';

describe('packs/changed', () => {
  it('round-trips the empty request', () => {
    const env = makeRequest('packs/changed', {});
    expect(parseRequest(JSON.parse(JSON.stringify(env)))).toEqual(env);
  });

  it.each([
    ['a payload with fields', { id: 'x' }],
    ['no payload', undefined],
    ['an array', []],
  ])('rejects %s', (_label, payload) => {
    expect(parseRequest({ gloss: 1, name: 'packs/changed', payload })).toBeNull();
  });
});
