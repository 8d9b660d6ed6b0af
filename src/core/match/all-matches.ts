/**
 * `allMatches(text, re)`: what `[...text.matchAll(re)]` gives, without its cost. `matchAll`
 * copies the pattern on every call (`new RegExp(re)`), and on V8 that copy costs more than
 * running the pattern over a sentence: the claim engine's 35 date rules, read with `matchAll`
 * over each sentence, spent about three quarters of their time copying (ADR 0022, round 16).
 * Here each pattern is copied once and kept; the matches are all collected before any is
 * returned, so a caller may run the same pattern again (recursively) while it reads them, as
 * with `matchAll`. The pattern's own `lastIndex` is read, never moved.
 */

/** Each pattern's kept copy, and whether it is unicode (a pattern's flags never change; reading `flags` builds a string). */
const copies = new WeakMap<RegExp, { readonly own: RegExp; readonly unicode: boolean }>();

/** Every match of the global pattern `re` in `text`, from `re.lastIndex` on, as `matchAll` finds them. */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  let kept = copies.get(re);
  if (kept === undefined) {
    if (!re.global) throw new TypeError('allMatches: the pattern must be global (g)');
    kept = { own: new RegExp(re.source, re.flags), unicode: /[uv]/.test(re.flags) };
    copies.set(re, kept);
  }
  const { own, unicode } = kept;
  own.lastIndex = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = own.exec(text); m !== null; m = own.exec(text)) {
    out.push(m);
    // An empty match: step past it (by a code point when the pattern is unicode), as matchAll does.
    if (m[0] === '') own.lastIndex = advance(text, own.lastIndex, unicode);
  }
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff) return at + 1;
  const d = text.charCodeAt(at + 1);
  return d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}

/** Each pattern's global form, for globalMatches. */
const globalForms = new WeakMap<RegExp, RegExp>();

/**
 * Every match of `re` in `text` read as a global pattern (`re` itself may be one or not), from the
 * start: what a loop of `exec` over `new RegExp(re.source, flags + 'g')` finds, without building
 * that copy on every call (ADR 0068). The global form is kept per pattern.
 */
export function globalMatches(text: string, re: RegExp): RegExpExecArray[] {
  let g = globalForms.get(re);
  if (g === undefined) {
    g = re.global ? new RegExp(re.source, re.flags) : new RegExp(re.source, `${re.flags}g`);
    globalForms.set(re, g);
  }
  return allMatches(text, g);
}
