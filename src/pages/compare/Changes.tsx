/**
 * What changed inside paired sentences, listed on its own: figures and dates one side gives
 * and the other does not ("four" / "five"), and quotations of one speaker worded differently.
 * For two versions of a page this is what an editor looks for first.
 */
import type { CompareResult, DiffOp } from '../../core/compare/types';
import type { Translate } from '../../ui/i18n';
import type { Side } from './view';

export interface ChangesProps {
  readonly t: Translate;
  readonly result: CompareResult;
  readonly sideName: Record<Side, string>;
  readonly onShow: (side: Side, index: number) => void;
}

function Ops({ ops }: { readonly ops: readonly DiffOp[] }) {
  return (
    <>
      {ops.map((op, k) =>
        op.op === 'same' ? (
          <span key={k}>{op.text}</span>
        ) : op.op === 'removed' ? (
          <del key={k}>{op.text}</del>
        ) : (
          <ins key={k}>{op.text}</ins>
        ),
      )}
    </>
  );
}

export function Changes({ t, result, sideName, onShow }: ChangesProps) {
  const figures = result.pairs.filter((p) => p.figures.a.length > 0 || p.figures.b.length > 0);
  const quotes = result.quotes.filter((q) => q.changed);
  return (
    <section class="changes" aria-labelledby="changes-h" data-testid="changes">
      <h2 id="changes-h">{t('compareChangesHeading')}</h2>
      <h3>
        {t('compareFiguresHeading')} <span class="hint">({figures.length})</span>
      </h3>
      {figures.length === 0 ? (
        <p class="hint">{t('compareNoFigures')}</p>
      ) : (
        <ul data-testid="changed-figures">
          {figures.map((p) => (
            <li key={`${p.a}-${p.b}`}>
              <button type="button" class="link-button" onClick={() => onShow('a', p.a)}>
                {sideName.a}: {p.figures.a.join(', ') || '—'}
              </button>
              {' · '}
              <button type="button" class="link-button" onClick={() => onShow('b', p.b)}>
                {sideName.b}: {p.figures.b.join(', ') || '—'}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>
        {t('compareQuotesHeading')} <span class="hint">({quotes.length})</span>
      </h3>
      {quotes.length === 0 ? (
        <p class="hint">{t('compareNoQuotes')}</p>
      ) : (
        <ul class="quotes" data-testid="changed-quotes">
          {quotes.map((q) => (
            <li key={`${q.a}-${q.b}`}>
              <strong>{q.speakerName ?? t('compareUnknownSpeaker')}</strong>:{' '}
              <q>
                <Ops ops={q.diff} />
              </q>{' '}
              <button type="button" class="link-button" onClick={() => onShow('a', q.a)}>
                {sideName.a}
              </button>{' '}
              <button type="button" class="link-button" onClick={() => onShow('b', q.b)}>
                {sideName.b}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
