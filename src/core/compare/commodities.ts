/**
 * Goods a sentence names (round 12, ADR 0022): trade stories of one theme tell the same verbs
 * and figures of different goods ("China shipped 2.2 million tons of DAP in 2023-24" / "Urea
 * imports from China fell … in 2023-24"; "curbs on gallium" / "curbs on graphite"). Two
 * sentences that each name goods and share none tell of different things, however close the
 * rest of their words. Only specific goods count: "fertilisers", "minerals" or "materials" name
 * a class that any of its members may stand for, so a sentence naming only a class is not
 * compared. Magnets are counted with the rare earths they are made of.
 */
import { disjointNames } from './kinds';

/** One entry per kind of goods: its key and the words that name it (lower-cased text). */
const GOODS: readonly (readonly [string, RegExp])[] = [
  ['urea', /\burea\b/],
  ['dap', /\b(?:dap|di-?ammonium phosphates?)\b/],
  ['potash', /\b(?:potash|mop|muriate of potash)\b/],
  ['specialty-fertiliser', /\b(?:speciality|specialty|water-soluble) fertili[sz]ers?\b/],
  [
    'rare-earths',
    /\b(?:rare[- ]earths?|magnets?|neodymium|dysprosium|terbium|samarium|yttrium|gadolinium|lutetium|scandium)\b/,
  ],
  ['gallium', /\bgallium\b/],
  ['germanium', /\bgermanium\b/],
  ['graphite', /\bgraphite\b/],
  ['antimony', /\bantimony\b/],
  ['tungsten', /\btungsten\b/],
  ['lithium-batteries', /\b(?:lithium(?:-ion)?|batter(?:y|ies)|cathodes?|anodes?)\b/],
  ['superhard', /\b(?:superhard materials?|synthetic diamonds?|industrial diamonds?)\b/],
  ['tbm', /\b(?:tunnel[- ]boring machines?|tbms?)\b/],
  ['soybeans', /\bsoy(?:beans?|a)\b/],
  ['semiconductors', /\b(?:semiconductors?|microchips?)\b/],
];

const names = disjointNames(GOODS);

/** The kinds of goods `v`'s sentence names (GOODS keys), worked out on first use. */
export const commoditiesOf = names.namesOf;

/** Each sentence names goods and they name none in common: two stories of two goods. */
export const otherCommodity = names.disjoint;
