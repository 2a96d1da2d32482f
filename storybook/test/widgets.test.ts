import { describe, expect, it } from 'vitest';
import { sharedRulesEngine } from '@asysta/rules';
import { createFormModelFrom } from '@asysta/forms/runtime';
import { widgetModules } from '../widgets/generated/index';

const issueKeys = (issues: readonly { path: string; code: string }[]) => issues.map((i) => `${i.path} ${i.code}`).sort();

// The widget gallery's stories show these examples: each must give exactly the errors it claims.
describe.each(Object.keys(widgetModules))('widget gallery form %s', (id) => {
  const module = widgetModules[id]!;
  const stateOf = (data: unknown) => createFormModelFrom(module, { engine: sharedRulesEngine('default'), asOf: '2026-03-31', data }).getState();

  it.each(module.definition.examples.valid.map((e) => [e.name, e] as const))('valid example %s has no errors', (_name, example) => {
    expect(stateOf(example.data).errors).toEqual([]);
  });

  it.each(module.definition.examples.invalid.map((e) => [e.name, e] as const))('invalid example %s has exactly its errors', (_name, example) => {
    expect(issueKeys(stateOf(example.data).errors)).toEqual(issueKeys(example.errors));
  });
});
