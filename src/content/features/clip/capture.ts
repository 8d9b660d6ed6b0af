/**
 * What the reader asked to save, read from the page (docs/adr/0014-save-flow.md): the article
 * (the annotate feature's parse when it ran here, else one parse now), its HTML sanitised with
 * DOMPurify in this isolated world, the selection as offsets in the article's text (or, outside
 * the article or on a page without one, in a window of the page's text), and the annotations.
 */
import { QUOTE_CONTEXT } from '../../../core/clips/selectors';
import type { ClipDraft, DraftAnnotation, SaveRefusal, SaveScope } from '../../../core/messages';
import { sanitiseArticleHtml } from '../../../dom/clip-html';
import { type ParsedArticle, parseArticle } from '../../../dom/readability';
import { rangeSpan, selectionProblem } from '../../../dom/selection';
import { buildTextIndex } from '../../../dom/text-index';
import { recordsOn, sharedPage } from '../../page-context';

export type Capture = { readonly draft: ClipDraft } | { readonly refused: SaveRefusal };

/** Characters of the page's text kept around a selection outside the article (the quote's context). */
const WINDOW = QUOTE_CONTEXT * 2;

const toDraft = (a: DraftAnnotation): DraftAnnotation => ({
  start: a.start,
  end: a.end,
  quote: a.quote,
  kind: a.kind,
  factIds: a.factIds,
  verdict: a.verdict,
});

function canonicalOf(doc: Document): string | null {
  return doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href ?? null;
}

/** The selection's range when something is selected. */
function selectedRange(win: Window): Range | null {
  const selection = win.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return selection.toString().trim() ? selection.getRangeAt(0) : null;
}

/** The passage in the article's text, else in a window of the page's text around it. */
function passageOf(doc: Document, article: ParsedArticle | null, range: Range): ClipDraft['passage'] {
  const inArticle = article && rangeSpan(article.index, range, article.toLive);
  if (inArticle) return { ...inArticle, context: null };
  const page = buildTextIndex(doc.body);
  const span = rangeSpan(page, range);
  if (!span) return null;
  const from = Math.max(0, span.start - WINDOW);
  const to = Math.min(page.text.length, span.end + WINDOW);
  if (span.end - span.start > 9_000) return null;
  return { start: span.start - from, end: span.end - from, context: page.text.slice(from, to) };
}

/** Reads what to save from `win`'s page, or why it cannot be saved. */
export function capture(win: Window, scope: SaveScope, note: string): Capture {
  const doc = win.document;
  const wantsSelection = scope !== 'article';
  const problem = wantsSelection ? selectionProblem(doc, win.getSelection()) : null;
  if (problem) return { refused: problem };
  const range = wantsSelection ? selectedRange(win) : null;
  if (scope === 'passage' && !range) return { refused: 'no-selection' };

  const shared = sharedPage(win.location.href);
  const article = parseArticle(doc);
  if (!range && !article) return { refused: 'nothing' };
  const passage = range ? passageOf(doc, article, range) : null;
  if (range && !passage) return { refused: 'no-selection' };

  const root = article?.root as Element | undefined;
  return {
    draft: {
      url: win.location.href,
      canonical: canonicalOf(doc),
      title: article?.title || doc.title,
      site: article?.siteName ?? null,
      byline: article?.byline ?? null,
      published: article?.publishedTime ?? null,
      lang: article?.lang || doc.documentElement.lang || null,
      article: article
        ? {
            text: article.index.text,
            html: sanitiseArticleHtml(root?.innerHTML ?? '', win as Window & typeof globalThis),
          }
        : null,
      passage,
      annotations: shared && article ? recordsOn(shared, article.index.text).map(toDraft) : [],
      note,
    },
  };
}
