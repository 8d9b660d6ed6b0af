import { describe, expect, it } from 'vitest';
import { classicWorkerCode, longStrings } from '../../../scripts/vite/classic-worker-plugin';

describe("classicWorkerCode (Chrome's worker as one classic script, ADR 0048 round 19)", () => {
  it('makes one strict ASCII script of the bundled code, the same values', () => {
    const code = '(function(){var s="caf\u00e9 \u2014";var m={"import":1};m.import=2;self.x=s;})();';
    const out = classicWorkerCode(code);
    expect(out.startsWith('"use strict";\n')).toBe(true);
    expect([...out].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    const scope: { x?: string } = {};
    new Function('self', out)(scope);
    expect(scope.x).toBe('caf\u00e9 \u2014');
  });

  it('refuses what a classic worker cannot run or would run differently', () => {
    expect(() => classicWorkerCode('import "./a.js";')).toThrow(/import or export/);
    expect(() => classicWorkerCode('var a=1;\nexport { a };')).toThrow(/import or export/);
    expect(() => classicWorkerCode('var u=import.meta.url;')).toThrow(/import\(\) or import\.meta/);
    expect(() => classicWorkerCode('f(()=>import("./b.js"));')).toThrow(/import\(\) or import\.meta/);
    expect(() => classicWorkerCode('var s=String.raw`\u00e9`;')).toThrow(/String\.raw/);
    // A method named `import` is not a dynamic import.
    expect(() => classicWorkerCode('var o={async import(e){return e}};o.import(1);')).not.toThrow();
  });
});

describe('longStrings (the JSON texts kept as string literals after minifying, ADR 0028)', () => {
  it('finds the long double-quoted literals as their values, and nothing shorter', () => {
    const json = JSON.stringify({ a: 'x'.repeat(40), b: [1, 2, '\u00e9'] });
    const code = `var a=${JSON.stringify(json)},b="short",c='${'y'.repeat(50)}';`;
    expect(longStrings(code, 30)).toEqual([json]);
    expect(longStrings(code)).toEqual([]);
  });
});
