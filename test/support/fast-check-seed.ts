/**
 * Property tests run with a fixed seed in CI, so a clean run stays clean and a failure can be
 * replayed; locally the seed changes each run, so new counterexamples keep being searched for.
 */
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: 20_261_201 });
