import { describe, expect, it } from 'vitest';
import { catalog, describeKind, formatDurationShort, describeSchemaError, fillTemplate, formatDuration, formatHours, formatInMonth, formatMoney, jsonSyntaxReason, plural, translate } from '@asysta/core';

describe('i18n', () => {
  it('writes a month in prose with the Polish locative: w marcu 2026 r., we wrześniu 2026 r., in March 2026', () => {
    expect(['2026-01', '2026-02', '2026-03', '2026-05', '2026-09', '2026-10', '2026-11', '2026-12-31'].map((m) => formatInMonth(m, 'pl'))).toEqual([
      'w styczniu 2026 r.', 'w lutym 2026 r.', 'w marcu 2026 r.', 'w maju 2026 r.', 'we wrześniu 2026 r.', 'w październiku 2026 r.', 'w listopadzie 2026 r.', 'w grudniu 2026 r.',
    ]);
    expect(formatInMonth('2026-03', 'en')).toBe('in March 2026');
    expect([formatInMonth('2026-13', 'pl'), formatInMonth('12.2026', 'pl')]).toEqual(['2026-13', '12.2026']);
  });

  it('uses Polish plural forms: 1 godzina, 2 godziny, 5 godzin, 22 godziny', () => {
    const forms = { one: 'godzina', few: 'godziny', many: 'godzin', other: 'godziny' };
    expect([1, 2, 4, 5, 12, 21, 22, 25].map((n) => `${n} ${plural(n, forms, 'pl')}`)).toEqual([
      '1 godzina',
      '2 godziny',
      '4 godziny',
      '5 godzin',
      '12 godzin',
      '21 godzin',
      '22 godziny',
      '25 godzin',
    ]);
  });

  it('formats durations in both languages', () => {
    expect(formatDuration(390, 'pl')).toBe('6 godzin 30 minut');
    expect(formatDuration(61, 'pl')).toBe('1 godzina 1 minuta');
    expect(formatDuration(122, 'pl')).toBe('2 godziny 2 minuty');
    expect(formatDuration(0, 'pl')).toBe('0 minut');
    expect(formatDuration(60, 'en')).toBe('1 hour');
    expect(formatDuration(135, 'en')).toBe('2 hours 15 minutes');
    expect(formatHours(6, 'pl')).toBe('6 godzin');
    expect(formatHours(1.5, 'pl')).toBe('1,5 godziny');
    expect([450, 480, 45, 0].map((m) => formatDurationShort(m, 'pl'))).toEqual(['7 godz. 30 min', '8 godz.', '45 min', '0 min']);
    expect(formatDurationShort(450, 'en')).toBe('7 h 30 min');
  });

  it('formats money from integer grosze', () => {
    // Polish groups thousands only from five digits on (CLDR minimum grouping digits = 2).
    expect(formatMoney(400000, 'pl').replace(/\s/g, ' ')).toBe('4000,00 zł');
    expect(formatMoney(12345678, 'pl').replace(/\s/g, ' ')).toBe('123 456,78 zł');
  });

  it('fills placeholders and keeps unknown ones visible', () => {
    expect(fillTemplate('{a} i {b}', { a: 1 })).toBe('1 i {b}');
    expect(translate('schema.minLength', 'en', { limit: 2 })).toBe('Enter at least 2 characters.');
  });

  it('has every message in both languages, as plain text', () => {
    for (const [key, text] of Object.entries(catalog)) {
      expect(text.pl, key).not.toBe('');
      expect(text.en, key).not.toBe('');
      expect(text.pl + text.en, key).not.toMatch(/<[a-z/]/i);
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();
      expect(placeholders(text.pl), key).toEqual(placeholders(text.en));
    }
  });

  it('chooses a plural form inside a message: {n, plural, one {…} few {…} many {…} other {…}}', () => {
    const template = 'Wpisz co najmniej {limit, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.';
    expect([1, 2, 5, 12, 22, 1.5].map((n) => fillTemplate(template, { limit: n }, 'pl'))).toEqual([
      'Wpisz co najmniej 1 znak.',
      'Wpisz co najmniej 2 znaki.',
      'Wpisz co najmniej 5 znaków.',
      'Wpisz co najmniej 12 znaków.',
      'Wpisz co najmniej 22 znaki.',
      'Wpisz co najmniej 1,5 znaku.',
    ]);
    expect(fillTemplate(template, {}, 'pl')).toBe(template);
    expect(translate('schema.maxItems', 'en', { limit: 1 })).toBe('At most 1 item can be added.');
  });

  it('names kinds of values in words, never as JSON Schema types', () => {
    const type = (t: string, locale: 'pl' | 'en' = 'pl') => describeSchemaError({ instancePath: '/a', keyword: 'type', params: { type: t } }, locale).message;
    expect(type('boolean')).toBe('Nieprawidłowy rodzaj wartości (oczekiwano: tak/nie).');
    expect(type('number')).toBe('Nieprawidłowy rodzaj wartości (oczekiwano: liczby).');
    expect(type('string')).toBe('Nieprawidłowy rodzaj wartości (oczekiwano: tekstu).');
    expect(type('array')).toBe('Nieprawidłowy rodzaj wartości (oczekiwano: listy).');
    expect(type('string,null')).toBe('Nieprawidłowy rodzaj wartości (oczekiwano: tekstu albo pustej wartości).');
    expect(type('boolean', 'en')).toBe('Wrong kind of value (expected: yes/no).');
    expect(describeKind('array', 'given', 'pl')).toBe('listę');
    expect(describeKind('toString', 'given', 'pl')).toBe('toString');
  });

  it('writes every date of a message in one Polish style', () => {
    expect(translate('check.date.outsideMonth', 'pl', { date: '2026-03-05', month: '2026-02' })).toBe(
      'Data 5 marca 2026 nie należy do miesiąca karty (luty 2026).',
    );
    expect(translate('rule.notInEffect', 'pl', { from: '2026-01-01', to: '…' })).toBe('Reguła obowiązuje od 1 stycznia 2026 do ….');
    expect(translate('error.asOf.invalid', 'pl', { value: '2026-02-30' })).toBe('Data „2026-02-30” nie jest prawidłową datą RRRR-MM-DD.');
  });
});

describe('jsonSyntaxReason', () => {
  it('says in the locale why JSON does not parse, by the parser error code', () => {
    expect(jsonSyntaxReason('CommaExpected', 'pl')).toBe('oczekiwano przecinka');
    expect(jsonSyntaxReason('CommaExpected', 'en')).toBe('a comma expected');
    expect(jsonSyntaxReason('SomethingNew', 'pl')).toBe('nieprawidłowy JSON');
    expect(jsonSyntaxReason('toString', 'pl')).toBe('nieprawidłowy JSON');
  });
});
