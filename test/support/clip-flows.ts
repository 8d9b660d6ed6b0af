/**
 * Steps of the save flow as an e2e test drives them: functions run in a page (they are
 * serialised, so each is self-contained).
 */

/** Main world: selects `before`…`after` around `word` in the first text node holding it. */
export function selectAround([word, before, after]: [string, number, number]): string | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const i = n.data.indexOf(word);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, Math.max(0, i - before));
    range.setEnd(n, Math.min(n.data.length, i + word.length + after));
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return selection?.toString() ?? null;
  }
  return null;
}

/** Popup: types the note and presses Save. */
export function saveWithNote(note: string): void {
  const area = document.querySelector<HTMLTextAreaElement>('[data-testid="save-clip"] textarea');
  if (!area) throw new Error('no note field');
  area.value = note;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  document.querySelector<HTMLButtonElement>('[data-testid="save-button"]')?.click();
}

/** Popup: the outcome once shown, else null. */
export function outcome(): { saved: string; text: string } | null {
  const p = document.querySelector<HTMLElement>('[data-testid="save-outcome"]');
  const text = p?.textContent?.trim() ?? '';
  return text && !/…$/.test(text) ? { saved: p?.dataset.saved ?? '', text } : null;
}
