import { loadavg } from 'node:os';
import { smallComparePair, words } from './bench-small-pair';
import { startChromium } from './launch-browser.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
};
const ROUNDS = option('--rounds', 4);
const WARM = option('--warm', 8);
const builds = args;
if (builds.length < 1)
  throw new Error('usage: bench-compare-page-pair.ts <build dir> … [--rounds N] [--warm N]');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
// bench:compare's small pair: the dev pairs joined until A has 2 000 words.
const { a: textA, b: textB } = smallComparePair(ROOT);

interface PageBench {
  shown: number[];
}

/** In-page: notes when each summary is shown. */
function watch(): void {
  const w = window as unknown as { __bench: PageBench };
  w.__bench = { shown: [] };
  new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes)
        if (
          n instanceof Element &&
          (n.matches('[data-testid="summary"]') || n.querySelector('[data-testid="summary"]'))
        )
          w.__bench.shown.push(performance.now());
  }).observe(document.body, { childList: true, subtree: true });
}

/** In-page: gives the named sides their files; returns the page's time at the change events. */
function pick([sides, a, b]: [string, string, string]): number {
  const give = (side: string, text: string) => {
    const input = document.querySelector(`[data-testid="file-${side}"]`) as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File([text], `${side}.txt`, { type: 'text/plain' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const t0 = performance.now();
  if (sides.includes('a')) give('a', a);
  if (sides.includes('b')) give('b', b);
  return t0;
}

async function session(build: string): Promise<{ cold: number; warm: number[] }> {
  const browser = await startChromium({ extension: build, viewport: { width: 1280, height: 900 } });
  try {
    const page = await browser.context.newPage();
    // tsx names functions with a helper the page does not have.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(`chrome-extension://${browser.extensionId}/src/pages/compare/index.html`);
    await page.waitForSelector('[data-testid="file-a"]');
    await page.evaluate(watch);
    const times: number[] = [];
    for (let k = 0; k <= WARM; k++) {
      const t0 = await page.evaluate(pick, [k === 0 ? 'ab' : 'a', textA, textB] as [string, string, string]);
      await page.waitForFunction(
        (n) => (window as unknown as { __bench: PageBench }).__bench.shown.length > n,
        k,
        {
          polling: 20,
          timeout: 60_000,
        },
      );
      const shown = await page.evaluate(() => (window as unknown as { __bench: PageBench }).__bench.shown);
      times.push((shown[k] as number) - t0);
    }
    return { cold: times[0] as number, warm: times.slice(1) };
  } finally {
    await browser.close();
  }
}

const results = builds.map(() => ({ cold: [] as number[], warm: [] as number[], rounds: [] as number[] }));
for (let round = 0; round < ROUNDS; round++) {
  const order = builds.map((_, k) => (k + round) % builds.length);
  for (const k of order) {
    const r = await session(builds[k] as string);
    const into = results[k] as (typeof results)[number];
    into.cold.push(r.cold);
    into.warm.push(...r.warm);
    into.rounds.push(median(r.warm));
    console.log(
      `round ${round + 1} ${builds[k]}: cold ${r.cold.toFixed(0)} ms, warm median ${median(r.warm).toFixed(0)} ms (load ${loadavg()[0]?.toFixed(1)})`,
    );
  }
}
console.log(`\n${words(textA)} and ${words(textB)} words; ${ROUNDS} rounds, ${WARM} warm comparisons each`);
builds.forEach((b, k) => {
  const r = results[k] as (typeof results)[number];
  console.log(
    `${b}: cold median ${median(r.cold).toFixed(0)} ms; warm median ${median(r.warm).toFixed(0)} ms; warm by round ${r.rounds.map((x) => x.toFixed(0)).join(', ')}`,
  );
});
