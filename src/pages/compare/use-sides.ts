/**
 * The two sides of the page and how they load: from the URL's clip ids or tab, from a clip
 * chosen in a slot, from a file; each side's state says loading, ready or why not.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../ui/i18n';
import { readComparedFile } from './files';
import type { SlotState } from './Sources';
import type { CompareService } from './service';
import { docOfClip, type SourceRef } from './sources';
import type { Side } from './view';

const FILE_KEYS = { 'too-large': 'compareFileTooLarge', 'not-text': 'compareFileNotText' } as const;
/** Why a tab gave no article (an article is all compare asks for, so few refusals can happen). */
const TAB_KEYS = {
  nothing: 'compareTabNothing',
  'not-web': 'compareTabNotWeb',
  other: 'compareTabUnreachable',
} as const;
const tabKey = (reason: string) =>
  reason === 'nothing' || reason === 'not-web' ? TAB_KEYS[reason] : TAB_KEYS.other;

export interface Sides {
  readonly states: Record<Side, SlotState>;
  readonly chooseClip: (side: Side, id: string) => void;
  readonly chooseFile: (side: Side, file: File) => void;
  readonly swap: () => void;
}

const EMPTY: Record<Side, SlotState> = { a: { status: 'empty' }, b: { status: 'empty' } };

export function useSides(service: CompareService, refs: Record<Side, SourceRef | null>, t: Translate): Sides {
  const [states, setStates] = useState<Record<Side, SlotState>>(EMPTY);
  const set = useCallback((side: Side, state: SlotState) => setStates((s) => ({ ...s, [side]: state })), []);

  const loadClip = useCallback(
    async (side: Side, id: string) => {
      set(side, { status: 'loading' });
      try {
        const clip = await service.clip(id);
        const doc = clip && docOfClip(clip);
        if (doc) set(side, { status: 'ready', doc });
        else
          set(side, { status: 'error', message: clip ? t('compareClipNoArticle') : t('compareClipMissing') });
      } catch (e) {
        set(side, { status: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    },
    [service, set, t],
  );

  const loadTab = useCallback(
    async (side: Side, tabId: number) => {
      set(side, { status: 'loading' });
      try {
        const outcome = await service.tab(tabId);
        const doc = outcome.found ? docOfClip(outcome.clip, 'tab') : null;
        if (doc) set(side, { status: 'ready', doc });
        else
          set(side, {
            status: 'error',
            message: t(outcome.found ? 'compareClipNoArticle' : tabKey(outcome.reason)),
          });
      } catch {
        set(side, { status: 'error', message: t(TAB_KEYS.other) });
      }
    },
    [service, set, t],
  );

  // The URL is read once, when the page opens.
  useEffect(() => {
    for (const side of ['a', 'b'] as const) {
      const ref = refs[side];
      if (ref?.kind === 'clip') void loadClip(side, ref.id);
      else if (ref?.kind === 'tab') void loadTab(side, ref.tabId);
    }
  }, []);

  const chooseFile = useCallback(
    async (side: Side, file: File) => {
      set(side, { status: 'loading' });
      try {
        const read = await readComparedFile(file, service.parseHtml);
        set(
          side,
          read.ok
            ? { status: 'ready', doc: read.doc }
            : { status: 'error', message: t(FILE_KEYS[read.reason]) },
        );
      } catch (e) {
        set(side, { status: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    },
    [service, set, t],
  );

  return {
    states,
    chooseClip: (side, id) => void loadClip(side, id),
    chooseFile: (side, file) => void chooseFile(side, file),
    swap: () => setStates((s) => ({ a: s.b, b: s.a })),
  };
}
