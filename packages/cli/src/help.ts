/**
 * The help of `asysta`: one table of commands, from which both `asysta --help` (every command on a line
 * or two) and `asysta <command> --help` (its usage, what it does, its options, an example) are written.
 */
import type { Locale } from '@asysta/core';

type Text = Readonly<Record<Locale, string>>;

type OptionName = 'locale' | 'json' | 'profile' | 'pack' | 'as-of' | 'facts' | 'form' | 'data' | 'kind' | 'trace' | 'out' | 'assistant';

interface CommandHelp {
  /** "rules explain" */
  readonly name: string;
  /** Usage lines without the leading "asysta ". */
  readonly usage: Readonly<Record<Locale, readonly string[]>>;
  readonly summary: Text;
  /** What a person needs to know beyond the summary. */
  readonly details?: Text;
  readonly options: readonly OptionName[];
  readonly examples: readonly string[];
}

const OPTIONS: Readonly<Record<OptionName, { flag: Text; text: Text }>> = {
  locale: { flag: { pl: '--locale pl|en', en: '--locale pl|en' }, text: { pl: 'język komunikatów (domyślnie pl)', en: 'language of messages (pl by default)' } },
  json: { flag: { pl: '--json', en: '--json' }, text: { pl: 'wynik w JSON', en: 'JSON output' } },
  profile: {
    flag: { pl: '--profile <profil>', en: '--profile <profile>' },
    text: {
      pl: 'identyfikator wbudowanego profilu albo własny plik *.profile.json\n(pakiety, których używa, mogą leżeć obok jako <id>.rules.json)',
      en: 'a built-in profile id or your own *.profile.json file\n(the packs it uses may lie beside it as <id>.rules.json)',
    },
  },
  pack: {
    flag: { pl: '--pack <plik>', en: '--pack <file>' },
    text: {
      pl: 'dodatkowy pakiet reguł (można powtarzać); pakiet o identyfikatorze\nwbudowanego zastępuje go; pakiet, którego profil nie używa, jest błędem',
      en: "an extra rule pack (repeatable); a pack with a built-in pack's id\nreplaces it; a pack the profile does not use is an error",
    },
  },
  'as-of': { flag: { pl: '--as-of RRRR-MM-DD', en: '--as-of YYYY-MM-DD' }, text: { pl: 'dzień oceny (domyślnie dziś w Warszawie)', en: 'the day of the evaluation (today in Warsaw by default)' } },
  facts: { flag: { pl: '--facts <plik.json>', en: '--facts <file.json>' }, text: { pl: 'fakty do oceny (obiekt JSON)', en: 'the facts to evaluate (a JSON object)' } },
  form: { flag: { pl: '--form <formularz>', en: '--form <form>' }, text: { pl: 'formularz, którego dane są oceniane', en: 'the form whose data is evaluated' } },
  data: { flag: { pl: '--data <dane.json>', en: '--data <data.json>' }, text: { pl: 'dane formularza (z --form)', en: "the form's data (with --form)" } },
  kind: { flag: { pl: '--kind <rodzaj>', en: '--kind <kind>' }, text: { pl: 'rodzaj rekordu, którego dotyczą reguły (np. sprawa)', en: 'the kind of record the rules apply to (e.g. sprawa)' } },
  trace: { flag: { pl: '--trace', en: '--trace' }, text: { pl: 'wartość każdego podwyrażenia reguły', en: 'the value of every sub-expression of a rule' } },
  out: { flag: { pl: '--out <plik.js>', en: '--out <file.js>' }, text: { pl: 'plik modułu z walidatorami', en: 'the module file with the validators' } },
  assistant: { flag: { pl: '--assistant <id>', en: '--assistant <id>' }, text: { pl: 'identyfikator asystenta rodziny', en: "the family assistant's id" } },
};

const COMMON: readonly OptionName[] = ['locale', 'json', 'profile', 'pack'];

