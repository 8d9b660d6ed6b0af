/**
 * One clip read from its stored copy: the article (sanitised again, remote media as
 * placeholders, see dom/clip-html.ts), its passages with their links, what Gloss found, and
 * the reader's note and tags, which can be edited here. Nothing is fetched.
 */
import type { RefObject } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Clip, ClipMeta } from '../../core/clips/model';
import type { Theme } from '../../core/settings';
import { readerFragment } from '../../dom/clip-html';
import type { Translate } from '../../ui/i18n';
import { type Analyze, useReaderMarks } from './use-reader-marks';
import { Versions } from './Versions';

export interface ReaderProps {
  readonly t: Translate;
  readonly lang: string;
  readonly clip: Clip;
  readonly onSave: (change: { note: string; tags: string[] }) => Promise<void>;
  readonly onDelete: () => void;
  readonly onClose: () => void;
  /** Re-annotates the stored article with the current fact base (the worker); without it, stored annotations only. */
  readonly analyze?: Analyze;
  /** The cards' theme (the reader's setting). */
  readonly theme?: Theme;
  /** Every version of the clip's URL, oldest first (the clip among them); none: no history shown. */
  readonly versions?: readonly ClipMeta[];
  /** Opens another version in the reader. */
  readonly onOpenVersion?: (id: string) => void;
}

/** Tags as typed: comma-separated. */
export const parseTags = (s: string): string[] => [
  ...new Set(
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  ),
];

function Article({ html, box }: { readonly html: string; readonly box: RefObject<HTMLDivElement | null> }) {
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    el.replaceChildren(readerFragment(html, el.ownerDocument));
  }, [html, box]);
  return <div ref={box} class="reader__article" data-testid="reader-article" />;
}

export function Reader({
  t,
  lang,
  clip,
  onSave,
  onDelete,
  onClose,
  versions = [],
  onOpenVersion = () => {},
  analyze,
  theme = 'system',
}: ReaderProps) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const marks = useReaderMarks(box, clip, analyze, { t, theme, uiLang: lang });
  const [note, setNote] = useState(clip.note);
  const [tags, setTags] = useState(clip.tags.join(', '));
  useEffect(() => {
    setNote(clip.note);
    setTags(clip.tags.join(', '));
    // The tags by value: a re-read clip is a new array, and must not wipe what the reader is typing.
  }, [clip.id, clip.note, clip.tags.join('\u0000')]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [clip.id]);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' });
  const current = versions.find((v) => v.id === clip.id);
  return (
    <article class="reader" aria-labelledby={`${id}-h`} data-testid="reader" lang={clip.lang ?? undefined}>
      <header class="reader__head">
        <h2 id={`${id}-h`} tabIndex={-1} ref={heading}>
          {clip.title || clip.url}
        </h2>
        <p class="reader__meta" lang={lang}>
          <a href={clip.url} target="_blank" rel="noopener noreferrer">
            {clip.site || clip.url}
          </a>
          {clip.byline ? ` · ${clip.byline}` : ''}
          {clip.published ? ` · ${clip.published}` : ''} · {t('librarySavedOn', date.format(clip.savedAt))}
        </p>
        <button type="button" onClick={onClose}>
          {t('libraryCloseReader')}
        </button>
        {clip.article && (
          <div class="reader__marks" lang={lang} data-testid="reader-marks">
            <span role="status">
              {marks.count === null ? '' : t('libraryHighlights', String(marks.count))}
            </span>
            <button type="button" disabled={!marks.cards || !marks.count} onClick={() => marks.step(-1)}>
              {t('libraryPreviousHighlight')}
            </button>
            <button type="button" disabled={!marks.cards || !marks.count} onClick={() => marks.step(1)}>
              {t('libraryNextHighlight')}
            </button>
          </div>
        )}
      </header>
      <form
        class="reader__edit"
        lang={lang}
        onSubmit={(e) => {
          e.preventDefault();
          void onSave({ note, tags: parseTags(tags) });
        }}
      >
        <label for={`${id}-note`}>{t('libraryNote')}</label>
        <textarea id={`${id}-note`} rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        <label for={`${id}-tags`}>{t('libraryTags')}</label>
        <input
          id={`${id}-tags`}
          type="text"
          value={tags}
          aria-describedby={`${id}-tags-hint`}
          onInput={(e) => setTags(e.currentTarget.value)}
        />
        <span id={`${id}-tags-hint`} class="hint">
          {t('libraryTagsHint')}
        </span>
        <div class="actions">
          <button type="submit">{t('librarySaveEdits')}</button>
          <button type="button" class="danger" onClick={onDelete}>
            {t('libraryDelete')}
          </button>
        </div>
      </form>
      {current && <Versions t={t} lang={lang} current={current} versions={versions} onOpen={onOpenVersion} />}
      {clip.passages.length > 0 && (
        <section aria-label={t('libraryPassagesHeading')} lang={lang}>
          <h3>{t('libraryPassagesHeading')}</h3>
          {clip.passages.map((p) => (
            <figure key={`${p.position?.start ?? ''}:${p.quote.exact}`} class="passage">
              <blockquote lang={clip.lang ?? undefined}>{p.quote.exact}</blockquote>
              <figcaption>
                <a href={p.link} target="_blank" rel="noopener noreferrer">
                  {t('libraryOpenPassage')}
                </a>
              </figcaption>
            </figure>
          ))}
        </section>
      )}
      {clip.annotations.length > 0 && (
        <section aria-label={t('libraryFound')} lang={lang}>
          <h3>{t('libraryFound')}</h3>
          <ul class="found">
            {clip.annotations.map((a) => (
              <li key={`${a.start}-${a.end}`}>
                <q lang={clip.lang ?? undefined}>{a.quote}</q> — {a.factIds.join(', ')}
                {a.verdict ? ` · ${t(`verdict_${a.verdict}`)}` : ''}
              </li>
            ))}
          </ul>
          <p class="hint">{t('libraryFactBase', clip.factBaseVersion || '—')}</p>
        </section>
      )}
      {clip.article ? (
        <Article html={clip.article.html} box={box} />
      ) : (
        <p lang={lang}>{t('libraryNoArticle')}</p>
      )}
    </article>
  );
}
