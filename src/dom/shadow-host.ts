/**
 * The in-page UI's home: one custom element attached to <html> (outside <body>, so the
 * article's DOM is never touched), holding a shadow root with Gloss's own stylesheet.
 * Host pages cannot style into it and it cannot style the page.
 *
 * The host exists only while a card is shown: `mount()` attaches it, `unmount()` removes it,
 * so the page's DOM is unchanged whenever no card is open.
 */

const HOST_TAG = 'gloss-root';

/**
 * The host's own box, as a `:host` rule with !important inside the shadow stylesheet:
 * important rules from inside a shadow tree win over the page's, even
 * `* { all: unset !important }`, and nothing is written into the page's DOM as an inline style.
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
  'contain: style',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

export class ShadowHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;

  constructor(
    private readonly doc: Document,
    private readonly css: string,
  ) {}

  /** Attaches the host (if needed) and returns the element to render into. */
  mount(): HTMLElement {
    if (!this.host || !this.root) {
      const host = this.doc.createElement(HOST_TAG);
      const root = host.attachShadow({ mode: 'open' });
      const style = this.doc.createElement('style');
      style.textContent = `:host { ${HOST_STYLE}; }\n${this.css}`;
      const container = this.doc.createElement('div');
      container.className = 'gloss-layer';
      // A polite live region: screen readers announce a card opened by hover, which
      // takes no focus. It holds only public fact-base titles.
      const status = this.doc.createElement('p');
      status.className = 'gloss-status';
      status.setAttribute('role', 'status');
      status.setAttribute('aria-live', 'polite');
      root.append(style, status, container);
      this.host = host;
      this.root = root;
    }
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    return this.root.querySelector('.gloss-layer') as HTMLElement;
  }

  /** Sets attributes on the host (theme, language), which the shadow stylesheet reads via :host(). */
  setAttributes(attributes: Record<string, string>): void {
    for (const [name, value] of Object.entries(attributes)) this.host?.setAttribute(name, value);
  }

  /** Announces `text` through the live region. */
  announce(text: string): void {
    const status = this.root?.querySelector('.gloss-status');
    if (status) status.textContent = text;
  }

  /** True if `node` is inside the host (events retargeted from the shadow root included). */
  contains(node: EventTarget | null): boolean {
    return node !== null && (node === this.host || (this.root?.contains(node as Node) ?? false));
  }

  /** The render container, if the host was ever mounted. */
  get container(): HTMLElement | null {
    return this.root?.querySelector<HTMLElement>('.gloss-layer') ?? null;
  }

  get isMounted(): boolean {
    return this.host?.isConnected ?? false;
  }

  /** Detaches the host from the page (it is kept for the next card). */
  unmount(): void {
    this.host?.remove();
  }
}
