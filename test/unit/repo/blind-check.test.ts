/**
 * The blind writers' validator (scripts/blind/check.mjs): it finds a batch's files in the folder
 * or in its `articles/`, and a folder with none is an error, never a silent OK (a writer of session
 * 19 found `node check.mjs eval out` printing OK with the articles one level down).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const check = (...args: string[]) =>
  spawnSync(process.execPath, [join(__dirname, '../../../scripts/blind/check.mjs'), ...args], {
    encoding: 'utf8',
  });

const article = {
  id: 'x-1',
  style: 'wire',
  published: '2024-10-24',
  title: 'A test article',
  paragraphs: ['Modi and Xi met in Kazan on Wednesday.'],
  gold: [{ quote: 'Kazan', fact: 'event.kazan-modi-xi-meeting', class: 'term' }],
};

describe('scripts/blind/check.mjs', () => {
  it('reads an eval batch from the folder’s articles/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-blind-'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'x-1.json'), JSON.stringify(article));
    const r = check('eval', dir);
    expect(r.stdout).toContain('x-1.json: 1 paragraphs, 1 gold');
    expect(r.status).toBe(0);
  });
  it('fails on a folder with no files, instead of printing OK', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-blind-'));
    const r = check('eval', dir);
    expect(r.stdout).toContain('no .json files');
    expect(r.status).toBe(1);
  });
  it('still catches a quote that is not in the text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-blind-'));
    writeFileSync(
      join(dir, 'x-1.json'),
      JSON.stringify({
        ...article,
        gold: [{ quote: 'Busan', fact: 'event.kazan-modi-xi-meeting', class: 'term' }],
      }),
    );
    expect(check('eval', dir).status).toBe(1);
  });
});
