/** Fuzz: files for the CLI – mutated packs, profiles, definitions and data, as text and as bytes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '@asysta/cli';
import { getFormDefinition } from '@asysta/forms';
import { builtInPacks, builtInProfiles } from '@asysta/rules';
import { nowakCase } from '../../packages/cases/test/fixtures.js';
import { containedAsync, fingerprint, fuzzAsync, mutationsOf, TEST_TIMEOUT_MS } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'asysta-fuzz-cli-'));
const pack = { ...builtInPacks.find((p) => p.id === 'konstancin-jeziorna')!, id: 'fuzz-pack' };
const profile = { ...builtInProfiles.find((p) => p.id === 'konstancin-jeziorna')!, id: 'fuzz-profile' };
const card = getFormDefinition('karta-czasu-pracy');

/** Text edits a hand-edited or badly saved file may have: a BOM, bytes cut, bad bytes, a key twice. */
const byteEdit = fc.oneof(
  fc.constant((b: Buffer) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])),
  fc.nat().map((n) => (b: Buffer) => b.subarray(0, n % (b.length + 1))),
  fc.tuple(fc.nat(), fc.constantFrom(0x80, 0xbf, 0xc0, 0xff, 0xed, 0x00, 0x22, 0x7b, 0x5b)).map(([n, byte]) => (b: Buffer) => {
    const at = n % (b.length + 1);
    return Buffer.concat([b.subarray(0, at), Buffer.from([byte]), b.subarray(at)]);
  }),
  fc.constant((b: Buffer) => Buffer.from(b.toString('utf8').replace(/\n(\s*)"id"/, '\n$1"id": "twice",\n$1"id"'))),
  fc.constantFrom('null', '[]', '"x"', '7', '', '{', `${'['.repeat(50_000)}${']'.repeat(50_000)}`).map((text) => () => Buffer.from(text)),
);

const bases = { pack, profile, form: card, data: card.examples.valid[0]!.data, case: nowakCase() };
const file = (kind: keyof typeof bases) =>
  fc.tuple(mutationsOf(bases[kind]), fc.array(byteEdit, { maxLength: 2 }), fc.boolean()).map(
    ([value, edits, pretty]) => {
      let text: string;
      try {
        text = JSON.stringify(value, null, pretty ? 2 : undefined) ?? 'null';
      } catch {
        text = fingerprint(value); // too deep for JSON.stringify: the same text, on one line
      }
      let bytes = Buffer.from(text);
      for (const edit of edits) bytes = edit(bytes);
      return bytes;
    },
  );

async function cli(argv: string[]) {
  let out = '';
  const write = (t: string) => (out += t);
  const code = await runCli([...argv, '--as-of', '2026-03-31'], { stdout: { write }, stderr: { write }, cwd: dir });
  return { code, out };
}

const commands = fc.oneof(
  file('pack').map((bytes) => ({ name: 'x.rules.json', bytes, argv: ['rules', 'validate', 'x.rules.json'] })),
  file('pack').map((bytes) => ({ name: 'x.rules.json', bytes, argv: ['rules', 'test', 'x.rules.json'] })),
  file('profile').map((bytes) => ({ name: 'x.profile.json', bytes, argv: ['rules', 'validate', 'x.profile.json'] })),
  file('profile').map((bytes) => ({ name: 'x.profile.json', bytes, argv: ['profile', 'diff', 'x.profile.json'] })),
  file('form').map((bytes) => ({ name: 'x.form.json', bytes, argv: ['forms', 'validate', 'x.form.json'] })),
  file('data').map((bytes) => ({ name: 'x.json', bytes, argv: ['forms', 'check', 'karta-czasu-pracy', 'x.json', '--profile', 'konstancin-jeziorna'] })),
  file('data').map((bytes) => ({ name: 'x.json', bytes, argv: ['rules', 'explain', 'konstancin-jeziorna', '--facts', 'x.json', '--kind', 'karta-czasu-pracy', '--trace'] })),
  file('case').map((bytes) => ({ name: 'x.case.json', bytes, argv: ['case', 'check', 'x.case.json'] })),
  file('case').map((bytes) => ({ name: 'x.case.json', bytes, argv: ['case', 'facts', 'x.case.json'] })),
);

describe('fuzz: cli', () => {
  it(
    'files for the CLI: exit 0, 1 or 2, never a stack trace',
    async () => {
      await fuzzAsync('files for the CLI', commands, async ({ name, bytes, argv }) => {
        writeFileSync(join(dir, name), bytes);
        if (process.env['FUZZ_DUMP']) writeFileSync(process.env['FUZZ_DUMP'], JSON.stringify({ name, argv, bytes: bytes.toString('base64') }));
        const { code, out } = (await containedAsync(() => cli(argv))) as { code: number; out: string };
        expect([0, 1, 2]).toContain(code);
        expect(out).not.toMatch(/\n\s+at |TypeError|RangeError|ReferenceError/);
        if (code === 2) expect(out).toMatch(/✗ /);
      });
    },
    TEST_TIMEOUT_MS,
  );
});
