/**
 * URL normalisation for clips: one page saved twice gets one URL, so its clips are versions
 * of each other and a revisit finds them. The core has no DOM library, so WHATWG `URL` (in
 * every context Gloss runs in: pages, workers, Node) is reached through `globalThis`.
 */

interface WhatwgUrl {
  protocol: string;
  hostname: string;
  port: string;
  pathname: string;
  hash: string;
  readonly searchParams: {
    keys(): Iterable<string>;
    getAll(name: string): string[];
    delete(name: string): void;
    append(name: string, value: string): void;
  };
  href: string;
}
type UrlConstructor = new (url: string, base?: string) => WhatwgUrl;
const Url = (globalThis as unknown as { URL: UrlConstructor }).URL;

/** Query parameters that only track where a click came from; the page is the same without them. */
const TRACKING =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|ref_src|ref_url|cmpid|ocid|smid|at_medium|at_campaign)$/i;

/** Parses an absolute http(s) URL, or null. */
export function parseHttpUrl(raw: string, base?: string): WhatwgUrl | null {
  try {
    const u = base === undefined ? new Url(raw) : new Url(raw, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/**
 * The normal form of an http(s) URL: no fragment, no tracking parameters, the others sorted
 * by name (their values keep their order), no default port, lower-case host. Null when
 * `raw` is not an http(s) URL.
 */
export function normaliseUrl(raw: string): string | null {
  const u = parseHttpUrl(raw.trim());
  if (!u) return null;
  u.hash = '';
  const params = [...new Set(u.searchParams.keys())].filter((k) => !TRACKING.test(k)).sort();
  const kept = params.map((k) => [k, u.searchParams.getAll(k)] as const);
  for (const k of [...new Set(u.searchParams.keys())]) u.searchParams.delete(k);
  for (const [k, values] of kept) for (const v of values) u.searchParams.append(k, v);
  // URL already lower-cases the host and drops default ports; an empty query leaves a bare "?".
  return u.href.replace(/\?$/, '');
}

/** The host without a leading "www.", for comparing sites and naming them. */
export function siteOf(url: string): string {
  const u = parseHttpUrl(url);
  return u ? u.hostname.replace(/^www\./, '') : '';
}

/**
 * The URL a clip keeps: the page's canonical link when it is an http(s) URL on the same site or a
 * parent or subdomain of it (a page cannot file a clip under another site's address), else the page's own URL;
 * normalised either way. Null when the page URL itself is not http(s).
 */
export function clipUrl(pageUrl: string, canonical: string | null = null): string | null {
  const page = normaliseUrl(pageUrl);
  if (!page) return null;
  if (!canonical) return page;
  const resolved = parseHttpUrl(canonical.trim(), page);
  if (!resolved) return page;
  const preferred = normaliseUrl(resolved.href);
  return preferred && sameSite(siteOf(preferred), siteOf(page)) ? preferred : page;
}

/** Same host, or one a subdomain of the other (amp.example.com and example.com). */
function sameSite(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
