/**
 * Where the saved passages are on the page now (docs/adr/0019-revisit.md): each is anchored in
 * the article's text (where its stored offsets mean something) and else in the whole page's text,
 * exact first, then the stored position, then approximately (core/clips/anchor.ts). A passage
 * that does not anchor confidently, or whose place does not map back to the live page, is an
 * orphan: listed, never highlighted somewhere else.
 */
import { anchorPassage } from '../../../core/clips/anchor';
import type { RevisitPassage } from '../../../core/clips/revisit';
import type { ParsedArticle } from '../../../dom/readability';
import { buildTextIndex, pointsFor, type TextIndex } from '../../../dom/text-index';

export interface Placed {
  readonly ranges: readonly Range[];
  readonly orphans: readonly RevisitPassage[];
}

interface Source {
  readonly index: TextIndex;
  /** Whether the stored offsets refer to this text (the article's, as it was saved). */
  readonly positional: boolean;
  readonly toLive: (node: Text) => Text | undefined;
}

function rangeIn(doc: Document, source: Source, passage: RevisitPassage): Range | null {
  const anchor = anchorPassage(source.index.text, passage.quote, source.positional ? passage.position : null);
  const points = anchor && pointsFor(source.index, anchor.start, anchor.end, source.toLive);
  if (!points) return null;
  const range = doc.createRange();
  range.setStart(points.start.node, points.start.offset);
  range.setEnd(points.end.node, points.end.offset);
  return range;
}

/**
 * A function placing one passage in `doc` (a Range, or null: an orphan), using `article`
 * (Readability's parse of it) when there is one. The page's own text is indexed on first need.
 */
export function passagePlacer(
  doc: Document,
  article: ParsedArticle | null,
): (passage: RevisitPassage) => Range | null {
  const sources: Source[] = [];
  if (article) sources.push({ index: article.index, positional: true, toLive: article.toLive });
  // The whole page, built only if a passage is not in the article (or there is none).
  let page: Source | null = null;
  const pageSource = () => {
    page ??= {
      index: buildTextIndex(doc.body),
      positional: false,
      toLive: (n) => (n.isConnected ? n : undefined),
    };
    return page;
  };
  return (passage) => {
    let range: Range | null = null;
    for (const source of sources) range ??= rangeIn(doc, source, passage);
    if (!range && doc.body) range = rangeIn(doc, pageSource(), passage);
    return range;
  };
}

/** Places `passages` in `doc` at once (see `passagePlacer`). */
export function placePassages(
  doc: Document,
  passages: readonly RevisitPassage[],
  article: ParsedArticle | null,
): Placed {
  const place = passagePlacer(doc, article);
  const ranges: Range[] = [];
  const orphans: RevisitPassage[] = [];
  for (const passage of passages) {
    const range = place(passage);
    if (range) ranges.push(range);
    else orphans.push(passage);
  }
  return { ranges, orphans };
}
