/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/, JSON-LD): one
 * annotation per passage (its selectors as saved, the note as a comment, tags as tagging
 * bodies, facts and verdicts as classifying bodies), and one bookmarking annotation for a
 * clip of a whole article. Any tool that reads Web Annotations (Hypothesis-style anchoring)
 * can place the passages again.
 */
import { type Clip, factIdsOf } from './model';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Json = string | number | boolean | null | readonly Json[] | { readonly [k: string]: Json };

/** The clip's IRI: `urn:uuid:…` for UUIDs (what Gloss makes), `urn:gloss:clip:…` otherwise. */
export function clipIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:gloss:clip:${encodeURIComponent(id)}`;
}

function bodies(clip: Clip): Json[] {
  const out: Json[] = [];
  if (clip.note)
    out.push({ type: 'TextualBody', purpose: 'commenting', value: clip.note, format: 'text/plain' });
  for (const tag of clip.tags) out.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  for (const id of factIdsOf(clip)) {
    const verdicts = [
      ...new Set(clip.annotations.filter((a) => a.factIds.includes(id) && a.verdict).map((a) => a.verdict)),
    ];
    const value = verdicts.length ? `gloss:fact/${id} (${verdicts.join(', ')})` : `gloss:fact/${id}`;
    out.push({ type: 'TextualBody', purpose: 'classifying', value });
  }
  return out;
}

function common(clip: Clip): Record<string, Json> {
  const body = bodies(clip);
  return {
    created: new Date(clip.savedAt).toISOString(),
    modified: new Date(clip.updatedAt).toISOString(),
    ...(body.length ? { body } : {}),
  };
}

/** The annotations of one clip (a passage each, or one for the article). */
export function clipToAnnotations(clip: Clip): Json[] {
  if (!clip.passages.length) {
    return [
      {
        '@context': CONTEXT,
        id: clipIri(clip.id),
        type: 'Annotation',
        motivation: 'bookmarking',
        ...common(clip),
        target: { source: clip.url },
      },
    ];
  }
  return clip.passages.map((p, i) => ({
    '@context': CONTEXT,
    id: clip.passages.length === 1 ? clipIri(clip.id) : `${clipIri(clip.id)}#passage-${i + 1}`,
    type: 'Annotation',
    motivation: clip.note ? 'commenting' : 'highlighting',
    ...common(clip),
    target: {
      source: clip.url,
      selector: p.position ? [{ ...p.quote }, { ...p.position }] : [{ ...p.quote }],
    },
  }));
}

/** An AnnotationCollection of every clip's annotations, as JSON-LD text. */
export function exportWebAnnotations(clips: readonly Clip[], exportedAt: Date): string {
  const items = clips.flatMap(clipToAnnotations);
  const doc = {
    '@context': CONTEXT,
    type: 'AnnotationCollection',
    label: 'Gloss clips',
    generated: exportedAt.toISOString(),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
