/**
 * A country word that describes a person named just before it (round 22, ADR 0022): "national
 * security adviser Ajit Doval, India's special representative" / "Wang, also China's special
 * representative on the boundary question, held … talks with … Doval". Each appositive says who
 * a named person is, not whose thing the sentence tells: two sentences about one meeting of two
 * countries' envoys describe each envoy by his own country, and `counterparts` (evidence.ts) read
 * them as two countries' envoys. After a place ("In Beijing, Chinese officials said …") the
 * country word is the subject's, and stays.
 */

/**
 * A name (a run of capitalised words) with the word before it, a comma, an optional "also",
 * "now" or "then", and a capitalised word (a country word, if `isCountry` says so).
 */
export const APPOSITIVE =
  /(?<before>\p{L}+\s+)?(?<name>(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*),(?<gap>\s+(?:(?:also|now|then)\s+)?)(?<country>\p{Lu}\p{L}*(?:['’]s)?)(?=\s)/gu;

/** What every APPOSITIVE match holds: its comma, gap and the country word's capital. */
export const COMMA_CAPITAL = /,\s+(?:(?:also|now|then)\s+)?\p{Lu}/u;

/** Words before a place or a time that a comma closes: "In Beijing,", "On Monday,". */
const PLACE_WORD =
  /^(?:in|at|on|from|to|for|by|near|across|inside|outside|within|since|after|before|during)$/i;

/**
 * `text` with each country word of an appositive after a person's name replaced by "_", so it
 * qualifies nothing; `isCountry` is asked with the word in lower case.
 */
export function withoutAppositiveCountries(text: string, isCountry: (word: string) => boolean): string {
  // Every appositive has a comma and a capital after it: a sentence without one is left as it is,
  // without running the pattern at each of its words (ADR 0068).
  if (!COMMA_CAPITAL.test(text)) return text;
  return text.replace(APPOSITIVE, (whole, ...args) => {
    const g = args[args.length - 1] as Record<string, string | undefined>;
    const before = (g.before ?? '').trim();
    const country = (g.country ?? '').replace(/’/g, "'").toLowerCase();
    if (!isCountry(country) || PLACE_WORD.test(before)) return whole;
    return `${g.before ?? ''}${g.name},${g.gap}_`;
  });
}
