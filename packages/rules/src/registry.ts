/** The built-in rule packs and OPS profiles, shipped as JSON. */
import type { Profile, RulePack } from '@asysta/core';
import konstancinPack from '../packs/konstancin-jeziorna.rules.json';
import wspieranieRodzinyPack from '../packs/pl-wspieranie-rodziny.rules.json';
import defaultProfile from '../profiles/default.profile.json';
import konstancinProfile from '../profiles/konstancin-jeziorna.profile.json';

export const builtInPacks: readonly RulePack[] = [wspieranieRodzinyPack as unknown as RulePack, konstancinPack as unknown as RulePack];

export const builtInProfiles: readonly Profile[] = [defaultProfile as unknown as Profile, konstancinProfile as unknown as Profile];

export function listProfiles(): string[] {
  return builtInProfiles.map((p) => p.id);
}
