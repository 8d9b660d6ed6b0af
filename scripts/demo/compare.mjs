/**
 * The demo's compare step (issue #10): both seed articles open in tabs, the compare page opened
 * on those two tabs (`?a=tab:<id>&b=tab:<id>`: the worker reads each through the clip feature,
 * nothing is saved), a screenshot of the page, and what it found, read from the page itself.
 */
import { join } from 'node:path';
import { askContent, DemoError, HIGHLIGHT_NAME } from './extension.mjs';

const COMPARE = 'src/pages/compare/index.html';
/** The comparison of the two seeds takes well under a second; this allows for a slow machine. */
const COMPARE_TIMEOUT_MS = 30_000;
const ANNOTATE_TIMEOUT_MS = 10_000;

/** In the compare page: what it shows, once the comparison is done (else null). */
function readCompare() {
  if (!document.querySelector('[data-testid="summary"]')) return null;
  const text = (sel) => document.querySelector(sel)?.textContent?.trim() ?? '';
  const sentences = (side) => [...document.querySelectorAll(`[data-side="${side}"] .sentence`)];
  const plain = (el) =>
    [...el.childNodes]
      .filter((n) => !n.classList?.contains('visually-hidden'))
      .map((n) => n.textContent)
      .join('');
  // By its words as a reader sees them (the word diff's hidden labels and marks left out):
  // "Some" may be marked as changed beside B's "Yes, we confirm that some".
  const confirm = sentences('a').find((s) =>
    plain(s).includes('Indian companies have received licences for importing'),
  );
  const partner = confirm ? document.getElementById(`b-${confirm.dataset.partner}`) : null;
  const kazan = sentences('a').find((s) => s.textContent.includes('Kazan'));
  const kazanPartner = kazan ? document.getElementById(`b-${kazan.dataset.partner}`) : null;
  const list = (sel) => [...document.querySelectorAll(`${sel} li`)].map((li) => li.textContent.trim());
  return {
    verdict: text('[data-testid="verdict"]'),
    counts: [...document.querySelectorAll('.summary__item')].map(
      (d) => `${d.querySelector('dt')?.textContent}: ${d.querySelector('dd')?.textContent}`,
    ),
    sentences: { a: sentences('a').length, b: sentences('b').length },
    differences: text('[data-testid="navigator-status"]'),
    spokesperson:
      confirm && partner
        ? {
            a: plain(confirm),
            b: plain(partner),
            added: [...partner.querySelectorAll('ins')].map((x) => x.textContent),
          }
        : null,
    kazan: kazan && kazanPartner ? { a: plain(kazan), b: plain(kazanPartner) } : null,
    factsBoth: list('[data-testid="facts-both"]'),
    factsA: list('[data-testid="facts-a"]'),
    factsB: list('[data-testid="facts-b"]'),
    conflicts: text('[data-testid="no-conflicts"]') || list('[data-testid="conflicts"]').join(' | '),
    outdated: list('[data-testid="outdated"]'),
  };
}

/** The tab id of an open seed page (its content script answers page/summary for its URL). */
async function tabOf(ctx, page) {
  await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, HIGHLIGHT_NAME, {
    timeout: ANNOTATE_TIMEOUT_MS,
    polling: 100,
  });
  const found = await askContent(ctx, { pageUrl: page.url(), name: 'page/summary', payload: {} });
  if (found.tabId === null) throw new DemoError(`compare: no tab answered page/summary for ${page.url()}`);
  return found.tabId;
}

/**
 * Opens the seeds and the compare page on them; returns the compare page (left open) and the
 * seed pages (the caller closes them when it is done).
 */
export async function openCompare(ctx, origin, extensionId, seeds) {
  const pages = [];
  const tabs = [];
  for (const seed of seeds) {
    const page = await ctx.newPage();
    pages.push(page);
    await page.goto(`${origin}/${seed}`, { waitUntil: 'load' });
    tabs.push(await tabOf(ctx, page));
  }
  const compare = await ctx.newPage();
  await compare.goto(`chrome-extension://${extensionId}/${COMPARE}?a=tab:${tabs[0]}&b=tab:${tabs[1]}`);
  return { compare, pages };
}

