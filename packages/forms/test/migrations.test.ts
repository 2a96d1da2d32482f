import { describe, expect, it } from 'vitest';
import { AsystaError, createFormModel, getFormDefinition, migrateDraft, migrationChain, type FormDefinition } from '@asysta/forms';
import fixture from '../../../test/support/migrated-card.json';

const card = getFormDefinition('karta-czasu-pracy');
/** The time card as of 1.1.0, with migrations from 0.9.0 and 1.0.0 (the same schema, so the built-in validators fit). */
const migrated = { ...card, version: fixture.version, migrations: fixture.migrations } as FormDefinition;
const options = { profile: 'konstancin-jeziorna', asOf: '2026-03-31' } as const;

function problems(definition: unknown): { path: string; message: string }[] {
  try {
    createFormModel(definition as FormDefinition, options);
  } catch (error) {
    if (error instanceof AsystaError) return error.details.map(({ path, message }) => ({ path, message }));
    throw error;
  }
  return [];
}

describe('migrateDraft', () => {
  it('moves, splits, drops and sets defaults along the chain; what does not fit is not carried over, each with its reason and label', () => {
    const result = migrateDraft(migrated, fixture.oldDraft.data, '0.9.0');
    expect(result.versions).toEqual(['0.9.0', '1.0.0', '1.1.0']);
    expect(result.data).toEqual({
      assistant: 'Anna Nowak',
      month: '2026-03',
      rows: [
        { date: '2026-03-05', time: { from: '09:00', to: '10:30' }, place: 'Dom rodziny', familySignature: false },
        { date: '2026-03-12', place: 'Szkoła', familySignature: false },
      ],
    });
    expect(result.notCarriedOver).toEqual([
      { pointer: '/rows/1/hours', value: 'rano', reason: 'split', label: { pl: 'Godziny spotkania', en: 'Hours of the meeting' } },
      { pointer: '/rows/0/notes', value: 'Rozmowa o szkole', reason: 'dropped', label: { pl: 'Uwagi do spotkania', en: 'Notes on the meeting' } },
      { pointer: '/fax', value: '22 756 00 00', reason: 'unknown' },
    ]);
  });

  it('every value of the old draft is either in the data or not carried over (nothing dropped in silence)', () => {
    const result = migrateDraft(migrated, fixture.oldDraft.data, '0.9.0');
    const texts = (value: unknown): string[] =>
      value !== null && typeof value === 'object' ? Object.values(value).flatMap(texts) : typeof value === 'string' ? [value] : [];
    const kept = new Set([...texts(result.data), ...result.notCarriedOver.map((n) => String(n.value))]);
    for (const text of texts(fixture.oldDraft.data)) {
      // A split value arrives in parts.
      expect(kept.has(text) || text.split('-').every((part) => kept.has(part)), text).toBe(true);
    }
  });

  it('what the current schema cannot hold: wrong kinds, a choice no longer offered, a field that would be overwritten', () => {
    const withChoice = {
      ...migrated,
      schema: { ...migrated.schema, properties: { ...(migrated.schema['properties'] as object), mode: { type: 'string', enum: ['home', 'office'] } } },
      migrations: [{ from: '1.0.0', to: '1.1.0', changes: [{ op: 'move', from: '/assistantName', to: '/assistant' }] }],
    } as FormDefinition;
    const result = migrateDraft(withChoice, { assistant: 'Ewa', assistantName: 'Anna', month: 202603, mode: 'phone', rows: [{ place: { street: 'Leśna' } }, 'x'] }, '1.0.0');
    expect(result.data).toEqual({ assistant: 'Ewa', rows: [{}, {}] });
    expect(result.notCarriedOver).toEqual([
      { pointer: '/assistantName', value: 'Anna', reason: 'occupied', label: card.labels['/assistant']!.title },
      { pointer: '/month', value: 202603, reason: 'type', label: card.labels['/month']!.title },
      { pointer: '/mode', value: 'phone', reason: 'choice' },
      { pointer: '/rows/0/place/street', value: 'Leśna', reason: 'type', label: card.labels['/rows/*/place']!.title },
      { pointer: '/rows/1', value: 'x', reason: 'type', label: card.labels['/rows/*']!.title },
    ]);
  });

  it('text in a number field and empty values are what the form itself keeps: carried over as they are', () => {
    const result = migrateDraft(migrated, { assistant: 'Anna', rows: [{ time: { from: '9', to: '' }, minutes: 'abc' }] }, '1.0.0');
    expect(result.data['rows']).toEqual([{ time: { from: '9', to: '' }, minutes: 'abc', familySignature: false }]);
    expect(result.notCarriedOver).toEqual([]);
  });

  it('never changes what it is given; a version without a chain or data that is not an object is a located AsystaError', () => {
    const data = structuredClone(fixture.oldDraft.data);
    migrateDraft(migrated, data, '0.9.0');
    expect(data).toEqual(fixture.oldDraft.data);
    expect(migrationChain(migrated, '2.0.0')).toBeUndefined();
    expect(migrationChain(migrated, '1.1.0')).toEqual([]);
    expect(() => migrateDraft(migrated, {}, '0.8.0')).toThrow(/0\.8\.0.*1\.1\.0/);
    try {
      migrateDraft(migrated, {}, '0.8.0');
    } catch (error) {
      expect((error as AsystaError).code).toBe('error.draft.noMigration');
      expect((error as AsystaError).details[0]!.path).toBe('/migrations');
    }
    expect(() => migrateDraft(migrated, [], '0.9.0')).toThrow(AsystaError);
  });
});

