/**
 * The facts view: the fact-base facts A only, both and B only mention (the claim engine finds
 * them by paraphrase too: B's "two days later" is the Kazan meeting); conflicts, where both
 * give a date or figure for one fact and they differ, with the side the record supports;
 * claims `outdated` on either side. A fact's sentences are a click away.
 */
import type { CompareResult, FactMention } from '../../core/compare/types';
import type { Translate } from '../../ui/i18n';
import type { Side } from './view';

export interface FactsViewProps {
  readonly t: Translate;
  readonly result: CompareResult;
  readonly sideName: Record<Side, string>;
  /** Moves focus to a sentence. */
  readonly onShow: (side: Side, index: number) => void;
}

function FactList({
  t,
  heading,
  facts,
  testId,
  onShow,
}: {
  readonly t: Translate;
  readonly heading: string;
  readonly facts: readonly FactMention[];
  readonly testId: string;
  readonly onShow: FactsViewProps['onShow'];
}) {
  return (
    <div class="facts__group" data-testid={testId}>
      <h3>
        {heading} <span class="hint">({facts.length})</span>
      </h3>
      {facts.length === 0 ? (
        <p class="hint">{t('compareFactsNone')}</p>
      ) : (
        <ul>
          {facts.map((f) => {
            const side: Side = f.a.length ? 'a' : 'b';
            const first = f[side][0] ?? 0;
            return (
              <li key={f.id} data-fact={f.id}>
                <button type="button" class="link-button" onClick={() => onShow(side, first)}>
                  {f.title}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

const SUPPORT_KEYS = {
  a: 'compareSupportsA',
  b: 'compareSupportsB',
  neither: 'compareSupportsNeither',
} as const;

export function FactsView({ t, result, sideName, onShow }: FactsViewProps) {
  return (
    <section class="facts" aria-labelledby="facts-h" data-testid="facts">
      <h2 id="facts-h">{t('compareFactsHeading')}</h2>
      <div class="facts__groups">
        <FactList
          t={t}
          heading={t('compareFactsOnly', sideName.a)}
          facts={result.facts.a}
          testId="facts-a"
          onShow={onShow}
        />
        <FactList
          t={t}
          heading={t('compareFactsBoth')}
          facts={result.facts.both}
          testId="facts-both"
          onShow={onShow}
        />
        <FactList
          t={t}
          heading={t('compareFactsOnly', sideName.b)}
          facts={result.facts.b}
          testId="facts-b"
          onShow={onShow}
        />
      </div>
      <h3>
        {t('compareConflictsHeading')} <span class="hint">({result.conflicts.length})</span>
      </h3>
      {result.conflicts.length === 0 ? (
        <p data-testid="no-conflicts">{t('compareNoConflicts')}</p>
      ) : (
        <ul class="conflicts" data-testid="conflicts">
          {result.conflicts.map((c) => (
            <li key={`${c.factId}-${c.a.sentence}-${c.b.sentence}`}>
              <strong>{c.title}</strong>
              <dl>
                <dt>{sideName.a}</dt>
                <dd>
                  <button type="button" class="link-button" onClick={() => onShow('a', c.a.sentence)}>
                    “{c.a.quote}”
                  </button>
                  {c.a.value ? ` → ${c.a.value}` : ''}
                </dd>
                <dt>{sideName.b}</dt>
                <dd>
                  <button type="button" class="link-button" onClick={() => onShow('b', c.b.sentence)}>
                    “{c.b.quote}”
                  </button>
                  {c.b.value ? ` → ${c.b.value}` : ''}
                </dd>
                <dt>{t('compareRecord')}</dt>
                <dd>{c.record}</dd>
              </dl>
              <p class="conflict__support">
                {t(
                  SUPPORT_KEYS[c.supports],
                  c.supports === 'a' ? sideName.a : c.supports === 'b' ? sideName.b : '',
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h3>
        {t('compareOutdatedHeading')} <span class="hint">({result.outdated.length})</span>
      </h3>
      {result.outdated.length === 0 ? (
        <p class="hint">{t('compareNoOutdated')}</p>
      ) : (
        <ul class="outdated" data-testid="outdated">
          {result.outdated.map((o) => (
            <li key={`${o.side}-${o.sentence}-${o.factId}`}>
              <span class="badge badge--outdated">{t('verdict_outdated')}</span> {sideName[o.side]}:{' '}
              <button type="button" class="link-button" onClick={() => onShow(o.side, o.sentence)}>
                “{o.quote}”
              </button>{' '}
              — {o.title}. {t('compareOutdatedRecord', o.record)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
