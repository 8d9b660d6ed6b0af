/**
 * Who may send what (ADR 0017). Content scripts live in pages Gloss does not control, so a
 * message that acts on another tab or answers with the reader's own data is refused to them:
 * only Gloss's own pages (popup, options, library) may send it.
 */
import type { MessageName } from '../../core/messages';
import { fromExtensionPage, type Handler, type Sender } from '../../platform/messaging';

/** `handler`, refusing (with a clear error) any sender that is not one of Gloss's own pages. */
export function extensionPagesOnly<N extends MessageName>(
  name: N,
  handler: Handler<N>,
  isExtensionPage: (sender: Sender) => boolean = fromExtensionPage,
): Handler<N> {
  return (payload, sender) => {
    if (!isExtensionPage(sender)) throw new Error(`${name} is only for Gloss's own pages`);
    return handler(payload, sender);
  };
}
