/** Fuzz: JSON Logic in a custom pack (load, evaluate, explain), mutated packs and profiles. */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Profile, RulePack } from '@asysta/core';
import { builtInPacks, builtInProfiles, createLogicCompiler, createRulesEngine, DOMAIN_OPERATORS } from '@asysta/rules';
import { contained, fuzz, hostileJson, hostileKey, mutationsOf, nonJson, PROTOTYPE_NAMES, TEST_TIMEOUT_MS } from './support.js';

const konstancin = builtInPacks.find((p) => p.id === 'konstancin-jeziorna')!;
const base: RulePack = structuredClone({ ...konstancin, id: 'custom', tests: [] });
const profile = { id: 'fuzz', title: { pl: 'fuzz', en: 'fuzz' }, packs: ['custom'] };
const options = { recordKind: 'karta-czasu-pracy', asOf: '2026-03-31' };

const OPERATORS = [...createLogicCompiler(DOMAIN_OPERATORS).operators(), ...PROTOTYPE_NAMES, 'log', 'summ', ''];

const { expr: logic } = fc.letrec<{ expr: unknown; op: unknown }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.integer({ min: -5, max: 100_000 }), fc.constantFrom(null, true, false, '', 'rows', 'minutes', '2026-03-31', '10:00')),
    fc.constantFrom('rows', 'a', 'rows.0.minutes', 'accumulator', 'current', '', 'item', ...PROTOTYPE_NAMES).map((path) => ({ var: path })),
    tie('op'),
    fc.array(tie('expr'), { maxLength: 3 }),
  ),
  op: fc
    .tuple(fc.constantFrom(...OPERATORS), fc.oneof(fc.array(tie('expr'), { maxLength: 4 }), tie('expr')))
    // A computed key makes an own property, "__proto__" included.
    .map(([op, args]) => ({ [op]: args })),
}));

const facts = fc.oneof(
  fc.record({
    rows: fc.array(fc.record({ minutes: fc.oneof(fc.integer(), hostileJson), date: fc.constantFrom('2026-03-02', 'x', null) }), { maxLength: 30 }),
    a: fc.oneof(fc.integer({ min: 0, max: 10_000 }).map((n) => new Array(n).fill(1)), hostileJson),
  }),
  hostileJson,
);

function packWith(condition: unknown): RulePack {
  const pack = structuredClone(base);
  const { forEach: _f, ...rule } = pack.rules[0]!;
  pack.rules = [{ ...rule, id: 'custom.fuzz', condition: condition as never, values: { v: { logic: condition as never } }, message: { pl: '{v}', en: '{v}' }, path: '' }];
  return pack;
}

describe('fuzz: rules', () => {
  it(
    'JSON Logic in a custom pack: load, evaluate, explain',
    () => {
      fuzz('JSON Logic (load, evaluate, explain)', fc.tuple(logic, facts), ([condition, data]) => {
        const pack = packWith(condition);
        const loaded = contained(() => createRulesEngine({ profile, packs: [pack], locale: 'en' }), [pack]);
        if (loaded.kind !== 'returned') return;
        const engine = loaded.value as ReturnType<typeof createRulesEngine>;
        contained(() => engine.evaluate(data, options), [data]);
        contained(() => engine.explain(data, options), [data]);
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'the compiler alone, with data that is not JSON',
    () => {
      const compiler = createLogicCompiler(DOMAIN_OPERATORS);
      fuzz('JSON Logic (compiler, non-JSON data)', fc.tuple(logic, nonJson), ([expression, make]) => {
        const compiled = contained(() => compiler.compile(expression as never, ''), []);
        if (compiled.kind !== 'returned') return;
        const loaded = contained(() => createRulesEngine({ profile, packs: [packWith(expression)], locale: 'en' }));
        if (loaded.kind !== 'returned') return;
        const result = contained(() => (loaded.value as ReturnType<typeof createRulesEngine>).evaluate(make(), options));
        if (result.kind !== 'asysta') throw new Error('facts that are not JSON were accepted');
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'mutated packs, used by the profile or not',
    () => {
      fuzz('rule packs (mutated)', mutationsOf(base), (pack) => {
        contained(() => createRulesEngine({ packs: [pack as RulePack], locale: 'en' }), [pack]);
        const used = contained(() => createRulesEngine({ profile: { ...profile, packs: [String((pack as { id?: unknown })?.id)] }, packs: [pack as RulePack] }), [pack]);
        if (used.kind === 'returned') {
          const engine = used.value as ReturnType<typeof createRulesEngine>;
          for (const test of konstancin.tests) contained(() => engine.evaluate(test.facts, { recordKind: test.recordKind, asOf: test.asOf }));
        }
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'mutated profiles, given as the profile or among the profiles',
    () => {
      const bases = builtInProfiles.map((p) => structuredClone({ ...p, id: `${p.id}-fuzz` }) as Profile);
      const arbitrary = fc.oneof(...bases.map((p) => mutationsOf(p)), fc.dictionary(hostileKey, hostileJson, { maxKeys: 4 }));
      fuzz('profiles (mutated)', arbitrary, (mutated) => {
        contained(() => createRulesEngine({ profile: mutated as Profile }), [mutated]);
        const id = (mutated as { id?: unknown } | null)?.id;
        contained(() => createRulesEngine({ profiles: [mutated as Profile], profile: typeof id === 'string' ? id : 'default' }), [mutated]);
      });
    },
    TEST_TIMEOUT_MS,
  );
});
