/** The popup's sections: claims by verdict, most important first, then terms. */
import type { AnnotationSummary } from '../../core/messages';

export type GroupId = 'differs' | 'outdated' | 'consistent' | 'context' | 'terms';

/** Section order: what disagrees with the record first, plain terms last. */
export const GROUP_ORDER: readonly GroupId[] = ['differs', 'outdated', 'consistent', 'context', 'terms'];

export interface Group {
  readonly id: GroupId;
  readonly items: readonly AnnotationSummary[];
}

/** Which section an annotation belongs to; a claim without a verdict counts as context. */
export function groupOf(a: AnnotationSummary): GroupId {
  return a.kind === 'term' ? 'terms' : (a.verdict ?? 'context');
}

/** The non-empty sections in GROUP_ORDER, each keeping the page order of its items. */
export function groupAnnotations(annotations: readonly AnnotationSummary[]): Group[] {
  const byGroup = new Map<GroupId, AnnotationSummary[]>(GROUP_ORDER.map((id) => [id, []]));
  for (const a of annotations) byGroup.get(groupOf(a))?.push(a);
  return GROUP_ORDER.flatMap((id) => {
    const items = byGroup.get(id) ?? [];
    return items.length ? [{ id, items }] : [];
  });
}
