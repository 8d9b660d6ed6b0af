/**
 * Reading Gloss's in-page UI from a tool. The card (and the save notice) live in a CLOSED
 * shadow root (ADR 0017): page script cannot reach it, and neither can Playwright's `evaluate`
 * or its locators, which run as page script. The automation protocol can (as DevTools can): CDP's
 * `DOM.describeNode` with `pierce` finds the root, and `Runtime.callFunctionOn` puts it back on
 * its host as a `shadowRoot` property in the page's main world, for this tool's session only.
 * Nothing changes in the extension: to the page's own scripts the root is still closed (the
 * property is defined by the tool, on that one element).
 *
 * Used by the demo, the screenshots and the card bench, and (the Chromium part) by the e2e
 * tests through test/support/closed-roots.ts, which adds the Firefox (BiDi) counterpart.
 *
 * Types for TypeScript callers: closed-roots.d.mts.
 */

/** The host elements whose closed roots tools may read: the card's and the save notice's. */
export const HOST_SELECTOR = 'gloss-root, gloss-notice';

/** In the main world: define `shadowRoot` on the root's host (the root is `this`). */
export const EXPOSE = `function () {
  const root = this;
  Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
}`;

/** An expression: the index of the first host whose root is not exposed yet, or -1. */
export const NEEDS = `[...document.querySelectorAll('${HOST_SELECTOR}')].findIndex(
  (host) => !Object.getOwnPropertyDescriptor(host, 'shadowRoot'))`;

/**
 * An expression: the host at `index` among the hosts.
 * @param {number} index
 */
export const HOST_AT = (index) => `document.querySelectorAll('${HOST_SELECTOR}')[${index}]`;

/** Hosts exposed per call, at most (there are one or two). */
export const MAX_HOSTS = 4;

/**
 * Chromium (Playwright): returns a function that exposes the closed roots of the hosts now in
 * the page, if any. Call it again whenever a new host may have appeared (a host is created
 * once per card controller and reused, so an exposed root stays exposed while the page lives).
 * @param {import('playwright-core').Page} page
 * @returns {() => Promise<void>}
 */
export function chromiumRevealer(page) {
  /** @type {import('playwright-core').CDPSession | null} */
  let session = null;
  return async () => {
    session ??= await page.context().newCDPSession(page);
    for (let n = 0; n < MAX_HOSTS; n += 1) {
      const needs = await session.send('Runtime.evaluate', { expression: NEEDS, returnByValue: true });
      const index = needs.result.value;
      if (typeof index !== 'number' || index < 0) return;
      const host = await session.send('Runtime.evaluate', { expression: HOST_AT(index) });
      if (!host.result.objectId) return;
      const { node } = await session.send('DOM.describeNode', {
        objectId: host.result.objectId,
        pierce: true,
        depth: 0,
      });
      const root = node.shadowRoots?.[0];
      if (!root) return;
      const { object } = await session.send('DOM.resolveNode', { backendNodeId: root.backendNodeId });
      if (!object.objectId) return;
      await session.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: EXPOSE,
      });
    }
  };
}

const sleep = (/** @type {number} */ ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Polls `fn(arg)` in the page's main world, exposing closed roots before each try (a new card
 * host may appear at any time), until it returns something truthy, which it returns. Throws
 * after `timeout` ms. Errors while the page navigates are retried.
 * @template T, A
 * @param {import('playwright-core').Page} page
 * @param {() => Promise<void>} reveal from chromiumRevealer(page)
 * @param {(arg: A) => T} fn
 * @param {A} arg
 * @param {{ timeout?: number, polling?: number, what?: string }} [options]
 * @returns {Promise<NonNullable<Awaited<T>>>}
 */
export async function waitRevealed(page, reveal, fn, arg, { timeout = 5_000, polling = 25, what } = {}) {
  const deadline = Date.now() + timeout;
  /** @type {unknown} */
  let lastError;
  for (;;) {
    try {
      await reveal();
      const value = await page.evaluate(/** @type {any} */ (fn), arg);
      if (value) return /** @type {any} */ (value);
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
      throw new Error(
        `Timed out after ${timeout} ms waiting for ${what ?? fn.name ?? 'a condition'}${detail}`,
      );
    }
    await sleep(polling);
  }
}
