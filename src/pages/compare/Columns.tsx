/**
 * The two articles side by side (stacked on narrow screens), sentence by sentence, each in its
 * own order. A sentence's partner lights up on hover and focus; side by side, the columns
 * scroll together by their pairs. Sentences are rendered in blocks, one block per frame
 * (use-progressive), and a sentence re-renders only when what it shows changes.
 */
import { Component } from 'preact';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { Translate } from '../../ui/i18n';
import { highlightPartners, syncScroll } from './column-dom';
import { type Marks, marksFor, Sentence } from './Sentence';
import { blocksOf, useSlicedBlocks } from './use-progressive';
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
}

type Block = SentenceView[][];

interface BlockProps {
  readonly block: Block;
  readonly marks: Marks;
  /** The index of the current sentence when it is in this block, else -1. */
  readonly currentIndex: number;
}

/** One block of paragraphs; re-rendered only when its data, the marks or its current sentence change. */
class BlockView extends Component<BlockProps> {
  override shouldComponentUpdate(next: BlockProps): boolean {
    const p = this.props;
    return next.block !== p.block || next.marks !== p.marks || next.currentIndex !== p.currentIndex;
  }
  override render({ block, marks, currentIndex }: BlockProps) {
    return (
      <>
        {block.map((p) => (
          <p key={p[0]?.index} class="column__paragraph">
            {p.map((s) => (
              <Sentence key={s.index} marks={marks} s={s} current={s.index === currentIndex} />
            ))}
          </p>
        ))}
      </>
    );
  }
}

function Column({
  t,
  side,
  sentences,
  label,
  current,
  bodyRef,
}: {
  readonly t: Translate;
  readonly side: Side;
  readonly sentences: readonly SentenceView[];
  readonly label: ColumnLabel;
  readonly current: Difference | null;
  readonly bodyRef: { current: HTMLElement | null };
}) {
  const blocks = useMemo(() => blocksOf(paragraphsOf(sentences)), [sentences]);
  const shown = useSlicedBlocks(blocks);
  const marks = useMemo(() => marksFor(t), [t]);
  const busy = shown.length < blocks.length || shown.some((b, k) => b !== blocks[k]);
  const currentIndex = current?.side === side ? current.index : -1;
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
        aria-busy={busy ? 'true' : undefined}
      >
        {sentences.length === 0 && <p class="hint">{t('compareColumnEmpty')}</p>}
        {shown.map((block, k) => {
          const first = block[0]?.[0]?.index ?? 0;
          const last = block.at(-1)?.at(-1)?.index ?? -1;
          const inside = currentIndex >= first && currentIndex <= last;
          // Keyed by position: a block is a fixed stretch of the sentence list.
          return <BlockView key={k} block={block} marks={marks} currentIndex={inside ? currentIndex : -1} />;
        })}
      </section>
    </div>
  );
}

export function Columns({ t, a, b, labels, current }: ColumnsProps) {
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
      <Column t={t} side="a" sentences={a} label={labels.a} current={current} bodyRef={bodyA} />
      <Column t={t} side="b" sentences={b} label={labels.b} current={current} bodyRef={bodyB} />
    </div>
  );
}
