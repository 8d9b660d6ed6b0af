/**
 * Gloss's highlight stylesheet in this frame, shared by the features that draw marks (the annotate
 * feature's highlights, the revisit feature's saved passages). The worker inserts or removes the
 * sheet on `page/style` (ADR 0017); each feature says whether it needs it, and the sheet stays while
 * any one does, so one feature stopping never takes the colour from the other's marks.
 */
import { send } from '../platform/content-messaging';
import { glossGlobal } from './globals';

/**
 * Records whether `who` needs the stylesheet. While one does, each call with `on` asks the worker
 * again (the reader may have changed the highlight style, so the sheet is replaced); the sheet is
 * removed only when the last one lets it go.
 */
export function needStyle(who: 'highlights' | 'marks', on: boolean): void {
  const g = glossGlobal();
  g.__glossStyleUsers ??= new Set<string>();
  const users = g.__glossStyleUsers;
  if (on) users.add(who);
  else if (!users.delete(who)) return;
  if (on || users.size === 0) void send('page/style', { on });
}

/**
 * Records that `who` needs the stylesheet without asking the worker: the caller's own message asks
 * for it (`page/annotated` with `sheet`, ADR 0039 round 4), as `needStyle(who, true)` would.
 */
export function holdStyle(who: 'highlights' | 'marks'): void {
  const g = glossGlobal();
  g.__glossStyleUsers ??= new Set<string>();
  g.__glossStyleUsers.add(who);
}
