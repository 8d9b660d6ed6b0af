/**
 * The background service worker (an event page in Firefox). Stateless: listeners are
 * registered at top level on every start, and nothing is kept in memory that cannot be
 * rebuilt from storage.
 */
import { onCommand } from '../platform/commands';
import { handle, sendToTab } from '../platform/messaging';
import { activeTabId } from '../platform/tabs';
import { handleCommand } from './handlers/commands';
import { onErrorReport, onPageAnnotated } from './handlers/page';

handle({
  'page/annotated': onPageAnnotated,
  'error/report': onErrorReport,
});

onCommand((command) =>
  handleCommand(command, {
    activeTabId,
    step: (tabId, direction) => sendToTab(tabId, 'page/step', { direction }),
  }).then(() => undefined),
);
