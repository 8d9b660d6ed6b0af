/**
 * The translate function UI components receive. Keys are the `_locales/en/messages.json`
 * keys; a test checks that every key used in src/ exists in every locale and that no key
 * is unused.
 */
export type Translate = (key: string, substitutions?: string | readonly string[]) => string;
