/**
 * The rules playground's own texts, {pl, en}. They stay here, not in the core catalogue that every
 * page with a form loads: only this page shows them. (Its error messages – JSON syntax, shapes, the
 * engine's, the CLI's test and difference lines – are the core catalogue's.)
 */
import { formatMessage, type Locale, type MessageParams } from '@asysta/core';

export const PLAYGROUND_TEXTS = {
  'title': { pl: 'Plac zabaw reguł', en: 'Rules playground' },
  'intro': {
    pl: 'Zmieniaj profil i jego pakiety reguł jako JSON: formularz, werdykty, testy pakietów i różnica względem profilu bazowego przeliczają się od razu. Nic nie opuszcza tej strony.',
    en: 'Edit the profile and its rule packs as JSON: the form, the verdicts, the packs’ tests and the difference against the base profile update at once. Nothing leaves this page.',
  },
  'language': { pl: 'Język', en: 'Language' },
  'form': { pl: 'Formularz', en: 'Form' },
  'profile': { pl: 'Profil do zmiany', en: 'Profile to edit' },
  'data': { pl: 'Dane formularza', en: 'Form data' },
  'data.valid': { pl: 'przykład: {name}', en: 'example: {name}' },
  'data.invalid': { pl: 'przykład z błędami: {name}', en: 'example with errors: {name}' },
  'data.empty': { pl: 'pusty formularz', en: 'empty form' },
  'data.own': { pl: 'własne dane (plik dane.json)', en: 'own data (the file dane.json)' },
  'asOf': { pl: 'Data oceny (RRRR-MM-DD)', en: 'As-of date (YYYY-MM-DD)' },
  'files': { pl: 'Pliki profilu i pakietów', en: 'Files of the profile and packs' },
  'editor': { pl: 'Edytor JSON pliku {file}', en: 'JSON editor of {file}' },
  'problems': {
    pl: '{count, plural, one {# błąd w plikach} few {# błędy w plikach} many {# błędów w plikach} other {# błędu w plikach}}',
    en: '{count, plural, one {# problem in the files} other {# problems in the files}}',
  },
  'problems.none': { pl: 'Pliki są poprawne.', en: 'The files are valid.' },
  'problem': { pl: '{file}, wiersz {line}, {pointer}: {message}', en: '{file}, line {line}, {pointer}: {message}' },
  'stale': {
    pl: 'Dopóki pliki mają błędy, formularz i werdykty pokazują ostatnią ich poprawną wersję.',
    en: 'While the files have problems, the form and the verdicts show their last valid version.',
  },
  'verdicts': { pl: 'Werdykty reguł', en: 'Rule verdicts' },
  'verdicts.none': { pl: 'Żadna reguła profilu nie dotyczy tego formularza.', en: 'No rule of the profile applies to this form.' },
  'verdicts.notShown': { pl: 'formularz nie pokazuje tej reguły przy polu', en: 'the form does not show this rule at a field' },
  'verdict': { pl: '{status}: {title}', en: '{status}: {title}' },
  'status.pass': { pl: 'spełnia', en: 'passes' },
  'status.fail': { pl: 'nie spełnia', en: 'fails' },
  'status.not-applicable': { pl: 'nie dotyczy', en: 'not applicable' },
  'status.error': { pl: 'błąd reguły', en: 'rule error' },
  'explain': { pl: 'Wyjaśnij', en: 'Explain' },
  'explain.hide': { pl: 'Ukryj wyjaśnienie', en: 'Hide the explanation' },
  'explain.rule': { pl: 'Reguła {rule} z pakietu {pack}, przy polu {path}', en: 'Rule {rule} of the pack {pack}, at the field {path}' },
  'explain.values': { pl: 'Odczytane wartości', en: 'Values read' },
  'explain.parameters': { pl: 'Parametry obowiązujące {date}', en: 'Parameters in force on {date}' },
  'explain.parameter': { pl: '{name} = {value} (od {from}){source}', en: '{name} = {value} (from {from}){source}' },
  'explain.fromProfile': { pl: ' – z profilu: {reason}', en: ' – set by the profile: {reason}' },
  'explain.reference': { pl: 'Podstawa', en: 'Reference' },
  'explain.trace': { pl: 'Obliczenie krok po kroku', en: 'The computation step by step' },
  'tests': { pl: 'Testy pakietów', en: 'Pack tests' },
  'test.passed': { pl: 'zaliczony', en: 'passed' },
  'test.failed': { pl: 'niezaliczony', en: 'failed' },
  'diff': { pl: 'Różnica względem profilu bazowego', en: 'Difference against the base profile' },
  'diff.rule': { pl: '+ reguła „{id}”: {title}', en: '+ rule “{id}”: {title}' },
  'diff.packParameter': { pl: '~ pakiet „{pack}”, parametr {name}: {before} → {after}', en: '~ pack “{pack}”, parameter {name}: {before} → {after}' },
  'diff.packRuleAdded': { pl: '+ pakiet „{pack}”: nowa reguła „{id}”', en: '+ pack “{pack}”: new rule “{id}”' },
  'diff.packRuleRemoved': { pl: '− pakiet „{pack}”: usunięta reguła „{id}”', en: '− pack “{pack}”: rule “{id}” removed' },
  'diff.packRuleChanged': { pl: '~ pakiet „{pack}”: zmieniona reguła „{id}”', en: '~ pack “{pack}”: rule “{id}” changed' },
  'export': { pl: 'Pobierz {file}', en: 'Download {file}' },
  'export.hint': {
    pl: 'Pobrane pliki sprawdzi: npx asysta rules test {packs}',
    en: 'Check the downloaded files with: npx asysta rules test {packs}',
  },
  'reset': { pl: 'Przywróć pliki wbudowane', en: 'Restore the built-in files' },
} as const satisfies Record<string, { pl: string; en: string }>;

export type PlaygroundText = keyof typeof PLAYGROUND_TEXTS;

export function text(key: PlaygroundText, locale: Locale, params?: MessageParams): string {
  return formatMessage(PLAYGROUND_TEXTS[key], locale, params);
}
