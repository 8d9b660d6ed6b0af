/**
 * Whose estimate a figure is (ADR 0081). A quantity whose record names the organisation that
 * measured it (its actors: the USGS for mine output, the IEA for refining) is one source's
 * estimate; a figure the sentence attributes to another organisation ("according to the IEA,
 * which put China's share of mining at 62%" beside the USGS's 69%) is that organisation's
 * estimate, which may differ from the record's without being wrong: `context`, never `differs`.
 */
import type { Fact } from '../facts/schema';
import type { Span } from '../match/sentences';
import type { Checker } from './check-common';
import { clauseAt } from './ties';

/** Verbs by which a source gives a figure ("the IEA put the share at", "USGS data show"). */
const GIVES =
  '(?:put|puts|putting|estimated|estimates|estimating|reckoned|reckons|calculated|calculates|reported|reports|found|finds|said|says|gave|gives|pegged|pegs|shows?|showed)';

/** Frames that attribute a figure to the source whose name ends right before ("the IEA, which put"). */
const AFTER_NAME = new RegExp(
  // A plain string, not String.raw: the worker's build escapes non-ASCII text, which a raw template would not survive.
  `^(?:'s|\u2019s)?(?:\\s+(?:data|figures|estimates|numbers|statistics))?(?:\\s*,\\s*which\\s+|\\s+)${GIVES}\\b`,
  'i',
);
/** Frames that attribute a figure to the source whose name starts right after ("according to the IEA"). */
const BEFORE_NAME =
  /\b(?:according to|by|from|in|per|citing|cited by)\s+(?:(?:the|data from|figures from|estimates from|estimates by|an?|its)\s+)*$/i;
/** "By USGS estimates": the noun after the name that makes "by"/"in"/"from" an attribution. */
const SOURCE_NOUN = /^(?:'s|’s)?\s+(?:data|figures|estimates?|numbers|statistics|report|outlook|survey)\b/i;

/** An organisation the sentence gives as the source of a figure: where its name is and where the frame is. */
interface Attribution {
  readonly fact: Fact;
  readonly at: Span;
}

/** The organisations the sentence names as giving a figure, with the span of each attribution. */
function attributions(c: Checker): Attribution[] {
  const text = c.input.text;
  const out: Attribution[] = [];
  for (const m of c.mentions) {
    if (m.fact.kind !== 'organisation' || m.strength !== 'alias') continue;
    for (const p of m.positions) {
      const name = nameAt(text, p, m.fact);
      if (!name) continue;
      const before = text.slice(Math.max(c.sentence.start, p - 40), p);
      const after = text.slice(name.end, Math.min(c.sentence.end, name.end + 60));
      const lead = BEFORE_NAME.exec(before);
      const by =
        lead && (/^(?:according to|per|citing|cited by)\b/i.test(lead[0]) || SOURCE_NOUN.test(after));
      const gives = AFTER_NAME.exec(after);
      if (by && lead) out.push({ fact: m.fact, at: { start: p - lead[0].length, end: name.end } });
      else if (gives) out.push({ fact: m.fact, at: { start: p, end: name.end + gives[0].length } });
    }
  }
  return [...out, ...joined(c, out)];
}

/** "and", "or" or a comma between two names of one attribution ("the IEA and USGS figures show"). */
const JOINING = /^\s*(?:,|,?\s*(?:and|or|&))\s*(?:the\s+)?$/i;

/** The organisations joined to an attributed one's name ("IEA and USGS data show"): the same attribution. */
function joined(c: Checker, found: readonly Attribution[]): Attribution[] {
  const text = c.input.text;
  return c.mentions.flatMap((m) => {
    if (m.fact.kind !== 'organisation' || m.strength !== 'alias') return [];
    return m.positions.flatMap((p) => {
      const name = nameAt(text, p, m.fact);
      const partner =
        name &&
        found.find(
          (a) =>
            a.fact !== m.fact && a.at.start >= name.end && JOINING.test(text.slice(name.end, a.at.start)),
        );
      return partner ? [{ fact: m.fact, at: { start: p, end: partner.at.end } }] : [];
    });
  });
}

/** The alias of `fact` that starts at `p`, the longest. */
function nameAt(text: string, p: number, fact: Fact): Span | null {
  const lower = text.slice(p, p + 80).toLowerCase();
  const aliases = (fact.aliases ?? [])
    .map((a) => a.text)
    .filter((a) => lower.startsWith(a.toLowerCase()))
    .sort((a, b) => b.length - a.length);
  return aliases[0] ? { start: p, end: p + aliases[0].length } : null;
}

/**
 * The title of the organisation the sentence attributes the figure at `span` to, when the
 * record of `fact` names its source(s) among its actors and that organisation is none of them;
 * null when the figure is the record's source's, or no organisation is named as giving it. The
 * attribution nearest the figure is its own ("USGS puts China's share at 69%, while the IEA
 * gives 62%": the 62% is the IEA's).
 */
export function otherSource(c: Checker, span: Span, fact: Fact): string | null {
  const sources = new Set(fact.actors ?? []);
  const recordOrgs = [...sources].filter((id) => c.input.factById(id)?.kind === 'organisation');
  if (!recordOrgs.length) return null;
  const found = attributions(c);
  if (!found.length) return null;
  const gap = (a: Attribution) =>
    a.at.end <= span.start ? span.start - a.at.end : a.at.start >= span.end ? a.at.start - span.end : 0;
  // Only an attribution that reaches into the figure's own clause is the figure's ("The USGS puts the
  // share at 49%, while the IEA gives 62%": the 49% is the USGS's, however near "the IEA" stands;
  // "…, according to the USGS, but its hold on refining, at roughly 90%, …": the USGS's word is the
  // first clause's). One that heads a list ("According to the USGS, China mines 69%, refines 92%
  // and makes 64% of magnets") says nothing of which source each figure of the list is.
  const clause = clauseAt(c.input.text, c.sentence, span.start);
  const inClause = (a: Attribution) => Number(a.at.end > clause.start && a.at.start < clause.end);
  const candidates = found.filter((a) => inClause(a) === 1);
  if (!candidates.length) return null;
  const nearest = candidates.sort((a, b) => gap(a) - gap(b))[0] as Attribution;
  const unit = unitOf(c, span);
  // Another figure between the attribution and this one ("USGS gave 69%, the IEA 62%") is the
  // attribution's; it leaves this figure unattributed.
  const lo = Math.min(nearest.at.end, span.end);
  const hi = Math.max(nearest.at.start, span.start);
  if ((c.numbers ?? []).some((n) => n.unit === unit && n.start >= lo && n.end <= hi)) return null;
  // Names joined in one attribution ("the IEA and USGS figures show"): any of them may be the source.
  const together = candidates.filter((a) => gap(a) === gap(nearest));
  return together.some((a) => sources.has(a.fact.id)) ? null : nearest.fact.title;
}

/** The unit of the figure at `span`, when the sentence's figures hold it. */
function unitOf(c: Checker, span: Span): string | undefined {
  return (c.numbers ?? []).find((n) => n.start === span.start && n.end === span.end)?.unit;
}
