/**
 * The two articles side by side (stacked on narrow screens), sentence by sentence, each in its
 * own order. A sentence's partner lights up on hover and focus; side by side, the columns
 * scroll together by their pairs. Sentences are rendered a slice per frame (use-progressive).
 */
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Translate } from '../../ui/i18n';
import { highlightPartners, syncScroll } from './column-dom';
import { Sentence } from './Sentence';
import { useProgressive } from './use-progressive';
import { type Difference, paragraphsOf, type SentenceView, type Side } from './view';

export interface ColumnLabel {
  readonly heading: string;
  readonly detail: string;
  readonly lang: string | null;
}

export interface ColumnsProps {
  readonly t: Translate;
  readonly a: readonly SentenceView[];
  readonly b: readonly SentenceView[];
  readonly labels: Record<Side, ColumnLabel>;
  /** The difference stepped to, if any. */
  readonly current: Difference | null;
  /** Changes with each new comparison (progressive rendering starts over). */
  readonly runKey: unknown;
}

function Column({
  t,
  side,
  sentences,
  label,
  current,
  runKey,
  bodyRef,
}: {
  readonly t: Translate;
  readonly side: Side;
  readonly sentences: readonly SentenceView[];
  readonly label: ColumnLabel;
  readonly current: Difference | null;
  readonly runKey: unknown;
  readonly bodyRef: { current: HTMLElement | null };
}) {
  const shown = useProgressive(sentences.length, runKey);
  const paragraphs = useMemo(() => paragraphsOf(sentences.slice(0, shown)), [sentences, shown]);
  const headingId = `column-${side}-h`;
  return (
    <div class="column" data-testid={`column-${side}`}>
      <h2 id={headingId} class="column__heading">
        {label.heading}
      </h2>
      <p class="column__detail hint">{label.detail}</p>
      <section
        class="column__body"
        ref={bodyRef}
        data-side={side}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
        tabIndex={0}
        aria-labelledby={headingId}
        lang={label.lang ?? undefined}
        aria-busy={shown < sentences.length ? 'true' : undefined}
      >
        {sentences.length === 0 && <p class="hint">{t('compareColumnEmpty')}</p>}
        {paragraphs.map((p) => (
          <p key={`${p[0]?.index}`} class="column__paragraph">
            {p.map((s) => (
              <Sentence
                key={s.index}
                t={t}
                s={s}
                current={current !== null && current.side === side && current.index === s.index}
              />
            ))}
          </p>
        ))}
      </section>
    </div>
  );
}

export function Columns({ t, a, b, labels, current, runKey }: ColumnsProps) {
  const root = useRef<HTMLDivElement>(null);
  const bodyA = useRef<HTMLElement>(null);
  const bodyB = useRef<HTMLElement>(null);
  // Layout effects: the listeners are in place as soon as the columns are, with no frame in
  // which a hover does nothing.
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    return highlightPartners(el);
  }, []);
  useLayoutEffect(() => {
    const el = root.current;
    if (!el || !bodyA.current || !bodyB.current) return;
    return syncScroll(el, { a: bodyA.current, b: bodyB.current });
  }, []);
  return (
    <div class="columns" ref={root} data-testid="columns">
      <Column
        t={t}
        side="a"
        sentences={a}
        label={labels.a}
        current={current}
        runKey={runKey}
        bodyRef={bodyA}
      />
      <Column
        t={t}
        side="b"
        sentences={b}
        label={labels.b}
        current={current}
        runKey={runKey}
        bodyRef={bodyB}
      />
    </div>
  );
}
