/**
 * The message protocol as content scripts speak it (ADR 0026): the same envelopes, names and
 * `Result`s as platform/messaging.ts, typed by the same protocol, without the schemas.
 *
 * Why a content script need not check payloads against the schemas: everything it receives comes
 * from Gloss itself. `runtime.onMessage` in a content script hears only the extension's own
 * worker and pages (`tabs.sendMessage`; the page's scripts cannot reach the isolated world's
 * listeners), and this listener also drops anything whose sender is not this extension; the
 * replies it gets are the worker's. The checks that matter stay where untrusted data arrives: the
 * worker and Gloss's pages parse every request and reply from a content script against its schema
 * (core/messages.ts `parseRequest`, `parseReply`; ADR 0017). Here only the envelope's and the
 * result's shapes are checked, which costs nothing, and the schemas (valibot and one schema per
 * message) stay out of the files injected into pages.
 */
import { type Envelope, err, isRecord, makeRequest, ok, parseResult, type Result } from '../core/envelope';
import type { MessageName, RequestOf, ResponseOf } from '../core/messages';
import { browser } from './browser';
import { listenForMessages } from './listen';

// The same handler types as platform/messaging.ts (a type-only import: none of its schemas
// reach the content bundle).
import type { Handler, Handlers, Sender } from './messaging';

export type { Handler, Handlers, Sender };

/**
 * Sends a message to the extension's worker and pages. The reply is the worker's (trusted): only
 * its `Result` shape is checked; a missing or broken reply becomes `{ ok: false }`.
 */
export async function send<N extends MessageName>(
  name: N,
  payload: RequestOf<N>,
): Promise<Result<ResponseOf<N>>> {
  try {
    return parseResult(await browser.runtime.sendMessage(makeRequest(name, payload))) as Result<
      ResponseOf<N>
    >;
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
}

/** A Gloss envelope naming one of `handlers` (an own key: `toString` and `__proto__` are not). */
function envelopeFor(raw: unknown, handlers: Handlers): Envelope | null {
  if (!isRecord(raw) || raw.gloss !== 1 || typeof raw.name !== 'string') return null;
  return Object.hasOwn(handlers, raw.name) ? (raw as unknown as Envelope) : null;
}

/**
 * Registers `handlers` for messages from the extension's own contexts. Anything that is not a
 * Gloss envelope, comes from another extension, or names no handler here is left for other
 * listeners. Replies go through `sendResponse` (platform/messaging.ts says why). Returns a
 * function that removes the listener.
 */
export function handle(handlers: Handlers): () => void {
  const listener = (
    raw: unknown,
    sender: Sender,
    sendResponse: (reply: Result<unknown>) => void,
  ): true | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const envelope = envelopeFor(raw, handlers);
    if (!envelope) return undefined;
    const handler = handlers[envelope.name] as Handler<MessageName>;
    const fail = (e: unknown) => sendResponse(err(e instanceof Error ? e.message : String(e)));
    try {
      Promise.resolve(handler(envelope.payload as never, sender)).then(
        (value) => sendResponse(ok(value)),
        fail,
      );
    } catch (e) {
      fail(e);
    }
    return true;
  };
  return listenForMessages(listener);
}
