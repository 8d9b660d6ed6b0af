/**
 * A clip's stored article HTML, sanitised with DOMPurify when saved and again when shown (an
 * import may carry anything). The reader view loads nothing from the network: images, media,
 * frames and embeds become placeholders with their alt text or title, styles and `srcset`/
 * `poster` are dropped, and links open in a new tab without a referrer. All of this happens
 * in an inert document (DOMParser's, which never loads anything); only the result is imported
 * into the page, because an <img> created in a live document starts loading even unattached.
 * The library page's CSP refuses any remote load that slipped through all the same.
 */
import DOMPurify from 'dompurify';

type Win = Window & typeof globalThis;

/** Elements that would load something; they become placeholders. */
const LOADING = 'img, picture, video, audio, iframe, frame, object, embed, input[type="image"]';
/** Never kept, whatever the sanitiser did (defence in depth: the same list DOMPurify is given). */
const FORBIDDEN = [
  'script',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'template',
  'noscript',
  'source',
  'track',
];
const FORBIDDEN_ATTR = [
  'style',
  'srcset',
  'poster',
  'background',
  'ping',
  'src',
  'data',
  'action',
  'formaction',
];

/**
 * `win` as DOMPurify sees it, without `trustedTypes`: the sanitised string is stored or parsed,
 * never assigned to a live sink, and a page whose CSP says `trusted-types 'none'` would log a
 * violation in its console for the policy DOMPurify creates (issue #11: nothing in the console).
 */
function withoutTrustedTypes(win: Win): Win {
  return new Proxy(win, {
    get: (target, key) => (key === 'trustedTypes' ? undefined : Reflect.get(target, key)),
  });
}

/** Sanitises article HTML for storage: no scripts, handlers, forms, styles or loading attributes. */
export function sanitiseArticleHtml(html: string, win: Win = window): string {
  return DOMPurify(withoutTrustedTypes(win)).sanitize(html, {
    FORBID_TAGS: FORBIDDEN,
    FORBID_ATTR: FORBIDDEN_ATTR.filter((a) => a !== 'src'),
  });
}

function placeholderFor(el: Element, doc: Document): Element {
  const label = el.getAttribute('alt') || el.getAttribute('title') || el.getAttribute('aria-label') || '';
  const box = doc.createElement('span');
  box.className = 'reader-media';
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', label || el.localName);
  // Shown by CSS (`content: attr(aria-label)`), not as a text node: the article's text stays the
  // stored text, so highlights anchor on the words, not on an alt text that repeats a caption.
  return box;
}

/** Placeholders for media, safe links, and a last sweep of anything executable or loading. */
function neutralise(root: Element, inert: Document): void {
  for (const el of [...root.querySelectorAll(LOADING)]) {
    // A nested loader (an <img> inside <picture>) went with its parent.
    if (root.contains(el)) el.replaceWith(placeholderFor(el, inert));
  }
  for (const el of [...root.querySelectorAll(FORBIDDEN.join(','))]) el.remove();
  for (const el of [...root.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      if (/^on/i.test(attr.name) || FORBIDDEN_ATTR.includes(attr.name.toLowerCase()))
        el.removeAttribute(attr.name);
    }
  }
  for (const a of root.querySelectorAll('a')) {
    const href = a.getAttribute('href') ?? '';
    if (!/^https?:\/\//i.test(href)) a.removeAttribute('href');
    a.setAttribute('rel', 'noopener noreferrer');
    a.setAttribute('target', '_blank');
  }
}

/** The stored HTML as a fragment of `doc` for the reader view: sanitised, inert, with placeholders. */
export function readerFragment(html: string, doc: Document = document): DocumentFragment {
  const win = doc.defaultView as Win;
  const clean = sanitiseArticleHtml(html, win);
  const inert = new win.DOMParser().parseFromString(`<!doctype html><body>${clean}`, 'text/html');
  neutralise(inert.body, inert);
  const fragment = doc.createDocumentFragment();
  for (const node of [...inert.body.childNodes]) fragment.append(doc.importNode(node, true));
  return fragment;
}
