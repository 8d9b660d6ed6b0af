import { describe, expect, it } from 'vitest';
import { clipUrl, normaliseUrl, siteOf } from '../../../src/core/clips/url';

describe('normaliseUrl', () => {
  it('drops the fragment, tracking parameters and the default port; sorts the rest', () => {
    expect(normaliseUrl('HTTPS://Example.ORG:443/a/b?utm_source=x&z=2&a=1&fbclid=y&a=0#top')).toBe(
      'https://example.org/a/b?a=1&a=0&z=2',
    );
  });

  it('leaves no bare "?" and keeps the path as written', () => {
    expect(normaliseUrl('https://example.org/Story/?utm_medium=social')).toBe('https://example.org/Story/');
  });

  it('refuses what is not http(s)', () => {
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseUrl('file:///etc/passwd')).toBeNull();
    expect(normaliseUrl('not a url')).toBeNull();
  });
});

describe('clipUrl', () => {
  const page = 'https://www.example.org/news/123?utm_campaign=x#comments';

  it('prefers the canonical link on the same site, resolved against the page', () => {
    expect(clipUrl(page, '/news/lac-patrols-123')).toBe('https://www.example.org/news/lac-patrols-123');
    expect(clipUrl('https://amp.example.org/a', 'https://example.org/a')).toBe('https://example.org/a');
  });

  it('keeps the page URL when the canonical link is on another site or not http(s)', () => {
    expect(clipUrl(page, 'https://evil.example.net/news/123')).toBe('https://www.example.org/news/123');
    expect(clipUrl(page, 'javascript:void 0')).toBe('https://www.example.org/news/123');
    expect(clipUrl(page, null)).toBe('https://www.example.org/news/123');
  });

  it('is null for a page that is not http(s)', () => {
    expect(clipUrl('about:blank', 'https://example.org/')).toBeNull();
  });

  it('siteOf names the host without www', () => {
    expect(siteOf('https://www.thehindu.com/news')).toBe('thehindu.com');
    expect(siteOf('nope')).toBe('');
  });
});
