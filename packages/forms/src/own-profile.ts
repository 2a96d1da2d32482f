/**
 * An OPS's own profile in the model and the renderers: given as an object with its packs, or fetched
 * from the URL of a `*.profile.json` beside the page, with the own packs it names beside it as
 * `<id>.rules.json` (the layout `asysta --profile <file>` reads). Checked whole – format, operators,
 * parameters – with each problem at its file and JSON Pointer.
 */
import { AsystaError, translate, type Locale, type Profile, type RulePack } from '@asysta/core';
import { builtInPacks, createRulesEngine, sharedRulesEngine, type RulesEngine } from '@asysta/rules';

/** A profile of one's own and the packs it uses that are not built in. */
export interface OwnProfile {
  profile: Profile;
  packs?: readonly RulePack[];
}

export function isOwnProfile(value: unknown): value is OwnProfile {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'profile' in value;
}

/** The engine of a built-in profile id (shared) or of an own profile (checked now). */
export function engineForProfile(profile: string | OwnProfile | undefined, locale: Locale): RulesEngine {
  if (profile === undefined || typeof profile === 'string') return sharedRulesEngine(profile ?? 'default', locale);
  if (!isOwnProfile(profile)) {
    throw new AsystaError('error.profile.invalid', locale, { id: 'profile' }, [{ source: 'profile', path: '', message: translate('problem.ownProfile.shape', locale) }]);
  }
  return createRulesEngine({ profile: profile.profile, ...(profile.packs ? { packs: profile.packs } : {}), locale });
}

type Fetch = (url: string, init?: { credentials?: 'same-origin'; headers?: Record<string, string> }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

async function fetchJson(url: string, fetcher: Fetch, locale: Locale): Promise<unknown> {
  let text: string;
  try {
    const response = await fetcher(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (error) {
    throw new AsystaError('error.profile.fetch', locale, { url }, [{ source: url, path: '', message: error instanceof Error ? error.message : String(error) }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AsystaError('error.profile.fetch', locale, { url }, [
      { source: url, path: '', message: translate('problem.notJson', locale, { reason: error instanceof Error ? error.message : String(error) }) },
    ]);
  }
}

/**
 * Fetches an own profile (`moj-ops.profile.json`) and the packs it names that are not built in, from
 * beside it (`moj-ops.rules.json`). Same-origin requests only, as a strict CSP's `connect-src 'self'`
 * allows. Throws AsystaError naming the file that could not be fetched or read; the shape is checked
 * when the engine is made.
 */
export async function fetchOwnProfile(url: string, options: { locale?: Locale; fetch?: Fetch; base?: string } = {}): Promise<OwnProfile> {
  const locale: Locale = options.locale === 'en' ? 'en' : 'pl';
  const fetcher = options.fetch ?? (globalThis.fetch as unknown as Fetch | undefined);
  if (!fetcher) throw new AsystaError('error.profile.fetch', locale, { url }, [{ source: url, path: '', message: translate('problem.noFetch', locale) }]);
  const base = options.base ?? (typeof document === 'undefined' ? undefined : document.baseURI);
  const resolved = new URL(url, base).href;
  const profile = await fetchJson(resolved, fetcher, locale);
  const named = profile !== null && typeof profile === 'object' && Array.isArray((profile as Profile).packs) ? (profile as Profile).packs! : [];
  const builtIn = new Set(builtInPacks.map((p) => p.id));
  const own = named.filter((id): id is string => typeof id === 'string' && !builtIn.has(id) && /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/.test(id));
  const packs = await Promise.all(own.map((id) => fetchJson(new URL(`${id}.rules.json`, resolved).href, fetcher, locale)));
  return { profile: profile as Profile, packs: packs as RulePack[] };
}
