/**
 * The clips, a page at a time: 10 000 clips are never all in the DOM (a page of PAGE_SIZE
 * rows renders in a few milliseconds), and paging keeps every row reachable by keyboard and
 * screen reader, which a virtualised list makes harder. Each row can be opened or chosen for
 * compare.
 */
import { useId } from 'preact/hooks';
import type { ClipMeta } from '../../core/clips/model';
import type { Translate } from '../../ui/i18n';

/** Rows per page. */
export const PAGE_SIZE = 50;

export interface ClipListProps {
  readonly t: Translate;
  readonly lang: string;
  readonly clips: readonly ClipMeta[];
  readonly page: number;
  readonly onPage: (page: number) => void;
  readonly openId: string | null;
  readonly onOpen: (id: string) => void;
  readonly chosen: readonly string[];
  readonly onChoose: (id: string, chosen: boolean) => void;
  /** How many saved versions each URL has (a row says so when there are several). */
  readonly versionCounts?: ReadonlyMap<string, number>;
}

export function ClipList({
  t,
  lang,
  clips,
  page,
  onPage,
  openId,
  onOpen,
  chosen,
  onChoose,
  versionCounts,
}: ClipListProps) {
  const id = useId();
  const pages = Math.max(1, Math.ceil(clips.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = clips.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  return (
    <section class="clip-list" aria-labelledby={`${id}-h`} data-testid="clip-list">
      <h2 id={`${id}-h`} class="visually-hidden">
        {t('libraryListHeading')}
      </h2>
      <ul class="clips">
        {rows.map((m) => (
          <li
            key={m.id}
            class={m.id === openId ? 'clip clip--open' : 'clip'}
            data-testid="clip-row"
            data-clip-id={m.id}
          >
            <input
              type="checkbox"
              id={`${id}-c-${m.id}`}
              checked={chosen.includes(m.id)}
              aria-label={t('libraryChoose', m.title || m.url)}
              onChange={(e) => onChoose(m.id, e.currentTarget.checked)}
            />
            <button
              type="button"
              class="clip__open"
              aria-current={m.id === openId ? 'true' : undefined}
              onClick={() => onOpen(m.id)}
            >
              <span class="clip__title">{m.title || m.url}</span>
              <span class="clip__meta">
                {m.site} · {date.format(m.savedAt)}
                {m.kind === 'passage' ? ` · ${t('libraryPassages', String(m.passages.length))}` : ''}
                {(versionCounts?.get(m.url) ?? 1) > 1
                  ? ` · ${t('libraryVersionCount', String(versionCounts?.get(m.url)))}`
                  : ''}
                {m.tags.length ? ` · ${m.tags.map((tag) => `#${tag}`).join(' ')}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <nav class="pager" aria-label={t('libraryPages')}>
          <button type="button" disabled={current === 0} onClick={() => onPage(current - 1)}>
            {t('libraryPrevious')}
          </button>
          <span>{t('libraryPageOf', [String(current + 1), String(pages)])}</span>
          <button type="button" disabled={current >= pages - 1} onClick={() => onPage(current + 1)}>
            {t('libraryNext')}
          </button>
        </nav>
      )}
    </section>
  );
}
