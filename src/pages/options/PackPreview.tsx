/** What an imported pack would add, shown before the reader accepts it (issue #8). */
import type { PackPreview as Preview } from '../../core/facts/preview';
import type { Translate } from '../../ui/i18n';

export interface PackPreviewProps {
  readonly t: Translate;
  readonly preview: Preview;
  readonly onAccept: () => void;
  readonly onCancel: () => void;
}

export function PackPreview({ t, preview, onAccept, onCancel }: PackPreviewProps) {
  const p = preview;
  return (
    <div class="pack-preview" data-testid="pack-preview" lang={p.lang}>
      <h3>{p.title}</h3>
      <p>{t('packsVersionAuthor', [`${p.id}@${p.version}`, p.author ?? t('packsNoAuthor')])}</p>
      {p.description && <p>{p.description}</p>}
      <p>{t('packsCounts', [String(p.facts.length), String(p.aliasCount)])}</p>
      <ul class="pack-preview__facts" aria-label={t('packsFactsLabel')}>
        {p.facts.map((f) => (
          <li key={f.id}>
            <strong>{f.title}</strong> — {f.aliases.join(', ')}
          </li>
        ))}
      </ul>
      <ul class="pack-preview__sources" aria-label={t('packsSourcesLabel')}>
        {p.sources.map((s) => (
          // Shown as text, not links: nothing from an unaccepted file becomes clickable.
          <li key={s.url}>
            {s.publisher}: <span class="url">{s.url}</span>
          </li>
        ))}
      </ul>
      {p.overrides.length > 0 && (
        <div class="pack-preview__warning" data-testid="pack-overrides">
          <p>{t('packsOverrides', String(p.overrides.length))}</p>
          <ul>
            {p.overrides.map((o) => (
              <li key={o.id}>{t('packsOverrideItem', [o.replacedTitle, o.replaced, o.title])}</li>
            ))}
          </ul>
        </div>
      )}
      {p.conflicts.length > 0 && (
        <div class="pack-preview__warning" data-testid="pack-conflicts">
          <p>{t('packsConflicts', String(p.conflicts.length))}</p>
          <ul>
            {p.conflicts.map((c) => (
              <li key={c.id}>{t('packsConflictItem', [c.id, c.kept])}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="pack-preview__actions">
        <button type="button" data-testid="pack-accept" onClick={onAccept}>
          {t('packsAccept')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('packsCancel')}
        </button>
      </div>
    </div>
  );
}
