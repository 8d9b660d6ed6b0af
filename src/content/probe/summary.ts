/** What the popup is told about a page where Gloss shows nothing (yet): it still gets the site switch. */
import type { PageSummary } from '../../core/messages';

/** The fact base's language; with no annotation listed, nothing is shown in it. */
const BASE_LANG = 'en';

/** A summary with no annotations, for `doc`'s page. */
export function emptySummary(doc: Document, factsLang: string | null = null): PageSummary {
  return {
    url: doc.location?.href ?? '',
    title: doc.title,
    lang: doc.documentElement.lang || null,
    factsLang: factsLang ?? BASE_LANG,
    annotations: [],
  };
}
