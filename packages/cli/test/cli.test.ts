import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSandbox } from './support.js';
import { builtInPacks } from '@asysta/rules';

const { dir, write, cli } = cliSandbox('asysta-cli-');

const konstancin = builtInPacks.find((p) => p.id === 'konstancin-jeziorna')!;

describe('asysta rules validate', () => {
  it('accepts a good pack', async () => {
    const { code, stdout } = await cli('rules', 'validate', write('good.rules.json', { ...konstancin, id: 'good' }));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^✓ good.rules.json: poprawny pakiet reguł „good” \(\d+ reguł[ay]?, \d+ test/);
  });

  it('names file, line and JSON Pointer of a typo in an operator, in Polish', async () => {
    const pack = structuredClone({ ...konstancin, id: 'typo' });
    pack.rules[0]!.condition = { '<=': [{ summ: [{ var: 'rows' }, 'minutes'] }, 360] };
    const file = write('typo.rules.json', pack);
    const { code, stdout } = await cli('rules', 'validate', file);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^✗ typo.rules.json:\d+ \/rules\/0\/condition\/<=\/0\/summ: nieznany operator „summ”$/m);
    const line = Number(/typo.rules.json:(\d+)/.exec(stdout)![1]);
    expect(JSON.stringify(pack, null, 2).split('\n')[line - 1]).toContain('"summ"');
  });

  it('reports JSON syntax errors with their line', async () => {
    const { code, stdout } = await cli('rules', 'validate', write('broken.rules.json', '{\n  "id": "x",\n  "rules": [\n}'), '--locale', 'en');
    expect(code).toBe(2);
    expect(stdout).toMatch(/✗ broken.rules.json:4 \/: JSON syntax error/);
  });

  it('checks a profile against the packs beside it', async () => {
    write('local.rules.json', { ...konstancin, id: 'local' });
    const good = write('ops.profile.json', { id: 'ops', title: { pl: 'OPS', en: 'OPS' }, extends: 'default', packs: ['local'] });
    expect((await cli('rules', 'validate', good)).code).toBe(0);
    const bad = write('bad.profile.json', { id: 'bad', title: { pl: 'x', en: 'x' }, packs: ['nowhere'], parameters: { 'local.nope': { value: 1, reason: { pl: 'x', en: 'x' } } } });
    const { code, stdout } = await cli('rules', 'validate', bad, '--json');
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(report[0].problems.map((p: { path: string }) => p.path)).toEqual(['/packs/0', '/parameters/local.nope']);
  });
});

describe('asysta rules test', () => {
  it('runs the built-in packs and ends with a count line', async () => {
    const { code, stdout } = await cli('rules', 'test');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ zaliczon(y|e|ych), 0 niezaliczonych$/m);
  });

  it('fails with 1 and says what differed', async () => {
    const pack = structuredClone({ ...konstancin, id: 'wrong-test' });
    pack.tests[0]!.expect = { 'konstancin-jeziorna.hours-per-family-month': 'fail' };
    const { code, stdout } = await cli('rules', 'test', write('wrong-test.rules.json', pack));
    expect(code).toBe(1);
    expect(stdout).toContain('oczekiwano „fail”, jest „pass”');
    expect(stdout).toMatch(/^\d+ zaliczon(y|e|ych), 1 niezaliczony$/m);
    expect((await cli('rules', 'test', 'wrong-test.rules.json', '--locale', 'en')).stdout).toMatch(/^\d+ passed, 1 failed$/m);
  });
});

describe('asysta rules explain', () => {
  const facts = write('facts.json', { recordKind: 'karta-czasu-pracy', facts: { rows: [{ date: '2026-03-03', minutes: 240 }, { date: '2026-03-10', minutes: 150 }] } });

  it('explains each verdict with values and source, and exits 1 when a rule fails', async () => {
    const { code, stdout } = await cli('rules', 'explain', 'konstancin-jeziorna', '--facts', facts, '--as-of', '2026-03-31');
    expect(code).toBe(1);
    expect(stdout).toContain('[NIE SPEŁNIA] Miesięczny limit godzin pracy z rodziną');
    expect(stdout).toContain('6 godzin 30 minut');
    expect(stdout).toContain('wartości: maxHoursPerFamilyPerMonth=6 godz., month=2026-03, total=6 godz. 30 min, limit=6 godz.');
    expect(stdout).toContain('źródło: OPS Konstancin-Jeziorna');
  });

  it('gives JSON in English with a trace', async () => {
    const { stdout } = await cli('rules', 'explain', 'konstancin-jeziorna', '--facts', facts, '--as-of', '2026-03-31', '--json', '--locale', 'en', '--trace');
    const report = JSON.parse(stdout);
    expect(report.results[1].message).toContain('6 hours 30 minutes');
    expect(report.results[1].trace.length).toBeGreaterThan(3);
  });

  it('refuses facts without a record kind and a bad date, with exit 2', async () => {
    const bare = write('bare.json', { rows: [] });
    expect((await cli('rules', 'explain', 'default', '--facts', bare)).code).toBe(2);
    const { code, stderr } = await cli('rules', 'explain', 'default', '--facts', facts, '--as-of', '31.03.2026');
    expect(code).toBe(2);
    expect(stderr).toContain('nie jest prawidłową datą');
  });
});

