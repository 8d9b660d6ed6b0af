/**
 * Typed messaging over `runtime.sendMessage` / `tabs.sendMessage`, generic over the one
 * protocol in core/messages.ts. Replies are always `Result`s, sent with `sendResponse` once
 * the handler's promise settles. Both directions are checked against the message's schemas:
 * inbound requests by `handle`, replies by `send` and `sendToTab` (issue #11).
 */
import type { Runtime } from 'webextension-polyfill';
import {
  type Envelope,
  err,
  type MessageName,
  makeRequest,
  ok,
  parseReply,
  parseRequest,
  type RequestOf,
  type ResponseOf,
  type Result,
} from '../core/messages';
import { browser } from './browser';
import { listenForMessages } from './listen';

/** Who sent a message (tab, frame, extension id). */
export type Sender = Runtime.MessageSender;

/**
 * True when `sender` is one of Gloss's own pages (popup, options, library), not a content script:
 * messages that act on other tabs or reveal the reader's data are refused to content scripts,
 * which live in pages Gloss does not control (issue #11).
 */
export function fromExtensionPage(sender: Sender): boolean {
  // The browser sets `url` to the sending frame's document: a web page for a content script.
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

export type Handler<N extends MessageName> = (
  payload: RequestOf<N>,
  sender: Sender,
) => Promise<ResponseOf<N>> | ResponseOf<N>;

export type Handlers = { [N in MessageName]?: Handler<N> };

/** Sends a message to the extension's own contexts (background, pages). */
export async function send<N extends MessageName>(
  name: N,
  payload: RequestOf<N>,
): Promise<Result<ResponseOf<N>>> {
  try {
    return parseReply(name, await browser.runtime.sendMessage(makeRequest(name, payload)));
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
}

/** Sends a message to the content script of one tab (every frame, or only `frameId`). */
export async function sendToTab<N extends MessageName>(
  tabId: number,
  name: N,
  payload: RequestOf<N>,
  frameId?: number,
): Promise<Result<ResponseOf<N>>> {
  try {
    const options = frameId === undefined ? undefined : { frameId };
    return parseReply(name, await browser.tabs.sendMessage(tabId, makeRequest(name, payload), options));
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
}

/** Runs the handler for a parsed envelope; errors come back as `{ ok: false }`. */
async function dispatch(
  handlers: Handlers,
  envelope: Envelope,
  sender: Runtime.MessageSender,
): Promise<Result<unknown>> {
  const handler = handlers[envelope.name] as Handler<MessageName> | undefined;
  if (!handler) return err(`no handler for ${envelope.name}`);
  try {
    return ok(await handler(envelope.payload as never, sender));
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
}

/**
 * Registers `handlers` for inbound messages. Messages that are not Gloss envelopes, come
 * from another extension, or name no handler here are left for other listeners. The reply
 * goes through `sendResponse` (the listener returns `true` to keep the channel open), which
 * works with the native API in every browser, with or without a promise-returning `browser`.
 * Returns a function that removes the listener.
 */
export function handle(handlers: Handlers): () => void {
  const listener = (
    raw: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (reply: Result<unknown>) => void,
  ): true | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const envelope = parseRequest(raw);
    if (!envelope || !handlers[envelope.name]) return undefined;
    void dispatch(handlers, envelope, sender).then(sendResponse);
    return true;
  };
  return listenForMessages(listener);
}
