// An empty content script: one empty measured task, so a bench sees that it ran (ADR 0020).
(() => {
  const start = performance.now();
  performance.measure('gloss:annotate', { start, end: performance.now() });
})();
