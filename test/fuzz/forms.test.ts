/** Fuzz: mutated definitions, data for every built-in form, pointers for setValue. */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { createFormModel, getFormDefinition, listForms, validateSubmission, type FormDefinition } from '@asysta/forms';
import { contained, fuzz, hostileJson, hostileKey, mutationsOf, nested, nonJson, PROTOTYPE_NAMES, TEST_TIMEOUT_MS } from './support.js';

const forms = listForms().map((f) => getFormDefinition(f.id));
const options = { asOf: '2026-03-31', locale: 'en' as const };
const exampleOf = (form: FormDefinition) => structuredClone(form.examples.valid[0]!.data) as Record<string, unknown>;

describe('fuzz: forms', () => {
  it(
    'mutated definitions',
    () => {
      const arbitrary = fc.oneof(...forms.map((form) => fc.tuple(fc.constant(form), mutationsOf(structuredClone(form)))));
      fuzz('form definitions (mutated)', arbitrary, ([form, definition]) => {
        const data = exampleOf(form);
        contained(() => validateSubmission(definition as FormDefinition, data, options), [definition, data]);
        contained(() => createFormModel(definition as FormDefinition, { ...options, data }), [definition, data]);
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'hostile data for every built-in form',
    () => {
      const arbitrary = fc.oneof(
        ...forms.map((form) =>
          fc.tuple(
            fc.constant(form.id),
            fc.oneof(
              { weight: 4, arbitrary: mutationsOf(exampleOf(form)) },
              { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }).map((n) => ({ ...exampleOf(form), rows: new Array(n).fill({}) })) },
              { weight: 1, arbitrary: fc.integer({ min: 1, max: 6000 }).map((d) => ({ ...exampleOf(form), notes: nested(d) })) },
              { weight: 1, arbitrary: hostileJson },
            ),
            fc.constantFrom('default', 'konstancin-jeziorna', 'nie-ma', ...PROTOTYPE_NAMES),
          ),
        ),
      );
      fuzz('data for every built-in form', arbitrary, ([id, data, profile]) => {
        contained(() => validateSubmission(id, data, { ...options, profile }), [data]);
      });
      const notJson = fc.tuple(fc.constantFrom(...forms.map((f) => f.id)), nonJson, fc.constantFrom(...Object.keys(exampleOf(forms[0]!))));
      fuzz('data that is not JSON, every built-in form', notJson, ([id, make, key]) => {
        const result = contained(() => validateSubmission(id, { ...exampleOf(getFormDefinition(id)), [key]: make() }, options));
        if (result.kind !== 'asysta') throw new Error('non-JSON data was accepted');
      });
    },
    TEST_TIMEOUT_MS * 2,
  );

  it(
    'pointers for setValue',
    () => {
      // One model per form, prepared once and shared by all cases.
      const models = new Map(forms.map((form) => [form.id, createFormModel(form.id, { ...options, data: exampleOf(form) })]));
      const token = fc.oneof(
        fc.constantFrom('rows', 'visits', 'goals', 'time', 'from', '-', '', '~1', '~0', '~', ...PROTOTYPE_NAMES),
        fc.integer({ min: 0, max: 80 }).map(String),
        fc.constantFrom('10000000', '9'.repeat(40), '-1', '1e3', '01'),
        hostileKey,
      );
      const pointer = fc.tuple(fc.boolean(), fc.array(token, { maxLength: 5 })).map(([slash, tokens]) => `${slash ? '/' : ''}${tokens.join('/')}`);
      const arbitrary = fc.tuple(fc.constantFrom(...forms.map((f) => f.id)), pointer, fc.oneof(hostileJson, fc.constant(undefined)));
      fuzz('pointers for setValue', arbitrary, ([id, at, value]) => {
        const model = models.get(id)!;
        contained(() => model.setValue(at, value), value === undefined ? [] : [value]);
        contained(() => model.getState());
      });
    },
    TEST_TIMEOUT_MS,
  );
});
