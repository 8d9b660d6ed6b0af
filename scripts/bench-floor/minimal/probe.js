// The least a probe that asks the worker can do: read the page's text as Gloss's probe does and send it.
// Both of its tasks are measured as Gloss's are (`gloss:annotate`, ADR 0020).
(() => {
  const task = (fn) => {
    const start = performance.now();
    try {
      return fn();
    } finally {
      performance.measure('gloss:annotate', { start, end: performance.now() });
    }
  };
  task(() => {
    const body = document.body;
    const painted = performance.getEntriesByType('paint').length > 0;
    // biome-ignore lint/performance/useDomNodeTextContent: the same read as Gloss's probe (src/content/probe/text.ts)
    const text = body ? (painted ? body.innerText : body.textContent) : '';
    chrome.runtime.sendMessage({ text }).then((reply) => task(() => reply?.ok));
  });
})();
