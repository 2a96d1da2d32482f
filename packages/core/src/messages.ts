/** The shared message catalog. Every key has both locales; the type system checks it. */
import type { LocalizedText } from './issue.js';

export const catalog = {
  // Schema validation (by ajv keyword or format)
  'schema.required': { pl: 'To pole jest wymagane.', en: 'This field is required.' },
  'schema.type': { pl: 'Nieprawidłowy rodzaj wartości (oczekiwano: {type}).', en: 'Wrong kind of value (expected: {type}).' },
  'schema.minLength': { pl: 'Wpisz co najmniej {limit, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.', en: 'Enter at least {limit, plural, one {# character} other {# characters}}.' },
  'schema.maxLength': { pl: 'Wpisz najwyżej {limit, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.', en: 'Enter at most {limit, plural, one {# character} other {# characters}}.' },
  'schema.minimum': { pl: 'Wartość nie może być mniejsza niż {limit}.', en: 'The value must not be less than {limit}.' },
  'schema.maximum': { pl: 'Wartość nie może być większa niż {limit}.', en: 'The value must not be greater than {limit}.' },
  'schema.minItems': { pl: 'Dodaj co najmniej {limit, plural, one {# pozycję} few {# pozycje} many {# pozycji} other {# pozycji}}.', en: 'Add at least {limit, plural, one {# item} other {# items}}.' },
  'schema.maxItems': { pl: 'Można dodać najwyżej {limit, plural, one {# pozycję} few {# pozycje} many {# pozycji} other {# pozycji}}.', en: 'At most {limit, plural, one {# item} other {# items}} can be added.' },
  'schema.enum': { pl: 'Wybierz jedną z dostępnych wartości.', en: 'Choose one of the allowed values.' },
  'schema.const': { pl: 'Nieprawidłowa wartość.', en: 'Invalid value.' },
  'schema.pattern': { pl: 'Nieprawidłowy format.', en: 'Invalid format.' },
  'schema.additionalProperties': {
    pl: 'Nieznane pole „{property}” – formularz go nie przewiduje.',
    en: 'Unknown field “{property}” – the form has no such field.',
  },
  'schema.other': { pl: 'Nieprawidłowa wartość ({keyword}).', en: 'Invalid value ({keyword}).' },
  'format.date': { pl: 'Podaj istniejącą datę w formacie RRRR-MM-DD.', en: 'Enter a real date as YYYY-MM-DD.' },
  'format.month': { pl: 'Podaj miesiąc w formacie RRRR-MM.', en: 'Enter a month as YYYY-MM.' },
  'format.time': { pl: 'Podaj godzinę w formacie GG:MM.', en: 'Enter a time as HH:MM.' },
  'format.pesel': {
    pl: 'Nieprawidłowy numer PESEL (11 cyfr, poprawna cyfra kontrolna i data urodzenia).',
    en: 'Invalid PESEL number (11 digits, a correct check digit and birth date).',
  },
  'format.postal-code': { pl: 'Podaj kod pocztowy w formacie NN-NNN.', en: 'Enter a postal code as NN-NNN.' },
  'format.phone': {
    pl: 'Podaj numer telefonu (9 cyfr, opcjonalnie z +48).',
    en: 'Enter a phone number (9 digits, optionally with +48).',
  },
  // Cross-field checks of the form model
  'check.time.order': {
    pl: 'Godzina zakończenia ({to}) musi być późniejsza niż godzina rozpoczęcia ({from}).',
    en: 'The end time ({to}) must be later than the start time ({from}).',
  },
  'check.time.overlap': {
    pl: 'To spotkanie ({date}, {from}–{to}) nakłada się na spotkanie w wierszu {other}.',
    en: 'This meeting ({date}, {from}–{to}) overlaps the meeting in row {other}.',
  },
  'check.date.outsideMonth': {
    pl: 'Data {date} nie należy do miesiąca karty ({month}).',
    en: 'The date {date} is not in the month of the card ({month}).',
  },
  // Errors of definitions, rule packs, profiles and input
  'error.form.notModule': {
    pl: 'To wejście (@asysta/ui-react/runtime) przyjmuje moduł formularza (np. @asysta/forms/forms/karta-czasu-pracy) i moduł profilu dla niego (np. @asysta/rules/profile-modules/default/karta-czasu-pracy); identyfikatory wbudowanych formularzy zna @asysta/ui-react.',
    en: 'This entry (@asysta/ui-react/runtime) takes a form module (e.g. @asysta/forms/forms/karta-czasu-pracy) and the profile’s module for it (e.g. @asysta/rules/profile-modules/default/karta-czasu-pracy); @asysta/ui-react knows the built-in forms by id.',
  },
  'error.form.unknown': {
    pl: 'Nie znaleziono formularza „{id}”. Dostępne: {available}.',
    en: 'No form “{id}”. Available: {available}.',
  },
  'error.profile.unknown': {
    pl: 'Nie znaleziono profilu „{id}”. Dostępne: {available}.',
    en: 'No profile “{id}”. Available: {available}.',
  },
  'error.pack.unknown': { pl: 'Nie znaleziono pakietu reguł „{id}”.', en: 'No rule pack “{id}”.' },
  'error.definition.invalid': {
    pl: 'Definicja formularza „{id}” jest nieprawidłowa.',
    en: 'The form definition “{id}” is invalid.',
  },
  'error.pack.invalid': { pl: 'Pakiet reguł „{id}” jest nieprawidłowy.', en: 'The rule pack “{id}” is invalid.' },
  'error.profile.invalid': { pl: 'Profil „{id}” jest nieprawidłowy.', en: 'The profile “{id}” is invalid.' },
  'error.profile.fetch': { pl: 'Nie udało się wczytać pliku profilu „{url}”.', en: 'Could not load the profile file “{url}”.' },
  'error.formats.unchecked': {
    pl: 'Własne pakiety i profile („{option}”) wymagają sprawdzenia ich formatu, a ten silnik reguł zna tylko wbudowane.',
    en: 'Own packs and profiles (“{option}”) need their format checked, and this rules engine knows only built-in ones.',
  },
  'error.asOf.invalid': {
    pl: 'Data „{value}” nie jest prawidłową datą RRRR-MM-DD.',
    en: '“{value}” is not a valid YYYY-MM-DD date.',
  },
  'error.data.notObject': { pl: 'Dane formularza muszą być obiektem.', en: 'Form data must be an object.' },
  'error.step.unknown': { pl: 'Formularz nie ma kroku „{step}”. Kroki: {available}.', en: 'The form has no step “{step}”. Steps: {available}.' },
  'error.pointer.invalid': { pl: '„{pointer}” nie jest wskaźnikiem JSON Pointer.', en: '“{pointer}” is not a JSON Pointer.' },
  'error.pointer.notAField': { pl: '„{pointer}” nie jest polem formularza.', en: '“{pointer}” is not a field of the form.' },
  'error.pointer.hidden': { pl: 'Pole „{pointer}” jest teraz ukryte.', en: 'The field “{pointer}” is hidden now.' },
  'error.pointer.notAList': { pl: '„{pointer}” nie jest listą.', en: '“{pointer}” is not a list.' },
  'error.pointer.noItem': { pl: 'Lista „{pointer}” nie ma pozycji {index}.', en: 'The list “{pointer}” has no item {index}.' },
  'error.pointer.full': {
    pl: 'Lista „{pointer}” ma już największą dozwoloną liczbę pozycji ({max}).',
    en: 'The list “{pointer}” already has the most items allowed ({max}).',
  },
  'error.data.notJson': {
    pl: 'Wartość pod „{pointer}” nie jest danymi JSON (np. funkcja, BigInt albo cykl).',
    en: 'The value at “{pointer}” is not JSON data (e.g. a function, a BigInt or a cycle).',
  },
  'error.input.limits': {
    pl: 'Dane wejściowe przekraczają limit albo nie są danymi JSON.',
    en: 'The input passes a limit or is not JSON data.',
  },
  'error.limits.invalid': { pl: 'Nieprawidłowe ustawienie limitów.', en: 'Invalid limits setting.' },
  'rule.error': {
    pl: 'Reguły „{rule}” nie udało się obliczyć: {reason}',
    en: 'The rule “{rule}” could not be evaluated: {reason}',
  },
  'rule.notInEffect': {
    pl: 'Reguła obowiązuje od {from} do {to}.',
    en: 'The rule is in force from {from} to {to}.',
  },
  // Problems found when loading packs, profiles and definitions (details of the errors above)
  'problem.unknownOperator': { pl: 'nieznany operator „{op}”', en: 'unknown operator "{op}"' },
  'problem.arity': {
    pl: '„{op}”: oczekiwana liczba argumentów {expected}, podano {actual}',
    en: '"{op}": expected number of arguments {expected}, got {actual}',
  },
  'problem.tooDeep': {
    pl: 'wyrażenie jest zagnieżdżone głębiej niż {limit, plural, one {# poziom} few {# poziomy} many {# poziomów} other {# poziomu}}',
    en: 'expression is nested deeper than {limit, plural, one {# level} other {# levels}}',
  },
  'problem.tooLarge': {
    pl: 'wyrażenie ma więcej niż {limit, plural, one {# węzeł} few {# węzły} many {# węzłów} other {# węzła}}',
    en: 'expression has more than {limit, plural, one {# node} other {# nodes}}',
  },
  'problem.unsafeKey': { pl: 'klucz „{key}” jest niedozwolony', en: 'key "{key}" is not allowed' },
  'problem.unknownParameter': { pl: 'nieznany parametr „{name}”', en: 'unknown parameter "{name}"' },
  'problem.placeholderWithoutValue': {
    pl: 'symbol {{name}} nie ma wpisu w „values”',
    en: 'placeholder {{name}} has no entry in "values"',
  },
  'problem.duplicateRule': { pl: 'powtórzony identyfikator reguły „{id}”', en: 'duplicate rule id "{id}"' },
  'problem.endsBeforeStart': { pl: 'reguła kończy się, zanim się zaczyna', en: 'the rule ends before it starts' },
  'problem.valuesOrder': {
    pl: 'wartości muszą być uporządkowane według dat, od najstarszej',
    en: 'values must be in date order, oldest first',
  },
  'problem.indexWithoutForEach': { pl: '{index} wymaga „forEach”', en: '{index} needs a forEach' },
  'problem.notJson': { pl: 'To nie jest poprawny JSON: {reason}', en: 'Not valid JSON: {reason}' },
  'problem.noFetch': { pl: 'To środowisko nie ma fetch: przekaż profil jako obiekt.', en: 'This environment has no fetch: pass the profile as an object.' },
  'problem.ownProfile.shape': {
    pl: 'Własny profil to obiekt { profile, packs }: profil i jego pakiety, które nie są wbudowane.',
    en: 'An own profile is an object { profile, packs }: the profile and those of its packs that are not built in.',
  },
  'problem.formats.unchecked': {
    pl: 'Użyj createRulesEngine z @asysta/rules (sprawdza format) albo przekaż sprawdzanie formatów.',
    en: 'Use createRulesEngine from @asysta/rules (it checks the format) or pass the format checks.',
  },
  'problem.profileCycle': { pl: '„extends” tworzy cykl: {chain}', en: '"extends" makes a cycle: {chain}' },
  'problem.unknownPack': { pl: 'nieznany pakiet reguł „{id}”', en: 'unknown rule pack "{id}"' },
  'problem.unknownRule': { pl: 'nieznana reguła „{id}”', en: 'unknown rule "{id}"' },
  'problem.noLabel': { pl: 'pole „{field}” nie ma etykiety', en: 'field "{field}" has no label' },
  'problem.notAField': { pl: '„{field}” nie jest polem schematu', en: '"{field}" is not a field of the schema' },
  'problem.notAFieldHere': { pl: '„{field}” nie jest tu polem', en: '"{field}" is not a field here' },
  'problem.unknownWidget': { pl: 'nieznany widżet „{name}” (dostępne: {known})', en: 'unknown widget "{name}" (known: {known})' },
  'problem.unknownField': { pl: 'nieznane pole niestandardowe „{name}” (dostępne: {known})', en: 'unknown field "{name}" (known: {known})' },
  'problem.uiNotObject': { pl: 'węzeł uiSchema musi być obiektem', en: 'a uiSchema node must be an object' },
  'problem.unresolvedRef': {
    pl: '„#/definitions/{name}” nie jest zdefiniowane w formularzu ani w typach domenowych',
    en: '"#/definitions/{name}" is neither defined in the form nor a domain type',
  },
  'problem.noValidator': {
    pl: 'brak prekompilowanego walidatora tego formularza: przekaż go w opcji `validator`',
    en: 'no precompiled validator for this form: pass one in the `validator` option',
  },
  'problem.schemaChanged': {
    pl: 'schemat różni się od tego, z którego skompilowano wbudowany walidator: przekaż walidator dla niego',
    en: 'the schema differs from the one its built-in validator was compiled from: pass a validator for it',
  },
  'problem.step.duplicateId': { pl: 'powtórzony identyfikator kroku „{id}”', en: 'duplicate step id "{id}"' },
  'problem.step.twice': {
    pl: '„{field}” należy już do kroku „{step}” (przez „{other}”)',
    en: '"{field}" already belongs to the step "{step}" (through "{other}")',
  },
  'problem.step.missing': { pl: 'część „{field}” nie należy do żadnego kroku', en: 'the part "{field}" belongs to no step' },
  'problem.rowsWithStar': { pl: '„rows” musi wskazywać jedną tablicę, bez „*”', en: 'rows must be one array, without "*"' },
  'problem.parameterNoValue': { pl: 'parametr „{name}” nie ma wartości na dzień {date}', en: 'parameter "{name}" has no value on {date}' },
  'problem.budgetExceeded': { pl: 'przekroczono limit obliczeń', en: 'evaluation budget exceeded' },
  // The print layout of a definition (`print`)
  'problem.print.notAList': { pl: '„{field}” nie jest listą formularza', en: '"{field}" is not a list of the form' },
  'problem.print.listInList': {
    pl: 'tabela wydruku musi wskazywać listę, która nie leży w innej liście (bez „*”)',
    en: 'a printed table must name a list that is not inside another list (no "*")',
  },
  'problem.print.notAnItemField': { pl: '„{field}” nie jest polem elementów listy „{list}”', en: '"{field}" is not a field of the items of "{list}"' },
  'problem.print.plainItems': {
    pl: 'elementy listy „{list}” są pojedynczymi wartościami: kolumna pokazuje wartość i nie wymienia pól',
    en: 'the items of "{list}" are plain values: a column shows the value and names no fields',
  },
  'problem.print.columnWithoutLabel': {
    pl: 'kolumna bez pól musi mieć etykietę („label”)',
    en: 'a column without fields needs a label',
  },
  'problem.print.totalColumn': {
    pl: '„{column}” nie jest polem żadnej kolumny tej tabeli',
    en: '"{column}" is not a field of any column of this table',
  },
  'problem.print.twice': {
    pl: '„{field}” jest już drukowane przez {other}',
    en: '"{field}" is already printed by {other}',
  },
  // Drafts (@asysta/forms): what a person typed, kept encrypted until submitted
  'error.draft.storage': {
    pl: 'Wersje robocze są wyłączone: przeglądarka nie pozwala zapisywać danych (np. tryb prywatny albo brak miejsca). Formularz działa dalej, ale wpisane dane nie przetrwają odświeżenia strony.',
    en: 'Drafts are off: the browser does not allow saving data (e.g. private mode or no space left). The form still works, but what is typed will not survive a reload.',
  },
  'error.draft.unreadable': {
    pl: 'Nie udało się odczytać wersji roboczej „{key}”. Formularz otwarto pusty; wersję roboczą odłożono (nie usunięto).',
    en: 'The draft “{key}” could not be read. The form opened empty; the draft was set aside (not deleted).',
  },
  'problem.draft.decrypt': {
    pl: 'nie da się odszyfrować (inny klucz albo uszkodzone dane)',
    en: 'cannot be decrypted (another key or damaged data)',
  },
  'problem.draft.corrupt': { pl: 'zapis jest uszkodzony: {reason}', en: 'the record is damaged: {reason}' },
  'problem.draft.version': {
    pl: 'wersja robocza pochodzi z wersji {found} formularza, obecna to {expected} (brak migracji)',
    en: 'the draft is of version {found} of the form, the current one is {expected} (no migration)',
  },
  'problem.draft.form': {
    pl: 'wersja robocza należy do formularza „{found}”, nie „{expected}”',
    en: 'the draft belongs to the form “{found}”, not “{expected}”',
  },
  'error.draft.noMigration': {
    pl: 'Wersji roboczej z wersji {from} formularza nie da się przenieść do wersji {to}: definicja nie ma takiej migracji.',
    en: 'A draft of version {from} of the form cannot be carried over to version {to}: the definition has no such migration.',
  },
  // A form definition's migrations (checked by `asysta forms validate`)
  'problem.migration.order': {
    pl: 'migracja musi prowadzić do wersji nowszej: {from} → {to}',
    en: 'a migration must lead to a later version: {from} → {to}',
  },
  'problem.migration.beyond': {
    pl: 'migracja prowadzi do wersji {to}, nowszej niż wersja formularza {version}',
    en: 'the migration leads to version {to}, later than the form’s version {version}',
  },
  'problem.migration.duplicate': {
    pl: 'dwie migracje z wersji {from}: wersja robocza nie wiedziałaby, którą przejść',
    en: 'two migrations from version {from}: a draft would not know which to take',
  },
  'problem.migration.chain': {
    pl: 'migracje z wersji {from} nie prowadzą do obecnej wersji {version}: kończą się na {end} ({chain})',
    en: 'the migrations from version {from} do not reach the current version {version}: they end at {end} ({chain})',
  },
  'problem.migration.notAField': {
    pl: '„{field}” nie jest polem wersji {version} formularza',
    en: '"{field}" is not a field of version {version} of the form',
  },
  'problem.migration.stars': {
    pl: '„{from}” i „{to}” muszą mieć tyle samo „*”',
    en: '"{from}" and "{to}" must have as many "*" as each other',
  },
  'problem.migration.defaultValue': {
    pl: 'wartość domyślna nie pasuje do pola „{field}” ({reason})',
    en: 'the default value does not fit the field "{field}" ({reason})',
  },
  'problem.arrayTooLong': {
    pl: 'lista dłuższa niż {limit, plural, one {# element} few {# elementy} many {# elementów} other {# elementu}}',
    en: 'list longer than {limit, plural, one {# item} other {# items}}',
  },
  'error.case.invalid': { pl: 'Sprawa „{id}” jest nieprawidłowa.', en: 'The case “{id}” is invalid.' },
  'error.case.tooLarge': {
    pl: 'Sprawa jest za duża: ma ponad {limit, plural, one {# wartość} few {# wartości} many {# wartości} other {# wartości}}. Podziel ją albo usuń zbędne dokumenty.',
    en: 'The case is too large: more than {limit, plural, one {# value} other {# values}}. Split it or remove documents it does not need.',
  },
  'problem.limits.notObject': { pl: 'limity muszą być obiektem', en: 'limits must be an object' },
  'problem.limits.unknown': { pl: 'nieznany limit „{name}” (dostępne: {known})', en: 'unknown limit "{name}" (known: {known})' },
  'problem.limits.range': {
    pl: '„{name}” musi być liczbą całkowitą od 1 do {max}, podano {value}',
    en: '"{name}" must be a whole number from 1 to {max}, got {value}',
  },
  'problem.notSchema': {
    pl: 'w tym miejscu musi być schemat (obiekt), podano {kind}',
    en: 'a schema (an object) must be here, got {kind}',
  },
  'problem.notObject': { pl: 'oczekiwano obiektu, podano {kind}', en: 'expected an object, got {kind}' },
  // Input limits (details of error.input.limits)
  'limit.bytes': { pl: 'dane są większe niż {limit}', en: 'the data is larger than {limit}' },
  'limit.depth': { pl: 'dane są zagnieżdżone głębiej niż {limit}', en: 'the data is nested deeper than {limit}' },
  'limit.arrayLength': { pl: 'tablica ma więcej niż {limit}', en: 'the array has more than {limit}' },
  'limit.stringLength': { pl: 'tekst ma więcej niż {limit}', en: 'the text has more than {limit}' },
  'limit.pointerIndex': { pl: 'indeks {index} jest większy niż dopuszczalny ({limit})', en: 'index {index} is above the allowed {limit}' },
  'limit.cycle': { pl: 'dane zawierają cykl (obiekt zawiera sam siebie)', en: 'the data has a cycle (an object contains itself)' },
  'limit.notJson': { pl: 'wartość rodzaju {kind} nie jest danymi JSON', en: 'a value of kind {kind} is not JSON data' },
  'limit.unreadable': { pl: 'nie można odczytać wartości: {reason}', en: 'the value cannot be read: {reason}' },
  // Renderer texts
  'ui.submit': { pl: 'Zapisz', en: 'Save' },
  'ui.addRow': { pl: 'Dodaj wiersz', en: 'Add row' },
  'ui.removeRow': { pl: 'Usuń wiersz {n}', en: 'Remove row {n}' },
  'ui.row': { pl: 'Wiersz {n}', en: 'Row {n}' },
  'ui.from': { pl: 'Od', en: 'From' },
  'ui.to': { pl: 'Do', en: 'To' },
  'ui.errorSummary.title': { pl: 'Popraw błędy w formularzu', en: 'Please correct the errors in the form' },
  'ui.warningSummary.title': { pl: 'Uwagi do sprawdzenia', en: 'Notes to check' },
  'ui.source': { pl: 'Źródło: {source}', en: 'Source: {source}' },
  'ui.loadError.title': { pl: 'Nie można wyświetlić formularza', en: 'The form cannot be shown' },
  'ui.errorPrefix': { pl: 'Błąd', en: 'Error' },
  'ui.warningPrefix': { pl: 'Uwaga', en: 'Warning' },
  'ui.infoPrefix': { pl: 'Informacja', en: 'Note' },
  'ui.loadError.unexpected': {
    pl: 'Wystąpił nieoczekiwany błąd formularza. Zgłoś go administratorowi portalu.',
    en: 'An unexpected error occurred in the form. Please report it to the portal administrator.',
  },
  'ui.noRows': { pl: 'Brak wierszy.', en: 'No rows yet.' },
  'print.button': { pl: 'Drukuj', en: 'Print' },
  'print.region': { pl: 'Wersja do druku: {title}', en: 'Print version: {title}' },
  'print.ordinal': { pl: 'Lp.', en: 'No.' },
  'print.yes': { pl: 'tak', en: 'yes' },
  'print.no': { pl: 'nie', en: 'no' },
  'ui.loading': { pl: 'Wczytywanie formularza…', en: 'Loading the form…' },
  'ui.loadError.module': {
    pl: 'Nie udało się wczytać formularza. Sprawdź połączenie z internetem i odśwież stronę.',
    en: 'The form could not be loaded. Check the connection and reload the page.',
  },
  // Why JSON does not parse, by jsonc-parser's error codes (`asysta` and the rules playground)
  'problem.jsonSyntax.InvalidSymbol': { pl: 'niedozwolony znak', en: 'an invalid symbol' },
  'problem.jsonSyntax.InvalidNumberFormat': { pl: 'nieprawidłowa liczba', en: 'an invalid number' },
  'problem.jsonSyntax.PropertyNameExpected': { pl: 'oczekiwano nazwy pola w cudzysłowie', en: 'a property name in quotes expected' },
  'problem.jsonSyntax.ValueExpected': { pl: 'oczekiwano wartości', en: 'a value expected' },
  'problem.jsonSyntax.ColonExpected': { pl: 'oczekiwano dwukropka', en: 'a colon expected' },
  'problem.jsonSyntax.CommaExpected': { pl: 'oczekiwano przecinka', en: 'a comma expected' },
  'problem.jsonSyntax.CloseBraceExpected': { pl: 'brak zamykającego „}”', en: 'a closing “}” expected' },
  'problem.jsonSyntax.CloseBracketExpected': { pl: 'brak zamykającego „]”', en: 'a closing “]” expected' },
  'problem.jsonSyntax.EndOfFileExpected': { pl: 'tekst po końcu dokumentu', en: 'text after the end of the document' },
  'problem.jsonSyntax.InvalidCommentToken': { pl: 'komentarze nie są dozwolone w JSON', en: 'comments are not allowed in JSON' },
  'problem.jsonSyntax.UnexpectedEndOfString': { pl: 'niezamknięty tekst w cudzysłowie', en: 'an unterminated string' },
  'problem.jsonSyntax.other': { pl: 'nieprawidłowy JSON', en: 'invalid JSON' },
  'input.date': { pl: 'Podaj istniejącą datę w formacie DD.MM.RRRR.', en: 'Enter a real date as DD/MM/YYYY.' },
  'input.month': { pl: 'Podaj miesiąc w formacie MM.RRRR.', en: 'Enter a month as MM/YYYY.' },
  'input.time': { pl: 'Podaj godzinę w formacie GG:MM (24-godzinnym).', en: 'Enter a time as HH:MM (24-hour).' },
  // What became of a valid submit: the form says only what the host has confirmed.
  'ui.handedOver': { pl: 'Dane przekazano do zapisania.', en: 'Handed over to be saved.' },
  'ui.saving': { pl: 'Zapisywanie…', en: 'Saving…' },
  'ui.saved': { pl: 'Formularz został zapisany.', en: 'The form has been saved.' },
  'ui.saveFailed': { pl: 'Nie udało się zapisać. Dane zostały w formularzu.', en: 'Not saved. The data is still in the form.' },
  'ui.draft.restored': { pl: 'Przywrócono wersję roboczą z {date}.', en: 'The draft of {date} has been restored.' },
  'ui.draft.discard': { pl: 'Odrzuć wersję roboczą', en: 'Discard the draft' },
  'ui.steps.label': { pl: 'Kroki formularza', en: 'Steps of the form' },
  'ui.steps.heading': { pl: 'Krok {n} z {total}: {title}', en: 'Step {n} of {total}: {title}' },
  'ui.steps.hasErrors': { pl: 'błędy do poprawienia', en: 'errors to correct' },
  'ui.steps.back': { pl: 'Wstecz', en: 'Back' },
  'ui.steps.next': { pl: 'Dalej', en: 'Continue' },
  'ui.steps.backToReview': { pl: 'Wróć do sprawdzenia odpowiedzi', en: 'Back to checking your answers' },
  'ui.review.title': { pl: 'Sprawdź odpowiedzi przed zapisaniem', en: 'Check your answers before saving' },
  'ui.review.change': { pl: 'Zmień', en: 'Change' },
  'ui.review.empty': { pl: 'Nie podano', en: 'Not given' },
  'ui.draft.otherTab': {
    pl: 'Ten formularz jest otwarty w innej karcie. Wersja robocza zapisuje się z tej karty, w której zmieniono go ostatnio.',
    en: 'This form is open in another tab. The draft is saved from whichever tab changed it last.',
  },
  'ui.draft.notCarriedOver.title': { pl: 'Nie przeniesiono do formularza', en: 'Not carried over' },
  'ui.draft.notCarriedOver.hint': {
    pl: 'Formularz zmienił się od zapisania wersji roboczej. Tych wartości nie da się wpisać w obecne pola – skopiuj je, jeśli są potrzebne, i zamknij tę ramkę.',
    en: 'The form has changed since the draft was saved. These values do not fit its current fields – copy them if they are needed, then close this box.',
  },
  'ui.draft.notCarriedOver.copy': { pl: 'Kopiuj wartości', en: 'Copy the values' },
  'ui.draft.notCarriedOver.copied': { pl: 'Skopiowano', en: 'Copied' },
  'ui.draft.notCarriedOver.dismiss': { pl: 'Zamknij', en: 'Close' },
  'ui.draft.notCarriedOver.dropped': { pl: 'tego pola nie ma już w formularzu', en: 'the form no longer has this field' },
  'ui.draft.notCarriedOver.unknown': { pl: 'formularz nie ma takiego pola', en: 'the form has no such field' },
  'ui.draft.notCarriedOver.type': { pl: 'wartość nie pasuje do pola', en: 'the value does not fit the field' },
  'ui.draft.notCarriedOver.choice': { pl: 'nie ma już takiej opcji do wyboru', en: 'this choice is no longer offered' },
  'ui.draft.notCarriedOver.split': { pl: 'nie dało się podzielić na pola', en: 'could not be split into the fields' },
  'ui.draft.notCarriedOver.occupied': { pl: 'pole ma już inną wartość', en: 'the field already holds another value' },
  'ui.yes': { pl: 'tak', en: 'yes' },
  'ui.no': { pl: 'nie', en: 'no' },
} as const satisfies Record<string, LocalizedText>;

export type MessageKey = keyof typeof catalog;
