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

/** The host elements whose closed roots tests may read: the card's and the save notice's. */
export const HOST_SELECTOR = 'gloss-root, gloss-notice';

/** In the main world: define `shadowRoot` on the root's host (the root is `this`). */
const EXPOSE = `function () {
  const root = this;
  Object.defineProperty(root.host, 'shadowRoot', { configurable: true, get: () => root });
}`;

/** The index of the first host whose root is not exposed yet, or -1. */
const NEEDS = `[...document.querySelectorAll('${HOST_SELECTOR}')].findIndex(
  (host) => !Object.getOwnPropertyDescriptor(host, 'shadowRoot'))`;
const HOST_AT = (i: number) => `document.querySelectorAll('${HOST_SELECTOR}')[${i}]`;
/** Hosts exposed per call, at most (there are one or two). */
const MAX_HOSTS = 4;

/** Chromium: returns a function that exposes the current host's closed root, if any. */
export function chromiumRevealer(page: PlaywrightPage): () => Promise<void> {
  let session: Awaited<ReturnType<ReturnType<PlaywrightPage['context']>['newCDPSession']>> | null = null;
  return async () => {
    session ??= await page.context().newCDPSession(page);
    for (let n = 0; n < MAX_HOSTS; n += 1) {
      const needs = await session.send('Runtime.evaluate', { expression: NEEDS, returnByValue: true });
      const index = needs.result.value as number;
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
    for (let n = 0; n < MAX_HOSTS; n += 1) {
      const index = (await page.evaluate(NEEDS)) as number;
      if (index < 0) return;
      const realm = (page.mainFrame() as unknown as { browsingContext: { defaultRealm: BidiRealm } })
        .browsingContext.defaultRealm;
      const found = await realm.callFunction(`() => ${HOST_AT(index)}`, false, {
        serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
        resultOwnership: 'none',
      });
      const sharedId = found.result?.value?.shadowRoot?.sharedId;
      if (!sharedId) return;
      await realm.callFunction(`(root) => (${EXPOSE}).call(root)`, false, { arguments: [{ sharedId }] });
    }
  };
}
