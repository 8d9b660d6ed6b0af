/**
 * "MOFCOM on Monday released a package of six announcements on export control measures covering …,
 * and superhard materials": the package is named by its own name (an alias) in the date's clause.
 * A tie is `whole` when all the mention's positions, or two of them, are in the clause; a name's
 * mention also holds the fact's keywords further on ("superhard", past the list's commas), so the
 * name alone was not whole, and a disagreeing date went to a farther fact whose cue was whole in
 * the clause ("export control": Announcement 18, six months away), while the right date went to
 * the named package because it agreed. The attachment depended on the value (issue #7, ADR 0105).
 * A name is whole in one occurrence. Only for the order of the candidates of a date that agrees
 * with none of them (`nearestFirst`); every guard after it stays.
 */
import type { DateTie } from './date-ties';

/** `t`, counted whole when it is a firm name (an alias, not loose) in the date's clause, unrelated. */
export const namedWhole = (t: DateTie): DateTie =>
  !t.whole && t.mention.strength === 'alias' && !t.mention.loose && t.sameClause && !t.related
    ? { ...t, whole: true }
    : t;
