import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  DWELL_MAX_MS,
  isOffFor,
  normaliseHost,
  parseSettings,
  visibleAnnotations,
  withSite,
} from '../../../src/core/settings';
import { createTranslate } from '../../../src/ui/i18n';

describe('settings', () => {
  it('fills defaults and survives a corrupt store', () => {
    for (const raw of [
      undefined,
      null,
      42,
      'x',
      [],
      { theme: 'neon', dwellMs: 'slow', verdicts: 7, disabledSites: 'a' },
    ]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('clamps the dwell and keeps valid choices', () => {
    const s = parseSettings({ dwellMs: 99_999, theme: 'dark', language: 'hi', verdicts: { context: false } });
    expect(s.dwellMs).toBe(DWELL_MAX_MS);
    expect(s.theme).toBe('dark');
    expect(s.language).toBe('hi');
    expect(s.verdicts).toEqual({ consistent: true, differs: true, outdated: true, context: false });
  });

  it('normalises host names and drops what is not one', () => {
    expect(normaliseHost('https://www.Example.com:8080/a?b')).toBe('example.com');
    expect(normaliseHost('news.example.co.in')).toBe('news.example.co.in');
    expect(normaliseHost('not a host')).toBeNull();
    expect(
      parseSettings({ disabledSites: ['WWW.b.com', 'a.com', 'b.com', 5, 'bad host'] }).disabledSites,
    ).toEqual(['a.com', 'b.com']);
  });

  it('turns Gloss off for a listed site and its subdomains, or everywhere when paused', () => {
    const s = withSite(DEFAULT_SETTINGS, 'https://example.com/story', true);
    expect(isOffFor(s, 'example.com')).toBe(true);
    expect(isOffFor(s, 'www.example.com')).toBe(true);
    expect(isOffFor(s, 'news.example.com')).toBe(true);
    expect(isOffFor(s, 'badexample.com')).toBe(false);
    expect(isOffFor(withSite(s, 'example.com', false), 'example.com')).toBe(false);
    expect(isOffFor({ ...DEFAULT_SETTINGS, enabled: false }, 'other.org')).toBe(true);
  });
});

describe('createTranslate', () => {
  const en = {
    hello: { message: 'Hello' },
    count: { message: '$COUNT$ found', placeholders: { count: { content: '$1' } } },
  };
  const hi = { hello: { message: 'नमस्ते' } };

  it('translates, substitutes placeholders and falls back to English, then the key', () => {
    const t = createTranslate(hi, en);
    expect(t('hello')).toBe('नमस्ते');
    expect(t('count', '5')).toBe('5 found');
    expect(t('missing')).toBe('missing');
  });
});

describe('visibleAnnotations', () => {
  const list = [
    { id: 0, kind: 'term' as const, verdict: null, factId: 'org.mea' },
    { id: 1, kind: 'claim' as const, verdict: 'consistent' as const, factId: 'event.a' },
    { id: 2, kind: 'term' as const, verdict: null, factId: 'org.mea' },
    { id: 3, kind: 'term' as const, verdict: null, factId: 'place.lac' },
    { id: 4, kind: 'claim' as const, verdict: 'context' as const, factId: 'event.a' },
    { id: 5, kind: 'claim' as const, verdict: 'consistent' as const, factId: 'event.a' },
  ];
  const ids = (over: Partial<typeof DEFAULT_SETTINGS>) =>
    visibleAnnotations(list, { ...DEFAULT_SETTINGS, ...over }).map((a) => a.id);

  it('shows everything by default', () => {
    expect(ids({})).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps only the first mention of each fact when asked, and every claim', () => {
    expect(ids({ mentions: 'first' })).toEqual([0, 1, 3, 4, 5]);
  });

  it('hides claims whose verdict is switched off', () => {
    expect(ids({ verdicts: { ...DEFAULT_SETTINGS.verdicts, context: false } })).toEqual([0, 1, 2, 3, 5]);
  });
});

describe('revisit setting', () => {
  it('is off by default and only a stored boolean turns it on', () => {
    expect(DEFAULT_SETTINGS.revisit).toBe(false);
    expect(parseSettings({}).revisit).toBe(false);
    expect(parseSettings({ revisit: 'true' }).revisit).toBe(false);
    expect(parseSettings({ revisit: 1 }).revisit).toBe(false);
    expect(parseSettings({ revisit: true }).revisit).toBe(true);
  });
});
