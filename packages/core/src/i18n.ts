/**
 * Messages and labels in Polish (default) and English. Messages are plain text with `{name}`
 * placeholders; plurals follow `Intl.PluralRules` (pl: one / few / many – 1 godzina, 2 godziny,
 * 5 godzin).
 */
import type { Locale, LocalizedText } from './issue.js';
import { catalog, type MessageKey } from './messages.js';

export const DEFAULT_LOCALE: Locale = 'pl';

export function isLocale(value: unknown): value is Locale {
  return value === 'pl' || value === 'en';
}

/** Text in the locale; a plain string (a profile's reason may be one) is Polish and shown as it is. */
export function localize(text: LocalizedText | string, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing.
 * A count takes its noun's plural form from the template itself, ICU style:
 * `{limit, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}` – `#` is the
 * number written for the locale, and the form is chosen by `Intl.PluralRules` (1 znak, 2 znaki,
 * 5 znaków, 22 znaki).
 */
export function fillTemplate(template: string, params: MessageParams = {}, locale: Locale = DEFAULT_LOCALE): string {
  if (!template.includes(', plural,')) return fillSimple(template, params);
  let out = '';
  let i = 0;
  while (i < template.length) {
    const block = PLURAL_START.exec(template.slice(i));
    if (!block) break;
    const start = i + block.index;
    const parsed = parsePluralBlock(template, start + block[0].length);
    if (!parsed) break;
    out += fillSimple(template.slice(i, start), params);
    const name = block[1] as string;
    if (!Object.prototype.hasOwnProperty.call(params, name)) out += template.slice(start, parsed.end);
    else {
      const raw = params[name] as string | number;
      const n = typeof raw === 'number' ? raw : Number(raw);
      const shown = typeof raw === 'number' ? formatNumber(raw, locale) : String(raw);
      const form = Number.isFinite(n) ? plural(n, parsed.forms, locale) : parsed.forms.other;
      out += fillSimple(form, params).replace(/#/g, shown);
    }
    i = parsed.end;
  }
  return out + fillSimple(template.slice(i), params);
}

const PLURAL_START = /\{(\w+), plural,/;

function fillSimple(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The forms of one `{n, plural, …}` block from `at` (just after "plural,") to its closing brace. */
export function parsePluralBlock(template: string, at: number): { forms: PluralForms; end: number } | undefined {
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  let i = at;
  for (;;) {
    while (template[i] === ' ') i++;
    if (template[i] === '}') break;
    const word = /^(zero|one|two|few|many|other) ?\{/.exec(template.slice(i));
    if (!word) return undefined;
    i += word[0].length;
    let depth = 1;
    const from = i;
    while (i < template.length && depth > 0) {
      if (template[i] === '{') depth++;
      else if (template[i] === '}') depth--;
      i++;
    }
    if (depth > 0) return undefined;
    forms[word[1] as Intl.LDMLPluralRule] = template.slice(from, i - 1);
  }
  if (forms.other === undefined) return undefined;
  return { forms: forms as PluralForms, end: i + 1 };
}

/** Every `{name, plural, …}` block of a template, with its forms (for checks of the catalogues). */
export function pluralBlocks(template: string): { name: string; forms: PluralForms }[] {
  const blocks: { name: string; forms: PluralForms }[] = [];
  const start = /\{(\w+), plural,/g;
  for (let m = start.exec(template); m; m = start.exec(template)) {
    const parsed = parsePluralBlock(template, m.index + m[0].length);
    if (parsed) blocks.push({ name: m[1] as string, forms: parsed.forms });
  }
  return blocks;
}

const KINDS: Record<string, { expected: LocalizedText; given: LocalizedText }> = {
  boolean: { expected: { pl: 'tak/nie', en: 'yes/no' }, given: { pl: 'wartość tak/nie', en: 'a yes/no value' } },
  number: { expected: { pl: 'liczby', en: 'a number' }, given: { pl: 'liczbę', en: 'a number' } },
  integer: { expected: { pl: 'liczby całkowitej', en: 'a whole number' }, given: { pl: 'liczbę', en: 'a number' } },
  string: { expected: { pl: 'tekstu', en: 'text' }, given: { pl: 'tekst', en: 'text' } },
  array: { expected: { pl: 'listy', en: 'a list' }, given: { pl: 'listę', en: 'a list' } },
  object: { expected: { pl: 'grupy pól', en: 'a group of fields' }, given: { pl: 'grupę pól', en: 'a group of fields' } },
  null: { expected: { pl: 'pustej wartości', en: 'an empty value' }, given: { pl: 'pustą wartość', en: 'an empty value' } },
};

/**
 * A JSON Schema type name (or `typeof`) in words people read: "boolean" → "tak/nie", "array" →
 * "listy" (after "oczekiwano") or "listę" (after "podano"); several types ("string,null") joined
 * by "albo"/"or". A name we do not know is shown as it is.
 */
export function describeKind(kind: string, use: 'expected' | 'given', locale: Locale): string {
  return kind
    .split(',')
    .map((name) => {
      const key = name.trim();
      return Object.prototype.hasOwnProperty.call(KINDS, key) ? (KINDS[key] as (typeof KINDS)[string])[use][locale] : key;
    })
    .join(locale === 'pl' ? ' albo ' : ' or ');
}

/**
 * Any value as short text for a message, without calling anything of the value's own: `String()`
 * throws for `{"toString": {}}`, and a message about bad input must not fail on that input.
 */
export function textOf(value: unknown, max = 100): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value === null || typeof value !== 'object') text = typeof value === 'symbol' ? 'Symbol()' : typeof value === 'function' ? 'function' : `${value as string}`;
  else {
    try {
      text = JSON.stringify(value) ?? Object.prototype.toString.call(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * A catalogue message in the locale. Dates among the values (`YYYY-MM-DD`, `YYYY-MM`) are written
 * in one style for people – "2 grudnia 2026", "grudzień 2026" – whichever code passed them.
 */
export function translate(key: MessageKey, locale: Locale, params?: MessageParams): string {
  return formatMessage(catalog[key], locale, params);
}

/** A JSON parser's error code ("CommaExpected", as jsonc-parser names them) in words, in the locale. */
export function jsonSyntaxReason(code: string, locale: Locale): string {
  const key = `problem.jsonSyntax.${code}`;
  return translate(Object.prototype.hasOwnProperty.call(catalog, key) ? (key as MessageKey) : 'problem.jsonSyntax.other', locale);
}

/** `translate` for a package's own catalogue (the CLI's, the case's): its keys, filled as the shared ones are. */
export function translatorOf<K extends string>(catalogue: Readonly<Record<K, LocalizedText>>): (key: K, locale: Locale, params?: MessageParams) => string {
  return (key, locale, params) => formatMessage(catalogue[key], locale, params);
}

/** A message of one's own ({pl, en}) filled as catalogue messages are: plurals, dates for people. */
export function formatMessage(message: LocalizedText, locale: Locale, params?: MessageParams): string {
  let shown = params;
  if (params) {
    for (const [name, value] of Object.entries(params)) {
      if (typeof value !== 'string' || value.length > 10 || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(value)) continue;
      const text = value.length === 10 ? (isRealDate(value) ? formatDate(value, locale) : value) : formatMonth(value, locale);
      if (text !== value) shown = { ...shown, [name]: text };
    }
  }
  return fillTemplate(message[locale], shown, locale);
}

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The plural forms a locale needs: pl uses one/few/many/other, en one/other. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<Locale, Intl.PluralRules>();

// Categories of small whole numbers, remembered: messages ask for the same few numbers again and again.
const categories = new Map<string, Intl.LDMLPluralRule>();

export function plural(n: number, forms: PluralForms, locale: Locale): string {
  const key = `${locale}${n}`;
  let category = Number.isInteger(n) && n >= 0 && n < 10_000 ? categories.get(key) : undefined;
  if (!category) {
    let rules = pluralRules.get(locale);
    if (!rules) {
      rules = new Intl.PluralRules(locale);
      pluralRules.set(locale, rules);
    }
    category = rules.select(n);
    if (Number.isInteger(n) && n >= 0 && n < 10_000) categories.set(key, category);
  }
  return forms[category] ?? forms.other;
}

const HOURS: Record<Locale, PluralForms> = {
  pl: { one: 'godzina', few: 'godziny', many: 'godzin', other: 'godziny' },
  en: { one: 'hour', other: 'hours' },
};
const MINUTES: Record<Locale, PluralForms> = {
  pl: { one: 'minuta', few: 'minuty', many: 'minut', other: 'minuty' },
  en: { one: 'minute', other: 'minutes' },
};

const NOUNS = {
  result: { pl: { one: 'wynik', few: 'wyniki', many: 'wyników', other: 'wyniku' }, en: { one: 'result', other: 'results' } },
  rule: { pl: { one: 'reguła', few: 'reguły', many: 'reguł', other: 'reguły' }, en: { one: 'rule', other: 'rules' } },
  test: { pl: { one: 'test', few: 'testy', many: 'testów', other: 'testu' }, en: { one: 'test', other: 'tests' } },
  family: { pl: { one: 'rodzina', few: 'rodziny', many: 'rodzin', other: 'rodziny' }, en: { one: 'family', other: 'families' } },
  meeting: { pl: { one: 'spotkanie', few: 'spotkania', many: 'spotkań', other: 'spotkania' }, en: { one: 'meeting', other: 'meetings' } },
  error: { pl: { one: 'błąd', few: 'błędy', many: 'błędów', other: 'błędu' }, en: { one: 'error', other: 'errors' } },
  document: { pl: { one: 'dokument', few: 'dokumenty', many: 'dokumentów', other: 'dokumentu' }, en: { one: 'document', other: 'documents' } },
  assistant: { pl: { one: 'asystent', few: 'asystentów', many: 'asystentów', other: 'asystenta' }, en: { one: 'assistant', other: 'assistants' } },
  warning: { pl: { one: 'uwaga', few: 'uwagi', many: 'uwag', other: 'uwagi' }, en: { one: 'warning', other: 'warnings' } },
  byte: { pl: { one: 'bajt', few: 'bajty', many: 'bajtów', other: 'bajta' }, en: { one: 'byte', other: 'bytes' } },
  level: { pl: { one: 'poziom', few: 'poziomy', many: 'poziomów', other: 'poziomu' }, en: { one: 'level', other: 'levels' } },
  item: { pl: { one: 'element', few: 'elementy', many: 'elementów', other: 'elementu' }, en: { one: 'item', other: 'items' } },
  character: { pl: { one: 'znak', few: 'znaki', many: 'znaków', other: 'znaku' }, en: { one: 'character', other: 'characters' } },
} as const satisfies Record<string, Record<Locale, PluralForms>>;

export type CountedNoun = keyof typeof NOUNS;

/** A number with its noun in the right plural form: 2 → "2 wyniki", 5 → "5 wyników". */
export function formatCount(n: number, noun: CountedNoun, locale: Locale): string {
  return `${formatNumber(n, locale)} ${plural(n, NOUNS[noun][locale], locale)}`;
}

function splitMinutes(totalMinutes: number): { sign: string; hours: number; minutes: number } {
  const abs = Math.abs(Math.round(totalMinutes));
  return { sign: totalMinutes < 0 ? '−' : '', hours: Math.floor(abs / 60), minutes: abs % 60 };
}

/** Integer minutes as words: 390 → "6 godzin 30 minut" / "6 hours 30 minutes"; 0 → "0 minut". */
export function formatDuration(totalMinutes: number, locale: Locale): string {
  const { sign, hours, minutes } = splitMinutes(totalMinutes);
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} ${plural(hours, HOURS[locale], locale)}`);
  if (minutes > 0 || hours === 0) parts.push(`${minutes} ${plural(minutes, MINUTES[locale], locale)}`);
  return sign + parts.join(' ');
}

/** Integer minutes in the short form of tables and value lists: 450 → "7 godz. 30 min", 480 → "8 godz.". */
export function formatDurationShort(totalMinutes: number, locale: Locale): string {
  const { sign, hours, minutes } = splitMinutes(totalMinutes);
  const parts: string[] = [];
  if (hours > 0) parts.push(`${formatNumber(hours, locale)} ${locale === 'pl' ? 'godz.' : 'h'}`);
  if (minutes > 0 || hours === 0) parts.push(`${minutes} min`);
  return sign + parts.join(' ');
}

// Intl formatters are costly to create and safe to share: one per locale and kind.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, kind: 'number' | 'money'): Intl.NumberFormat {
  const key = `${locale}:${kind}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, kind === 'money' ? { style: 'currency', currency: 'PLN' } : { maximumFractionDigits: 2 });
    formatters.set(key, format);
  }
  return format;
}

export function formatNumber(n: number, locale: Locale): string {
  // Small whole numbers read the same in every locale; Intl's first formatter costs a page ~10 ms.
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  return numberFormat(locale, 'number').format(n);
}

/** A number of hours (possibly fractional) as words: 6 → "6 godzin", 1.5 → "1,5 godziny". */
export function formatHours(hours: number, locale: Locale): string {
  const number = formatNumber(hours, locale);
  return `${number} ${plural(hours, HOURS[locale], locale)}`;
}

/** Integer grosze as money: 400000 → "4000,00 zł". */
export function formatMoney(grosze: number, locale: Locale): string {
  return numberFormat(locale, 'money').format(grosze / 100);
}

/** `YYYY-MM` as a month and year: "grudzień 2026" / "December 2026"; anything else as it is. */
export function formatMonth(month: string, locale: Locale): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  if (!(m >= 1 && m <= 12)) return month;
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

// The locative of each month ("w marcu"), which Intl does not give: Polish prose says when with it.
const MONTHS_LOCATIVE_PL = ['styczniu', 'lutym', 'marcu', 'kwietniu', 'maju', 'czerwcu', 'lipcu', 'sierpniu', 'wrześniu', 'październiku', 'listopadzie', 'grudniu'] as const;

/**
 * `YYYY-MM` (or the month of `YYYY-MM-DD`) as "in that month" in prose: "w marcu 2026 r." /
 * "in March 2026"; anything else as it is.
 */
export function formatInMonth(month: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(month);
  const index = m ? Number(m[2]) - 1 : -1;
  if (!m || index < 0 || index > 11) return month;
  // "we wrześniu": the preposition takes a vowel before w-.
  return locale === 'pl' ? `${index === 8 ? 'we' : 'w'} ${MONTHS_LOCATIVE_PL[index]!} ${m[1]!} r.` : `in ${formatMonth(`${m[1]!}-${m[2]!}`, 'en')}`;
}

/** `YYYY-MM-DD` as a readable date without any time-zone shift. */
export function formatDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
