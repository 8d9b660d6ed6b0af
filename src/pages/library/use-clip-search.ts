/**
 * The search index of the library, kept in step with the clips. It is built after the list
 * is first shown (the list never waits for it), in chunks so the page stays responsive, and
 * then updated per clip: a removed clip is discarded, a new or edited one indexed again.
 * Until it is ready, a search filters titles and notes by substring, so typing is never lost.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ClipMeta } from '../../core/clips/model';
import { type ClipIndex, clipDoc, createClipIndex, searchClips } from '../../core/clips/search';

/** Clips indexed per task; ~500 keeps each task short at ~2 KB of text per clip. */
const CHUNK = 500;

export interface ClipSearch {
  /** Ids best first, or null when the query is blank. */
  readonly hits: readonly string[] | null;
  /** False while the article texts are being indexed. */
  readonly ready: boolean;
}

function substringHits(metas: readonly ClipMeta[], query: string): string[] {
  const q = query.trim().toLocaleLowerCase();
  return metas.filter((m) => `${m.title}\n${m.note}`.toLocaleLowerCase().includes(q)).map((m) => m.id);
}

/** Indexes `metas` with texts from `texts(ids)`; answers `query`. */
export function useClipSearch(
  metas: readonly ClipMeta[] | null,
  query: string,
  texts: (ids?: readonly string[]) => Promise<Map<string, string>>,
): ClipSearch {
  const index = useRef<ClipIndex | null>(null);
  const indexed = useRef(new Map<string, number>());
  const [version, setVersion] = useState(0);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!metas) return;
    let cancelled = false;
    const sync = async () => {
      const first = !index.current;
      const current = index.current ?? createClipIndex();
      // Shared at once, so an interrupted build is resumed, not restarted: `indexed` matches it.
      index.current = current;
      const known = indexed.current;
      const live = new Map(metas.map((m) => [m.id, m]));
      for (const id of [...known.keys()]) {
        if (!live.has(id)) {
          current.discard(id);
          known.delete(id);
        }
      }
      const stale = metas.filter((m) => known.get(m.id) !== m.updatedAt);
      if (!stale.length && !first) return;
      const bodies = await texts(first ? undefined : stale.map((m) => m.id));
      for (let i = 0; i < stale.length && !cancelled; i += CHUNK) {
        for (const m of stale.slice(i, i + CHUNK)) {
          if (known.has(m.id)) current.discard(m.id);
          current.add(clipDoc(m, bodies.get(m.id) ?? ''));
          known.set(m.id, m.updatedAt);
        }
        // Yield between chunks so input and paint are not blocked.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (cancelled) return;
      setReady(true);
      setVersion((v) => v + 1);
    };
    void sync();
    return () => {
      cancelled = true;
    };
  }, [metas, texts]);

  const hits = useMemo(() => {
    if (!query.trim() || !metas) return null;
    return ready && index.current ? searchClips(index.current, query) : substringHits(metas, query);
    // `version` changes when the index does.
  }, [query, metas, ready, version]);

  return { hits, ready };
}
