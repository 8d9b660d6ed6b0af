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

/** A caption tagged as an archive picture: "(File)", "(file photo)", "File photo: …". */
function isFilePicture(text: string): boolean {
  const t = text.trim();
  return (
    /\(file(?:\s+(?:photo|picture|image))?\)\.?\s*$/i.test(t) || /^file\s+(?:photo|picture|image)\b/i.test(t)
  );
}

/**
 * Two captions of two pictures (round 23, ADR 0022): one tagged as an archive picture and one
 * not ("Photo: Pilgrims set out towards the pass." / "Photo caption: Pilgrims at the pass.
 * (File)"). The day's photograph and a file picture show two moments, however alike their
 * labels; two captions of one picture carry the same tag or none.
 */
export function otherPicture(x: string, y: string): boolean {
  return isCaption(x) && isCaption(y) && isFilePicture(x) !== isFilePicture(y);
}

/**
 * What a caption says, without its label and closing tag ("Photo caption: The pass. (File)" is
 * "The pass."): the label's words are no evidence two captions show one thing.
 */
export function captionBody(text: string): string {
  if (!isCaption(text)) return text;
  return text.trim().replace(CAPTION_LABEL, '').replace(CAPTION_TAG, '').trim();
}
