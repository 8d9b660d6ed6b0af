/**
 * Gloss's card lives in a CLOSED shadow root (issue #11): page script cannot reach it, and
 * neither can a test's `evaluate`, which runs as page script. The browsers' automation
 * protocols can (as DevTools can): CDP's `DOM.describeNode` with `pierce`, and BiDi's
 * `includeShadowTree: 'all'`. These helpers put the closed root back on its host as a
 * `shadowRoot` property in the main world, for the test only, so the in-page probes read the
 * card as before. Hostile-page tests open pages with `keepShadowClosed` and never call them.
 * The Chromium part is scripts/closed-roots.mjs, shared with the demo, screenshots and card bench.
 */
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { EXPOSE, HOST_AT, MAX_HOSTS, NEEDS } from '../../scripts/closed-roots.mjs';

/** One implementation for the tests and the scripts (demo, screenshots, card bench). */
export { chromiumRevealer, HOST_SELECTOR } from '../../scripts/closed-roots.mjs';

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
