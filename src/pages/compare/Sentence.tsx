/**
 * One sentence in a column: its word diff inside a changed pair (what A has and B does not is
 * struck through on A's side; what B adds is underlined on B's side), and, for screen readers,
 * a word before every difference saying what it is (colour is never the only sign).
 */
import { Component } from 'preact';
import type { DiffOp } from '../../core/compare/types';
import type { Translate } from '../../ui/i18n';
import { type SentenceView, sentenceId } from './view';

function DiffText({ ops, side }: { readonly ops: readonly DiffOp[]; readonly side: 'a' | 'b' }) {
  return (
    <>
      {ops.map((op, k) => {
        if (op.op === 'same') return <span key={k}>{op.text}</span>;
        if (side === 'a' && op.op === 'removed') return <del key={k}>{op.text}</del>;
        if (side === 'b' && op.op === 'added') return <ins key={k}>{op.text}</ins>;
        return null;
      })}
    </>
  );
}

/** Classes that draw a sentence's state (the stylesheet gives each a non-colour sign too). */
export function sentenceClass(s: SentenceView): string {
  return [
    'sentence',
    `sentence--${s.state === 'only' ? `only-${s.side}` : s.state}`,
    s.moved ? 'sentence--moved' : '',
    s.conflict ? 'sentence--conflict' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The words a screen reader hears before a sentence that differs, translated once per language. */
export interface Marks {
  readonly conflict: string;
  readonly onlyA: string;
  readonly onlyB: string;
  readonly changed: string;
  readonly moved: string;
}

export function marksFor(t: Translate): Marks {
  return {
    conflict: t('compareMarkConflict'),
    onlyA: t('compareMarkOnlyA'),
    onlyB: t('compareMarkOnlyB'),
    changed: t('compareMarkChanged'),
    moved: t('compareMarkMoved'),
  };
}

/** What a screen reader hears before a sentence that differs (empty for an identical pair). */
export function sentenceMark(marks: Marks, s: SentenceView): string {
  const words = [
    s.conflict ? marks.conflict : '',
    s.state === 'only' ? (s.side === 'a' ? marks.onlyA : marks.onlyB) : '',
    s.state === 'changed' ? marks.changed : '',
    s.moved ? marks.moved : '',
  ].filter(Boolean);
  return words.length ? `${words.join(', ')}: ` : '';
}

export interface SentenceProps {
  readonly marks: Marks;
  readonly s: SentenceView;
  /** This sentence is the difference the reader stepped to (in the tab order, focusable). */
  readonly current: boolean;
}

/** Same text, state, partner and diff: nothing to redraw (a new snapshot rebuilds every view). */
function same(a: SentenceView, b: SentenceView): boolean {
  return (
    a.text === b.text &&
    a.state === b.state &&
    a.partner === b.partner &&
    a.moved === b.moved &&
    a.conflict === b.conflict &&
    (a.diff?.length ?? -1) === (b.diff?.length ?? -1)
  );
}

export class Sentence extends Component<SentenceProps> {
  override shouldComponentUpdate(next: SentenceProps): boolean {
    const p = this.props;
    return next.current !== p.current || next.marks !== p.marks || !same(next.s, p.s);
  }
  override render({ marks, s, current }: SentenceProps) {
    const mark = sentenceMark(marks, s);
    return (
      <>
        <span
          id={sentenceId(s.side, s.index)}
          class={sentenceClass(s)}
          data-i={s.index}
          data-partner={s.partner ?? undefined}
          tabIndex={current ? 0 : -1}
        >
          {mark && <span class="visually-hidden">{mark}</span>}
          {s.diff ? <DiffText ops={s.diff} side={s.side} /> : s.text}
        </span>{' '}
      </>
    );
  }
}
