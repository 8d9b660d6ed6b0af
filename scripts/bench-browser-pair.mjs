/**
 * `npm run bench:browser -- --baseline <dir>`: the same pages in a third Chromium with another
 * bench build (e.g. main's, copied out of its dist/bench-chrome), each page opened with both
 * builds one after the other (the order alternating page by page), so the two are compared in one
 * run on this shared machine: per page, this build − the baseline; then the median of those
 * differences and of each build's ratio to the same Readability parse.
 */

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.ceil(0.5 * s.length) - 1] : Number.NaN;
};
const ms = (v) => (Number.isFinite(v) ? `${v >= 0 ? '' : '−'}${Math.abs(v).toFixed(2)} ms` : '–');
const times = (v) => (Number.isFinite(v) ? `${v.toFixed(2)} ×` : '–');

/** `--baseline <dir>` from the command line, or null. */
export function baselineArg(args) {
  return args.includes('--baseline') ? (args[args.indexOf('--baseline') + 1] ?? null) : null;
}

/**
 * Runs `measure(ctx)` for this build and the baseline on one page, in an order that alternates
 * with `i`; returns `{ a, base }`.
 */
export async function paired(i, ctx, baseCtx, measure) {
  if (i % 2 === 0) {
    const a = await measure(ctx);
    return { a, base: await measure(baseCtx) };
  }
  const base = await measure(baseCtx);
  return { a: await measure(ctx), base };
}

/** The paired section's table: rows with terms where both builds placed highlights. */
export function pairedReport(rows, label) {
  const both = rows.filter((r) => r.base && r.highlights > 0 && r.base.highlights > 0);
  const line = (name, list) => {
    const wall = (r) => r.gloss / r.readability;
    const cpu = (r) => r.glossCpu / r.readabilityCpu;
    const bWall = (r) => r.base.gloss / r.readability;
    const bCpu = (r) => r.base.glossCpu / r.readabilityCpu;
    const dWall = list.map((r) => r.gloss - r.base.gloss);
    const dCpu = list.map((r) => r.glossCpu - r.base.glossCpu).filter(Number.isFinite);
    const less = (d) => `${d.filter((x) => x < 0).length} of ${d.length}`;
    const longest = (k) => Math.max(0, ...list.map(k));
    return `| ${name} | ${list.length} | ${times(median(list.map(wall)))} / ${times(median(list.map(bWall)))} | ${times(median(list.map(cpu)))} / ${times(median(list.map(bCpu)))} | ${ms(median(dWall))} (less on ${less(dWall)}) | ${ms(median(dCpu))} (less on ${less(dCpu)}) | ${median(list.map((r) => r.tasks))} / ${median(list.map((r) => r.base.tasks))} | ${longest((r) => r.glossMax).toFixed(1)} / ${longest((r) => r.base.glossMax).toFixed(1)} ms | ${list.filter((r) => r.highlights !== r.base.highlights).length} |`;
  };
  return `Paired with ${label} in the same run (\`--baseline\`): each page opened with both bench builds one after the other (the order alternating), Readability's parse the same for both. "Δ" is the median of the per-page differences, this build − the baseline.

| pages with terms | n | Gloss / parse, wall: this / baseline (median) | CPU: this / baseline (median) | Δ Gloss wall | Δ Gloss CPU | tasks, median: this / baseline | longest Gloss task (max): this / baseline | pages whose highlights differ |
|---|---|---|---|---|---|---|---|---|
${line('all', both)}
${line(
  '… up to 200 KB',
  both.filter((r) => r.bytes <= 200 * 1024),
)}`;
}
