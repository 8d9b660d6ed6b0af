/** Modules generated at build time by scripts/vite/fact-base-plugin.ts. */
declare module 'virtual:gloss/matcher-index' {
  /** The compiled MatcherIndex as JSON text; parse it on first use. */
  const indexJson: string;
  export default indexJson;
}
