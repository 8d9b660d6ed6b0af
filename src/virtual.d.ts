/** Modules generated at build time by scripts/vite/fact-base-plugin.ts. */
declare module 'virtual:gloss/matcher-index' {
  /** The compiled MatcherIndex as JSON text; parse it on first use. */
  const indexJson: string;
  export default indexJson;
}

declare module 'virtual:gloss/bundled-packs' {
  /** The bundled fact packs (src/data/, validated at build time) as JSON text; parse it on first use. */
  const packsJson: string;
  export default packsJson;
}

/** CRXJS: importing a content entry with `?script` gives the built file's name (for executeScript). */
declare module '*?script' {
  const fileName: string;
  export default fileName;
}

/** True only in the bench build (`npm run build:bench`): User Timing marks and measures. */
declare const __GLOSS_BENCH__: boolean | undefined;