const COMMANDS: readonly CommandHelp[] = [
  {
    name: 'rules validate',
    usage: { pl: ['rules validate <plik...>'], en: ['rules validate <file...>'] },
    summary: { pl: 'sprawdza pakiety reguł (*.rules.json) i profile (*.profile.json)', en: 'checks rule packs (*.rules.json) and profiles (*.profile.json)' },
    details: {
      pl: 'Każdy problem z plikiem, wierszem i wskaźnikiem JSON: kształt, operatory, parametry, szablony komunikatów, daty.',
      en: 'Each problem with its file, line and JSON Pointer: shape, operators, parameters, message templates, dates.',
    },
    options: ['locale', 'json'],
    examples: ['asysta rules validate moj-ops.rules.json moj-ops.profile.json'],
  },
  {
    name: 'rules test',
    usage: { pl: ['rules test [plik|katalog...]'], en: ['rules test [file|dir...]'] },
    summary: { pl: 'uruchamia przypadki testowe pakietów (domyślnie wbudowanych)', en: "runs the packs' test cases (the built-in ones by default)" },
    details: {
      pl: 'Każdy przypadek: fakty, dzień oceny i oczekiwany werdykt każdej reguły; niezaliczony pokazuje wartości, które reguła odczytała.',
      en: 'Each case: facts, a day and the expected verdict of each rule; a failed one shows the values the rule read.',
    },
    options: ['locale', 'json'],
    examples: ['asysta rules test', 'asysta rules test moj-ops.rules.json'],
  },
  {
    name: 'rules explain',
    usage: {
      pl: ['rules explain <profil> --facts <plik.json> [--kind <rodzaj>] [--as-of RRRR-MM-DD] [--trace]', 'rules explain <profil> --form <formularz> --data <dane.json> [--as-of RRRR-MM-DD] [--trace]'],
      en: ['rules explain <profile> --facts <file.json> [--kind <kind>] [--as-of YYYY-MM-DD] [--trace]', 'rules explain <profile> --form <form> --data <data.json> [--as-of YYYY-MM-DD] [--trace]'],
    },
    summary: {
      pl: 'ocenia fakty (albo dane formularza z jego wartościami\nwyliczanymi) i wyjaśnia każdy werdykt',
      en: "evaluates facts (or a form's data with its derived\nvalues) and explains every verdict",
    },
    details: {
      pl: 'Przy każdym werdykcie: reguła, odczytane wartości z jednostkami, parametry obowiązujące w dniu oceny i podstawa prawna.',
      en: 'With every verdict: the rule, the values it read with their units, the parameters in force on the day and the legal source.',
    },
    options: ['facts', 'form', 'data', 'kind', 'as-of', 'trace', 'pack', 'locale', 'json'],
    examples: ['asysta rules explain konstancin-jeziorna --form karta-czasu-pracy --data karta.json --as-of 2026-03-31'],
  },
  {
    name: 'profile list',
    usage: { pl: ['profile list'], en: ['profile list'] },
    summary: { pl: 'wbudowane profile i ich pakiety', en: 'the built-in profiles and their packs' },
    options: ['locale', 'json'],
    examples: ['asysta profile list'],
  },
  {
    name: 'profile diff',
    usage: { pl: ['profile diff <profil> [--as-of RRRR-MM-DD]'], en: ['profile diff <profile> [--as-of YYYY-MM-DD]'] },
    summary: { pl: 'pokazuje, co profil zmienia względem profilu bazowego', en: 'shows what a profile changes against its base' },
    details: {
      pl: 'Pakiety dodane, parametry zmienione (z wartością obowiązującą w dniu --as-of), reguły wyłączone i dlaczego.',
      en: 'Packs added, parameters changed (with the value in force on --as-of), rules switched off and why.',
    },
    options: ['as-of', 'pack', 'locale', 'json'],
    examples: ['asysta profile diff konstancin-jeziorna', 'asysta profile diff moj-ops.profile.json'],
  },
  {
    name: 'forms list',
    usage: { pl: ['forms list'], en: ['forms list'] },
    summary: { pl: 'wbudowane formularze', en: 'the built-in forms' },
    options: ['locale', 'json'],
    examples: ['asysta forms list'],
  },
  {
    name: 'forms validate',
    usage: { pl: ['forms validate <definicja.json>'], en: ['forms validate <definition.json>'] },
    summary: { pl: 'sprawdza definicję formularza', en: 'checks a form definition' },
    details: {
      pl: 'Kształt, etykiety w obu językach, ścieżki etykiet, pól wyliczanych, warunków i wydruku, identyfikatory reguł, przykłady, migracje (czy każdy łańcuch prowadzi do obecnej wersji).',
      en: 'Shape, labels in both languages, the paths of labels, derived fields, conditions and print layout, rule ids, examples, migrations (every chain reaches the current version).',
    },
    options: ['locale', 'json'],
    examples: ['asysta forms validate moj-formularz.form.json'],
  },
  {
    name: 'forms check',
    usage: { pl: ['forms check <formularz> <dane.json> [--profile <profil>] [--as-of RRRR-MM-DD]'], en: ['forms check <form> <data.json> [--profile <profile>] [--as-of YYYY-MM-DD]'] },
    summary: { pl: 'sprawdza dane tak jak formularz i serwer', en: 'checks data as the form and the server do' },
    options: ['profile', 'pack', 'as-of', 'locale', 'json'],
    examples: ['asysta forms check karta-czasu-pracy karta.json --profile konstancin-jeziorna'],
  },
  {
    name: 'forms types',
    usage: { pl: ['forms types <formularz>'], en: ['forms types <form>'] },
    summary: { pl: 'typy TypeScript danych formularza', en: "TypeScript types of a form's data" },
    options: ['locale'],
    examples: ['asysta forms types karta-czasu-pracy > karta.d.ts'],
  },
  {
    name: 'forms compile',
    usage: { pl: ['forms compile <definicja.json...> --out <plik.js>'], en: ['forms compile <definition.json...> --out <file.js>'] },
    summary: { pl: 'prekompiluje walidatory własnych formularzy (bez eval w przeglądarce)', en: 'precompiles validators of your own forms (no eval in the browser)' },
    options: ['out', 'locale'],
    examples: ['asysta forms compile moj-formularz.form.json --out walidatory.js'],
  },
  {
    name: 'case check',
    usage: { pl: ['case check <sprawa.json> [--profile <profil>] [--as-of RRRR-MM-DD]'], en: ['case check <case.json> [--profile <profile>] [--as-of YYYY-MM-DD]'] },
    summary: { pl: 'raport sprawy rodziny: dokumenty i reguły (1 – reguła nie spełniona)', en: "a family's case report: documents and rules (1 – a rule failed)" },
    options: ['profile', 'as-of', 'locale', 'json'],
    examples: ['asysta case check sprawa.json --profile konstancin-jeziorna'],
  },
  {
    name: 'case facts',
    usage: { pl: ['case facts <sprawa.json> [--as-of RRRR-MM-DD]'], en: ['case facts <case.json> [--as-of YYYY-MM-DD]'] },
    summary: { pl: 'fakty, które widzą reguły, ze źródłem każdej części', en: 'the facts the rules see, with the source of each part' },
    options: ['as-of', 'locale', 'json'],
    examples: ['asysta case facts sprawa.json'],
  },
  {
    name: 'case caseload',
    usage: { pl: ['case caseload <katalog> --assistant <id> [--as-of RRRR-MM-DD]'], en: ['case caseload <dir> --assistant <id> [--as-of YYYY-MM-DD]'] },
    summary: { pl: 'rodziny asystenta w tym samym czasie (limit 15, „Za życiem” wliczane)', en: 'an assistant\'s families at the same time (limit 15, “Za życiem” counted)' },
    options: ['assistant', 'as-of', 'locale', 'json'],
    examples: ['asysta case caseload sprawy/ --assistant a-kowalska'],
  },
];

