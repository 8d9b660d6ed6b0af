import { describe, expect, it } from 'vitest';
import { escapeNonAscii } from '../../../scripts/vite/ascii-worker-plugin';

describe('escapeNonAscii (the worker script kept ASCII, ADR 0024)', () => {
  it('writes characters outside ASCII as escapes that mean the same in literals', () => {
    const code = 'const a=`\ufffd`,b="→ ok",c=/[\u2014-\u2019]/;';
    const out = escapeNonAscii(code);
    expect(/[\u0080-\uffff]/.test(out)).toBe(false);
    const values = new Function(`${out.replace(/const /, 'let ')} return [a, b, c.test('\u2019')];`)();
    expect(values).toEqual(['\ufffd', '→ ok', true]);
  });
  it('leaves ASCII alone', () => {
    expect(escapeNonAscii('let x = "plain";')).toBe('let x = "plain";');
  });
});
