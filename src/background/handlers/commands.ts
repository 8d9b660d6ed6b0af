/** Keyboard commands: move to the next or previous annotation on the active tab. */
import type { Result } from '../../core/messages';

/** Manifest command name → step direction. */
export const COMMAND_DIRECTIONS: Readonly<Record<string, 1 | -1>> = {
  'next-annotation': 1,
  'previous-annotation': -1,
};

export interface CommandDeps {
  readonly activeTabId: () => Promise<number | undefined>;
  readonly step: (tabId: number, direction: 1 | -1) => Promise<Result<boolean>>;
}

/** Handles one command; resolves to whether an annotation was opened. */
export async function handleCommand(command: string, deps: CommandDeps): Promise<boolean> {
  const direction = COMMAND_DIRECTIONS[command];
  if (direction === undefined) return false;
  const tabId = await deps.activeTabId();
  if (tabId === undefined) return false;
  const result = await deps.step(tabId, direction);
  return result.ok && result.value;
}
