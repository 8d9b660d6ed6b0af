/**
 * The in-page UI's home: one custom element attached to <html> (outside <body>, so the
 * article's DOM is never touched), holding a CLOSED shadow root with Gloss's own stylesheet.
 * Host pages cannot style into it, read it or rewrite it (issue #11): `host.shadowRoot` is null
 * to them, and the reference lives only in this isolated world. Nothing about the reader is put
 * on the host: theme and language are set on the layer inside the root.
 *
 * The host exists only while a card is shown: `mount()` attaches it, `unmount()` removes it,
 * so the page's DOM is unchanged whenever no card is open. While it is mounted, attributes a
 * page script puts on the host (`inert`, `hidden`, `style`, `popover`…) are taken off again,
 * and a host the page removed is put back, a bounded number of times (a page that keeps
 * fighting wins the fight to hide the card, never one to change what it says).
 */

const HOST_TAG = 'gloss-root';

/**
 * The host's own box, as a `:host` rule with !important inside the shadow stylesheet:
 * important rules from inside a shadow tree win over the page's, even
 * `* { all: unset !important }` and an important inline style, and nothing is written into
 * the page's DOM as an inline style.
 */
const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'top: 0',
  'left: 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'z-index: 2147483647',
  'display: block',
  'visibility: visible',
  'opacity: 1',
  'contain: style',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

/**
 * Gives `root` the stylesheet `css`: a constructed sheet where the browser lets this world adopt
 * one (a page's strict `style-src` CSP does not apply to constructed sheets), else a <style>
 * element, which is returned for the caller to append.
 */
export function adoptStyles(root: ShadowRoot, css: string): HTMLStyleElement | null {
  const view = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  try {
    if (view && typeof view.CSSStyleSheet === 'function') {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return null;
    }
  } catch {
    // Not adoptable from this world: fall back to an element.
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  return style;
}

/** How many times one mounted host is put back after the page removed it or changed it. */
export const MAX_REPAIRS = 20;

export class ShadowHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private layer: HTMLElement | null = null;
  private status: HTMLElement | null = null;
  private guard: MutationObserver | null = null;
  private repairs = 0;

  constructor(
    private readonly doc: Document,
    private readonly css: string,
  ) {}

  /** Attaches the host (if needed) and returns the element to render into. */
  mount(): HTMLElement {
    if (!this.host || !this.root || !this.layer) {
      const host = this.doc.createElement(HOST_TAG);
      const root = host.attachShadow({ mode: 'closed' });
      const style = adoptStyles(root, `:host { ${HOST_STYLE}; }\n${this.css}`);
      const layer = this.doc.createElement('div');
      layer.className = 'gloss-layer';
      // A polite live region: screen readers announce a card opened by hover, which
      // takes no focus. It holds only public fact-base titles.
      const status = this.doc.createElement('p');
      status.className = 'gloss-status';
      status.setAttribute('role', 'status');
      status.setAttribute('aria-live', 'polite');
      const container = this.doc.createElement('div');
      container.className = 'gloss-cards';
      layer.append(status, container);
      if (style) root.append(style);
      root.append(layer);
      this.host = host;
      this.root = root;
      this.layer = layer;
      this.status = status;
    }
    this.repairs = 0;
    this.attach();
    this.watch();
    return this.container as HTMLElement;
  }

  /** Sets attributes (theme, language) on the layer inside the closed root, never on the host. */
  setAttributes(attributes: Record<string, string>): void {
    for (const [name, value] of Object.entries(attributes)) this.layer?.setAttribute(name, value);
  }

  /** Announces `text` through the live region. */
  announce(text: string): void {
    if (this.status) this.status.textContent = text;
  }

  /** True if `node` is inside the host (events retargeted from the shadow root included). */
  contains(node: EventTarget | null): boolean {
    return node !== null && (node === this.host || (this.root?.contains(node as Node) ?? false));
  }

  /** The element holding the card's focus, if it is inside the host (the root is closed). */
  get activeElement(): Element | null {
    return this.root?.activeElement ?? null;
  }

  /** The render container, if the host was ever mounted. */
  get container(): HTMLElement | null {
    return (this.layer?.lastElementChild as HTMLElement | null) ?? null;
  }

  get isMounted(): boolean {
    return this.host?.isConnected ?? false;
  }

  /** Detaches the host from the page (it is kept for the next card). */
  unmount(): void {
    this.guard?.disconnect();
    this.guard = null;
    this.host?.remove();
  }

  private attach(): void {
    const host = this.host;
    if (!host) return;
    for (const name of host.getAttributeNames()) host.removeAttribute(name);
    if (host.parentNode !== this.doc.documentElement) this.doc.documentElement.append(host);
  }

  /** Puts the host back as Gloss left it when page script changed or removed it (bounded). */
  private watch(): void {
    const view = this.doc.defaultView;
    if (this.guard || !view || !this.host) return;
    const host = this.host;
    this.guard = new view.MutationObserver(() => {
      const touched = host.getAttributeNames().length > 0 || host.parentNode !== this.doc.documentElement;
      if (!touched) return;
      if (this.repairs >= MAX_REPAIRS) {
        this.guard?.disconnect();
        this.guard = null;
        return;
      }
      this.repairs += 1;
      this.attach();
    });
    this.guard.observe(host, { attributes: true });
    this.guard.observe(this.doc.documentElement, { childList: true });
  }
}
