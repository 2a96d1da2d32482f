import { describe, expect, it } from 'vitest';
import { createRulesEngine } from '@asysta/rules';
import { createFormModel, getFormDefinition } from '@asysta/forms';
import type { Profile, RulePack } from '@asysta/core';

// An OPS's own rule for the time card, in its own pack and profile.
const pack = {
  id: 'moj-ops',
  version: '1.0.0',
  kind: 'local',
  title: { pl: 'OPS Przykładowo', en: 'OPS Przykładowo' },
  source: { title: { pl: 'Zarządzenie nr 5/2026', en: 'Order no. 5/2026' } },
  parameters: {},
  rules: [
    {
      id: 'moj-ops.place-named',
      title: { pl: 'Miejsce nie jest „inne”', en: 'The place is not “other”' },
      severity: 'warning',
      appliesTo: ['karta-czasu-pracy'],
      forEach: 'rows',
      condition: { '!==': [{ var: 'item.place' }, 'inne'] },
      message: { pl: 'Podaj, gdzie było spotkanie.', en: 'Say where the meeting was.' },
      path: '/rows/{index}/place',
      reference: { title: { pl: 'Zarządzenie nr 5/2026, § 2', en: 'Order no. 5/2026, § 2' } },
      effective: { from: '2026-01-01' },
    },
  ],
  tests: [],
} as unknown as RulePack;
const profile = { id: 'moj-ops', title: { pl: 'Mój OPS', en: 'My OPS' }, extends: 'default', packs: ['moj-ops'] } as unknown as Profile;

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
