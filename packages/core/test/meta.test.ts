import { describe, expect, it } from 'vitest';
import { validateFormDefinitionShape, validateProfileShape, validateRulePackShape, withDomainDefinitions } from '@asysta/core';

describe('format meta-schemas', () => {
  it('report a broken profile with paths, in the locale', () => {
    const issues = validateProfileShape({ id: 'Bad Id', title: { pl: 'x' }, packs: 'none', extra: 1 }, 'en');
    expect(issues.map((i) => i.path).sort()).toEqual(['/extra', '/id', '/packs', '/title/en'].sort());
    expect(issues.find((i) => i.path === '/title/en')?.message).toBe('This field is required.');
  });

  it('reject a rule pack without its required parts', () => {
    const paths = validateRulePackShape({ id: 'x', version: '1.0.0' }, 'pl').map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['/kind', '/title', '/source', '/parameters', '/rules', '/tests']));
  });

  it('reject a form definition whose label lacks a locale', () => {
    const issues = validateFormDefinitionShape(
      {
        id: 'f',
        version: '1.0.0',
        title: { pl: 'F', en: 'F' },
        schema: { type: 'object', properties: {} },
        uiSchema: {},
        labels: { '/a': { title: { pl: 'A' } } },
        examples: { valid: [], invalid: [] },
      },
      'pl',
    );
    expect(issues.map((i) => i.path)).toEqual(['/labels/~1a/title/en']);
  });
});

describe('withDomainDefinitions', () => {
  it('copies the domain types a schema uses, with their own references', () => {
    const schema = withDomainDefinitions({ type: 'object', properties: { t: { $ref: '#/definitions/timeRange' } } });
    expect(Object.keys(schema['definitions'] as object).sort()).toEqual(['time', 'timeRange']);
  });
});
