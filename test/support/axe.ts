/** axe-core in an e2e page: inject it into the main world and analyse Gloss's host and its shadow root. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GlossPage } from './page';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeSummary {
  violations: { id: string; impact: string | null; help: string; targets: string[] }[];
  /** Passed checks on nodes inside the shadow root, e.g. `color-contrast: gloss-root > .gloss-card__title`. */
  passesInside: string[];
  incomplete: { id: string; targets: string[] }[];
}

/** In-page: evaluates axe's source once (it defines window.axe). */
function inject(source: string): void {
  // axe-core's own source, run in the page's global scope; it defines window.axe.
  if (!(window as unknown as { axe?: unknown }).axe) new Function(source)();
}

/**
 * In-page: runs axe on `gloss-root` (shadow DOM included) and summarises. With `contrastOnly`,
 * runs only color-contrast, with the host moved into <body> for the run: axe-core builds the
 * element grid it needs for colours from <body> down (createGrid), so for a host on <html>,
 * where Gloss puts it, every contrast check ends "incomplete" ("Unable to determine contrast
 * ratio"). The host goes back to <html> afterwards.
 */
async function analyse(contrastOnly: boolean): Promise<AxeSummary> {
  type Node = { target: unknown[] };
  type Result = { id: string; impact?: string | null; help: string; nodes: Node[] };
  const axe = (
    window as unknown as {
      axe: { run(context: unknown, options: unknown): Promise<Record<string, Result[]>> };
    }
  ).axe;
  const host = document.querySelector('gloss-root');
  if (!host) throw new Error('no gloss-root to analyse');
  if (contrastOnly) {
    // Gloss puts a moved host back while its card is shown, up to a bound (dom/shadow-host.ts,
    // MAX_REPAIRS); past it the host stays where it was put. Move it until it stays.
    for (let i = 0; i < 100 && host.parentNode !== document.body; i += 1) {
      document.body.append(host);
      await new Promise((ok) => setTimeout(ok, 0));
    }
  }
  let results: Record<string, Result[]>;
  try {
    results = await axe.run(
      { include: [['gloss-root']] },
      {
        resultTypes: ['violations', 'incomplete', 'passes'],
        iframes: false,
        ...(contrastOnly ? { runOnly: ['color-contrast'] } : {}),
      },
    );
  } finally {
    if (contrastOnly) document.documentElement.append(host);
  }
  const name = (n: Node) => n.target.flat().join(' > ');
  const inside = (n: Node) => Array.isArray(n.target[0]) && n.target[0].length > 1;
  return {
    violations: (results.violations ?? []).map((r) => ({
      id: r.id,
      impact: r.impact ?? null,
      help: r.help,
      targets: r.nodes.map(name),
    })),
    passesInside: (results.passes ?? []).flatMap((r) =>
      r.nodes.filter(inside).map((n) => `${r.id}: ${name(n)}`),
    ),
    incomplete: (results.incomplete ?? []).map((r) => ({ id: r.id, targets: r.nodes.map(name) })),
  };
}

/**
 * Runs axe-core on Gloss's host and its shadow root in `page`: every rule with the host where it
 * is, then color-contrast again with the host inside <body> (see `analyse`). One summary of both.
 */
export async function axeCard(page: GlossPage): Promise<AxeSummary> {
  await page.evaluate(inject, AXE_SOURCE);
  const all = await page.evaluate(analyse, false);
  const contrast = await page.evaluate(analyse, true);
  return {
    violations: [...all.violations, ...contrast.violations],
    passesInside: [...all.passesInside, ...contrast.passesInside],
    incomplete: [...all.incomplete.filter((r) => r.id !== 'color-contrast'), ...contrast.incomplete],
  };
}

/** A failure message naming each violation, its impact and its nodes. */
export function describeViolations(summary: AxeSummary): string {
  return summary.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`)
    .join('\n');
}
