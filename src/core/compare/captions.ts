/**
 * A photo caption left in an article's text (round 22, ADR 0022): "Photo: The Galwan Valley in
 * eastern Ladakh (file).", "Photo caption: An Indian Army convoy in eastern Ladakh (file photo).",
 * "Image: …", "A view of the pass. (Representational image)". It labels a picture with the
 * story's names and tells nothing that happened, so it pairs only with a caption, as a signpost
 * pairs only with a signpost (predicates.ts `asksAlone`).
 */

/** A label that opens a caption: "Photo:", "Photo caption:", "Image:", "File photo:", "Picture:". */
const CAPTION_LABEL =
  /^(?:(?:file\s+)?(?:photo|picture|image|pic)(?:\s+caption)?|caption|representational\s+(?:image|photo))\s*[:|]/i;

/** A tag that closes a caption: "(file)", "(file photo)", "(representational image)". */
const CAPTION_TAG =
  /\((?:file|file\s+(?:photo|picture|image)|representational(?:\s+(?:image|photo|picture))?)\)\.?\s*$/i;

/** The sentence is a photo caption. */
export function isCaption(text: string): boolean {
  const t = text.trim();
  return CAPTION_LABEL.test(t) || CAPTION_TAG.test(t);
}
