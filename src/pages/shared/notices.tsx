/**
 * What the pages tell the reader after an action: "Saved." in a polite status region,
 * failures in an alert. Both regions are in the document from the start, because screen
 * readers miss a live region that is added together with its text. Each notice has a new
 * `seq`, so its text node is replaced and the same words are announced again.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../ui/i18n';

export interface Notice {
  readonly tone: 'ok' | 'error';
  readonly seq: number;
  /** Text in the current UI language (the language may change while it is shown). */
  readonly text: (t: Translate) => string;
}

export type Post = (tone: Notice['tone'], text: Notice['text']) => void;

/** The latest notice and a function to post one. */
export function useNotices(): [Notice | null, Post] {
  const [notice, setNotice] = useState<Notice | null>(null);
  const seq = useRef(0);
  const post = useCallback<Post>((tone, text) => {
    seq.current += 1;
    setNotice({ tone, text, seq: seq.current });
  }, []);
  return [notice, post];
}

export function Notices({ t, notice }: { readonly t: Translate; readonly notice: Notice | null }) {
  const ok = notice?.tone === 'ok' ? notice : null;
  const error = notice?.tone === 'error' ? notice : null;
  return (
    <div class="notices">
      <p role="status" class="notice notice--ok" data-testid="status">
        {ok && <span key={ok.seq}>{ok.text(t)}</span>}
      </p>
      <p role="alert" class="notice notice--error" data-testid="error">
        {error && <span key={error.seq}>{error.text(t)}</span>}
      </p>
    </div>
  );
}
