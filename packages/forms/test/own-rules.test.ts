import { describe, expect, it } from 'vitest';
import { createRulesEngine } from '@asysta/rules';
import { createFormModel, fetchOwnProfile, getFormDefinition, validateSubmission } from '@asysta/forms';
import { ownPack as pack, ownProfile as profile, timeCardWithPlace } from './support/own-profile.js';

describe('an OPS’s own rules on a built-in form', () => {
  it('shows the verdict of every rule of the profile that applies to the form, not only those the definition lists', () => {
    const definition = getFormDefinition('karta-czasu-pracy');
    expect(definition.rules).not.toContain('moj-ops.place-named');
    const engine = createRulesEngine({ packs: [pack], profiles: [profile], profile: 'moj-ops' });
    const data = structuredClone(definition.examples.valid[0]!.data) as { rows: { place: string }[] };
    data.rows[1]!.place = 'inne';
    const model = createFormModel('karta-czasu-pracy', { engine, asOf: '2026-03-31', data });
    const warnings = model.getState().warnings.filter((w) => w.path === '/rows/1/place');
    expect(warnings.map((w) => w.message)).toEqual(['Podaj, gdzie było spotkanie.']);
  });
});

describe('an own profile given to the model as an object, or fetched from beside the page', () => {
  const own = { profile, packs: [pack] };

  it('createFormModel and validateSubmission take { profile, packs } and show its rules', () => {
    const model = createFormModel('karta-czasu-pracy', { profile: own, asOf: '2026-03-31', data: timeCardWithPlace('inne') });
    expect(model.getState().warnings.map((w) => [w.path, w.message])).toContainEqual(['/rows/1/place', 'Podaj, gdzie było spotkanie.']);
    const submitted = validateSubmission('karta-czasu-pracy', timeCardWithPlace('inne'), { profile: own, asOf: '2026-03-31' });
    expect(submitted.report.profile).toBe('moj-ops');
    expect(submitted.warnings.map((w) => w.ruleId)).toContain('moj-ops.place-named');
  });

  it('refuses a broken own profile with each problem at its pointer', () => {
    const unknownPack = { profile: { ...profile, packs: ['moj-ops', 'nie-ma-takiego'] }, packs: [pack] };
    expect(() => createFormModel('karta-czasu-pracy', { profile: unknownPack })).toThrow(expect.objectContaining({ details: [expect.objectContaining({ path: '/packs/1', source: 'profile:moj-ops' })] }));
    const badOperator = { profile, packs: [{ ...pack, rules: [{ ...pack.rules[0]!, condition: { nieznany: [1] } }] } as never] };
    expect(() => createFormModel('karta-czasu-pracy', { profile: badOperator })).toThrow(expect.objectContaining({ details: [expect.objectContaining({ path: '/rules/0/condition/nieznany', source: 'pack:moj-ops' })] }));
    expect(() => createFormModel('karta-czasu-pracy', { profile: { nie: 'profil' } as never })).toThrow(/Własny profil to obiekt|invalid|nieprawidłowy/);
  });

  it('fetches a profile file and the own packs it names from beside it, same-origin; a missing file is named', async () => {
    const files: Record<string, unknown> = { 'https://ops.example/formularze/moj-ops.profile.json': profile, 'https://ops.example/formularze/moj-ops.rules.json': pack };
    const asked: string[] = [];
    const fetch = async (url: string, init?: { credentials?: string }) => {
      asked.push(`${url} ${init?.credentials}`);
      return url in files ? { ok: true, status: 200, text: async () => JSON.stringify(files[url]) } : { ok: false, status: 404, text: async () => '' };
    };
    const loaded = await fetchOwnProfile('moj-ops.profile.json', { fetch, base: 'https://ops.example/formularze/strona.html' });
    expect(loaded.profile.id).toBe('moj-ops');
    expect(loaded.packs?.map((p) => p.id)).toEqual(['moj-ops']);
    expect(asked).toEqual(['https://ops.example/formularze/moj-ops.profile.json same-origin', 'https://ops.example/formularze/moj-ops.rules.json same-origin']);
    await expect(fetchOwnProfile('inny.profile.json', { fetch, base: 'https://ops.example/formularze/' })).rejects.toThrow('Nie udało się wczytać pliku profilu „https://ops.example/formularze/inny.profile.json”.');
  });
});
