/** docs/accuracy.md from the scores (tables only; the numbers come from one run of `npm run eval`). */
import { pct, type Ratio, type Scores } from './score';

const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
const frac = (r: Ratio) => `${pct(r)} (${r.hit}/${r.total})`;

export interface OffTopic {
  readonly pages: number;
  readonly claims: number;
  readonly differs: number;
  readonly pagesWithCards: readonly { page: string; cards: readonly string[] }[];
}

export function accuracyReport(s: Scores, off: OffTopic | null, baseline: Record<string, number>): string {
  const out: string[] = [];
  out.push('# Accuracy of the claim engine');
  out.push('');
  out.push(
    'Written by `npm run eval` from the dev corpus in `test/fixtures/eval/articles/` (articles we wrote from the',
    'dossier, in several outlets\u2019 styles, with gold annotations, altered copies and traps; format in',
    '`test/fixtures/eval/README.md`). `test/unit/engine/accuracy.test.ts` fails when a figure falls below',
    '`test/fixtures/eval/baseline.json`.',
    '',
  );
  out.push(row(['figure', 'value', 'goal', 'baseline']), row(['---', '---', '---', '---']));
  out.push(row(['articles', s.articles, '\u2265 30', '']));
  out.push(row(['recall (gold cards found)', frac(s.recall), '\u2265 95 %', `${baseline.recall ?? '–'}`]));
  out.push(row(['card precision', frac(s.precision), '\u2265 98 %', `${baseline.precision ?? '–'}`]));
  out.push(row(['false `differs`', s.falseDiffers, '0', `${baseline.falseDiffers ?? '–'}`]));
  out.push(row(['altered claims detected', frac(s.altered), '\u2265 95 %', `${baseline.altered ?? '–'}`]));
  out.push(row(['real errors flagged', frac(s.realErrors), 'all', `${baseline.realErrors ?? '–'}`]));
  out.push('', '## Recall by class', '', row(['class', 'recall']), row(['---', '---']));
  for (const [k, r] of Object.entries(s.recallByClass).sort()) out.push(row([k, frac(r)]));
  out.push('', '## Altered-claim detection by class', '', row(['class', 'detected']), row(['---', '---']));
  for (const [k, r] of Object.entries(s.alteredByClass).sort()) out.push(row([k, frac(r)]));
  out.push('', '## By outlet style', '', row(['style', 'recall', 'precision']), row(['---', '---', '---']));
  for (const [k, v] of Object.entries(s.byStyle).sort())
    out.push(row([k, frac(v.recall), frac(v.precision)]));
  if (off) {
    out.push('', '## Pages about something else', '');
    out.push(
      `On the ${off.pages} pages of \`../shared/corpus/readability-pages\` (none about India\u2013China): ` +
        `${off.claims} claims, ${off.differs} \`differs\`, cards on ${off.pagesWithCards.length} page(s) (goal: 0, 0, \u2264 2).`,
    );
    for (const p of off.pagesWithCards) out.push(`- ${p.page}: ${p.cards.join(', ')}`);
  }
  const list = (title: string, items: readonly { article: string; what: string }[]) => {
    out.push('', `## ${title} (${items.length})`, '');
    if (!items.length) out.push('None.');
    for (const m of items) out.push(`- ${m.article}: ${m.what}`);
  };
  list('Missed gold cards', s.missed);
  list('Wrong cards', s.wrongCards);
  list('Altered claims not flagged', s.undetected);
  return `${out.join('\n')}\n`;
}
