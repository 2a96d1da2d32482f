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
  'problem.arrayTooLong': {
    pl: 'lista dłuższa niż {limit, plural, one {# element} few {# elementy} many {# elementów} other {# elementu}}',
    en: 'list longer than {limit, plural, one {# item} other {# items}}',
  },
  // The family's case (@asysta/cases)
  'error.case.invalid': { pl: 'Sprawa „{id}” jest nieprawidłowa.', en: 'The case “{id}” is invalid.' },
  'error.case.tooLarge': {
    pl: 'Sprawa jest za duża: ma ponad {limit, plural, one {# wartość} few {# wartości} many {# wartości} other {# wartości}}. Podziel ją albo usuń zbędne dokumenty.',
    en: 'The case is too large: more than {limit, plural, one {# value} other {# values}}. Split it or remove documents it does not need.',
  },
  'case.notObject': { pl: 'sprawa musi być obiektem JSON', en: 'a case must be a JSON object' },
  'case.tooDeep': {
    pl: 'dane są zagnieżdżone głębiej niż {limit, plural, one {# poziom} few {# poziomy} many {# poziomów} other {# poziomu}}',
    en: 'the data is nested deeper than {limit, plural, one {# level} other {# levels}}',
  },
  'case.document.tooLarge': {
    pl: 'dokument ma ponad {limit, plural, one {# wartość} few {# wartości} many {# wartości} other {# wartości}} – pominięty, pozostałe dokumenty są oceniane',
    en: 'the document has more than {limit, plural, one {# value} other {# values}} – skipped, the other documents are evaluated',
  },
  'case.document.unknownForm': {
    pl: 'nieznany formularz „{form}” – dokument pominięty (dostępne: {available})',
    en: 'unknown form “{form}” – the document is skipped (available: {available})',
  },
  'case.document.unknownVersion': {
    pl: 'formularz „{form}” nie ma wersji {version} (wbudowana: {known}) – dokument pominięty',
    en: 'the form “{form}” has no version {version} (built in: {known}) – the document is skipped',
  },
  'case.document.unknownAssistant': {
    pl: 'asystent „{id}” nie należy do sprawy (asystenci sprawy: {known})',
    en: 'the assistant “{id}” is not one of the case\'s assistants ({known})',
  },
  'case.document.unknownMember': {
    pl: 'członek rodziny „{id}” nie należy do sprawy (członkowie: {known})',
    en: 'the family member “{id}” is not in the case (members: {known})',
  },
  'case.document.dateOrder': {
    pl: 'data „{field}” ({date}) jest wcześniejsza niż data „{before}” ({beforeDate})',
    en: 'the “{field}” date ({date}) is earlier than the “{before}” date ({beforeDate})',
  },
  'case.document.inFuture': {
    pl: 'data „{field}” ({date}) jest późniejsza niż dzień oceny ({asOf})',
    en: 'the “{field}” date ({date}) is later than the evaluation date ({asOf})',
  },
  'case.document.statusDate': {
    pl: 'dokument o statusie „{status}” nie ma daty „{field}”',
    en: 'a document with the status “{status}” has no “{field}” date',
  },
  'case.document.invalidData': { pl: 'dane dokumentu: {message}', en: 'the document\'s data: {message}' },
  'case.assistant.periodOrder': {
    pl: 'okres pracy asystenta „{id}” kończy się ({to}) przed początkiem ({from})',
    en: 'the assistant “{id}”\'s period ends ({to}) before it starts ({from})',
  },
  'case.assistant.duplicate': { pl: 'powtórzony asystent „{id}” z nakładającym się okresem', en: 'the assistant “{id}” is listed twice with overlapping periods' },
  'case.assistant.overlap': {
    pl: 'od {from} z rodziną {count, plural, one {pracuje jednocześnie # asystent} few {pracuje jednocześnie # asystentów} many {pracuje jednocześnie # asystentów} other {pracuje jednocześnie # asystenta}} (najwyżej {limit}): {ids}',
    en: 'from {from}, {count, plural, one {# assistant works} other {# assistants work}} with the family at once (at most {limit}): {ids}',
  },
  'case.member.duplicate': { pl: 'powtórzony identyfikator członka rodziny „{id}”', en: 'duplicate family member id “{id}”' },
  'case.event.unknownDocument': {
    pl: 'zdarzenie wskazuje dokument nr {index}, którego nie ma w sprawie',
    en: 'the event points to document no. {index}, which is not in the case',
  },
  'case.events.order': {
    pl: 'zdarzenie „{kind}” ({date}) jest wcześniejsze niż „{before}” ({beforeDate})',
    en: 'the event “{kind}” ({date}) is earlier than “{before}” ({beforeDate})',
  },
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
  // The asysta command line
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
  'ui.saved': { pl: 'Formularz został zapisany.', en: 'The form has been saved.' },
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
  'ui.yes': { pl: 'Tak', en: 'Yes' },
  'ui.no': { pl: 'Nie', en: 'No' },
} as const satisfies Record<string, LocalizedText>;

export type MessageKey = keyof typeof catalog;
