/**
 * The demo's conversation with the extension and the page: Gloss messages sent from the
 * service worker to a tab's content script, where to hover, and screenshot geometry.
 */

/** The highlight layer whose ranges the demo hovers (terms); claims use their first line box. */
export const HIGHLIGHT_NAME = 'gloss-term';
/** Space around the words and the card in each screenshot (CSS px). */
const CLIP_PADDING_PX = 24;

/** A failure with a message meant for the user (no stack trace). */
export class DemoError extends Error {}

export async function serviceWorker(ctx) {
  return ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 10_000 }));
}

/**
 * Sends a Gloss message from the service worker to a tab's content script. Without the
 * "tabs" permission tabs have no url, so with no tabId it asks every tab for page/summary
 * and keeps the one whose summary is for `pageUrl`.
 * @returns {Promise<{ tabId: number, reply: any } | { tabId: null, errors: string[] }>}
 */
export async function askContent(ctx, { pageUrl, tabId, name, payload }) {
  const sw = await serviceWorker(ctx);
  return sw.evaluate(
    async ({ pageUrl, tabId, name, payload }) => {
      const ids =
        tabId ?? (await chrome.tabs.query({})).map((t) => t.id).filter((id) => typeof id === 'number');
      const errors = [];
      for (const id of [ids].flat()) {
        try {
          const reply = await chrome.tabs.sendMessage(id, { gloss: 1, name, payload });
          if (tabId !== null || reply?.value?.url === pageUrl) return { tabId: id, reply };
          errors.push(`tab ${id}: ${JSON.stringify(reply)?.slice(0, 200)}`);
        } catch (e) {
          errors.push(`tab ${id}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      return { tabId: null, errors };
    },
    { pageUrl, tabId: tabId ?? null, name, payload },
  );
}

/** Checks a reply's Result shape and returns its value. */
export function resultValue(reply, what) {
  if (!reply || typeof reply !== 'object')
    throw new DemoError(`${what}: no reply (got ${JSON.stringify(reply)})`);
  if (reply.ok !== true) throw new DemoError(`${what}: the content script answered ${JSON.stringify(reply)}`);
  return reply.value;
}

/** Where to hover: the middle of the first line box of the highlighted range at `rect`. */
export async function hoverPoint(page, rect) {
  const point = await page.evaluate(
    ({ rect, name }) => {
      const near = (a, b) => Math.abs(a - b) < 1.5;
      for (const r of CSS.highlights.get(name) ?? []) {
        // Gloss registers StaticRanges (ADR 0017): measure each as a live Range.
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const b = range.getBoundingClientRect();
        if (!(near(b.x, rect.x) && near(b.y, rect.y) && near(b.width, rect.width))) continue;
        const box = [...range.getClientRects()].find((r) => r.width > 2 && r.height > 2);
        if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    },
    { rect, name: HIGHLIGHT_NAME },
  );
  return point ?? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/**
 * Waits until a box stops moving (the card is positioned asynchronously).
 * @param {() => Promise<{ x: number, y: number, width: number, height: number } | null>} measure
 */
export async function stableBox(measure) {
  let last = null;
  for (let i = 0; i < 20; i++) {
    const box = await measure();
    if (box && last && ['x', 'y', 'width', 'height'].every((k) => Math.abs(box[k] - last[k]) < 0.5))
      return box;
    last = box;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  return last;
}

/** The screenshot region: the highlighted words and the card, padded, inside the viewport. */
export function clipAround(a, b, viewport) {
  const x0 = Math.max(0, Math.min(a.x, b.x) - CLIP_PADDING_PX);
  const y0 = Math.max(0, Math.min(a.y, b.y) - CLIP_PADDING_PX);
  const x1 = Math.min(viewport.width, Math.max(a.x + a.width, b.x + b.width) + CLIP_PADDING_PX);
  const y1 = Math.min(viewport.height, Math.max(a.y + a.height, b.y + b.height) + CLIP_PADDING_PX);
  return { x: Math.floor(x0), y: Math.floor(y0), width: Math.ceil(x1 - x0), height: Math.ceil(y1 - y0) };
}
