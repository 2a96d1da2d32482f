import { describe, expect, it } from 'vitest';
import { AsystaError, type RulePack } from '@asysta/core';
import { builtInPacks, createRulesEngine, runPackTests, type RuleReport } from '@asysta/rules';
import { catchAsystaError as catchError } from '../../../test/support/catch-asysta-error.js';

const konstancin = builtInPacks.find((p) => p.id === 'konstancin-jeziorna')!;


describe('built-in packs', () => {
  it.each(builtInPacks.map((p) => [p.id, p] as const))('%s passes its own test cases', (_id, pack) => {
    const results = runPackTests(pack);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => !r.passed)).toEqual([]);
  });
});

describe('rules engine', () => {
  it('takes the parameter value in force on the as-of date', () => {
    const engine = createRulesEngine();
    expect(engine.parametersAsOf('2013-01-01')['pl-wspieranie-rodziny.maxFamiliesPerAssistant']).toBe(20);
    expect(engine.parametersAsOf('2026-03-31')['pl-wspieranie-rodziny.maxFamiliesPerAssistant']).toBe(15);
  });

  it('explains a verdict: message in the locale, values read, reference', () => {
    const engine = createRulesEngine();
    // 17 families active on the day (one of them "Za życiem"), one ended the day before.
    const families = [
      ...Array.from({ length: 16 }, (_, i) => ({ id: `r${i + 1}`, from: '2025-01-02', to: null })),
      { id: 'r17', from: '2026-03-01', to: null, zaZyciem: true },
      { id: 'r18', from: '2025-01-02', to: '2026-03-30' },
    ];
    const [result] = engine.evaluate({ families }, { recordKind: 'obciazenie-asystenta', asOf: '2026-03-31', locale: 'pl' }).results;
    expect(result).toMatchObject({
      ruleId: 'pl-wspieranie-rodziny.max-families-per-assistant',
      status: 'fail',
      severity: 'error',
      path: '/families',
      values: { families: 17, zaZyciem: 1, limit: 15, maxFamiliesPerAssistant: 15 },
      reference: { article: 'art. 15 ust. 4' },
    });
    expect(result!.message).toContain('z 17 rodzinami');
    expect(result!.message).toContain('najwyżej 15');
  });

  it('gives one verdict per item of a forEach rule, at the item path, with Polish plurals', () => {
    const engine = createRulesEngine({ profile: 'konstancin-jeziorna' });
    // Typed out of order: the visit flagged is the first one in time past the limit (3 March, row 1).
    const facts = { rows: [{ date: '2026-03-20', minutes: 180 }, { date: '2026-03-03', minutes: 32 }, { date: '2026-03-01', time: { from: '15:00' }, minutes: 150 }, { date: '2026-03-01', time: { from: '09:00' }, minutes: 180 }] };
    const report = engine.evaluate(facts, { recordKind: 'karta-czasu-pracy', asOf: '2026-03-31' });
    expect(report.results.map((r) => [r.path, r.status])).toEqual([
      ['/rows/0', 'fail'],
      ['/rows/1', 'fail'],
      ['/rows/2', 'pass'],
      ['/rows/3', 'pass'],
    ]);
    expect(report.results[1]!.message).toContain('6 godzin 2 minuty');
    expect(report.results[1]!.message).toContain('6 godzin przewidzianych');
    expect(report.results[1]!.values['month']).toBe('2026-03');
  });

  it('lets a profile override a parameter from a date, and switch a rule off', () => {
    const engine = createRulesEngine({
      profile: {
        id: 'test-ops',
        title: { pl: 'Test', en: 'Test' },
        extends: 'konstancin-jeziorna',
        packs: [],
        parameters: { 'konstancin-jeziorna.maxHoursPerFamilyPerMonth': { value: 8, from: '2026-01-01', reason: { pl: 'uchwała', en: 'resolution' } } },
      },
    });
    const facts = { rows: [{ date: '2025-12-15', minutes: 420 }] };
    const status = (asOf: string) => engine.evaluate(facts, { recordKind: 'karta-czasu-pracy', asOf }).results[0]!.status;
    expect(status('2025-12-31')).toBe('fail');
    expect(status('2026-01-01')).toBe('pass');
    const off = createRulesEngine({
      profile: {
        id: 'off',
        title: { pl: 'x', en: 'x' },
        extends: 'konstancin-jeziorna',
        packs: [],
        disabledRules: [{ rule: 'konstancin-jeziorna.hours-per-family-month', reason: { pl: 'nie dotyczy', en: 'n/a' } }],
      },
    });
    expect(off.evaluate(facts, { recordKind: 'karta-czasu-pracy', asOf: '2026-03-31' }).results).toEqual([]);
  });

  it('reports a rule that cannot be evaluated as an error result, not an exception', () => {
    const pack: RulePack = {
      ...konstancin,
      id: 'broken-at-run-time',
      parameters: { ...konstancin.parameters, later: { ...konstancin.parameters['maxHoursPerFamilyPerMonth']!, values: [{ from: '2030-01-01', value: 1 }] } },
      rules: [{ ...konstancin.rules[0]!, id: 'broken-at-run-time.uses-later', forEach: undefined as never, condition: { '<': [1, { param: 'later' }] }, values: {}, message: { pl: 'x', en: 'x' }, path: '' }],
      tests: [],
    };
    delete (pack.rules[0] as { forEach?: string }).forEach;
    const engine = createRulesEngine({ profile: { id: 'p', title: { pl: 'p', en: 'p' }, packs: ['broken-at-run-time'] }, packs: [pack] });
    const [result] = engine.evaluate({}, { recordKind: 'karta-czasu-pracy', asOf: '2026-03-31', locale: 'en' }).results;
    expect(result).toMatchObject({ status: 'error' });
    expect(result!.message).toContain('parameter "later" has no value on March 31, 2026');
  });
});

