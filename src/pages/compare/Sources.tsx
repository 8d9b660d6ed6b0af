/**
 * Choosing the two sides: for each, a saved clip (any with an article), or a file opened or
 * dropped on it (HTML or text). What is chosen is named with where it came from; a file that
 * cannot be compared, a missing clip or an unreachable tab is said in the slot.
 */
import { useId } from 'preact/hooks';
import type { ClipMeta } from '../../core/clips/model';
import type { Translate } from '../../ui/i18n';
import { type CompareDoc, publishedText } from './sources';
import type { Side } from './view';

/** A side's loading state. */
export type SlotState =
  | { readonly status: 'empty' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly doc: CompareDoc }
  | { readonly status: 'error'; readonly message: string };

export interface SlotProps {
  readonly t: Translate;
  readonly lang: string;
  readonly side: Side;
  readonly name: string;
  readonly state: SlotState;
  readonly clips: readonly ClipMeta[];
  readonly onClip: (id: string) => void;
  readonly onFile: (file: File) => void;
}

/** Where a document came from, in a few words. */
export function docDetail(t: Translate, lang: string, doc: CompareDoc): string {
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const where =
    doc.origin === 'tab'
      ? t('compareFromTab')
      : doc.origin === 'file'
        ? t('compareFromFile')
        : t('compareSavedOn', date.format(doc.savedAt ?? 0));
  return [doc.site, doc.published ? t('comparePublished', publishedText(lang, doc.published)) : '', where]
    .filter(Boolean)
    .join(' · ');
}

function Slot({ t, lang, side, name, state, clips, onClip, onFile }: SlotProps) {
  const id = useId();
  const doc = state.status === 'ready' ? state.doc : null;
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  return (
    <fieldset
      class="slot"
      data-testid={`slot-${side}`}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const file = e.dataTransfer?.files[0];
        if (file) onFile(file);
      }}
    >
      <legend>{name}</legend>
      <p class="slot__doc" aria-live="polite" data-testid={`slot-${side}-doc`}>
        {state.status === 'loading' && t('compareLoading')}
        {doc && (
          <>
            <strong lang={doc.lang ?? undefined}>{doc.title}</strong>
            <span class="hint"> {docDetail(t, lang, doc)}</span>
          </>
        )}
        {state.status === 'empty' && <span class="hint">{t('compareChooseSide')}</span>}
      </p>
      {state.status === 'error' && (
        <p class="slot__error" role="alert">
          {state.message}
        </p>
      )}
      <div class="slot__pickers">
        <label for={`${id}-clip`}>{t('compareChooseClip')}</label>
        <select
          id={`${id}-clip`}
          value={doc?.clipId ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value) onClip(value);
          }}
        >
          <option value="">{t('compareChooseClipNone')}</option>
          {clips.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title || c.url} · {c.site} · {date.format(c.savedAt)}
            </option>
          ))}
        </select>
        <label for={`${id}-file`}>{t('compareOpenFile')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".html,.htm,.xhtml,.txt,.text,.md,text/html,text/plain"
          aria-describedby={`${id}-drop`}
          data-testid={`file-${side}`}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
            e.currentTarget.value = '';
          }}
        />
        <p id={`${id}-drop`} class="hint">
          {t('compareDropHint')}
        </p>
      </div>
    </fieldset>
  );
}

export interface SourcesProps extends Omit<SlotProps, 'side' | 'name' | 'state' | 'onClip' | 'onFile'> {
  readonly states: Record<Side, SlotState>;
  readonly names: Record<Side, string>;
  readonly onClip: (side: Side, id: string) => void;
  readonly onFile: (side: Side, file: File) => void;
  readonly onSwap: () => void;
}

export function Sources({ states, names, onClip, onFile, onSwap, ...rest }: SourcesProps) {
  return (
    <section class="sources" aria-label={rest.t('compareSourcesHeading')} data-testid="sources">
      {(['a', 'b'] as const).map((side) => (
        <Slot
          key={side}
          {...rest}
          side={side}
          name={names[side]}
          state={states[side]}
          onClip={(id) => onClip(side, id)}
          onFile={(file) => onFile(side, file)}
        />
      ))}
      <button type="button" class="button sources__swap" onClick={onSwap} data-testid="swap">
        {rest.t('compareSwap')}
      </button>
    </section>
  );
}
