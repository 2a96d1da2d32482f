import { describe, expect, it } from 'vitest';
import { builtInProfiles, sharedRulesEngine } from '@asysta/rules';
import { analyse, builtInFiles, type EditedFile } from '../playground/analysis';

const konstancin = builtInProfiles.find((p) => p.id === 'konstancin-jeziorna')!;
const start = () => builtInFiles(konstancin, sharedRulesEngine('konstancin-jeziorna').profile.packs);
const edit = (files: EditedFile[], name: string, change: (text: string) => string) => files.map((f) => (f.name === name ? { ...f, text: change(f.text) } : f));

describe('the playground analysis', () => {
  it('starts from the built-in files: no problems, every pack test passes, the profile adds its pack', () => {
    const analysis = analyse(start(), '2026-03-31', 'pl');
    expect(analysis.problems).toEqual([]);
    expect(analysis.engine).toBeDefined();
    expect(analysis.tests.length).toBeGreaterThan(0);
    expect(analysis.tests.filter((t) => !t.passed)).toEqual([]);
    expect(analysis.difference?.addedPacks).toEqual(['konstancin-jeziorna']);
    expect(analysis.packChanges).toEqual([]);
  });

  it('an edited parameter fails a test case and shows as a change of the pack with its dated values', () => {
    const files = edit(start(), 'konstancin-jeziorna.rules.json', (text) => text.replace('"value": 6', '"value": 5'));
    const analysis = analyse(files, '2026-03-31', 'pl');
    expect(analysis.problems).toEqual([]);
    expect(analysis.tests.some((t) => !t.passed)).toBe(true);
    expect(analysis.packChanges[0]!.parameters).toEqual([{ name: 'maxHoursPerFamilyPerMonth', before: '6 (od 2012-01-01)', after: '5 (od 2012-01-01)' }]);
  });

  it('an unknown operator is an error in Polish at its pointer and line', () => {
    const files = edit(start(), 'konstancin-jeziorna.rules.json', (text) => text.replace('"sumSoFar"', '"sumaDotad"'));
    const line = files.find((f) => f.name === 'konstancin-jeziorna.rules.json')!.text.split('\n').findIndex((l) => l.includes('"sumaDotad"')) + 1;
    const [problem] = analyse(files, '2026-03-31', 'pl').problems;
    expect(problem).toMatchObject({ file: 'konstancin-jeziorna.rules.json', line });
    expect(problem!.pointer).toMatch(/^\/rules\/0\/condition\//);
    expect(problem!.message).toMatch(/sumaDotad/);
    expect(problem!.message).toMatch(/nieznany|Nieznany/);
  });

  it('JSON syntax and the published shape are errors at their lines, in the locale', () => {
    const broken = edit(start(), 'konstancin-jeziorna.profile.json', (text) => text.replace('"extends": "default",', '"extends": "default"'));
    const [syntax] = analyse(broken, '2026-03-31', 'pl').problems;
    expect(syntax).toMatchObject({ file: 'konstancin-jeziorna.profile.json', message: 'błąd składni JSON: oczekiwano przecinka' });
    const shape = edit(start(), 'konstancin-jeziorna.profile.json', (text) => text.replace('"extends"', '"rozszerza"'));
    const problems = analyse(shape, '2026-03-31', 'en').problems;
    expect(problems.some((p) => p.pointer === '/rozszerza' && p.line > 1)).toBe(true);
  });

  it('a profile switching a rule off and overriding a parameter shows both in the difference', () => {
    const files = edit(start(), 'konstancin-jeziorna.profile.json', (text) =>
      text.replace(
        '"packs": [',
        '"parameters": { "konstancin-jeziorna.maxHoursPerFamilyPerMonth": { "value": 8, "from": "2026-01-01", "reason": "uchwała" } },\n  "disabledRules": [{ "rule": "konstancin-jeziorna.hours-per-family-year", "reason": "nie dotyczy" }],\n  "packs": [',
      ),
    );
    const analysis = analyse(files, '2026-03-31', 'pl');
    expect(analysis.problems).toEqual([]);
    expect(analysis.difference?.parameters).toEqual([{ name: 'konstancin-jeziorna.maxHoursPerFamilyPerMonth', before: 6, after: 8, from: '2026-01-01', reason: 'uchwała' }]);
    expect(analysis.difference?.disabledRules.map((d) => d.rule)).toEqual(['konstancin-jeziorna.hours-per-family-year']);
    expect(analysis.engine!.parametersAsOf('2026-03-31')['konstancin-jeziorna.maxHoursPerFamilyPerMonth']).toBe(8);
  });
});
