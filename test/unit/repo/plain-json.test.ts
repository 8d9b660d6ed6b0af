import { describe, expect, it } from 'vitest';
import { plainJsonStrings } from '../../../scripts/vite/fact-base-plugin';

/** The value of the first literal assigned in `code` (`var x=…;`), evaluated as JavaScript. */
const literalValue = (code: string): unknown => new Function(`${code} return x;`)();

describe('plainJsonStrings (the JSON texts as string literals, ADR 0028)', () => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a JSON text that holds "${", which a template must escape
  const text = '{"a":"it\'s \\\\u00e9 `tick` ${x}","b":[1,2]}';
  const template = `\`${text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;

  it('rewrites the template literal the minifier wrote as a double-quoted string of the same value', () => {
    const code = `var x=${template};`;
    expect(literalValue(code)).toBe(text);
    const out = plainJsonStrings(code, [text]);
    expect(out).toBe(`var x=${JSON.stringify(text)};`);
    expect(literalValue(out)).toBe(text);
    expect(JSON.parse(literalValue(out) as string)).toEqual(JSON.parse(text));
  });

  it('leaves a string literal alone, and fails on a text in neither form', () => {
    const quoted = `var x=${JSON.stringify(text)};`;
    expect(plainJsonStrings(quoted, [text])).toBe(quoted);
    expect(() => plainJsonStrings('var x=1;', [text])).toThrow(/in no form the build knows/);
  });
});
