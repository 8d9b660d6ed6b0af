/** Keyboard commands declared in the manifest (`commands`). */
import { browser } from './browser';

/** Registers a listener for keyboard commands; call at the worker's top level. */
export function onCommand(listener: (command: string) => void | Promise<void>): void {
  browser.commands.onCommand.addListener((command: string) => {
    void listener(command);
  });
}