describe('a definition’s migrations, checked when it loads', () => {
  it('a correct chain loads', () => {
    expect(problems(migrated)).toEqual([]);
  });

  it('chains that do not reach the current version, steps backwards or beyond it, two steps from one version', () => {
    const broken = {
      ...migrated,
      migrations: [
        { from: '0.8.0', to: '0.8.5', changes: [{ op: 'drop', path: '/fax' }] },
        { from: '1.0.0', to: '0.9.0', changes: [{ op: 'drop', path: '/fax' }] },
        { from: '1.0.0', to: '1.1.0', changes: [{ op: 'drop', path: '/fax' }] },
        { from: '1.0.5', to: '1.1.0', changes: [{ op: 'drop', path: '/fax' }] },
        { from: '1.0.5', to: '1.1.0', changes: [{ op: 'drop', path: '/fax' }] },
        { from: '1.0.7', to: '2.0.0', changes: [{ op: 'drop', path: '/fax' }] },
      ],
    };
    expect(problems(broken)).toEqual([
      { path: '/migrations/0/to', message: 'migracje z wersji 0.8.0 nie prowadzą do obecnej wersji 1.1.0: kończą się na 0.8.5 (0.8.0 → 0.8.5)' },
      { path: '/migrations/1/to', message: 'migracja musi prowadzić do wersji nowszej: 1.0.0 → 0.9.0' },
      { path: '/migrations/2/from', message: 'dwie migracje z wersji 1.0.0: wersja robocza nie wiedziałaby, którą przejść' },
      { path: '/migrations/4/from', message: 'dwie migracje z wersji 1.0.5: wersja robocza nie wiedziałaby, którą przejść' },
      { path: '/migrations/5/to', message: 'migracja prowadzi do wersji 2.0.0, nowszej niż wersja formularza 1.1.0' },
    ]);
  });

  it('a field the version does not have, unequal stars, a default that does not fit, a label of no field – each at its pointer', () => {
    const broken = {
      ...migrated,
      migrations: [
        // 1.0.0 has "/assistant" only because the next step moves it there from "/person".
        { from: '0.9.0', to: '1.0.0', changes: [{ op: 'move', from: '/name', to: '/person' }, { op: 'move', from: '/who', to: '/nobody' }] },
        {
          from: '1.0.0',
          to: '1.1.0',
          changes: [
            { op: 'move', from: '/person', to: '/assistant' },
            { op: 'move', from: '/rows/*/where', to: '/place' },
            { op: 'split', from: '/hours', to: ['/rows/*/time/from', '/rows/*/time/till'], separator: '-' },
            { op: 'default', path: '/rows/*/familySignature', value: 'tak' },
            { op: 'default', path: '/month', value: '2026-03' },
          ],
          labels: { '/rows/*/where': { pl: 'Gdzie', en: 'Where' }, '/elsewhere': { pl: 'Gdzie indziej', en: 'Elsewhere' } },
        },
      ],
    };
    expect(problems(broken)).toEqual([
      { path: '/migrations/1/changes/3/value', message: 'wartość domyślna nie pasuje do pola „/rows/*/familySignature” (wartość nie pasuje do pola)' },
      { path: '/migrations/1/changes/2/to/0', message: '„/hours” i „/rows/*/time/from” muszą mieć tyle samo „*”' },
      { path: '/migrations/1/changes/2/to/1', message: '„/rows/*/time/till” nie jest polem wersji 1.1.0 formularza' },
      { path: '/migrations/1/changes/2/to/1', message: '„/hours” i „/rows/*/time/till” muszą mieć tyle samo „*”' },
      { path: '/migrations/1/changes/1/to', message: '„/place” nie jest polem wersji 1.1.0 formularza' },
      { path: '/migrations/1/changes/1/to', message: '„/rows/*/where” i „/place” muszą mieć tyle samo „*”' },
      { path: '/migrations/1/labels/~1elsewhere', message: '„/elsewhere” nie jest polem wersji 1.0.0 formularza' },
      { path: '/migrations/0/changes/1/to', message: '„/nobody” nie jest polem wersji 1.0.0 formularza' },
    ]);
  });

  it('an unknown op or a path that is not a field is refused by the format’s schema', () => {
    const broken = { ...migrated, migrations: [{ from: '1.0.0', to: '1.1.0', changes: [{ op: 'rename', from: '/a', to: '/b' }, { op: 'drop', path: '/rows/*' }] }] };
    const paths = problems(broken).map((p) => p.path);
    expect(paths.some((p) => p.startsWith('/migrations/0/changes/0'))).toBe(true);
    expect(paths.some((p) => p.startsWith('/migrations/0/changes/1'))).toBe(true);
  });
});