describe('asysta profile diff', () => {
  it('shows packs added, parameters changed with reasons, and rules switched off', async () => {
    const file = write('changed.profile.json', {
      id: 'changed',
      title: { pl: 'Zmieniony', en: 'Changed' },
      extends: 'konstancin-jeziorna',
      packs: [],
      parameters: { 'konstancin-jeziorna.maxHoursPerFamilyPerMonth': { value: 8, from: '2026-01-01', reason: { pl: 'uchwała rady', en: 'council resolution' } } },
      disabledRules: [{ rule: 'konstancin-jeziorna.hours-per-family-month', reason: { pl: 'na próbę', en: 'as a trial' } }],
    });
    const { code, stdout } = await cli('profile', 'diff', file, '--as-of', '2026-03-31');
    expect(code).toBe(0);
    expect(stdout).toContain('~ parametr konstancin-jeziorna.maxHoursPerFamilyPerMonth: 6 → 8 (od 1 stycznia 2026) – uchwała rady');
    expect(stdout).toContain('− wyłączona reguła „konstancin-jeziorna.hours-per-family-month” – na próbę');
    const builtIn = await cli('profile', 'diff', 'konstancin-jeziorna');
    expect(builtIn.stdout).toContain('+ pakiet „konstancin-jeziorna”');
  });

  it('exits 2 for an unknown profile or command', async () => {
    expect((await cli('profile', 'diff', 'nowhere')).code).toBe(2);
    expect((await cli('rules', 'frobnicate')).code).toBe(2);
    expect((await cli('--help')).code).toBe(0);
  });
});

