/**
 * i18n from day one: every UI string key used in src/ exists in every locale with a
 * description, no locale has a key src/ does not use, and placeholders agree.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const LOCALES = join(ROOT, 'public/_locales');

type Messages = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, unknown> }
>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx|html|json)$/.test(n) ? [p] : [];
  });
}

/** Keys referenced in code: t('key'), '__MSG_key__', and string values of *_KEYS maps. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  const texts = [...sourceFiles(join(ROOT, 'src')), join(ROOT, 'manifest.json')].map((f) =>
    readFileSync(f, 'utf8'),
  );
  for (const text of texts) {
    for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) keys.add(m[1] as string);
    for (const m of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) keys.add(m[1] as string);
    for (const block of text.matchAll(/_KEYS[^=]*=\s*\{([^}]*)\}/g)) {
      for (const m of (block[1] as string).matchAll(/'([A-Za-z0-9_]+)'/g)) keys.add(m[1] as string);
    }
  }
  return keys;
}

const locales = readdirSync(LOCALES);
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8'));

describe('UI strings', () => {
  const used = usedKeys();

  it('ships English and Hindi', () => {
    expect(locales.sort()).toEqual(['en', 'hi']);
    expect(used.size).toBeGreaterThan(10);
  });

  it.each(locales)('%s has every used key, with a description, and no unused key', (lang) => {
    const messages = load(lang);
    const defined = new Set(Object.keys(messages));
    expect(
      [...used].filter((k) => !defined.has(k)),
      'missing',
    ).toEqual([]);
    expect(
      [...defined].filter((k) => !used.has(k)),
      'unused',
    ).toEqual([]);
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.description?.trim(), `${key} needs a description`).toBeTruthy();
    }
  });

  it.each(locales)('%s uses the same placeholders as English', (lang) => {
    const en = load('en');
    const other = load(lang);
    for (const [key, entry] of Object.entries(en)) {
      const names = (m: string) => [...m.matchAll(/\$([A-Z_]+)\$/g)].map((x) => x[1]).sort();
      expect(names(other[key]?.message ?? ''), key).toEqual(names(entry.message));
    }
  });
});
