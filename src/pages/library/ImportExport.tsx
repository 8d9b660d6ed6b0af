/**
 * "Import" (a Gloss JSON backup or a Hypothesis export) and "Export" (Gloss JSON, Markdown
 * zip, Web Annotation JSON-LD). A refused import lists every problem and changed nothing; a
 * successful one reports what was added, updated and skipped.
 */
import { useId, useRef, useState } from 'preact/hooks';
import type { ImportReport } from '../../core/clips/merge';
import type { Translate } from '../../ui/i18n';
import type { ExportFormat, PickedFile } from './service';

export interface ImportExportProps {
  readonly t: Translate;
  readonly onImport: (file: PickedFile) => Promise<{ report: ImportReport } | { errors: readonly string[] }>;
  readonly onExport: (format: ExportFormat) => void;
}

const FORMAT_KEYS: Record<ExportFormat, string> = {
  json: 'libraryFormatJson',
  markdown: 'libraryFormatMarkdown',
  'web-annotation': 'libraryFormatWebAnnotation',
};
const MAX_LISTED = 20;

export function ImportExport({ t, onImport, onExport }: ImportExportProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [format, setFormat] = useState<ExportFormat>('json');
  const [result, setResult] = useState<{ report: ImportReport } | { errors: readonly string[] } | null>(null);
  const pick = async (file: PickedFile | undefined) => {
    if (!file) return;
    setResult(await onImport(file));
    if (input.current) input.current.value = '';
  };
  return (
    <section class="panel import-export" aria-labelledby={`${id}-h`} data-testid="import-export">
      <h2 id={`${id}-h`}>{t('libraryImportExport')}</h2>
      <div class="actions">
        <button type="button" onClick={() => input.current?.click()} aria-describedby={`${id}-import-hint`}>
          {t('libraryImport')}
        </button>
        <input
          ref={input}
          type="file"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          accept=".json,application/json"
          data-testid="import-file"
          onChange={(e) => void pick(e.currentTarget.files?.[0])}
        />
        <label for={`${id}-format`}>{t('libraryExportFormat')}</label>
        <select
          id={`${id}-format`}
          value={format}
          onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}
        >
          {(Object.keys(FORMAT_KEYS) as ExportFormat[]).map((f) => (
            <option key={f} value={f}>
              {t(FORMAT_KEYS[f])}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => onExport(format)}>
          {t('libraryExport')}
        </button>
      </div>
      <p id={`${id}-import-hint`} class="hint">
        {t('libraryImportHint')}
      </p>
      <div aria-live="polite" data-testid="import-result">
        {result && 'report' in result && (
          <div class="import-report">
            <p>
              {t('libraryImported', [
                String(result.report.added),
                String(result.report.updated),
                String(result.report.skipped),
              ])}
            </p>
            {result.report.notes.length > 0 && (
              <ul>
                {result.report.notes.slice(0, MAX_LISTED).map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {result && 'errors' in result && (
          <div class="pack-errors" data-testid="import-errors">
            <p>{t('libraryImportRefused')}</p>
            <ul>
              {result.errors.slice(0, MAX_LISTED).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
