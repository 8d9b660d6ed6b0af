/**
 * A file the reader opened or dropped, as a side of the comparison. HTML is parsed into an
 * inert document (no browsing context: scripts never run, images and styles never load) and
 * Readability takes the article out of it; text is used as it is. Anything that is not text
 * (a NUL byte, invalid UTF-8) is refused with its reason. The page parses HTML in the compare
 * worker (`ParseHtml` from engine-client.ts, linkedom there: ADR 0022), so a long file is no
 * long task; the platform's DOMParser on the calling thread is the fallback.
 */
import { parseArticle } from '../../dom/readability';
import { buildTextIndex } from '../../dom/text-index';
import type { HtmlParser } from '../../dom/worker-dom';
import type { CompareDoc } from './sources';

/** The largest file the page reads (bytes): far above any article, small enough to read at once. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A file the reader picked (a DOM `File` fits). */
export interface ComparedFile {
  readonly name: string;
  readonly size: number;
  readonly type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type FileRefusal = 'too-large' | 'not-text';

export type FileResult =
  | { readonly ok: true; readonly doc: CompareDoc }
  | { readonly ok: false; readonly reason: FileRefusal };

/** HTML by its name, type or first characters. */
export function looksLikeHtml(name: string, type: string, text: string): boolean {
  if (/\.x?html?$/i.test(name) || /html/i.test(type)) return true;
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text.slice(0, 1_000));
}

/** The bytes as UTF-8 text, or null when they are not text. */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

/** Plain text: line endings unified, runs of blank lines as one block break. */
export function plainText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** What a side takes from an HTML file. Plain data, so a worker can send it. */
export type HtmlArticle = Pick<CompareDoc, 'title' | 'text' | 'published' | 'lang' | 'site'>;

/** Turns an HTML file's text into its article, wherever that runs. */
export type ParseHtml = (html: string) => Promise<HtmlArticle>;

/** The article of an HTML string, parsed in an inert document of `parser`. */
export function htmlArticle(html: string, parser: HtmlParser): HtmlArticle {
  const doc = parser.parseFromString(html, 'text/html');
  const title = doc.title.trim();
  const lang = doc.documentElement.lang || null;
  const article = parseArticle(doc, { force: true, clone: false });
  if (article)
    return {
      title: article.title || title,
      text: article.index.text,
      published: article.publishedTime,
      lang: article.lang || lang,
      site: article.siteName,
    };
  // No article found: the body's text, without what never shows.
  for (const el of doc.querySelectorAll('script, style, noscript, template')) el.remove();
  return {
    title,
    text: doc.body ? buildTextIndex(doc.body).text : '',
    published: null,
    lang,
    site: null,
  };
}

/** HTML parsed on the calling thread by the platform's DOMParser. */
export const parseHtmlHere: ParseHtml = async (html) => htmlArticle(html, new DOMParser());

/** Reads `file` as a side, or says why not; HTML goes through `parseHtml`. */
export async function readComparedFile(
  file: ComparedFile,
  parseHtml: ParseHtml = parseHtmlHere,
): Promise<FileResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
  const text = decodeText(new Uint8Array(await file.arrayBuffer()));
  if (text === null) return { ok: false, reason: 'not-text' };
  const html = looksLikeHtml(file.name, file.type, text);
  const read = html
    ? await parseHtml(text)
    : { title: '', text: plainText(text), published: null, lang: null, site: null };
  // An empty file is compared all the same: the comparison says plainly that one side is empty.
  return {
    ok: true,
    doc: {
      origin: 'file',
      title: read.title || file.name,
      site: read.site,
      url: null,
      published: read.published,
      savedAt: null,
      lang: read.lang,
      text: read.text,
      clipId: null,
    },
  };
}