const HEADINGS: Readonly<Record<Locale, { title: string; usage: string; options: string; examples: string; common: string; exit: string; more: string }>> = {
  pl: {
    title: 'asysta – reguły i formularze asystenta rodziny',
    usage: 'Użycie:',
    options: 'Opcje:',
    examples: 'Przykłady:',
    common: 'Opcje wspólne:',
    exit: 'Kody wyjścia: 0 – wszystko w porządku, 1 – reguły, testy lub dane nie przeszły, 2 – nieprawidłowe dane wejściowe.',
    more: 'Więcej o poleceniu: asysta <polecenie> --help, np. asysta rules explain --help',
  },
  en: {
    title: 'asysta – rules and forms of family-assistant work',
    usage: 'Usage:',
    options: 'Options:',
    examples: 'Examples:',
    common: 'Common options:',
    exit: 'Exit codes: 0 all good, 1 rules, tests or data failed, 2 invalid input.',
    more: 'More on a command: asysta <command> --help, e.g. asysta rules explain --help',
  },
};

const COLUMN = 43;
const OPTION_COLUMN = 23;

/** "  left   text" with the text's further lines under its first. */
function row(left: string, text: string, indent = 2, column = COLUMN): string {
  const [first = '', ...more] = text.split('\n');
  const pad = ' '.repeat(column);
  const head = `${' '.repeat(indent)}${left}`;
  const lines = head.length < column - 1 ? [`${head.padEnd(column)}${first}`] : [head, `${pad}${first}`];
  return [...lines, ...more.map((line) => `${pad}${line}`)].join('\n');
}

