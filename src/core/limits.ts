/**
 * The sizes the message protocol enforces (core/message-schemas.ts), in a file of their own so that
 * content scripts, which cut what they send to them, do not bundle the schemas (ADR 0026).
 */

/** The most page text a probe or an analysis carries (characters); longer text is cut by the sender. */
export const MAX_PAGE_TEXT = 2_000_000;
/**
 * The most page HTML the annotate feature sends the worker (characters): a page whose serialised
 * document is longer is not annotated (ADR 0023), as one with more text than MAX_PAGE_TEXT is not.
 */
export const MAX_PAGE_HTML = 8_000_000;
/** The most article HTML a save carries (characters; the clip record's limit). */
export const MAX_ARTICLE_HTML = 5_000_000;
