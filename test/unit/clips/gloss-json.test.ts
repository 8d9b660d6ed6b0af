import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportGlossJson, MAX_IMPORT_CHARS, readGlossJson } from '../../../src/core/clips/gloss-json';
import { planMerge } from '../../../src/core/clips/merge';
import type { Clip } from '../../../src/core/clips/model';
import { clipArb, generateClips, sampleClip } from '../../support/clips';

const AT = new Date('2026-12-02T10:00:00Z');
const read = (text: string) => readGlossJson('backup.json', text);
const errorsOf = (text: string) => {
  const r = read(text);
  if (r.ok) throw new Error('expected a refusal');
  return r.errors.join('\n');
};
const fileWith = (clips: unknown[], over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'gloss-clips', schemaVersion: 1, exportedAt: AT.toISOString(), clips, ...over });

describe('Gloss JSON', () => {
  it('round-trips a complete clip', () => {
    const clip = sampleClip();
    const r = read(exportGlossJson([clip], AT));
    expect(r).toEqual({ ok: true, clips: [clip], notes: [] });
  });

  it('export then import of 10 000 generated clips is identical', () => {
    const clips = generateClips(10_000, 3, 40);
    const r = read(exportGlossJson(clips, AT));
    expect(r.ok).toBe(true);
    expect(r.ok && r.clips).toEqual(clips);
  });

  it('property: any valid clip survives export and import unchanged', () => {
    fc.assert(
      fc.property(fc.array(clipArb, { maxLength: 20 }), (records) => {
        const clips: Clip[] = records.map((c, i) => ({ ...c, id: `c-${i}` }));
        const r = read(exportGlossJson(clips, AT));
        if (!r.ok) throw new Error(r.errors.join('\n'));
        expect(r.clips).toEqual(clips);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses corrupt and truncated files', () => {
    const text = exportGlossJson([sampleClip()], AT);
    expect(errorsOf(text.slice(0, text.length / 2))).toMatch(
      /^backup\.json: \(file\): not valid JSON — damaged or cut short\?/,
    );
    expect(errorsOf('\u0000\u0001binary')).toMatch(/not valid JSON/);
    expect(errorsOf('[]')).toMatch(/a Gloss clips file is a JSON object/);
    expect(errorsOf('{"format":"something-else"}')).toMatch(/format: expected "gloss-clips"/);
  });

  it('refuses another schema version, naming both', () => {
    expect(errorsOf(fileWith([], { schemaVersion: 2 }))).toMatch(
      /schemaVersion: this Gloss reads clip schema 1; the file has 2/,
    );
    expect(errorsOf(fileWith([], { schemaVersion: undefined }))).toMatch(/the file has none/);
  });

  it('refuses a 100 MB file by its size before reading it', () => {
    const r = readGlossJson('huge.json', '', 100 * 1024 * 1024);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toBe(
      `huge.json: (file): is 100.0 MB; an import may be at most ${MAX_IMPORT_CHARS / 1024 / 1024} MB`,
    );
  });

  it('refuses huge strings, naming the record and field', () => {
    const clip = sampleClip({ title: 'x'.repeat(5_000) });
    expect(errorsOf(fileWith([clip]))).toBe(
      `backup.json: clip 1 (id "${clip.id}"): title: must be at most 1000 characters`,
    );
    expect(errorsOf(fileWith([sampleClip({ note: 'n'.repeat(200_000) })]))).toMatch(
      /clip 1 .*: note: must be at most 100000/,
    );
  });

  it('refuses duplicate ids', () => {
    const a = sampleClip();
    expect(errorsOf(fileWith([a, sampleClip({ id: 'other-1' }), a]))).toMatch(
      /clip 3 \(id "[^"]+"\): id: the same id as clip 1/,
    );
  });

  it('refuses markup in tags, control characters, script URLs, and lists every broken record', () => {
    const text = fileWith([
      sampleClip({ id: 'a-1', tags: ['<img src=x onerror=alert(1)>'] }),
      sampleClip({ id: 'a-2', title: 'bidi \u202e trick' }),
      sampleClip({ id: 'a-3', url: 'javascript:alert(1)' }),
      { id: 'a-4' },
    ]);
    const errors = errorsOf(text);
    expect(errors).toMatch(/clip 1 \(id "a-1"\): tags\[0\]: must not contain markup/);
    expect(errors).toMatch(
      /clip 2 \(id "a-2"\): title: must not contain control or bidi-override characters/,
    );
    expect(errors).toMatch(/clip 3 \(id "a-3"\): url: must be/);
    expect(errors).toMatch(/clip 4 \(id "a-4"\): kind: /);
  });

  it('keeps markup in titles and notes as plain text and says so', () => {
    const clip = sampleClip({ title: '<b>Bold</b> claim', note: 'see <script>alert(1)</script>' });
    const r = read(fileWith([clip]));
    expect(r.ok && r.clips[0]).toEqual(clip);
    expect(r.ok && r.notes).toEqual([
      `clip 1 (id "${clip.id}"): title, note: markup kept as plain text, never run`,
    ]);
  });

  it('refuses annotations past the article text', () => {
    const clip = sampleClip();
    const bad = { ...clip, annotations: [{ ...clip.annotations[0], start: 1, end: 99_999 }] };
    expect(errorsOf(fileWith([bad]))).toMatch(/annotations\[0\]\.end: is past the article text/);
  });
});

describe('planMerge', () => {
  it('adds new ids, updates older records, skips equal or newer ones', () => {
    const a = sampleClip({ id: 'a', updatedAt: sampleClip().savedAt + 10 });
    const b = sampleClip({ id: 'b' });
    const c = sampleClip({ id: 'c' });
    const existing = new Map([
      ['a', a.savedAt], // older in the library: updated
      ['b', b.updatedAt], // same: skipped
      ['c', c.updatedAt + 1], // newer in the library: skipped
    ]);
    const d = sampleClip({ id: 'd' });
    const plan = planMerge(existing, [a, b, c, d], ['note']);
    expect(plan.put.map((x) => x.id)).toEqual(['a', 'd']);
    expect(plan.report).toEqual({ added: 1, updated: 1, skipped: 2, notes: ['note'] });
  });
});
