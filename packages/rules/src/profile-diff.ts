/**
 * What a profile changes against the profile it extends – packs added, parameters overridden (the
 * value before, after, from which date, why), rules switched off (why), rules added – for
 * `asysta profile diff` and the rules playground.
 */
import { localize, type Locale, type Profile, type RulePack } from '@asysta/core';
import { createRulesEngine } from './built-in-engine.js';
import { builtInPacks } from './registry.js';

export interface ProfileDifference {
  profile: string;
  /** The profile it extends, or null for a base profile. */
  base: string | null;
  addedPacks: string[];
  parameters: { name: string; before: number | null; after: number; from?: string; reason: string }[];
  disabledRules: { rule: string; reason: string }[];
  /** Rules the profile runs that its base does not: those of the packs it adds. */
  addedRules: { rule: string; pack: string; title: string }[];
}

export interface ProfileDiffOptions {
  profile: Profile;
  /** Own packs and profiles besides the built-in ones (an own pack replaces the built-in one of its id). */
  packs?: readonly RulePack[];
  profiles?: readonly Profile[];
  /** The date the values before are read on. */
  asOf: string;
  locale?: Locale;
}

/** Throws AsystaError, with the problems located, for a profile that does not resolve. */
export function diffProfile(options: ProfileDiffOptions): ProfileDifference {
  const { profile, asOf } = options;
  const locale = options.locale ?? 'pl';
  const common = { packs: options.packs ?? [], profiles: options.profiles ?? [], locale };
  // Resolving checks the profile (unknown id, packs, parameters) with located errors.
  const engine = createRulesEngine({ ...common, profile });
  // The same profile without its own overrides gives the values it changes.
  const { parameters: _own, disabledRules: _off, ...withoutChanges } = profile;
  const before = createRulesEngine({ ...common, profile: withoutChanges }).parametersAsOf(asOf);
  const base = profile.extends ? createRulesEngine({ ...common, profile: profile.extends }) : undefined;
  const packsById = new Map([...builtInPacks, ...common.packs].map((pack) => [pack.id, pack]));
  const addedPacks = engine.profile.packs.filter((id) => !base?.profile.packs.includes(id));
  return {
    profile: profile.id,
    base: profile.extends ?? null,
    addedPacks: (profile.packs ?? []).filter((id) => addedPacks.includes(id)),
    parameters: Object.entries(profile.parameters ?? {}).map(([name, o]) => ({
      name,
      before: before[name] ?? null,
      after: o.value,
      ...(o.from ? { from: o.from } : {}),
      reason: localize(o.reason, locale),
    })),
    disabledRules: (profile.disabledRules ?? []).map((d) => ({ rule: d.rule, reason: localize(d.reason, locale) })),
    addedRules: addedPacks.flatMap((id) => (packsById.get(id)?.rules ?? []).map((r) => ({ rule: r.id, pack: id, title: localize(r.title, locale) }))),
  };
}
