/**
 * One sentence in a column: its word diff inside a changed pair (what A has and B does not is
 * struck through on A's side; what B adds is underlined on B's side), and, for screen readers,
 * a word before every difference saying what it is (colour is never the only sign).
 */
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

/** What a screen reader hears before a sentence that differs (empty for an identical pair). */
export function sentenceMark(t: Translate, s: SentenceView): string {
  const marks = [
    s.conflict ? t('compareMarkConflict') : '',
    s.state === 'only' && s.side === 'a' ? t('compareMarkOnlyA') : '',
    s.state === 'only' && s.side === 'b' ? t('compareMarkOnlyB') : '',
    s.state === 'changed' ? t('compareMarkChanged') : '',
    s.moved ? t('compareMarkMoved') : '',
  ].filter(Boolean);
  return marks.length ? `${marks.join(', ')}: ` : '';
}

export interface SentenceProps {
  readonly t: Translate;
  readonly s: SentenceView;
  /** This sentence is the difference the reader stepped to (in the tab order, focusable). */
  readonly current: boolean;
}

export function Sentence({ t, s, current }: SentenceProps) {
  const mark = sentenceMark(t, s);
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
