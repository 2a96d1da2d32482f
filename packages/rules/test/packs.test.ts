import { describe, expect, it } from 'vitest';
import type { Profile } from '@asysta/core';
import { validateProfileShape, validateRulePackShape } from '@asysta/core';
import { builtInPacks, builtInProfiles, createRulesEngine, createRulesEngineFrom, listProfiles, runPackTests } from '@asysta/rules';

const PLACEHOLDER = /\{(\w+)(?:\}|, plural,)/g;
const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

describe('built-in packs', () => {
  it('are the statutory and local packs of the issue', () => {
    expect(builtInPacks.map((p) => [p.id, p.kind])).toEqual([
      ['pl-wspieranie-rodziny', 'statutory'],
      ['pl-za-zyciem', 'statutory'],
      ['konstancin-jeziorna', 'local'],
      ['wroclaw', 'local'],
      ['jedrzejow', 'local'],
      ['rakow', 'local'],
      ['milanowek', 'local'],
    ]);
  });

  it('fit their published formats (engines trust built-ins and do not check them again)', () => {
    for (const p of builtInPacks) expect([p.id, validateRulePackShape(p, 'en')]).toEqual([p.id, []]);
    for (const p of builtInProfiles) expect([p.id, validateProfileShape(p, 'en')]).toEqual([p.id, []]);
  });

  it('an engine without the format checks refuses own packs and profiles with a reason, not unchecked', () => {
    const builtIns = { packs: builtInPacks, profiles: builtInProfiles };
    const own = { ...builtInProfiles.find((p) => p.id === 'konstancin-jeziorna')!, id: 'moj-ops' };
    for (const options of [{ packs: [builtInPacks[0]!] }, { profiles: [own] }, { profile: own }]) {
      expect(() => createRulesEngineFrom(options, builtIns)).toThrow(/know only built-in|zna tylko wbudowane/);
    }
  });

  describe.each(builtInPacks.map((p) => [p.id, p] as const))('%s', (id, p) => {
    it('passes its own test cases', () => {
      const results = runPackTests(p);
      expect(results.length).toBeGreaterThan(0);
      expect(results.filter((r) => !r.passed)).toEqual([]);
    });

    it('tests every rule both passing and failing', () => {
      for (const rule of p.rules) {
        const expected = new Set(p.tests.map((t) => t.expect[rule.id]).filter(Boolean));
        expect([rule.id, expected.has('pass') && expected.has('fail')]).toEqual([rule.id, true]);
      }
    });

    it('names rules after the pack, cites a source on every rule and parameter, and says the same in both languages', () => {
      for (const rule of p.rules) {
        expect(rule.id.startsWith(`${id}.`)).toBe(true);
        expect(rule.reference.title.pl.length).toBeGreaterThan(0);
        if (p.kind === 'statutory') {
          expect(rule.reference.article).toBeTruthy();
          expect(rule.reference.journal).toMatch(/^Dz\.U\. /);
        }
        expect(placeholders(rule.message.pl)).toEqual(placeholders(rule.message.en));
        for (const text of [rule.title.pl, rule.title.en, rule.message.pl, rule.message.en]) expect(text).not.toMatch(/[<>]/);
      }
      for (const parameter of Object.values(p.parameters)) {
        expect(parameter.reference.title.pl.length).toBeGreaterThan(0);
        expect(parameter.values.length).toBeGreaterThan(0);
      }
    });
  });
});

describe('built-in profiles', () => {
  it('are listed in order, default first', () => {
    expect(listProfiles()).toEqual(['default', 'konstancin-jeziorna', 'wroclaw', 'jedrzejow', 'milanowek', 'rakow']);
  });

  it.each(builtInProfiles.map((p) => [p.id, p] as const))('%s loads', (id, profile: Profile) => {
    const engine = createRulesEngine({ profile: id });
    expect(engine.profile.id).toBe(id);
    const local = { 'konstancin-jeziorna': ['konstancin-jeziorna'], wroclaw: ['wroclaw'], jedrzejow: ['jedrzejow'], rakow: ['rakow'], milanowek: ['milanowek'] }[id] ?? [];
    expect(engine.profile.packs).toEqual(['pl-wspieranie-rodziny', 'pl-za-zyciem', ...local]);
    expect(engine.profile.lineage).toEqual(id === 'default' ? ['default'] : ['default', id]);
    expect(profile.title.pl && profile.title.en).toBeTruthy();
  });

  it('keep statutory parameters with their effective dates', () => {
    const engine = createRulesEngine({ profile: 'jedrzejow' });
    expect(engine.parametersAsOf('2015-12-31')['pl-wspieranie-rodziny.maxFamiliesPerAssistant']).toBe(20);
    expect(engine.parametersAsOf('2016-01-01')['pl-wspieranie-rodziny.maxFamiliesPerAssistant']).toBe(15);
    expect(engine.parametersAsOf('2016-12-31')['pl-za-zyciem.benefitAmount']).toBeUndefined();
    expect(engine.parametersAsOf('2017-01-01')['pl-za-zyciem.benefitAmount']).toBe(400000);
  });

  it('add no rules for the monthly time card besides the local one (the statutory packs do not read it)', () => {
    const report = createRulesEngine({ profile: 'konstancin-jeziorna' }).evaluate({ rows: [{ minutes: 60 }] }, { recordKind: 'karta-czasu-pracy', asOf: '2026-03-31' });
    expect(report.results.map((r) => r.ruleId)).toEqual(['konstancin-jeziorna.hours-per-family-month']);
  });
});

