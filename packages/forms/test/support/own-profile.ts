import type { Profile, RulePack } from '@asysta/core';
import { getFormDefinition } from '@asysta/forms';

// An OPS's own rule for the time card, in its own pack and profile.
export const ownPack = {
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
export const ownProfile = { id: 'moj-ops', title: { pl: 'Mój OPS', en: 'My OPS' }, extends: 'default', packs: ['moj-ops'] } as unknown as Profile;


/** The time card's first example with the place of row 2 set to `place`. */
export function timeCardWithPlace(place: string): Record<string, unknown> {
  const data = structuredClone(getFormDefinition('karta-czasu-pracy').examples.valid[0]!.data) as { rows: { place: string }[] };
  data.rows[1]!.place = place;
  return data;
}