describe('asysta forms', () => {
  const card = write('card.json', {
    assistant: 'Anna Kowalska',
    familyRepresentative: 'Maria Nowak',
    month: '2026-03',
    rows: [
      { date: '2026-03-03', time: { from: '12:00', to: '10:00' }, place: 'Dom' },
      { date: '2026-03-04', time: { from: '08:00', to: '15:00' }, place: 'Dom' },
    ],
  });

  it('lists the built-in forms', async () => {
    const { code, stdout } = await cli('forms', 'list');
    expect(code).toBe(0);
    expect(stdout).toContain('karta-czasu-pracy');
  });

  it('checks data as the form does, with lines, and exits 1 when invalid', async () => {
    const { code, stdout } = await cli('forms', 'check', 'karta-czasu-pracy', card, '--profile', 'konstancin-jeziorna', '--as-of', '2026-03-31');
    expect(code).toBe(1);
    expect(stdout).toContain('dane są niepoprawne: 1 błąd, 1 uwaga');
    expect(stdout).toMatch(/✗ card.json:\d+ \/rows\/0\/time\/to: Godzina zakończenia \(10:00\)/);
    expect(stdout).toContain('! card.json');
  });

  it('validates a definition, naming every problem by line and pointer', async () => {
    const definition = JSON.parse(JSON.stringify((await import('@asysta/forms')).getFormDefinition('karta-czasu-pracy')));
    definition.id = 'moja-karta';
    definition.uiSchema.month = { 'ui:widget': 'calendar' };
    const { code, stdout } = await cli('forms', 'validate', write('moja-karta.form.json', definition), '--locale', 'en');
    expect(code).toBe(2);
    expect(stdout).toMatch(/✗ moja-karta.form.json:\d+ \/uiSchema\/month\/ui:widget: unknown widget "calendar"/);
  });

  it('reports a print layout naming a field that does not exist, at its path under /print', async () => {
    const definition = JSON.parse(JSON.stringify((await import('@asysta/forms')).getFormDefinition('karta-czasu-pracy')));
    definition.id = 'moja-karta';
    definition.print.tables[0].columns[3].fields = ['meetingPlace'];
    definition.print.signatures[1].path = '/coordinator';
    const { code, stdout } = await cli('forms', 'validate', write('moja-karta-druk.form.json', definition), '--locale', 'en');
    expect(code).toBe(2);
    expect(stdout).toMatch(/✗ moja-karta-druk.form.json:\d+ \/print\/tables\/0\/columns\/3\/fields\/0: "meetingPlace" is not a field of the items of "\/rows"/);
    expect(stdout).toMatch(/✗ moja-karta-druk.form.json:\d+ \/print\/signatures\/1\/path: "\/coordinator" is not a field of the schema/);
  });

  it('checks that every migration chain reaches the current version and names real fields, by line and pointer', async () => {
    const definition = JSON.parse(JSON.stringify((await import('@asysta/forms')).getFormDefinition('karta-czasu-pracy')));
    const fixture = (await import('../../../test/support/migrated-card.json')).default;
    const good = { ...definition, version: fixture.version, migrations: fixture.migrations };
    const ok = await cli('forms', 'validate', write('karta-1.1.0.form.json', good));
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('✓ karta-1.1.0.form.json');

    const broken = {
      ...good,
      migrations: [
        { from: '0.9.0', to: '0.9.5', changes: [{ op: 'move', from: '/assistantName', to: '/assistant' }] },
        { from: '1.0.0', to: '1.1.0', changes: [{ op: 'move', from: '/rows/*/where', to: '/rows/*/location' }] },
      ],
    };
    const { code, stdout } = await cli('forms', 'validate', write('karta-broken.form.json', broken), '--locale', 'en');
    expect(code).toBe(2);
    expect(stdout).toMatch(/✗ karta-broken.form.json:\d+ \/migrations\/0\/to: the migrations from version 0\.9\.0 do not reach the current version 1\.1\.0: they end at 0\.9\.5/);
    expect(stdout).toMatch(/✗ karta-broken.form.json:\d+ \/migrations\/1\/changes\/0\/to: "\/rows\/\*\/location" is not a field of version 1\.1\.0 of the form/);
  });

  it('compiles validators for an own definition into an ES module without eval', async () => {
    const definition = JSON.parse(JSON.stringify((await import('@asysta/forms')).getFormDefinition('karta-czasu-pracy')));
    definition.id = 'moja-karta';
    const { code, stdout } = await cli('forms', 'compile', write('moja.form.json', definition), '--out', 'moja-validators.js');
    expect(code).toBe(0);
    expect(stdout).toContain('moja-validators.js');
    const { readFileSync } = await import('node:fs');
    const module = readFileSync(join(dir, 'moja-validators.js'), 'utf8');
    expect(module).toContain('export const formValidators');
    expect(module).toContain('"moja-karta"');
    expect(module).not.toMatch(/\beval\(|new Function\(|require\(/);
  });

  it('prints TypeScript types of a form', async () => {
    const { code, stdout } = await cli('forms', 'types', 'karta-czasu-pracy');
    expect(code).toBe(0);
    expect(stdout).toContain('export interface KartaCzasuPracy');
    expect(stdout).toContain('rows: {');
  });
});

describe('own profiles and packs on the command line', () => {
  // The 7.5 h time card of the issue: 450 minutes in March, over Konstancin's 6 h, within 8 h.
  const card = write('card-7h30.json', {
    assistant: 'Anna Kowalska',
    familyRepresentative: 'Maria Nowak',
    month: '2026-03',
    rows: [{ date: '2026-03-04', time: { from: '08:00', to: '15:30' }, place: 'Dom' }],
  });
  const k8 = structuredClone(konstancin);
  k8.parameters['maxHoursPerFamilyPerMonth']!.values = [{ from: '2012-01-01', value: 8 }];
  const k8File = write('k8.rules.json', k8);
  const hoursWarning = /więcej niż 6 godzin/;

  it('forms check: a --pack the profile does not use is an error that says why and which profile would', async () => {
    const { code, stdout, stderr } = await cli('forms', 'check', 'karta-czasu-pracy', card, '--pack', k8File, '--as-of', '2026-03-31');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('✗ k8.rules.json /id: pakiet „konstancin-jeziorna” nie zmieni wyniku: profil „default” go nie używa');
    expect(stderr).toContain('Użyj --profile z profilem, który go używa (konstancin-jeziorna)');
  });

  it('forms check: a --pack with a built-in id replaces that pack, and says so', async () => {
    const before = await cli('forms', 'check', 'karta-czasu-pracy', card, '--profile', 'konstancin-jeziorna', '--as-of', '2026-03-31');
    expect(before.stdout).toMatch(hoursWarning);
    const { code, stdout, stderr } = await cli('forms', 'check', 'karta-czasu-pracy', card, '--profile', 'konstancin-jeziorna', '--pack', k8File, '--as-of', '2026-03-31');
    expect(code).toBe(0);
    expect(stdout).not.toMatch(hoursWarning);
    expect(stderr).toContain('! k8.rules.json: uwaga: pakiet „konstancin-jeziorna” z tego pliku zastępuje wbudowany pakiet');
  });

  it('forms check and rules explain: --profile <file> extending a built-in profile, without packs, with a plain Polish reason', async () => {
    const own = write('moj-ops.profile.json', {
      id: 'moj-ops',
      title: { pl: 'Mój OPS', en: 'My OPS' },
      extends: 'konstancin-jeziorna',
      parameters: { 'konstancin-jeziorna.maxHoursPerFamilyPerMonth': { value: 7, reason: 'uchwała rady gminy' } },
    });
    const check = await cli('forms', 'check', 'karta-czasu-pracy', card, '--profile', own, '--as-of', '2026-03-31', '--json');
    expect(check.code).toBe(0);
    const report = JSON.parse(check.stdout);
    expect(report.report.profile).toBe('moj-ops');
    expect(report.warnings.map((w: { message: string }) => w.message).join('\n')).toContain('więcej niż 7 godzin');

    const facts = write('facts-7h30.json', { recordKind: 'karta-czasu-pracy', facts: { rows: [{ date: '2026-03-04', minutes: 450 }] } });
    const explain = await cli('rules', 'explain', '--profile', own, '--facts', facts, '--as-of', '2026-03-31');
    expect(explain.code).toBe(1);
    expect(explain.stdout).toContain('Profil „moj-ops”');
    expect(explain.stdout).toContain('total=7 godz. 30 min, limit=7 godz.');
    const diff = await cli('profile', 'diff', own);
    expect(diff.stdout).toContain('– uchwała rady gminy');
  });

  it('rules explain: refuses two different profiles, and locates a broken own profile', async () => {
    const facts = write('facts-any.json', { recordKind: 'karta-czasu-pracy', facts: { rows: [] } });
    const two = await cli('rules', 'explain', 'default', '--profile', 'konstancin-jeziorna', '--facts', facts);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('podano dwa profile: „default” i --profile „konstancin-jeziorna”');
    const broken = write('zly.profile.json', { id: 'zly', title: { pl: 'Zły', en: 'Bad' } });
    const bad = await cli('rules', 'explain', '--profile', broken, '--facts', facts);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/✗ zly\.profile\.json(:\d+)? \/packs: To pole jest wymagane\./);
  });

  it('profile list: every built-in profile with its base and packs, in both languages', async () => {
    const { code, stdout } = await cli('profile', 'list');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^konstancin-jeziorna – .+ \(rozszerza „default”\); pakiety: pl-wspieranie-rodziny, pl-za-zyciem, konstancin-jeziorna$/m);
    const en = JSON.parse((await cli('profile', 'list', '--json', '--locale', 'en')).stdout);
    expect(en.map((p: { id: string }) => p.id)).toContain('default');
  });
});

describe('asysta rules explain --form --data', () => {
  it("computes the form's derived values first: the 7.5 h card is judged on 450 minutes", async () => {
    const card = write('card-explain.json', {
      assistant: 'Anna Kowalska',
      familyRepresentative: 'Maria Nowak',
      month: '2026-03',
      rows: [{ date: '2026-03-04', time: { from: '08:00', to: '15:30' }, place: 'Dom' }],
    });
    const { code, stdout } = await cli('rules', 'explain', 'konstancin-jeziorna', '--form', 'karta-czasu-pracy', '--data', card, '--as-of', '2026-03-31');
    expect(code).toBe(1);
    expect(stdout).toContain('rodzaj danych „karta-czasu-pracy”');
    expect(stdout).toContain('[NIE SPEŁNIA]');
    expect(stdout).toContain('total=7 godz. 30 min');
    expect(stdout).not.toContain('total=0 min');
    const both = await cli('rules', 'explain', 'default', '--form', 'karta-czasu-pracy', '--data', card, '--facts', card);
    expect(both.code).toBe(2);
  });
});

describe('usage lines', () => {
  it('name their placeholders in Polish in Polish mode, in English in English mode', async () => {
    const pl = await cli('forms', 'check', 'karta-czasu-pracy');
    expect(pl.code).toBe(2);
    expect(pl.stderr).toBe('Nieprawidłowe wywołanie: forms check <formularz> <dane.json>. Zobacz: asysta --help\n');
    const en = await cli('forms', 'check', 'karta-czasu-pracy', '--locale', 'en');
    expect(en.stderr).toBe('Wrong usage: forms check <form> <data.json>. See: asysta --help\n');
    expect((await cli('rules', 'explain', 'default')).stderr).toContain('rules explain <profil> --facts <plik.json> | --form <formularz> --data <dane.json>');
  });
});
