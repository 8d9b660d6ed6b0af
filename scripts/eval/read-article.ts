/**
 * One dev article read the way the probe scripts need it (para-why.ts, probe-paraphrase.ts): the
 * cards the page shows, the matcher's analysis, the mention index and the claim engine's own output,
 * so that each probe only asks its question of them.
 */
import { annotateText } from '../../src/core/annotate';
import { parsePublished } from '../../src/core/claims/dates';
import { analyzeClaims } from '../../src/core/claims/engine';
import { MentionIndex } from '../../src/core/claims/mentions';
import { TextSpans } from '../../src/core/match/sentences';
import type { loadFactBase } from '../vite/fact-base-plugin';
import { articleText, type EvalArticle } from './corpus';

export function readArticle(base: ReturnType<typeof loadFactBase>, a: EvalArticle) {
  const text = articleText(a);
  const published = parsePublished(a.published);
  const found = annotateText(text, {
    matcher: base.matcher,
    factById: base.factById,
    published: a.published,
  });
  const analysis = base.matcher.analyze(text);
  const index = new MentionIndex(text, base.matcher.index, analysis, base.factById, published);
  const { claims, paraphrases } = analyzeClaims({
    text,
    published,
    index: base.matcher.index,
    analysis,
    factById: base.factById,
    spans: new TextSpans(text),
  });
  return { text, found, analysis, index, claims, paraphrases };
}
