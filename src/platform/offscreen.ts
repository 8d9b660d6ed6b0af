/**
 * Chrome's offscreen documents (the `offscreen` permission, Chrome 109+; ADR 0039): a hidden extension
 * page the worker opens for what needs a DOM. Chrome allows one per extension; it stays open when the
 * worker is stopped, so a woken worker usually finds it already there.
 */
import { browser } from './browser';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ContextsApi {
  getContexts(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
}

/** Is the offscreen document `path` (an extension file) open? */
export async function hasOffscreenDocument(path: string): Promise<boolean> {
  const runtime = browser.runtime as unknown as ContextsApi;
  const found = await runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [browser.runtime.getURL(path)],
  });
  return found.length > 0;
}

/** Opens the offscreen document `path` to parse DOM (resolves once it has loaded). */
export async function openOffscreenDocument(path: string, justification: string): Promise<void> {
  const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  if (!offscreen) throw new Error('this browser has no offscreen documents');
  await offscreen.createDocument({ url: path, reasons: ['DOM_PARSER'], justification });
}
