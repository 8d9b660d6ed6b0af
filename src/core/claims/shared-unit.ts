/**
 * Bare figures that share a tonnage's unit (issue #7, ADR 0060). English drops a unit it has
 * just said or is about to say: "270,000 of 390,000 tonnes" (the part takes the whole's unit),
 * "270,000 tonnes of a world total of 390,000" (the whole takes the part's). Read as tonnages,
 * both figures of the pair are in the sentence, so each is checked against its own measure and
 * the one that agrees with a measure keeps the other from being read as it (figure-measure.ts:
 * "a measure another figure of the clause agrees with is that figure's").
 */

/** A tonnage's unit word (numbers.ts's tonnage rule and the shared-unit rules). */
export const TONNES = '(?:metric\\s+)?(?:tonnes|tons|tonne|ton|t)\\b';

/**
 * The rules' patterns, in numbers.ts's shape (qualifier, digits, scale as groups 1–3), with the
 * word each needs. `q`, `digits` and `scale` are numbers.ts's own sub-patterns.
 */
export function sharedUnitRules(q: string, digits: string, scale: string): [RegExp, 'tonnes', RegExp][] {
  const figure = `${q}${digits}${scale}`;
  return [
    // "270,000 of 390,000 tonnes", "270,000 out of the 390,000 tonnes": the part before "of".
    [
      new RegExp(
        `${figure}(?=\\s+(?:out\\s+)?of\\s+(?:the\\s+)?(?:[a-z]+\\s+)?\\d[\\d,.]*(?:\\s*(?:million|mn|thousand|lakh|crore|billion|bn))?\\s*${TONNES})`,
        'gi',
      ),
      'tonnes',
      /of\s+/i,
    ],
    // "270,000 tonnes of a world total of 390,000": the whole after "total of", with no unit of its own.
    [
      new RegExp(
        `(?<=\\d\\s*${TONNES}\\s+(?:out\\s+)?of\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?total\\s+of\\s+)${figure}(?!\\d|[,.]\\d|\\s*(?:%|per\\s?cent|percent|${TONNES}|km|kilomet))`,
        'gi',
      ),
      'tonnes',
      /total\s+of\s+/i,
    ],
  ];
}