function optionRows(names: readonly OptionName[], locale: Locale): string {
  return names.map((name) => row(OPTIONS[name].flag[locale], OPTIONS[name].text[locale], 2, OPTION_COLUMN)).join('\n');
}

/** `asysta --help`: every command, then the common options. */
export function generalHelp(locale: Locale): string {
  const h = HEADINGS[locale];
  const commands = COMMANDS.map((command) => {
    const usage = command.usage[locale].map((line) => `asysta ${line}`);
    const last = usage.pop()!;
    return [...usage.map((line) => `  ${line}`), row(last, command.summary[locale])].join('\n');
  });
  return `${h.title}\n\n${h.usage}\n${commands.join('\n')}\n\n${h.common}\n${optionRows(COMMON, locale)}\n${row('--help', locale === 'pl' ? 'ta pomoc' : 'this help', 2, OPTION_COLUMN)}\n\n${h.more}\n\n${h.exit}\n`;
}

const sentence = (text: string) => `${text.charAt(0).toLocaleUpperCase('pl')}${text.slice(1)}.`;

/** The names of the commands with help ("rules explain", …). */
export const commandNames = (): string[] => COMMANDS.map((c) => c.name);

/** `asysta <group> <command> --help`; undefined for a command that does not exist. */
export function commandHelp(name: string, locale: Locale): string | undefined {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) return undefined;
  const h = HEADINGS[locale];
  const parts = [
    `${h.usage}\n${command.usage[locale].map((line) => `  asysta ${line}`).join('\n')}`,
    sentence(command.summary[locale].replace(/\n/g, ' ')) + (command.details ? `\n${command.details[locale]}` : ''),
    `${h.options}\n${optionRows(command.options, locale)}`,
    `${h.examples}\n${command.examples.map((e) => `  ${e}`).join('\n')}`,
    h.exit,
  ];
  return `${parts.join('\n\n')}\n`;
}

/** The commands of a group ("forms"), for `asysta forms --help`. */
export function groupHelp(group: string, locale: Locale): string | undefined {
  const commands = COMMANDS.filter((c) => c.name.startsWith(`${group} `));
  if (!commands.length) return undefined;
  const h = HEADINGS[locale];
  const lines = commands.map((command) => row(`asysta ${command.name}`, command.summary[locale]));
  return `${h.usage}\n${lines.join('\n')}\n\n${h.more}\n`;
}
