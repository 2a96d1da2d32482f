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

export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale];
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fill `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fillTemplate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
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

export function translate(key: MessageKey, locale: Locale, params?: MessageParams): string {
  return fillTemplate(catalog[key][locale], params);
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

/** Integer minutes as words: 390 → "6 godzin 30 minut" / "6 hours 30 minutes"; 0 → "0 minut". */
export function formatDuration(totalMinutes: number, locale: Locale): string {
  const sign = totalMinutes < 0 ? '−' : '';
  const abs = Math.abs(Math.round(totalMinutes));
  const hours = Math.floor(abs / 60);
  const minutes = abs % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} ${plural(hours, HOURS[locale], locale)}`);
  if (minutes > 0 || hours === 0) parts.push(`${minutes} ${plural(minutes, MINUTES[locale], locale)}`);
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

/** `YYYY-MM-DD` as a readable date without any time-zone shift. */
export function formatDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
