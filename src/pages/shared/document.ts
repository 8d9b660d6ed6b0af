/** The page's own `<html>`: language, direction, theme and title follow the settings. */
import { useEffect } from 'preact/hooks';
import type { Theme } from '../../core/settings';

export interface DocumentPrefs {
  readonly lang: string;
  readonly theme: Theme;
  readonly title: string;
}

/**
 * Sets `lang`, `dir` and `data-theme` on `<html>` and the document title. Both UI languages
 * (English, Hindi) are left to right. `system` lets page.css follow `prefers-color-scheme`.
 */
export function applyDocumentPrefs(doc: Document, { lang, theme, title }: DocumentPrefs): void {
  const root = doc.documentElement;
  root.lang = lang;
  root.dir = 'ltr';
  root.dataset.theme = theme;
  doc.title = title;
}

/** applyDocumentPrefs on the current document whenever the prefs change. */
export function useDocumentPrefs(prefs: DocumentPrefs): void {
  const { lang, theme, title } = prefs;
  useEffect(() => applyDocumentPrefs(document, { lang, theme, title }), [lang, theme, title]);
}
