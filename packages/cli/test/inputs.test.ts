import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInPacks } from '@asysta/rules';
import { runCli } from '@asysta/cli';

// Regression tests of issue 12: every input problem is exit 2 with file, line and pointer, never a stack trace.

const dir = mkdtempSync(join(tmpdir(), 'asysta-cli-inputs-'));
const write = (name: string, content: string | Buffer) => {
  writeFileSync(join(dir, name), content);
  return name;
};

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: dir });
  return { code, stdout, stderr, all: stdout + stderr };
}

const konstancin = builtInPacks.find((p) => p.id === 'konstancin-jeziorna')!;
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |TypeError|RangeError/);

describe('files the CLI reads', () => {
  it.each([
    ['rules', 'validate', 'null.rules.json'],
    ['rules', 'validate', 'null.profile.json'],
    ['rules', 'test', 'null.rules.json'],
    ['forms', 'validate', 'null.form.json'],
    ['forms', 'check', 'karta-czasu-pracy', 'null.json'],
    ['forms', 'check', 'null.form.json', 'null.json'],
    ['profile', 'diff', 'null.profile.json'],
    ['rules', 'explain', 'null.profile.json', '--facts', 'null.json', '--kind', 'x'],
    ['rules', 'validate', '--pack', 'null.rules.json', 'null.rules.json'],
  ])('a file holding null: %s %s %s → exit 2, located, no stack trace', async (...argv) => {
    for (const name of ['null.rules.json', 'null.profile.json', 'null.form.json', 'null.json']) write(name, 'null');
    const { code, all } = await cli(...argv, '--locale', 'en');
    expect(code).toBe(2);
    expect(all).toMatch(/✗ null\.\w+(\.json)?(:\d+)? \//);
    noStack(all);
  });

  it('a profile whose id is {"toString": {}} is exit 2 at its line (found by the fuzz suite)', async () => {
    const file = write('hostile.profile.json', '{\n  "id": {"toString": {}},\n  "title": {"pl": "x", "en": "x"},\n  "packs": []\n}');
    const { code, all } = await cli('rules', 'validate', file, '--locale', 'en');
    expect(code).toBe(2);
    expect(all).toMatch(/^✗ hostile\.profile\.json:2 \/id: /m);
    noStack(all);
  });

  it('accepts a UTF-8 BOM', async () => {
    const file = write('bom.rules.json', `\uFEFF${JSON.stringify({ ...konstancin, id: 'bom' })}`);
    const { code, stdout } = await cli('rules', 'validate', file);
    expect(code).toBe(0);
    expect(stdout).toContain('poprawny pakiet reguł „bom”');
  });

  it('reports invalid UTF-8 with its byte offset and line', async () => {
    const file = write('latin2.rules.json', Buffer.concat([Buffer.from('{\n  "id": "z'), Buffer.from([0xbf]), Buffer.from('\u00f3\u0142ty"\n}')]));
    const { code, all } = await cli('rules', 'validate', file, '--locale', 'en');
    expect(code).toBe(2);
    expect(all).toContain('✗ latin2.rules.json:2 /: the file is not UTF-8: invalid byte at offset 12');
    const pl = await cli('rules', 'validate', file);
    expect(pl.all).toContain('nieprawidłowy bajt na pozycji 12');
  });

  it('warns about a duplicate key with both lines, and goes on', async () => {
    const text = JSON.stringify({ ...konstancin, id: 'dup' }, null, 2).replace('"id": "dup",', '"id": "dup",\n  "id": "dup",');
    const { code, stderr } = await cli('rules', 'validate', write('dup.rules.json', text), '--locale', 'en');
    expect(code).toBe(0);
    const first = text.split('\n').findIndex((line) => line.includes('"id": "dup"')) + 1;
    expect(stderr).toBe(`! dup.rules.json:${first + 1} /: warning: the key "id" appears twice (lines ${first} and ${first + 1}); the last one counts\n`);
  });

  it('rejects rules nested 100 000 levels deep with file, line and pointer, in Polish', async () => {
    const pack = { ...konstancin, id: 'deep', rules: [{ ...konstancin.rules[0]!, condition: 'DEEP' }] };
    const text = JSON.stringify(pack).replace('"DEEP"', `${'{"!":['.repeat(100_000)}true${']}'.repeat(100_000)}`);
    const t0 = performance.now();
    const { code, stdout } = await cli('rules', 'validate', write('deep.rules.json', text));
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^✗ deep\.rules\.json:1 \/rules\/0\/condition(\/!\/0)+\/!: plik jest zagnieżdżony głębiej niż 128 poziomów$/m);
    noStack(stdout);
  });

  it('a case file nested too deep is exit 2 with its line and pointer (found by the fuzz suite)', async () => {
    const file = write('deep.case.json', `${'['.repeat(129)}1${']'.repeat(129)}`);
    const { code, all } = await cli('case', 'check', file, '--locale', 'en');
    expect(code).toBe(2);
    expect(all).toMatch(/^✗ deep\.case\.json:1 (\/0)+: the file is nested deeper than 128 levels$/m);
    noStack(all);
  });

  it('rules test on a folder without packs says so and exits 2', async () => {
    mkdirSync(join(dir, 'empty'), { recursive: true });
    const { code, stderr } = await cli('rules', 'test', 'empty', '--locale', 'en');
    expect(code).toBe(2);
    expect(stderr).toBe('✗ empty /: no rule packs (*.rules.json) in "empty"\n');
  });

  it('locates data beyond the limits in the data file', async () => {
    const file = write('deep-data.json', `{\n  "assistant": ${'['.repeat(40)}1${']'.repeat(40)}\n}`);
    const { code, stderr } = await cli('forms', 'check', 'karta-czasu-pracy', file, '--locale', 'en');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^✗ deep-data\.json:2 \/assistant(\/0)+: the data is nested deeper than 32 levels$/m);
  });
});

describe('locating many problems', () => {
  it('gives the same line and column as counting, for every offset', async () => {
    const { lineAndColumn } = await import('../src/json-source.js');
    const text = 'a\nbc\n\nd\n';
    const count = (offset: number) => {
      let line = 1;
      let start = 0;
      for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') [line, start] = [line + 1, i + 1];
      return { line, column: offset - start + 1 };
    };
    for (let offset = 0; offset <= text.length + 2; offset++) expect(lineAndColumn(text, offset)).toEqual(count(offset));
  });

  it('a case file with thousands of problems is reported in bounded time (found by the fuzz suite)', async () => {
    const events = Array.from({ length: 3000 }, () => ({ kind: 'nie-ma', date: 'x' }));
    const file = write('many.case.json', JSON.stringify({ id: 'c', family: {}, assistants: [], events, documents: [] }, null, 2));
    const t0 = performance.now();
    const { code } = await cli('case', 'check', file, '--locale', 'en');
    expect(code).toBe(2);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