describe('messages', () => {
  const families = (active: number, zaZyciem = 0) =>
    Array.from({ length: active }, (_, i) => ({ id: `r${i}`, from: '2025-01-02', to: null, ...(i < zaZyciem ? { zaZyciem: true } : {}) }));

  it('family limit: counts families active on the day, with the date in each locale', () => {
    const engine = createRulesEngine();
    const facts = { families: [...families(16, 2), { id: 'old', from: '2024-01-01', to: '2026-03-30' }] };
    const pl = engine.evaluate(facts, { recordKind: 'obciazenie-asystenta', asOf: '2026-03-31', locale: 'pl' }).results[0]!;
    expect(pl).toMatchObject({ status: 'fail', path: '/families', values: { families: 16, zaZyciem: 2, limit: 15 } });
    expect(pl.message).toContain('W dniu 31 marca 2026 asystent pracuje jednocześnie z 16 rodzinami');
    expect(pl.message).toContain('„Za życiem” wliczają się do limitu (wśród pracujących w tym dniu: 2)');
    const en = engine.evaluate(facts, { recordKind: 'obciazenie-asystenta', asOf: '2026-03-31', locale: 'en' }).results[0]!;
    expect(en.message).toContain('On March 31, 2026 the assistant works with 16 families at once; the Act allows at most 15.');
  });

  it('assessment: the due date is formatted as a date', () => {
    const engine = createRulesEngine();
    const facts = { workStart: '2025-01-10', assessments: [{ date: '2025-08-31' }, { date: '2025-03-01' }] };
    const [pl] = engine.evaluate(facts, { recordKind: 'rodzina', asOf: '2026-03-01', locale: 'pl', ruleIds: ['pl-wspieranie-rodziny.assessment-interval'] }).results;
    expect(pl).toMatchObject({ status: 'fail', values: { last: '2025-08-31', due: '2026-02-28', interval: 6 } });
    expect(pl!.message).toContain('ostatnia ocena (lub początek pracy) 31 sierpnia 2025, kolejna była wymagana najpóźniej 28 lutego 2026');
    const [en] = engine.evaluate(facts, { recordKind: 'rodzina', asOf: '2026-03-01', locale: 'en', ruleIds: ['pl-wspieranie-rodziny.assessment-interval'] }).results;
    expect(en!.message).toContain('the next one was due by February 28, 2026');
  });

  it('work plan: one verdict per action, none for an empty lane, a dash for a missing value', () => {
    const engine = createRulesEngine();
    const facts = {
      schedule: {
        family: [{ action: 'Wizyta w poradni', deadline: '2026-04-30', expectedEffect: '' }],
        assistant: [],
        socialWorker: [{ action: 'Wniosek', deadline: '2026-04-15', expectedEffect: 'Złożony wniosek' }],
      },
      signatures: { family: { signed: true }, socialWorker: { signed: true } },
    };
    const report = engine.evaluate(facts, { recordKind: 'plan-pracy-z-rodzina', asOf: '2026-03-31', locale: 'pl' });
    expect(report.results.map((r) => [r.ruleId, r.path, r.status])).toEqual([
      ['pl-wspieranie-rodziny.plan-family-actions', '/schedule/family/0', 'fail'],
      ['pl-wspieranie-rodziny.plan-social-worker-actions', '/schedule/socialWorker/0', 'pass'],
      ['pl-wspieranie-rodziny.plan-agreed', '/signatures', 'pass'],
      ['pl-wspieranie-rodziny.plan-has-actions', '/schedule', 'pass'],
    ]);
    expect(report.results[0]!.message).toBe(
      'Działanie nr 1 rodziny w harmonogramie („Wizyta w poradni”) musi mieć termin realizacji i przewidywany efekt. Termin: 30 kwietnia 2026; przewidywany efekt: —.',
    );
  });

  it('qualifications: training hours with Polish plurals', () => {
    const engine = createRulesEngine();
    const [pl] = engine.evaluate({ education: 'degree-other', trainingHours: 22, yearsWithChildrenOrFamilies: 2 }, { recordKind: 'asystent', asOf: '2026-03-31', locale: 'pl' }).results;
    expect(pl!.message).toContain('(co najmniej 230 godzin)');
    expect(pl!.message).toContain('wpisane szkolenie: 22 godziny.');
    const [en] = engine.evaluate({ education: 'secondary', trainingHours: 1 }, { recordKind: 'asystent', asOf: '2026-03-31', locale: 'en' }).results;
    expect(en!.message).toContain('Years of experience required: 3, entered: —; training entered: 1 hour.');
  });

  it('“Za życiem” benefit: the amount as money, the deadline as a date', () => {
    const engine = createRulesEngine();
    const facts = {
      eligibility: { basis: 'child-certificate', childCertificate: true },
      benefit: { applicant: 'parent', applicationDate: '2026-02-01', child: { birthDate: '2025-01-31', bornAlive: false, certificate: true }, medicalCareFromWeek: 8 },
    };
    const run = (locale: 'pl' | 'en') =>
      Object.fromEntries(engine.evaluate(facts, { recordKind: 'za-zyciem', asOf: '2026-03-31', locale }).results.map((r) => [r.ruleId, r]));
    const pl = run('pl');
    expect(pl['pl-za-zyciem.benefit-born-alive']!.message).toMatch(/^Jednorazowe świadczenie 4000,00\szł przysługuje/);
    expect(pl['pl-za-zyciem.benefit-application-deadline']!.message).toContain('czyli najpóźniej 31 stycznia 2026');
    expect(pl['pl-za-zyciem.benefit-medical-care']!.status).toBe('pass');
    expect(pl['pl-za-zyciem.benefit-application-deadline-carer']!.status).toBe('not-applicable');
    const en = run('en');
    expect(en['pl-za-zyciem.benefit-born-alive']!.message).toMatch(/PLN\s?4,000\.00/);
    expect(en['pl-za-zyciem.benefit-application-deadline']!.message).toContain('that is by January 31, 2026 at the latest');
    expect(en['pl-za-zyciem.benefit-born-alive']!.reference.note?.en).toContain('No income test');
  });

  it('Konstancin: hours a year as a duration with Polish plurals', () => {
    const engine = createRulesEngine({ profile: 'konstancin-jeziorna' });
    // 6 h in each of three months, then one more minute in December: the last visit in time is flagged.
    const facts = { projectYear: 1, from: '2026-01-01', to: '2026-12-31', rows: [{ date: '2026-12-20', minutes: 1 }, { date: '2026-01-10', minutes: 360 }, { date: '2026-12-03', minutes: 360 }, { date: '2026-11-05', minutes: 360 }] };
    const yearly = (locale: 'pl' | 'en') =>
      engine.evaluate(facts, { recordKind: 'rodzina-rok-projektu', asOf: '2026-12-31', locale }).results.filter((r) => r.ruleId === 'konstancin-jeziorna.hours-per-family-year');
    expect(yearly('pl').map((r) => r.status)).toEqual(['fail', 'pass', 'pass', 'pass']);
    expect(yearly('pl')[0]!.message).toBe('Z tym spotkaniem czas pracy z rodziną w roku projektu od 1 stycznia 2026 do 31 grudnia 2026 wynosi 18 godzin 1 minuta – więcej niż 18 godzin przewidzianych na jedną rodzinę w roku projektu (3 miesiące po 6 h) w projekcie OPS Konstancin-Jeziorna.');
    expect(yearly('en')[0]!.message).toBe('With this meeting the time worked with the family in the project year from January 1, 2026 to December 31, 2026 is 18 hours 1 minute – more than the 18 hours per family a project year (3 months of 6 h) set by the OPS Konstancin-Jeziorna project.');
  });

  it('Konstancin: the month in prose („w marcu 2026 r.”) and the families still needed while the project year goes on', () => {
    const engine = createRulesEngine({ profile: 'konstancin-jeziorna' });
    const card = { month: '2026-03', rows: [{ date: '2026-03-03', minutes: 240 }, { date: '2026-03-10', minutes: 150 }] };
    const monthly = (locale: 'pl' | 'en') => engine.evaluate(card, { recordKind: 'karta-czasu-pracy', asOf: '2026-03-31', locale }).results[1]!.message;
    expect(monthly('pl')).toBe('Z tym spotkaniem czas pracy z rodziną w marcu 2026 r. wynosi 6 godzin 30 minut – więcej niż 6 godzin przewidzianych na rodzinę w miesiącu w projekcie OPS Konstancin-Jeziorna.');
    expect(monthly('en')).toContain('the time worked with the family in March 2026 is 6 hours 30 minutes');
    const year = { projectYear: 1, from: '2026-01-01', to: '2026-12-31', assistant: 'a01', project: 'uar', families: [{ id: 'r01' }, { id: 'r02' }], rows: [] };
    const april = engine.evaluate(year, { recordKind: 'asystent-rok-projektu', asOf: '2026-04-15' }).results;
    expect(april.map((r) => [r.ruleId, r.status, r.severity])).toContainEqual(['konstancin-jeziorna.families-still-needed', 'fail', 'info']);
    expect(april.find((r) => r.ruleId === 'konstancin-jeziorna.min-families-per-year')!.status).toBe('not-applicable');
    expect(april.find((r) => r.ruleId === 'konstancin-jeziorna.families-still-needed')!.message).toBe(
      'W trwającym roku projektu (do 31 grudnia 2026) asystent pracuje z 2 rodzinami; do co najmniej 3 rodzin przewidzianych w projekcie OPS Konstancin-Jeziorna brakuje jeszcze 1 rodziny.',
    );
    const over = engine.evaluate(year, { recordKind: 'asystent-rok-projektu', asOf: '2027-01-05' }).results.find((r) => r.ruleId === 'konstancin-jeziorna.min-families-per-year')!;
    expect([over.status, over.severity, over.message]).toEqual(['fail', 'warning', 'W roku projektu od 1 stycznia 2026 do 31 grudnia 2026 asystent pracował z 2 rodzinami – projekt OPS Konstancin-Jeziorna zakłada w każdym roku realizacji co najmniej 3 rodziny.']);
  });

  it('Konstancin: each planned month gets a verdict at its index', () => {
    const engine = createRulesEngine({ profile: 'konstancin-jeziorna' });
    const report = engine.evaluate({ projectStart: '2026-02', projectEnd: '2026-10', workMonths: ['2026-02', '2026-03', '2026-09', '2026-10'] }, { recordKind: 'harmonogram-projektu', asOf: '2026-03-31' });
    expect(report.results.map((r) => [r.path, r.status])).toEqual([
      ['/workMonths/0', 'pass'],
      ['/workMonths/1', 'fail'],
      ['/workMonths/2', 'pass'],
      ['/workMonths/3', 'pass'],
    ]);
  });

  it('Wrocław: a month is checked once it has ended, and a profile may change the number of meetings', () => {
    const card = { month: '2026-02', contacts: [...Array(6)].map((_, i) => ({ date: `2026-02-0${i + 1}`, kind: 'meeting' })) };
    const wroclaw = createRulesEngine({ profile: 'wroclaw' });
    expect(wroclaw.evaluate(card, { recordKind: 'karta-realizacji-uslugi', asOf: '2026-02-28' }).results[0]!.status).toBe('not-applicable');
    const [result] = wroclaw.evaluate(card, { recordKind: 'karta-realizacji-uslugi', asOf: '2026-03-01', locale: 'pl' }).results;
    expect(result).toMatchObject({ status: 'fail', severity: 'warning', path: '/contacts', values: { meetings: 6, required: 8 } });
    expect(result!.message).toContain('Liczba spotkań z rodziną w lutym 2026 r.: 6.');
    const six = createRulesEngine({
      profile: {
        id: 'wroclaw-6',
        title: { pl: 'Wrocław, 6 spotkań', en: 'Wrocław, 6 meetings' },
        extends: 'wroclaw',
        packs: [],
        parameters: { 'wroclaw.minMeetingsPerFamilyPerMonth': { value: 6, from: '2026-01-01', reason: { pl: 'zmiana projektu', en: 'project change' } } },
      },
    });
    expect(six.evaluate(card, { recordKind: 'karta-realizacji-uslugi', asOf: '2026-03-01' }).results[0]!.status).toBe('pass');
  });

  it('Jędrzejów: the statutory basis rule and the local first-contact rule read the same referral', () => {
    const engine = createRulesEngine({ profile: 'jedrzejow' });
    const facts = { basis: 'court-order', courtOrder: { caseNumber: 'III Nsm 1/26', date: '2026-01-15' }, firstContact: { date: '2026-02-02', socialWorkerPresent: false } };
    const report = engine.evaluate(facts, { recordKind: 'skierowanie-i-podstawa', asOf: '2026-03-31', locale: 'en' });
    expect(report.results.map((r) => [r.ruleId, r.status, r.severity, r.path])).toEqual([
      ['pl-wspieranie-rodziny.basis-of-work', 'pass', 'error', '/basis'],
      ['jedrzejow.first-contact-with-social-worker', 'fail', 'warning', '/firstContact/socialWorkerPresent'],
    ]);
    expect(report.results[1]!.message).toBe("The assistant's first contact with the family (date: February 2, 2026) should take place in the presence of the social worker.");
  });
});
