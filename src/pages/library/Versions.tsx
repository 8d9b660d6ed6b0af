/**
 * A page's history in the reader view: every save of its URL is a version (oldest first),
 * each can be read, and any other version with an article can be compared with the one open
 * (the older on the left).
 */
import { useId } from 'preact/hooks';
import type { ClipMeta } from '../../core/clips/model';
import type { Translate } from '../../ui/i18n';
import { compareHref } from './compare-link';

export interface VersionsProps {
  readonly t: Translate;
  readonly lang: string;
  /** The open clip. */
  readonly current: ClipMeta;
  /** Every version of its URL, oldest first (the open clip among them). */
  readonly versions: readonly ClipMeta[];
  readonly onOpen: (id: string) => void;
}

export function Versions({ t, lang, current, versions, onOpen }: VersionsProps) {
  const id = useId();
  if (versions.length < 2) return null;
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const here = versions.findIndex((v) => v.id === current.id);
  return (
    <section class="versions" aria-labelledby={`${id}-h`} lang={lang} data-testid="versions">
      <h3 id={`${id}-h`}>{t('libraryVersions', String(versions.length))}</h3>
      <ol>
        {versions.map((v, i) => {
          const label = t('libraryVersionOf', [String(i + 1), date.format(v.savedAt)]);
          if (v.id === current.id)
            return (
              <li key={v.id} aria-current="true">
                {label} <span class="hint">{t('libraryVersionOpen')}</span>
              </li>
            );
          const [older, newer] = i < here ? [v.id, current.id] : [current.id, v.id];
          return (
            <li key={v.id}>
              <button type="button" class="button--quiet link-button" onClick={() => onOpen(v.id)}>
                {label}
              </button>
              {v.hasArticle && current.hasArticle && (
                <>
                  {' · '}
                  <a href={compareHref(older, newer)} data-testid="compare-version">
                    {t('libraryCompareVersion', String(i + 1))}
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
