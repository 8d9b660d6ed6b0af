/** Keyboard commands: move to the next or previous annotation on the active tab, or save it to Gloss. */
import type { Result, SaveOutcome } from '../../core/messages';

/** The manifest command that saves the selection, or else the article (docs/adr/0014-save-flow.md). */
export const SAVE_COMMAND = 'save-clip';

/** Manifest command name → step direction. */
export const COMMAND_DIRECTIONS: Readonly<Record<string, 1 | -1>> = {
  'next-annotation': 1,
  'previous-annotation': -1,
};

export interface CommandDeps {
  readonly activeTabId: () => Promise<number | undefined>;
  readonly step: (tabId: number, direction: 1 | -1) => Promise<Result<boolean>>;
  /** Saves from the tab's top frame; the page shows the outcome in Gloss's notice. */
  readonly save?: (tabId: number) => Promise<SaveOutcome>;
}

/** Handles one command; resolves to whether an annotation was opened (or the page saved). */
export async function handleCommand(command: string, deps: CommandDeps): Promise<boolean> {
  if (command === SAVE_COMMAND) {
    const tabId = await deps.activeTabId();
    return tabId !== undefined && deps.save !== undefined && (await deps.save(tabId)).saved;
  }
  const direction = COMMAND_DIRECTIONS[command];
  if (direction === undefined) return false;
  const tabId = await deps.activeTabId();
  if (tabId === undefined) return false;
  const result = await deps.step(tabId, direction);
  return result.ok && result.value;
}
