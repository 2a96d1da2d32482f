/** The built-in rule packs and OPS profiles, shipped as JSON. */
import type { Profile, RulePack } from '@asysta/core';
import jedrzejowPack from '../packs/jedrzejow.rules.json';
import konstancinPack from '../packs/konstancin-jeziorna.rules.json';
import wspieranieRodzinyPack from '../packs/pl-wspieranie-rodziny.rules.json';
import zaZyciemPack from '../packs/pl-za-zyciem.rules.json';
import milanowekPack from '../packs/milanowek.rules.json';
import rakowPack from '../packs/rakow.rules.json';
import wroclawPack from '../packs/wroclaw.rules.json';
import defaultProfile from '../profiles/default.profile.json';
import jedrzejowProfile from '../profiles/jedrzejow.profile.json';
import konstancinProfile from '../profiles/konstancin-jeziorna.profile.json';
import milanowekProfile from '../profiles/milanowek.profile.json';
import rakowProfile from '../profiles/rakow.profile.json';
import wroclawProfile from '../profiles/wroclaw.profile.json';

/** Statutory packs first, then the local ones. */
export const builtInPacks: readonly RulePack[] = [
  wspieranieRodzinyPack as unknown as RulePack,
  zaZyciemPack as unknown as RulePack,
  konstancinPack as unknown as RulePack,
  wroclawPack as unknown as RulePack,
  jedrzejowPack as unknown as RulePack,
  rakowPack as unknown as RulePack,
  milanowekPack as unknown as RulePack,
];

/** `default` first (the others extend it). */
export const builtInProfiles: readonly Profile[] = [
  defaultProfile as unknown as Profile,
  konstancinProfile as unknown as Profile,
  wroclawProfile as unknown as Profile,
  jedrzejowProfile as unknown as Profile,
  milanowekProfile as unknown as Profile,
  rakowProfile as unknown as Profile,
];

export function listProfiles(): string[] {
  return builtInProfiles.map((p) => p.id);
}
