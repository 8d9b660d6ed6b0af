/**
 * Years said relative to the article's publication date, written as the year they name
 * (ADR 0022, sixth round): "five years ago" in a 2025 article is "2020", "last year" is
 * "2024", so a sentence that gives the year outright ("the clash in June 2020") shares a
 * figure with one that counts back from the day of writing ("five years ago tonight").
 * Text in, text out; only with a publication year. ("Their first meeting in six years" as
 * "since 2019" was tried and not kept: ADR 0022, sixth round.)
 */
import { NUMBER_WORDS } from './lexicon';

const COUNT = '(\\d{1,2}|[a-z]+)';

function countOf(raw: string): number | undefined {
  const n = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS[raw];
  return n !== undefined && n >= 1 && n <= 60 ? n : undefined;
}

/** `text` (lower-cased) with the relative years of a `year` article written as years. */
export function yearsResolved(text: string, year: number): string {
  const out = text.replace(new RegExp(`\\b${COUNT} years? ago\\b`, 'g'), (all, raw: string) => {
    const n = countOf(raw);
    return n === undefined ? all : `in ${year - n}`;
  });
  return out
    .replace(/\blast year\b/g, `in ${year - 1}`)
    .replace(/\bthis year\b/g, `in ${year}`)
    .replace(/\bnext year\b/g, `in ${year + 1}`);
}
