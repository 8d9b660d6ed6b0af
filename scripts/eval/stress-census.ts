/**
 * `npx tsx scripts/eval/stress-census.ts [--json] [--sets fd1,fd2,…]` (default fd1–fd28) — the stress items whose error
 * went undetected, sorted by what the engine did at the wrong value: a claim there on the right fact
 * (`consistent` = inside a tolerance or read so, `context`, …), a claim there on another fact, or no
 * claim there (then: the value's shape — a date, a figure, words — and whether the wrong fact was
 * found in the sentence at all). Dev material only (the stress sets); a debugging aid (ADR 0167).
 */
import { join } from 'node:path';
import { parsePublished } from '../../src/core/claims/dates';
import { MentionIndex } from '../../src/core/claims/mentions';
import { annotateWith } from '../../src/core/facts/factbase';
import { loadFactBase } from '../vite/fact-base-plugin';
import { EVAL_DIR, ROOT } from './annotator';
import { loadStress } from './stress';

const args = process.argv.slice(2);
const json = args.includes('--json');
const setsArg = args[args.indexOf('--sets') + 1];
// (By default fd1–fd28 only: a stress set added blind later, fd29 on, is read by totals only.)
const sets = new Set(
  args.includes('--sets') && setsArg
    ? setsArg.split(',')
    : Array.from({ length: 28 }, (_, i) => `fd${i + 1}`),
);
const base = loadFactBase(join(ROOT, 'src/data'));

const DATE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|week|month|year|weeks|months|years|days?|ago|later|earlier|since|spring|summer|autumn|winter|decade)\b|\b(?:19|20)\d\d\b/i;
const NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|quarter|double|first|second|third|fourth|fifth)\b/i;

interface Row {
  id: string;
  cause: string;
  quote: string;
  fact: string;
  detail: string;
  /** Where a date check returned no claim (only with a build that records it). */
  path?: string;
}
const rows: Row[] = [];
for (const it of loadStress(join(EVAL_DIR, 'stress'))) {
  if (!it.wrong) continue;
  const set = it.id.replace(/-.*/, '');
  if (!sets.has(set)) continue;
  const at = it.text.indexOf(it.wrong.quote);
  const end = at + it.wrong.quote.length;
  const trail: [string, number, number][] = [];
  (globalThis as { __fd38?: unknown }).__fd38 = trail;
  const claims = annotateWith(base, it.text, it.published).filter((a) => a.kind === 'claim');
  (globalThis as { __fd38?: unknown }).__fd38 = undefined;
  const path = [...new Set(trail.filter(([, s, e]) => s < end && at < e).map(([w]) => w))].join(' ');
  if (claims.some((a) => a.verdict === 'differs' && a.start < end && at < a.end)) continue;
  const there = claims.filter((a) => a.start < end && at < a.end);
  const shape = DATE.test(it.wrong.quote) ? 'date' : NUMBER.test(it.wrong.quote) ? 'figure' : 'words';
  let cause: string;
  let detail = '';
  if (there.length) {
    const own = there.find((a) => a.factIds.includes(it.wrong?.fact ?? ''));
    if (own) {
      cause = `claim-right-fact:${own.verdict}`;
      detail = own.reasons.map((r) => r.code).join(' ');
    } else {
      cause = `claim-other-fact:${there[0]?.verdict}`;
      detail = there.map((a) => a.factIds[0]).join(',');
    }
  } else {
    const index = new MentionIndex(
      it.text,
      base.matcher.index,
      base.matcher.analyze(it.text),
      base.factById,
      parsePublished(it.published),
    );
    const found = index.sentences
      .flatMap((_s, i) => index.mentions(i))
      .filter((m) => m.fact.id === it.wrong?.fact);
    const strength = found.length ? found.map((m) => m.strength).sort()[found.length - 1] : 'not-found';
    const kind = base.factById(it.wrong.fact)?.kind ?? '?';
    cause = `no-claim:${shape}:${kind}:${strength}`;
    detail = claims.map((a) => `"${a.quote}"→${a.factIds[0]}:${a.verdict}`).join('; ');
  }
  rows.push({ id: it.id, cause, quote: it.wrong.quote, fact: it.wrong.fact, detail, path });
}
if (json) console.log(JSON.stringify(rows));
else {
  const by = new Map<string, Row[]>();
  for (const r of rows) by.set(r.cause, [...(by.get(r.cause) ?? []), r]);
  for (const [cause, rs] of [...by].sort((a, b) => b[1].length - a[1].length))
    console.log(
      `${String(rs.length).padStart(5)}  ${cause}  e.g. ${rs
        .slice(0, 3)
        .map((r) => r.id)
        .join(' ')}`,
    );
  console.log(`${rows.length} missed`);
}
