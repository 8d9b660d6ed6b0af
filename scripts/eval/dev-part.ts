/**
 * ADR 0169's split of the dev articles for the paraphrase probes: `validation` is h21–h33, `design`
 * every other dev article, `all` both. Taken from `--part` (default `design`).
 */
export const devPartName = (argv: readonly string[]): string =>
  argv.includes('--part') ? (argv[argv.indexOf('--part') + 1] ?? 'design') : 'design';

export function devPartOf(argv: readonly string[]): (id: string) => boolean {
  const part = devPartName(argv);
  return (id) => {
    const m = /^h(\d+)-/.exec(id);
    const validation = !!m && Number(m[1]) >= 21 && Number(m[1]) <= 33;
    return part === 'all' || (part === 'validation' ? validation : !validation);
  };
}