describe('bad rule packs and profiles', () => {
  const profileWith = (pack: unknown) => () =>
    createRulesEngine({ profile: { id: 'p', title: { pl: 'p', en: 'p' }, packs: ['bad'] }, packs: [pack as RulePack], locale: 'en' });

  it('name every problem with its JSON Pointer', () => {
    const bad = structuredClone(konstancin) as RulePack & { id: string };
    bad.id = 'bad';
    bad.rules.splice(1); // one rule, so the duplicate pushed below is /rules/1
    bad.rules[0]!.condition = { and: [{ '<=': [1, { param: 'maxHoursPerMonth' }] }, { sume: [] }] };
    bad.rules[0]!.message.en = 'Over {limit} by {excess}';
    bad.rules.push({ ...bad.rules[0]!, condition: true });
    const error = catchError(profileWith(bad));
    expect(error.message).toContain('The rule pack “bad” is invalid.');
    expect(error.details.map((d) => `${d.path}: ${d.message}`)).toEqual([
      '/rules/0/condition/and/0/<=/1/param: unknown parameter "maxHoursPerMonth"',
      '/rules/0/message/en: placeholder {excess} has no entry in "values"',
      '/rules/0/condition/and/1/sume: unknown operator "sume"',
      '/rules/1/id: duplicate rule id "konstancin-jeziorna.hours-per-family-month"',
      '/rules/1/message/en: placeholder {excess} has no entry in "values"',
    ]);
  });

  it('reject a wrong date format and unknown keys by the schema, including __proto__', () => {
    const text = JSON.stringify({ ...konstancin, id: 'bad' }).replace('"effective":{"from":"2012-01-01"}', '"effective":{"from":"1.01.2026"},"__proto__":{"polluted":true}');
    const bad = JSON.parse(text);
    const error = catchError(profileWith(bad));
    expect(error.details.map((d) => d.path)).toEqual(expect.arrayContaining(['/rules/0/effective/from', '/rules/0/__proto__']));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reject an unknown profile, a cycle and unknown packs, parameters and rules', () => {
    expect(catchError(() => createRulesEngine({ profile: 'nowhere', locale: 'en' })).message).toMatch(/^No profile “nowhere”. Available: default, konstancin-jeziorna/);
    const cycle = catchError(() =>
      createRulesEngine({
        profile: 'a',
        profiles: [
          { id: 'a', title: { pl: 'a', en: 'a' }, extends: 'b', packs: [] },
          { id: 'b', title: { pl: 'b', en: 'b' }, extends: 'a', packs: [] },
        ],
        locale: 'en',
      }),
    );
    expect(cycle.details[0]!.message).toContain('cycle');
    const unknowns = catchError(() =>
      createRulesEngine({
        profile: {
          id: 'u',
          title: { pl: 'u', en: 'u' },
          packs: ['no-such-pack'],
          parameters: { 'konstancin-jeziorna.nope': { value: 1, reason: { pl: 'x', en: 'x' } } },
          disabledRules: [{ rule: 'no.such.rule', reason: { pl: 'x', en: 'x' } }],
        },
      }),
    );
    expect(unknowns.details.map((d) => d.path)).toEqual(['/packs/0', '/parameters/konstancin-jeziorna.nope', '/disabledRules/0/rule']);
  });

  it('rejects a bad as-of date', () => {
    const engine = createRulesEngine();
    expect(() => engine.evaluate({}, { recordKind: 'x', asOf: '2026-02-30' })).toThrow(AsystaError);
  });
});

