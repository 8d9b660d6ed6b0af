/**
 * The summary strip: what the comparison found, in one plain sentence (two identical
 * articles, one empty, two unrelated are said as such), then the shares and counts.
 * For two versions of one page the counts read as added, removed and changed.
 */
import type { CompareSummary } from '../../core/compare/types';
import type { Translate } from '../../ui/i18n';

export interface SummaryProps {
  readonly t: Translate;
  readonly lang: string;
  readonly summary: CompareSummary;
  /** The two sides are versions of one page (older on the left). */
  readonly versions: boolean;
}

const VERDICT_KEYS = {
  identical: 'compareVerdictIdentical',
  empty: 'compareVerdictEmpty',
  unrelated: 'compareVerdictUnrelated',
  'same-story': 'compareVerdictSameStory',
  overlapping: 'compareVerdictOverlapping',
} as const;

const COUNT_KEYS = {
  aligned: 'compareAligned',
  added: 'compareAdded',
  removed: 'compareRemoved',
  changed: 'compareChangedCount',
  onlyA: 'compareOnlyA',
  onlyB: 'compareOnlyB',
  conflicts: 'compareConflicts',
  quotes: 'compareChangedQuotes',
  moved: 'compareMovedCount',
} as const;

export type CountItem = keyof typeof COUNT_KEYS;

/** The counts shown, in order (versions speak of added and removed sentences). */
export function summaryItems(summary: CompareSummary, versions: boolean): [CountItem, number][] {
  const c = summary.counts;
  const items: [CountItem, number][] = [['aligned', summary.aligned]];
  if (versions) items.push(['added', c.onlyB], ['removed', c.onlyA], ['changed', c.changed]);
  else items.push(['onlyA', c.onlyA], ['onlyB', c.onlyB]);
  items.push(['conflicts', c.conflicts]);
  if (c.changedQuotes) items.push(['quotes', c.changedQuotes]);
  if (c.moved) items.push(['moved', c.moved]);
  return items;
}

export function Summary({ t, lang, summary, versions }: SummaryProps) {
  const percent = (x: number) =>
    new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(x);
  return (
    <section class="summary" aria-labelledby="summary-h" data-testid="summary">
      <h2 id="summary-h" class="visually-hidden">
        {t('compareSummaryHeading')}
      </h2>
      <p class="summary__verdict" data-verdict={summary.verdict} data-testid="verdict">
        {t(VERDICT_KEYS[summary.verdict])}
      </p>
      <dl class="summary__counts">
        {summaryItems(summary, versions).map(([item, value]) => (
          <div key={item} class="summary__item" data-testid={`count-${item}`}>
            <dt>{t(COUNT_KEYS[item])}</dt>
            <dd>{item === 'aligned' ? percent(value) : String(value)}</dd>
          </div>
        ))}
      </dl>
      {summary.notes.length > 0 && (
        <ul class="summary__notes" lang="en">
          {summary.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
