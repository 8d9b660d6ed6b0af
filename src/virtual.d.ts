/** Modules generated at build time by scripts/vite/fact-base-plugin.ts. */
declare module 'virtual:gloss/matcher-index' {
  import type { MatcherIndex } from './core/match/terms';

  const index: MatcherIndex;
  export default index;
}