describe('evaluating again after one change', () => {
  const engine = createRulesEngine({ profile: 'konstancin-jeziorna' });
  const options = { recordKind: 'karta-czasu-pracy', asOf: '2026-03-31' } as const;
  const card = (place: string, minutes: number) => ({
    month: '2026-03',
    rows: Array.from({ length: 5 }, (_, i) => ({ date: `2026-03-${String(i + 1).padStart(2, '0')}`, time: { from: '08:00', to: '08:45' }, minutes: i === 4 ? minutes : 45, place })),
  });
  const hours = (report: RuleReport) => report.results.filter((r) => r.ruleId === 'konstancin-jeziorna.hours-per-family-month');

  it('keeps the verdicts of a rule that does not read what changed, the very same results', () => {
    const before = engine.evaluate(card('Dom rodziny', 45), options);
    const after = engine.evaluate(card('Szkoła', 45), { ...options, since: { report: before, changed: [['rows', '4', 'place']] } });
    expect(hours(after).length).toBe(5);
    hours(after).forEach((result, i) => expect(result).toBe(hours(before)[i]));
    expect(after).toEqual(engine.evaluate(card('Szkoła', 45), options));
  });

  it('runs again a rule that reads what changed, as a fresh evaluation would', () => {
    const before = engine.evaluate(card('Dom rodziny', 45), options);
    const after = engine.evaluate(card('Dom rodziny', 400), { ...options, since: { report: before, changed: [['rows', '4', 'minutes']] } });
    expect(after).toEqual(engine.evaluate(card('Dom rodziny', 400), options));
    expect(hours(after).at(-1)!.status).toBe('fail');
    expect(hours(before).at(-1)!.status).toBe('pass');
  });

  it('reuses nothing from a report made on other terms (another date or language)', () => {
    const before = engine.evaluate(card('Dom rodziny', 400), options);
    const later = engine.evaluate(card('Dom rodziny', 400), { ...options, asOf: '2026-04-30', since: { report: before, changed: [['rows', '4', 'place']] } });
    expect(hours(later)[0]).not.toBe(hours(before)[0]);
    const english = engine.evaluate(card('Dom rodziny', 400), { ...options, locale: 'en', since: { report: before, changed: [['rows', '4', 'place']] } });
    expect(english).toEqual(engine.evaluate(card('Dom rodziny', 400), { ...options, locale: 'en' }));
  });
});
