/**
 * UI strings. Keys are the `_locales/<lang>/messages.json` keys; a test checks that every
 * key used in src/ exists in every locale with a description and that none is unused.
 *
 * Gloss translates with its own bundled catalogs rather than `i18n.getMessage`, because the
 * reader can choose the UI language in the options (the browser API only follows the
 * browser's language). The catalog format is the browser's, placeholders included.
 */
export type Translate = (key: string, substitutions?: string | readonly string[]) => string;

export interface CatalogEntry {
  readonly message: string;
  readonly description?: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}

export type Catalog = Readonly<Record<string, CatalogEntry>>;

/** A translate function over `catalog`, falling back to `fallback`, then to the key. */
export function createTranslate(catalog: Catalog, fallback: Catalog): Translate {
  return (key, substitutions) => {
    const entry = catalog[key] ?? fallback[key];
    if (!entry) return key;
    const subs =
      substitutions === undefined ? [] : typeof substitutions === 'string' ? [substitutions] : substitutions;
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
      return content.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
    });
  };
}
