/**
 * Full-text search over clips with MiniSearch (a well-kept inverted index with prefix and
 * fuzzy search; a hand-written index would get ranking and tokenising wrong). Title, note,
 * tags and article text are indexed; nothing is stored in the index, results are ids.
 */
import MiniSearch from 'minisearch';
import type { ClipMeta } from './model';

/** What is indexed for one clip. */
export interface ClipDoc {
  readonly id: string;
  readonly title: string;
  readonly note: string;
  readonly tags: string;
  readonly text: string;
}

export type ClipIndex = MiniSearch<ClipDoc>;

/** The document of a clip: its metadata and its article text ('' when none or not loaded). */
export function clipDoc(
  meta: Pick<ClipMeta, 'id' | 'title' | 'note' | 'tags' | 'passages'>,
  text: string,
): ClipDoc {
  // A passage clip's quotes are its text when it keeps no article.
  const body = text || meta.passages.map((p) => p.quote.exact).join('\n');
  return { id: meta.id, title: meta.title, note: meta.note, tags: meta.tags.join(' '), text: body };
}

/** An empty index. */
export function createClipIndex(): ClipIndex {
  return new MiniSearch<ClipDoc>({
    fields: ['title', 'note', 'tags', 'text'],
    storeFields: [],
    searchOptions: {
      // Words typed in the title or the note are what a reader remembers best.
      boost: { title: 3, note: 2, tags: 2 },
      // Prefix for the word being typed; a small edit distance for longer words only, which keeps
      // fuzzy lookups (the costly part) off short words that match half the index.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
      fuzzy: (term) => (term.length >= 5 ? 0.15 : false),
      combineWith: 'AND',
    },
  });
}

/** Ids of clips matching `query`, best first; [] for a blank query. */
export function searchClips(index: ClipIndex, query: string): string[] {
  if (!query.trim()) return [];
  return index.search(query).map((r) => String(r.id));
}
