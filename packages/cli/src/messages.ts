/** The command line's own messages (kept out of the shared catalogue, so that no page downloads them). Every key has both locales; the type system checks it. */
import { translatorOf, type LocalizedText } from '@asysta/core';

export const cliCatalog = {
  'cli.case.summary': {
    pl: 'Sprawa „{id}”, profil „{profile}”, stan na {asOf}: {documents}, {errors}, {warnings}',
    en: 'Case “{id}”, profile “{profile}”, as of {asOf}: {documents}, {errors}, {warnings}',
  },
  'cli.case.problem': { pl: 'problem w sprawie', en: 'problem in the case' },
  'cli.caseload.summary': {
    pl: 'Asystent „{assistant}” w dniu {asOf}: {families} jednocześnie (limit {limit}), w tym „Za życiem”: {zaZyciem}',
    en: 'Assistant “{assistant}” on {asOf}: {families} at once (limit {limit}), “Za życiem”: {zaZyciem}',
  },
  'cli.caseload.noCases': { pl: 'w katalogu {dir} nie ma plików *.case.json ani *.json', en: 'no *.case.json or *.json files in {dir}' },
  'cli.valid.pack': { pl: 'poprawny pakiet reguł „{id}” ({rules}, {tests})', en: 'valid rule pack “{id}” ({rules}, {tests})' },
  'cli.valid.profile': { pl: 'poprawny profil „{id}”', en: 'valid profile “{id}”' },
  'cli.valid.form': { pl: 'poprawna definicja formularza „{id}”', en: 'valid form definition “{id}”' },
  'cli.unknownKind': {
    pl: 'nie wiadomo, czy to pakiet reguł, czy profil (nazwa *.rules.json albo *.profile.json)',
    en: 'cannot tell whether this is a rule pack or a profile (name it *.rules.json or *.profile.json)',
  },
  'cli.readError': { pl: 'nie można odczytać pliku: {reason}', en: 'cannot read the file: {reason}' },
  'cli.tooLarge': { pl: 'plik ma {size}, a dopuszczalne jest {limit}', en: 'the file has {size}; the most allowed is {limit}' },
  'cli.tooDeep': { pl: 'plik jest zagnieżdżony głębiej niż {limit}', en: 'the file is nested deeper than {limit}' },
  'cli.invalidUtf8': {
    pl: 'plik nie jest zapisany w UTF-8: nieprawidłowy bajt na pozycji {offset}',
    en: 'the file is not UTF-8: invalid byte at offset {offset}',
  },
  'cli.duplicateKey': {
    pl: 'uwaga: klucz „{key}” powtarza się (wiersze {first} i {second}); obowiązuje ostatni',
    en: 'warning: the key "{key}" appears twice (lines {first} and {second}); the last one counts',
  },
  'cli.test.noPacks': { pl: 'w „{path}” nie ma pakietów reguł (*.rules.json)', en: 'no rule packs (*.rules.json) in "{path}"' },
  'cli.syntax': { pl: 'błąd składni JSON: {reason}', en: 'JSON syntax error: {reason}' },
  'cli.usage': { pl: 'Nieprawidłowe wywołanie: {reason}. Zobacz: asysta --help', en: 'Wrong usage: {reason}. See: asysta --help' },
  'cli.status.pass': { pl: 'spełnia', en: 'pass' },
  'cli.status.fail': { pl: 'NIE SPEŁNIA', en: 'FAIL' },
  'cli.status.not-applicable': { pl: 'nie dotyczy', en: 'not applicable' },
  'cli.status.error': { pl: 'BŁĄD', en: 'ERROR' },
  'cli.status.info': { pl: 'INFORMACJA', en: 'INFO' },
  'cli.explain.header': {
    pl: 'Profil „{profile}”, stan na {asOf}, rodzaj danych „{kind}”: {count}',
    en: 'Profile “{profile}”, as of {asOf}, record kind “{kind}”: {count}',
  },
  'cli.explain.values': { pl: 'wartości: {values}', en: 'values: {values}' },
  'cli.explain.source': { pl: 'źródło: {source}', en: 'source: {source}' },
  'cli.explain.note': { pl: 'uwaga: {note}', en: 'note: {note}' },
  'cli.explain.noKind': {
    pl: 'podaj rodzaj danych: --kind albo pole „recordKind” w pliku faktów',
    en: 'give the record kind: --kind or a "recordKind" field in the facts file',
  },
  'cli.explain.twoProfiles': {
    pl: 'podano dwa profile: „{positional}” i --profile „{flag}”; podaj jeden',
    en: 'two profiles given: "{positional}" and --profile "{flag}"; give one',
  },
  'cli.pack.replaces': {
    pl: 'uwaga: pakiet „{id}” z tego pliku zastępuje wbudowany pakiet o tym samym identyfikatorze',
    en: 'note: the pack "{id}" of this file replaces the built-in pack with the same id',
  },
  'cli.pack.unused': {
    pl: 'pakiet „{id}” nie zmieni wyniku: profil „{profile}” go nie używa (jego pakiety: {packs}). Użyj --profile z profilem, który go używa ({users}), albo dopisz „{id}” do „packs” własnego profilu',
    en: 'the pack "{id}" would change nothing: the profile "{profile}" does not use it (its packs: {packs}). Use --profile with a profile that does ({users}), or add "{id}" to the "packs" of your own profile',
  },
  'cli.pack.unusedAnywhere': {
    pl: 'pakiet „{id}” nie zmieni wyniku: profil „{profile}” go nie używa (jego pakiety: {packs}). Dopisz „{id}” do „packs” własnego profilu i podaj plik tego profilu w --profile',
    en: 'the pack "{id}" would change nothing: the profile "{profile}" does not use it (its packs: {packs}). Add "{id}" to the "packs" of your own profile and give that profile\'s file with --profile',
  },
  'cli.profile.listed': { pl: '{id} – {title}{base}; pakiety: {packs}', en: '{id} – {title}{base}; packs: {packs}' },
  'cli.profile.extends': { pl: ' (rozszerza „{base}”)', en: ' (extends “{base}”)' },
  'cli.test.summary': {
    pl: '{passed, plural, one {# zaliczony} few {# zaliczone} many {# zaliczonych} other {# zaliczonego}}, {failed, plural, one {# niezaliczony} few {# niezaliczone} many {# niezaliczonych} other {# niezaliczonego}}',
    en: '{passed} passed, {failed} failed',
  },
  'cli.test.expected': { pl: '{rule}: oczekiwano „{expected}”, jest „{actual}”', en: '{rule}: expected “{expected}”, got “{actual}”' },
  'cli.diff.header': { pl: 'Profil „{id}” ({title}) względem „{base}”:', en: 'Profile “{id}” ({title}) against “{base}”:' },
  'cli.diff.noBase': { pl: 'Profil „{id}” ({title}) – profil bazowy:', en: 'Profile “{id}” ({title}) – a base profile:' },
  'cli.diff.pack': { pl: '+ pakiet „{id}”: {title}', en: '+ pack “{id}”: {title}' },
  'cli.diff.parameter': {
    pl: '~ parametr {name}: {before} → {after}{from} – {reason}',
    en: '~ parameter {name}: {before} → {after}{from} – {reason}',
  },
  'cli.diff.from': { pl: ' (od {date})', en: ' (from {date})' },
  'cli.diff.disabled': { pl: '− wyłączona reguła „{id}” – {reason}', en: '− rule “{id}” switched off – {reason}' },
  'cli.diff.none': { pl: '(bez zmian)', en: '(no changes)' },
  'cli.forms.valid': { pl: 'dane są poprawne ({warnings})', en: 'the data is valid ({warnings})' },
  'cli.forms.invalid': { pl: 'dane są niepoprawne: {errors}, {warnings}', en: 'the data is invalid: {errors}, {warnings}' },
  'cli.forms.compiled': {
    pl: 'zapisano {file}: walidatory formularzy {forms} (przekaż `validator: formValidators[id].validate` do createFormModel)',
    en: 'wrote {file}: validators of the forms {forms} (pass `validator: formValidators[id].validate` to createFormModel)',
  },
} as const satisfies Record<string, LocalizedText>;

export type CliMessageKey = keyof typeof cliCatalog;

/** A command-line message in the locale. */
export const cliText = translatorOf(cliCatalog);
