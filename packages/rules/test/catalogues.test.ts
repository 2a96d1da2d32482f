/**
 * Every message of every catalogue – the shared one in @asysta/core, the command line's and the
 * family case's own, and the rule messages of the built-in packs – reads as Polish for any count: a count comes with its noun in the form that
 * `Intl.PluralRules('pl')` chooses (1 znak, 2 znaki, 5 znaków, 12 znaków, 22 znaki).
 */
import { describe, expect, it } from 'vitest';
import { catalog, fillTemplate, pluralBlocks, type RulePack } from '@asysta/core';
import { builtInPacks } from '@asysta/rules';
import { caseCatalog } from '@asysta/cases';
import { cliCatalog } from '@asysta/cli/messages';

const catalogues = { ...catalog, ...cliCatalog, ...caseCatalog };

type Locale = 'pl' | 'en';
const COUNTS = [1, 2, 5, 12, 22];
const NEEDED: Record<Locale, Intl.LDMLPluralRule[]> = { pl: ['one', 'few', 'many', 'other'], en: ['one', 'other'] };
// Placeholders of the shared catalogue that carry a bare number.
const NUMBER_PLACEHOLDERS = new Set(['limit', 'count', 'max', 'min', 'size', 'expected', 'actual', 'n', 'offset']);

// Words after a number that are no noun to agree with it: prepositions, conjunctions, and the
// abbreviations that read the same for every count ("6 mies.", "7 godz. 30 min").
const NOT_NOUNS = new Set(['a', 'i', 'w', 'z', 'do', 'od', 'na', 'of', 'in', 'and', 'or', 'at', 'mies.', 'godz.', 'min', 'min.', 'zł']);

interface Message {
  where: string;
  locale: Locale;
  text: string;
  numbers: Set<string>;
}

function messages(): Message[] {
  const out: Message[] = [];
  for (const [key, text] of Object.entries(catalogues)) {
    for (const locale of ['pl', 'en'] as const) out.push({ where: key, locale, text: text[locale], numbers: NUMBER_PLACEHOLDERS });
  }
  for (const pack of builtInPacks as readonly RulePack[]) {
    for (const rule of pack.rules) {
      const values = (rule as { values?: Record<string, { format?: string }> }).values ?? {};
      const numbers = new Set(Object.entries(values).filter(([, v]) => v.format === 'number').map(([name]) => name));
      for (const locale of ['pl', 'en'] as const) out.push({ where: `${pack.id}/${rule.id}`, locale, text: rule.message[locale], numbers });
    }
  }
  return out;
}

describe('every message of every catalogue', () => {
  const all = messages();

  it('has every catalogue message in both languages, as plain text, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(catalogues)) {
      expect([key, text.pl.length > 0 && text.en.length > 0], key).toEqual([key, true]);
      expect(text.pl + text.en, key).not.toMatch(/<[a-z/]/i);
      expect(placeholders(text.pl), key).toEqual(placeholders(text.en));
    }
    expect(Object.keys(cliCatalog).every((key) => key.startsWith('cli.'))).toBe(true);
    expect(Object.keys(caseCatalog).every((key) => key.startsWith('case.'))).toBe(true);
  });
  const pl = new Intl.PluralRules('pl');

  it('has a plural form for each category the locale needs, chosen by Intl.PluralRules for 1, 2, 5, 12, 22', () => {
    const problems: string[] = [];
    for (const message of all) {
      for (const block of pluralBlocks(message.text)) {
        const missing = NEEDED[message.locale].filter((category) => block.forms[category] === undefined);
        if (missing.length) problems.push(`${message.where} (${message.locale}): {${block.name}} lacks ${missing.join(', ')}`);
        const rules = message.locale === 'pl' ? pl : new Intl.PluralRules('en');
        for (const n of COUNTS) {
          const form = (block.forms[rules.select(n)] ?? block.forms.other).replace(/#/g, String(n));
          const shown = fillTemplate(message.text, { [block.name]: n }, message.locale);
          if (!shown.includes(form)) problems.push(`${message.where} (${message.locale}) for ${n}: "${shown}" lacks "${form}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes no count as a bare number before its noun ("{limit} znaków" must be a plural block)', () => {
    const problems: string[] = [];
    for (const message of all) {
      for (const m of message.text.matchAll(/(?<!nr |no\. )\{(\w+)\}\s+(\p{L}+\.?)/gu)) {
        if (message.numbers.has(m[1] as string) && !NOT_NOUNS.has(m[2] as string)) problems.push(`${message.where} (${message.locale}): "${m[0]}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('reads as Polish for 1, 2, 5, 12, 22 in the messages the issue named', () => {
    const at = (key: keyof typeof catalog, n: number) => fillTemplate(catalog[key].pl, { limit: n }, 'pl');
    expect(COUNTS.map((n) => at('schema.minLength', n))).toEqual([
      'Wpisz co najmniej 1 znak.',
      'Wpisz co najmniej 2 znaki.',
      'Wpisz co najmniej 5 znaków.',
      'Wpisz co najmniej 12 znaków.',
      'Wpisz co najmniej 22 znaki.',
    ]);
    expect(COUNTS.map((n) => at('schema.minItems', n))).toEqual([
      'Dodaj co najmniej 1 pozycję.',
      'Dodaj co najmniej 2 pozycje.',
      'Dodaj co najmniej 5 pozycji.',
      'Dodaj co najmniej 12 pozycji.',
      'Dodaj co najmniej 22 pozycje.',
    ]);
    expect(COUNTS.map((n) => pl.select(n))).toEqual(['one', 'few', 'many', 'many', 'few']);
  });

  it('shows no JSON Schema type name to people (Polish messages; an English "number" is a word)', () => {
    const typeNames = /\b(boolean|string|integer|number|array|object|null)\b/;
    for (const message of all.filter((m) => m.locale === 'pl')) expect(`${message.where}: ${message.text.replace(/\{[^{}]*\}/g, '')}`).not.toMatch(typeNames);
  });
});