/**
 * Headless: compares the two seeds, screenshots the page and returns what it found.
 * @param {{ outDir: string, rel: (p: string) => string }} opts
 */
export async function demoCompare(ctx, origin, extensionId, seeds, opts) {
  const { compare, pages } = await openCompare(ctx, origin, extensionId, seeds);
  try {
    await compare.bringToFront();
    try {
      // The summary shows while pairs are still being chosen; the comparison is done when the
      // progress line is empty again.
      await compare.waitForFunction(
        () =>
          document.querySelector('[data-testid="summary"]') !== null &&
          (document.querySelector('[data-testid="progress"]')?.textContent?.trim() ?? '') === '',
        null,
        { timeout: COMPARE_TIMEOUT_MS, polling: 100 },
      );
    } catch {
      const status = await compare.evaluate(() => document.body.textContent.slice(0, 400)).catch(() => '');
      throw new DemoError(
        `compare: no result within ${COMPARE_TIMEOUT_MS / 1000} s. The page says: ${status}`,
      );
    }
    // The pairs' partner links may land a moment after the progress line empties: read again for a
    // few seconds until the confirmation has its partner (a first run of session 18 read too early).
    let found = await compare.evaluate(readCompare);
    for (let i = 0; i < 25 && !found?.spokesperson; i++) {
      await new Promise((r) => setTimeout(r, 200));
      found = await compare.evaluate(readCompare);
    }
    // Focus A's confirmation so the screenshot shows a pair lit up (focus, unlike a hover,
    // survives the scroll that brings the summary to the top).
    await compare.evaluate(() => {
      const confirm = [...document.querySelectorAll('[data-side="a"] .sentence')].find((s) =>
        s.textContent.includes('Indian companies have received licences for importing'),
      );
      confirm?.focus();
      document.querySelector('[data-testid="summary"]')?.scrollIntoView();
    });
    const file = join(opts.outDir, 'compare-seeds.png');
    await compare.screenshot({ path: file });
    if (!found?.spokesperson) throw new DemoError('compare: the spokesperson’s confirmation is not paired');
    if (!found.factsBoth.some((f) => /Kazan/.test(f)))
      throw new DemoError('compare: the Kazan meeting is not under “In both”');
    return { ...found, screenshot: opts.rel(file) };
  } finally {
    for (const p of [compare, ...pages]) await p.close().catch(() => {});
  }
}

/** Summary lines for stdout and summary.md (`md` escapes for Markdown). */
export function compareLines(c, md = (s) => s) {
  const q = (s) => md(s);
  const lines = [
    `Verdict: ${md(c.verdict)}`,
    `Counts: ${c.counts.map(md).join(' · ')}`,
    `Sentences: ${c.sentences.a} in A, ${c.sentences.b} in B. ${md(c.differences)}`,
  ];
  if (c.spokesperson)
    lines.push(
      `Spokesperson pair: A ${q(c.spokesperson.a)} ↔ B ${q(c.spokesperson.b)} (B adds: ${c.spokesperson.added.map((x) => `“${q(x.trim())}”`).join(', ')})`,
    );
  if (c.kazan) lines.push(`Kazan pair: A ${q(c.kazan.a)} ↔ B ${q(c.kazan.b)}`);
  lines.push(
    `Facts in both: ${c.factsBoth.map(md).join('; ')}`,
    `Facts only in A: ${c.factsA.map(md).join('; ') || 'none'}`,
    `Facts only in B: ${c.factsB.map(md).join('; ') || 'none'}`,
    `Conflicts: ${md(c.conflicts)}`,
    `Outdated: ${c.outdated.map(md).join('; ') || 'none'}`,
  );
  return lines;
}
