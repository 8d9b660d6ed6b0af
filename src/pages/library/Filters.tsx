/** The library's filters (site, tag, fact, verdict, saved between two dates) and sort order. */
import { useId } from 'preact/hooks';
import type { ClipQuery, ClipSort, Facets } from '../../core/clips/query';
import type { Translate } from '../../ui/i18n';

export interface FiltersProps {
  readonly t: Translate;
  readonly facets: Facets;
  readonly query: ClipQuery;
  readonly searching: boolean;
  readonly onChange: (query: ClipQuery) => void;
}

const SORT_KEYS: Record<ClipSort, string> = {
  newest: 'librarySortNewest',
  oldest: 'librarySortOldest',
  title: 'librarySortTitle',
  site: 'librarySortSite',
  relevance: 'librarySortRelevance',
};

const VERDICT_KEYS: Record<string, string> = {
  consistent: 'verdict_consistent',
  differs: 'verdict_differs',
  outdated: 'verdict_outdated',
  context: 'verdict_context',
};

// Lookups stay in these one-liners: the i18n test reads the key maps above as text.
const sortLabel = (t: Translate, s: ClipSort): string => t(SORT_KEYS[s]);
const verdictLabel = (t: Translate, v: string): string => t(VERDICT_KEYS[v] ?? v);

interface SelectProps {
  readonly id: string;
  readonly label: string;
  readonly value: string | null;
  readonly any: string;
  readonly options: readonly (readonly [string, string])[];
  readonly onChange: (value: string | null) => void;
}

function Select({ id, label, value, any, options, onChange }: SelectProps) {
  return (
    <div class="filter">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
        <option value="">{any}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

const withCount = (xs: readonly (readonly [string, number])[], label = (x: string) => x) =>
  xs.map(([v, n]) => [v, `${label(v)} (${n})`] as const);

/** The facets, plus the chosen value with no clip yet (a filter from the URL), so the select shows it. */
const withChosen = (xs: readonly (readonly [string, number])[], chosen: string | null) =>
  chosen === null || xs.some(([v]) => v === chosen) ? xs : [...xs, [chosen, 0] as const];

export function Filters({ t, facets, query, searching, onChange }: FiltersProps) {
  const id = useId();
  const set = (patch: Partial<ClipQuery>) => onChange({ ...query, ...patch });
  const sorts = (['newest', 'oldest', 'title', 'site', 'relevance'] as const).filter(
    (s) => s !== 'relevance' || searching,
  );
  return (
    <fieldset class="filters" data-testid="filters">
      <legend>{t('libraryFilters')}</legend>
      <Select
        id={`${id}-site`}
        label={t('libraryFilterSite')}
        any={t('libraryAny')}
        value={query.site}
        options={withCount(facets.sites)}
        onChange={(site) => set({ site })}
      />
      <Select
        id={`${id}-tag`}
        label={t('libraryFilterTag')}
        any={t('libraryAny')}
        value={query.tag}
        options={withCount(facets.tags)}
        onChange={(tag) => set({ tag })}
      />
      <Select
        id={`${id}-fact`}
        label={t('libraryFilterFact')}
        any={t('libraryAny')}
        value={query.factId}
        options={withCount(withChosen(facets.facts, query.factId))}
        onChange={(factId) => set({ factId })}
      />
      <Select
        id={`${id}-verdict`}
        label={t('libraryFilterVerdict')}
        any={t('libraryAny')}
        value={query.verdict}
        options={withCount(facets.verdicts, (v) => verdictLabel(t, v))}
        onChange={(verdict) => set({ verdict: verdict as ClipQuery['verdict'] })}
      />
      <div class="filter">
        <label for={`${id}-from`}>{t('libraryFilterFrom')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={query.from ?? ''}
          onChange={(e) => set({ from: e.currentTarget.value || null })}
        />
      </div>
      <div class="filter">
        <label for={`${id}-to`}>{t('libraryFilterTo')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={query.to ?? ''}
          onChange={(e) => set({ to: e.currentTarget.value || null })}
        />
      </div>
      <Select
        id={`${id}-sort`}
        label={t('librarySort')}
        any={t('librarySortNewest')}
        value={query.sort === 'newest' ? null : query.sort}
        options={sorts.filter((s) => s !== 'newest').map((s) => [s, sortLabel(t, s)] as const)}
        onChange={(sort) => set({ sort: (sort ?? 'newest') as ClipSort })}
      />
    </fieldset>
  );
}
