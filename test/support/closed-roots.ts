/**
 * Gloss's card lives in a CLOSED shadow root (issue #11): page script cannot reach it, and
 * neither can a test's `evaluate`, which runs as page script. The browsers' automation
 * protocols can (as DevTools can): CDP's `DOM.describeNode` with `pierce`, and BiDi's
 * `includeShadowTree: 'all'`. These helpers put the closed root back on its host as a
 * `shadowRoot` property in the main world, for the test only, so the in-page probes read the
 * card as before. Hostile-page tests open pages with `keepShadowClosed` and never call them.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/** The host element whose closed root tests may read. */
export const HOST_SELECTOR = 'gloss-root';

/** In the main world: define `shadowRoot` on the root's host (the root is `this`). */
const EXPOSE = `function () {
  const root = this;
  Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
}`;

/** True when there is a host whose root is not exposed yet. */
const NEEDS = `(() => {
  const host = document.querySelector('${HOST_SELECTOR}');
  return host !== null && !Object.getOwnPropertyDescriptor(host, 'shadowRoot');
})()`;

/** Chromium: returns a function that exposes the current host's closed root, if any. */
export function chromiumRevealer(page: PlaywrightPage): () => Promise<void> {
  let session: Awaited<ReturnType<ReturnType<PlaywrightPage['context']>['newCDPSession']>> | null = null;
  return async () => {
    session ??= await page.context().newCDPSession(page);
    const needs = await session.send('Runtime.evaluate', { expression: NEEDS, returnByValue: true });
    if (needs.result.value !== true) return;
    const host = await session.send('Runtime.evaluate', {
      expression: `document.querySelector('${HOST_SELECTOR}')`,
    });
    if (!host.result.objectId) return;
    const { node } = await session.send('DOM.describeNode', {
      objectId: host.result.objectId,
      pierce: true,
      depth: 0,
    });
    const root = node.shadowRoots?.[0];
    if (!root) return;
    const { object } = await session.send('DOM.resolveNode', { backendNodeId: root.backendNodeId });
    if (object.objectId)
      await session.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: EXPOSE,
      });
  };
}

/** What Puppeteer's BiDi frame exposes of its browsing context's realm (internal, stable enough). */
interface BidiRealm {
  callFunction(
    fn: string,
    awaitPromise: boolean,
    options?: Record<string, unknown>,
  ): Promise<{ type: string; result?: { value?: { shadowRoot?: { sharedId?: string } | null } } }>;
}

/** Firefox (BiDi): returns a function that exposes the current host's closed root, if any. */
export function firefoxRevealer(page: PuppeteerPage): () => Promise<void> {
  return async () => {
    if (!(await page.evaluate(NEEDS))) return;
    const realm = (page.mainFrame() as unknown as { browsingContext: { defaultRealm: BidiRealm } })
      .browsingContext.defaultRealm;
    const found = await realm.callFunction(`() => document.querySelector('${HOST_SELECTOR}')`, false, {
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
      resultOwnership: 'none',
    });
    const sharedId = found.result?.value?.shadowRoot?.sharedId;
    if (!sharedId) return;
    await realm.callFunction(`(root) => (${EXPOSE}).call(root)`, false, { arguments: [{ sharedId }] });
  };
}
