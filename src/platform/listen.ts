/**
 * The one registration on `runtime.onMessage` for both messaging adapters (platform/messaging.ts
 * for the worker and pages, platform/content-messaging.ts for content scripts).
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from './browser';

/** A `runtime.onMessage` listener that replies through `sendResponse` (returns true to keep it open). */
export type MessageListener<R> = (
  raw: unknown,
  sender: Runtime.MessageSender,
  sendResponse: (reply: R) => void,
) => true | undefined;

/** Adds `listener` to `runtime.onMessage`; returns a function that removes it. */
export function listenForMessages<R>(listener: MessageListener<R>): () => void {
  const onMessage = browser.runtime.onMessage as unknown as {
    addListener(l: MessageListener<R>): void;
    removeListener(l: MessageListener<R>): void;
  };
  onMessage.addListener(listener);
  return () => onMessage.removeListener(listener);
}
