import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { formats, withDomainDefinitions } from '@asysta/core';
import { createFormModel, validateSubmission, type DataValidator, type FormDefinition } from '@asysta/forms';

/** A small definition with a part shown only for one basis of work. */
const definition: FormDefinition = {
  id: 'test-podstawa',
  version: '1.0.0',
  title: { pl: 'Podstawa', en: 'Basis' },
  schema: {
    type: 'object',
    properties: {
      basis: { type: 'string', enum: ['consent', 'court-order'] },
      courtOrder: {
        type: 'object',
        properties: { caseNumber: { type: 'string', minLength: 3 }, date: { $ref: '#/definitions/date' } },
        required: ['caseNumber', 'date'],
        additionalProperties: false,
      },
    },
    required: ['basis', 'courtOrder'],
    additionalProperties: false,
  },
  uiSchema: { 'ui:order': ['basis', 'courtOrder'], basis: { 'ui:widget': 'radio' } },
  labels: {
    '/basis': {
      title: { pl: 'Podstawa', en: 'Basis' },
      enum: { consent: { pl: 'Zgoda rodziny', en: "The family's consent" }, 'court-order': { pl: 'Postanowienie sądu', en: 'Court order' } },
    },
    '/courtOrder': { title: { pl: 'Postanowienie sądu', en: 'Court order' } },
    '/courtOrder/caseNumber': { title: { pl: 'Sygnatura akt', en: 'Case number' } },
    '/courtOrder/date': { title: { pl: 'Data', en: 'Date' } },
  },
  conditions: [{ path: '/courtOrder', visibleWhen: { '==': [{ var: 'basis' }, 'court-order'] } }],
  examples: { valid: [], invalid: [] },
};

function compileValidator(): DataValidator {
  const ajv = new Ajv({ allErrors: true, strict: true, keywords: ['tsType'] });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  return ajv.compile(withDomainDefinitions(definition.schema)) as DataValidator;
}
const validator = compileValidator();
const options = { validator, asOf: '2026-03-31' } as const;

describe('conditional parts', () => {
  it('hide a part, leave it out of validation and of the submitted data, but keep what was typed', () => {
    const typed = { basis: 'consent', courtOrder: { caseNumber: 'III Nsm 12/26' } };
    const model = createFormModel(definition, { ...options, data: typed });
    const state = model.getState();
    expect(state.hidden).toEqual(['/courtOrder']);
    expect(state.valid).toBe(true);
    expect(state.data).toEqual({ basis: 'consent' });
    expect(state.draft).toEqual(typed);
    const sections = model.getView().root.children;
    expect(sections.map((node) => [node.pointer, node.visible])).toEqual([
      ['/basis', true],
      ['/courtOrder', false],
    ]);
  });

  it('show the part and require it when the data asks for it', () => {
    const model = createFormModel(definition, { ...options, data: { basis: 'court-order', courtOrder: { caseNumber: 'III Nsm 12/26' } } });
    const state = model.getState();
    expect(state.hidden).toEqual([]);
    expect(state.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['/courtOrder/date schema.required']);
    expect(validateSubmission(definition, state.draft, options).errors.map((e) => e.path)).toEqual(['/courtOrder/date']);
  });

  it('label enum values in the locale', () => {
    const model = createFormModel(definition, { ...options, locale: 'en' });
    const basis = model.getView().root.children[0]!;
    expect(basis.kind === 'field' && basis.options).toEqual([
      { value: 'consent', label: "The family's consent" },
      { value: 'court-order', label: 'Court order' },
    ]);
  });
});
