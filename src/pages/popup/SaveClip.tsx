/**
 * The popup's save form: a note and "Save to Gloss" (the selection if there is one, else the
 * article; docs/adr/0014-save-flow.md), with the outcome or the reason it was refused said in
 * the popup, and a link to the library.
 */
import { useId, useState } from 'preact/hooks';
import type { SaveOutcome } from '../../core/messages';
import { outcomeText } from '../../ui/clip-outcome';
import type { Translate } from '../../ui/i18n';

export interface SaveClipProps {
  readonly t: Translate;
  /** Saves from the page with `note`. */
  readonly save: (note: string) => Promise<SaveOutcome>;
  readonly openLibrary: () => void;
  /** Compares this page with a saved clip (the compare page, this tab on the left). */
  readonly openCompare?: () => void;
}

export function SaveClip({ t, save, openLibrary, openCompare }: SaveClipProps) {
  const id = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    // The field's value as it is now (an input event's state may not have rendered yet).
    const typed = new FormData(e.currentTarget as HTMLFormElement).get('note');
    const text = typeof typed === 'string' ? typed : note;
    setBusy(true);
    setOutcome(null);
    const result = await save(text).catch(
      (err: unknown): SaveOutcome => ({ saved: false, reason: 'unreachable', detail: String(err) }),
    );
    setBusy(false);
    setOutcome(result);
    if (result.saved) setNote('');
  };
  return (
    <form class="save" data-testid="save-clip" aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)}>
      <h2 id={`${id}-h`}>{t('popupSaveHeading')}</h2>
      <label for={`${id}-note`}>{t('popupNote')}</label>
      <textarea
        id={`${id}-note`}
        name="note"
        rows={2}
        maxLength={100_000}
        value={note}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <div class="save__actions">
        <button type="submit" class="button" disabled={busy} data-testid="save-button">
          {t('popupSave')}
        </button>
        <button type="button" class="button button--quiet" data-testid="open-library" onClick={openLibrary}>
          {t('popupLibrary')}
        </button>
        {openCompare && (
          <button type="button" class="button button--quiet" data-testid="open-compare" onClick={openCompare}>
            {t('popupCompare')}
          </button>
        )}
      </div>
      <p
        role="status"
        class="save__outcome"
        data-testid="save-outcome"
        data-saved={outcome?.saved ? 'yes' : 'no'}
      >
        {busy ? t('popupSaving') : outcome ? outcomeText(t, outcome) : ''}
      </p>
    </form>
  );
}
