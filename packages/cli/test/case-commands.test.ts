import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSandbox } from './support.js';
import { nowakCase, timeCard } from '../../cases/test/fixtures.js';

const { dir, write, cli } = cliSandbox('asysta-case-');

describe('asysta case check', () => {
  it('passes a case in order with exit 0 and a summary with Polish plurals', async () => {
    const { code, stdout } = await cli('case', 'check', write('nowak.case.json', nowakCase()), '--as-of', '2026-06-30');
    expect(code).toBe(0);
    expect(stdout).toBe('Sprawa „sprawa-nowak”, profil „default”, stan na 30 czerwca 2026: 5 dokumentów, 0 błędów, 0 uwag\n');
  });

  it('exits 1 when a rule fails, naming the rule, the file, the line and the pointer of the field', async () => {
    const value = nowakCase();
    value.documents.push(timeCard('2026-03', [{ date: '2026-03-10', from: '16:00', to: '18:00' }], '2026-04-02'));
    const file = write('over.case.json', value);
    const { code, stdout } = await cli('case', 'check', file, '--profile', 'konstancin-jeziorna', '--as-of', '2026-06-30');
    expect(code).toBe(1);
    expect(stdout).toMatch(/\[NIE SPEŁNIA\] Miesięczny limit godzin pracy z rodziną \(konstancin-jeziorna\.hours-per-family-month, warning\)\n {4}over\.case\.json:\d+ \/documents\/3\/data\/rows\/0\n/);
    const line = Number(/over\.case\.json:(\d+) \/documents\/3\/data\/rows\/0/.exec(stdout)![1]);
    expect(JSON.stringify(value, null, 2).split('\n').slice(line - 1, line + 2).join('\n')).toContain('2026-03-17');
  });

  it('reports an unknown form version at its pointer in English, and still evaluates the rest', async () => {
    const value = nowakCase();
    value.documents[2]!.version = '2.0.0';
    const { code, stdout } = await cli('case', 'check', write('version.case.json', value), '--as-of', '2026-06-30', '--locale', 'en');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^Case “sprawa-nowak”, profile “default”, as of June 30, 2026: 4 documents, 1 error, 0 warnings\n✗ version\.case\.json:\d+ \/documents\/2\/version: the form “plan-pracy-z-rodzina” has no version 2\.0\.0/);
  });

  it('exits 2 on a file that is not JSON or not a case', async () => {
    const bad = await cli('case', 'check', write('bad.case.json', '{ "id": '));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.case.json:1');
    const notCase = await cli('case', 'check', write('not.case.json', { id: 'x', family: { id: 'f', members: [] }, assistants: [], documents: [], extra: 1 }), '--as-of', '2026-06-30');
    expect(notCase.code).toBe(2);
    expect(notCase.stderr).toMatch(/not\.case\.json:\d+ \/extra: Nieznane pole „extra”/);
  });
});

describe('asysta case facts', () => {
  it('prints the facts the rules see, with the source of each part', async () => {
    const { code, stdout } = await cli('case', 'facts', write('facts.case.json', nowakCase()), '--as-of', '2026-06-30');
    expect(code).toBe(0);
    const facts = JSON.parse(stdout);
    expect(facts.facts.map((f: { kind: string }) => f.kind)).toEqual(['sprawa', 'rodzina', 'rodzina-rok', 'rodzina-rok-projektu', 'harmonogram-projektu', 'asystent']);
    expect(facts.facts[2].sources['/rows/0']).toBe('/documents/3/data/rows/1');
  });
});

describe('asysta case caseload', () => {
  /** `count` families' cases (the Nowak case under other ids) in a folder of `dir`, each changed by `edit`. */
  const writeFamilies = (folder: string, count: number, edit: (value: ReturnType<typeof nowakCase>, n: number) => void) => {
    mkdirSync(join(dir, folder));
    for (let n = 0; n < count; n++) {
      const value = nowakCase();
      value.id = `sprawa-${n}`;
      value.family.id = `rodzina-${n}`;
      edit(value, n);
      writeFileSync(join(dir, folder, `${String(n).padStart(2, '0')}.case.json`), JSON.stringify(value));
    }
  };

  it('counts an assistant’s families across the case files and exits 1 over the limit', async () => {
    writeFamilies('cases', 16, (value, n) => {
      if (n === 15) value.family.zaZyciem = true;
    });
    const { code, stdout } = await cli('case', 'caseload', 'cases', '--assistant', 'a01', '--as-of', '2026-06-30');
    expect(code).toBe(1);
    expect(stdout).toContain('Asystent „a01” w dniu 30 czerwca 2026: 16 rodzin jednocześnie (limit 15), w tym „Za życiem”: 1');
    expect(stdout).toContain('[NIE SPEŁNIA] Limit rodzin jednego asystenta');
    const under = await cli('case', 'caseload', 'cases', '--assistant', 'a01', '--as-of', '2026-02-19');
    expect(under.code).toBe(0);
  });

  it('Konstancin mid-year: families still needed are information, not a failure (exit 0)', async () => {
    writeFamilies('konstancin', 2, (value) => {
      value.project = { id: 'uar', start: '2026-01', end: '2026-12' };
    });
    const { code, stdout } = await cli('case', 'caseload', 'konstancin', '--assistant', 'a01', '--as-of', '2026-04-15', '--profile', 'konstancin-jeziorna');
    expect(stdout).toContain('[INFORMACJA] Ile rodzin brakuje jeszcze do 3 w trwającym roku projektu');
    expect(stdout).toContain('brakuje jeszcze 1 rodziny');
    expect(code).toBe(0);
  });

  it('needs --assistant (exit 2)', async () => {
    expect((await cli('case', 'caseload', 'cases')).code).toBe(2);
  });
});
