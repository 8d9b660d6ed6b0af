/**
 * The wire format of the message protocol (core/messages.ts) without its schemas: the envelope,
 * the `Result` every reply is, and the shape checks that need no schema. Content scripts use only
 * this (platform/content-messaging.ts, ADR 0026); the worker and Gloss's pages also check each
 * payload and reply against its schema (core/messages.ts `parseRequest`, `parseReply`).
 */
import type { MessageName, RequestOf } from './messages';

/** The envelope on the wire. `gloss: 1` is the protocol version. */
export interface Envelope<N extends MessageName = MessageName> {
  readonly gloss: 1;
  readonly name: N;
  readonly payload: RequestOf<N>;
}

/** Every response is a result: handlers' errors travel as data, not as rejections. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** Builds an envelope. */
export function makeRequest<N extends MessageName>(name: N, payload: RequestOf<N>): Envelope<N> {
  return { gloss: 1, name, payload };
}

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks that a reply has the Result shape (it crossed a process boundary); the value unchecked. */
export function parseResult(raw: unknown): Result<unknown> {
  if (isRecord(raw) && raw.ok === true && 'value' in raw) return { ok: true, value: raw.value };
  if (isRecord(raw) && raw.ok === false && typeof raw.error === 'string')
    return { ok: false, error: raw.error.slice(0, 4_000) };
  return { ok: false, error: 'no valid reply (is the receiving context loaded?)' };
}
