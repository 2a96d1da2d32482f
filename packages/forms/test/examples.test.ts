import { describe, expect, it } from 'vitest';
import { getFormDefinition, listForms, validateSubmission } from '@asysta/forms';

const issueKeys = (issues: { path: string; code: string }[]) => issues.map((i) => `${i.path} ${i.code}`).sort();

describe.each(listForms().map((f) => f.id))('examples of %s', (id) => {
  const definition = getFormDefinition(id);

  it.each(definition.examples.valid.map((e) => [e.name, e] as const))('valid example %s has no errors and exactly its warnings', (_name, example) => {
    const result = validateSubmission(id, example.data, { profile: example.profile ?? 'default', asOf: example.asOf ?? '2026-03-31' });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(issueKeys(result.warnings)).toEqual(issueKeys(example.warnings ?? []));
  });

  it.each(definition.examples.invalid.map((e) => [e.name, e] as const))('invalid example %s fails with exactly its errors', (_name, example) => {
    const result = validateSubmission(id, example.data, { profile: example.profile ?? 'default', asOf: example.asOf ?? '2026-03-31' });
    expect(result.valid).toBe(false);
    expect(issueKeys(result.errors)).toEqual(issueKeys(example.errors));
  });
});
