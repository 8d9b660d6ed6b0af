/**
 * `npx tsx scripts/eval/fd41-stress.ts [--ids]` — stress figures by group, read by file name: design (fd1–fd14),
 * validation (fd15–fd28), the helpers' own sets (fd27-own …), and the blind sets (fd29.json on) by totals only.
 * With `--ids`, one JSON line of the design and validation ids detected / falsely `differs` (ADR 0171 aid).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledAnnotator, EVAL_DIR } from './annotator';
import { type StressItem, scoreStress } from './stress';

const dir = join(EVAL_DIR, 'stress');
const { annotate } = bundledAnnotator();
const groups = new Map<string, StressItem[]>();
for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
  const own = name.includes('-own');
  const n = Number(name.match(/^fd(\d+)/)?.[1]);
  const group = own ? 'own' : n <= 14 ? 'design' : n <= 28 ? 'validation' : `blind-fd${n}`;
  groups.set(group, [
    ...(groups.get(group) ?? []),
    ...(JSON.parse(readFileSync(join(dir, name), 'utf8')) as StressItem[]),
  ]);
}
const ids: Record<string, unknown> = {};
for (const [group, items] of [...groups].sort()) {
  const s = scoreStress(items, annotate);
  console.log(
    `${group}: ${s.detected.hit}/${s.detected.total} detected, false differs ${s.falseDiffers.length} of ${s.correct}`,
  );
  if (group === 'design' || group === 'validation') {
    const wrong = new Set(items.filter((i) => i.wrong).map((i) => i.id));
    const missed = new Set(s.missed);
    ids[group] = { detected: [...wrong].filter((i) => !missed.has(i)), falseDiffers: s.falseDiffers };
  }
}
if (process.argv.includes('--ids')) console.log(JSON.stringify(ids));
