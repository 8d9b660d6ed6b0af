/** docs/accuracy.md from the scores (tables only; the numbers come from one run of `npm run eval`). */
import { HISTORY } from './report-history';
import { pct, type Ratio, type Scores } from './score';
import type { StressScores } from './stress';

const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
const frac = (r: Ratio) => `${pct(r)} (${r.hit}/${r.total})`;

export interface OffTopic {
  readonly pages: number;
  readonly claims: number;
  readonly differs: number;
  readonly pagesWithCards: readonly { page: string; cards: readonly string[] }[];
}

type Figures = Partial<Record<'recall' | 'precision' | 'falseDiffers' | 'altered' | 'realErrors', number>>;
type Baseline = Partial<Record<'dev' | 'holdout', Figures>> & {
  stress?: { falseDiffers?: number; detected?: number };
};

const asPct = (x: number | undefined) => (x === undefined ? '–' : `${(100 * x).toFixed(1)} %`);

export function accuracyReport(
  sets: { dev: Scores; holdout: Scores; batches?: Record<string, Scores>; stress?: StressScores },
  off: OffTopic | null,
  baseline: Baseline,
): string {
  const { dev, holdout } = sets;
  const b = { dev: baseline.dev ?? {}, holdout: baseline.holdout ?? {} };
  const out: string[] = [];
  out.push('# Accuracy of the claim engine', '');
  out.push(...HISTORY);
  out.push(
    row(['figure', 'dev', 'held-out', 'goal', 'baseline dev / held-out']),
    row(['---', '---', '---', '---', '---']),
  );
  out.push(row(['articles', dev.articles, holdout.articles, '\u2265 30', '']));
  const line = (name: string, key: keyof Figures, get: (s: Scores) => Ratio, goal: string) =>
    out.push(
      row([
        name,
        frac(get(dev)),
        frac(get(holdout)),
        goal,
        `${asPct(b.dev[key])} / ${asPct(b.holdout[key])}`,
      ]),
    );
  line('recall (gold cards found)', 'recall', (s) => s.recall, '\u2265 95 %');
  line('card precision', 'precision', (s) => s.precision, '\u2265 98 %');
  out.push(
    row([
      'false `differs`',
      dev.falseDiffers,
      holdout.falseDiffers,
      '0',
      `${b.dev.falseDiffers ?? '–'} / ${b.holdout.falseDiffers ?? '–'}`,
    ]),
  );
  line('altered claims detected', 'altered', (s) => s.altered, '\u2265 95 %');
  line('real errors flagged', 'realErrors', (s) => s.realErrors, 'all');
  const cell = (r: Ratio | undefined) => (r ? frac(r) : '–');
  const both = (v: { recall: Ratio; precision: Ratio } | undefined) =>
    v ? `${pct(v.recall)} / ${pct(v.precision)}` : '–';
  const section = <T>(
    title: string,
    first: string,
    pick: (s: Scores) => Record<string, T>,
    show: (v: T | undefined) => string,
  ) => {
    const keys = [...new Set([...Object.keys(pick(dev)), ...Object.keys(pick(holdout))])].sort();
    out.push('', `## ${title}`, '', row([first, 'dev', 'held-out']), row(['---', '---', '---']));
    for (const k of keys) out.push(row([k, show(pick(dev)[k]), show(pick(holdout)[k])]));
  };
  section('Recall by class', 'class', (s) => s.recallByClass, cell);
  section('Altered-claim detection by class', 'class', (s) => s.alteredByClass, cell);
  section('By outlet style (recall / precision)', 'style', (s) => s.byStyle, both);
  const batches = Object.entries(sets.batches ?? {});
  if (batches.length) {
    out.push(
      '',
      '## Held-out batches',
      '',
      row([
        'batch',
        'articles',
        'recall',
        'card precision',
        'false `differs`',
        'altered detected',
        'real errors',
      ]),
      row(['---', '---', '---', '---', '---', '---', '---']),
    );
    for (const [name, sc] of batches)
      out.push(
        row([
          name,
          sc.articles,
          frac(sc.recall),
          frac(sc.precision),
          sc.falseDiffers,
          frac(sc.altered),
          frac(sc.realErrors),
        ]),
      );
  }
  const st = sets.stress;
  if (st) {
    const bs = baseline.stress ?? {};
    out.push('', '## Stress sentences', '');
    out.push(
      'One or two sentences each (`test/fixtures/eval/stress/`), written blind from the dossier by a helper who never',
      'saw the engine, to be hard for a checker: several events and dates in one sentence, reporting dates, an',
      'instrument’s announcement vs its start, previous instances, gaps between events, other countries’',
      'figures, changes beside shares. The correct ones must never come out `differs`; the ones with one deliberate',
      'error should. They are dev material: their false `differs` were read and fixed by general rules (session 8).',
      '',
      row(['figure', 'now', 'baseline']),
      row(['---', '---', '---']),
      row([
        'correct sentences with a false `differs`',
        `${st.falseDiffers.length} of ${st.correct}${st.falseDiffers.length ? ` (${st.falseDiffers.join(', ')})` : ''}`,
        bs.falseDiffers ?? '\u2013',
      ]),
      row(['errors detected', frac(st.detected), asPct(bs.detected)]),
    );
  }
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
  out.push('', 'The lists below are for the dev corpus only (the held-out set stays unread while tuning).');
  list('Missed gold cards (dev)', dev.missed);
  list('Wrong cards (dev)', dev.wrongCards);
  list('Altered claims not flagged (dev)', dev.undetected);
  return `${out.join('\n')}\n`;
}
