/**
 * Options → Fact packs: import a pack file, preview what it adds (and any bundled fact it
 * would override) before accepting it; enable, disable and remove installed packs. A
 * corrupt stored pack is listed with a notice; it is skipped and the bundled base works.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { PackEntry } from '../../storage/packs';
import type { Translate } from '../../ui/i18n';
import type { Post } from '../shared/notices';
import { Switch } from '../shared/Switch';
import { PackPreview } from './PackPreview';
import type { PackFile, PackService, ReadResult } from './pack-service';

export interface FactPacksProps {
  readonly t: Translate;
  readonly service: PackService;
  readonly post: Post;
}

type Pending = Extract<ReadResult, { ok: true }>;

export function FactPacks({ t, service, post }: FactPacksProps) {
  const id = useId();
  const [entries, setEntries] = useState<readonly PackEntry[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [inputKey, setInputKey] = useState(0);

  useEffect(() => service.watch(setEntries), [service]);

  const failed = (e: unknown) => {
    const message = e instanceof Error ? e.message : String(e);
    post('error', (t) => t('packsFailed', message));
  };
  const reset = () => {
    setPending(null);
    setInputKey((k) => k + 1); // a fresh input, so picking the same file again fires change
  };

  const pick = async (file: PackFile | undefined) => {
    if (!file) return;
    setErrors([]);
    setPending(null);
    try {
      const result = await service.read(file);
      if (result.ok) setPending(result);
      else setErrors(result.errors);
    } catch (e) {
      failed(e);
    }
  };
  const accept = async () => {
    if (!pending) return;
    try {
      await service.accept(pending.pack);
      const title = pending.preview.title;
      reset();
      post('ok', (t) => t('packsAdded', title));
    } catch (e) {
      failed(e);
    }
  };
  /** Runs a change; "Saved." once storage and the worker have it, the error otherwise. */
  const run = (action: Promise<void>) => {
    action.then(() => post('ok', (t) => t('optionsSaved')), failed);
  };

  return (
    <section class="panel fact-packs" aria-labelledby={`${id}-h`} data-testid="fact-packs">
      <h2 id={`${id}-h`}>{t('packsHeading')}</h2>
      <p>{t('packsIntro')}</p>
      <label for={`${id}-file`}>{t('packsImport')}</label>
      <input
        key={inputKey}
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        data-testid="pack-file"
        aria-describedby={errors.length ? `${id}-errors` : undefined}
        onChange={(e) => void pick(e.currentTarget.files?.[0])}
      />
      {errors.length > 0 && (
        <div id={`${id}-errors`} class="pack-errors" data-testid="pack-errors">
          <p>{t('packsRejected')}</p>
          <ul>
            {errors.slice(0, 20).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {errors.length > 20 && <p>{t('packsMoreErrors', String(errors.length - 20))}</p>}
        </div>
      )}
      {pending && (
        <PackPreview t={t} preview={pending.preview} onAccept={() => void accept()} onCancel={reset} />
      )}
      {entries.length === 0 ? (
        <p data-testid="packs-empty">{t('packsNone')}</p>
      ) : (
        <ul class="packs" data-testid="packs">
          {entries.map((e) => (
            <li key={e.id} class="pack" data-testid={`pack-${e.id}`}>
              <Switch
                checked={e.enabled}
                onChange={(on) => run(service.setEnabled(e.id, on))}
                testId={`pack-enabled-${e.id}`}
                description={
                  e.corrupt
                    ? t('packsCorrupt', e.corrupt)
                    : t('packsEntry', [
                        `${e.id}@${e.version}`,
                        String(e.facts),
                        e.author ?? t('packsNoAuthor'),
                      ])
                }
              >
                {e.title}
              </Switch>
              <button
                type="button"
                data-testid={`pack-remove-${e.id}`}
                aria-label={t('packsRemove', e.title)}
                onClick={() => run(service.remove(e.id))}
              >
                {t('packsRemoveShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
