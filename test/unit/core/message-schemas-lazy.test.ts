/**
 * The message schemas are built on first use (ADR 0033): each message's request and reply schema is
 * made once, when asked for, and is the same schema every later time; every message has both.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { schemas } from '../../../src/core/message-schemas';

describe('schemas built on first use', () => {
  const names = Object.keys(schemas) as (keyof typeof schemas)[];

  it('has a request and a reply schema for every message, the same one each time', () => {
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      const { request, response } = schemas[name];
      expect(request.kind, `${name} request`).toBe('schema');
      expect(response.kind, `${name} response`).toBe('schema');
      expect(schemas[name].request).toBe(request);
      expect(schemas[name].response).toBe(response);
    }
  });

  it('checks as before: the probe request takes text and html, nothing else', () => {
    const request = schemas['page/probe'].request;
    expect(v.safeParse(request, { text: 'a', html: null }).success).toBe(true);
    expect(v.safeParse(request, { text: 'a', html: null, extra: 1 }).success).toBe(false);
    expect(v.safeParse(request, { text: 1, html: null }).success).toBe(false);
  });
});
