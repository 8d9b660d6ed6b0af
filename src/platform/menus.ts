/**
 * The context-menu entries (the `contextMenus` permission): "Save to Gloss" on a page and
 * "Save passage to Gloss" on a selection, on http(s) pages only. Items persist across worker
 * restarts, so they are created when the extension is installed or updated, and the click
 * listener is registered at the worker's top level on every start.
 */
import { browser } from './browser';

/** Menu item id → what it saves. */
export const MENU_SCOPES = { 'gloss-save-page': 'article', 'gloss-save-passage': 'passage' } as const;
export type MenuId = keyof typeof MENU_SCOPES;

// Titles from the extension's catalog (the menu is the browser's UI, in the browser's language).
const MENU_KEYS: Record<MenuId, string> = {
  'gloss-save-page': 'menuSavePage',
  'gloss-save-passage': 'menuSavePassage',
};
const CONTEXTS: Record<MenuId, ['page'] | ['selection']> = {
  'gloss-save-page': ['page'],
  'gloss-save-passage': ['selection'],
};

/** A click on one of Gloss's items: which, in which tab and frame. */
export interface MenuClick {
  readonly id: MenuId;
  readonly tabId: number;
  readonly frameId: number;
}

/** Creates the items (once per install or update; creating an existing id again is an error). */
export function installMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      for (const id of Object.keys(MENU_SCOPES) as MenuId[]) {
        browser.contextMenus.create({
          id,
          title: browser.i18n.getMessage(MENU_KEYS[id]),
          contexts: CONTEXTS[id],
          documentUrlPatterns: ['http://*/*', 'https://*/*'],
        });
      }
    });
  });
}

/** Registers the click listener; call at the worker's top level. */
export function onMenuClick(listener: (click: MenuClick) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const id = String(info.menuItemId);
    if (!(id in MENU_SCOPES) || tab?.id === undefined) return;
    listener({ id: id as MenuId, tabId: tab.id, frameId: info.frameId ?? 0 });
  });
}
