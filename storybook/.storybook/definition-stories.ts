/**
 * Stories made from the definitions themselves, with no story file per form (Node side: main.ts).
 *
 * Storybook finds the `*.form.json` files through the `stories` globs; the indexer below lists, for
 * each, one story per state – empty, each valid example, each invalid example after a submit,
 * English, disabled, a broken definition – titled by the form's Polish title. Each entry imports
 * `virtual:asysta-stories/<kind>/<id>`, a CSF module that the Vite plugin below writes from the same
 * plan, so the sidebar and the module cannot disagree. A new definition file is a new group of
 * stories on the next index (the dev server watches the globs), and a changed example list changes
 * its stories.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Indexer, IndexInput } from 'storybook/internal/types';
import type { Plugin } from 'vite';
import type { FormStoryState } from '../stories/form-story-state.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');

/** Where each kind of definition lives, and how its group is titled in the sidebar. */
export const DEFINITION_KINDS = {
  forms: { dir: join(root, 'packages/forms/definitions'), group: 'Formularze' },
  widgets: { dir: join(root, 'storybook/widgets'), group: 'Widżety i szablony' },
} as const;
export type DefinitionKind = keyof typeof DEFINITION_KINDS;

/** The `stories` globs of the definitions (relative to .storybook). */
export const DEFINITION_GLOBS = ['../../packages/forms/definitions/*.form.json', '../widgets/*.form.json'];

interface DefinitionFile {
  id: string;
  steps?: unknown;
  title: { pl: string; en: string };
  examples: { valid: { name: string }[]; invalid: { name: string }[] };
}

export interface PlannedStory {
  exportName: string;
  name: string;
  state: FormStoryState;
}

/** "three-meetings" → "three_meetings": an export name (letters, digits, underscores). */
const identifier = (name: string) => name.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'x';

/**
 * The stories of one definition, in sidebar order (their render cases are in ../stories/form-stories.tsx):
 * steps and the check-your-answers page for a form that declares steps; print, filled and blank, for
 * every built-in form.
 */
export function planStories(definition: DefinitionFile, kind: DefinitionKind = 'forms'): PlannedStory[] {
  const { valid, invalid } = definition.examples;
  const seen = new Set<string>();
  const unique = (exportName: string) => {
    let name = exportName;
    for (let i = 2; seen.has(name); i++) name = `${exportName}_${i}`;
    seen.add(name);
    return name;
  };
  return [
    { exportName: unique('Pusty'), name: 'Pusty', state: { kind: 'empty' } },
    ...valid.map((e) => ({ exportName: unique(`Wypelniony_${identifier(e.name)}`), name: `Wypełniony: ${e.name}`, state: { kind: 'valid', example: e.name } }) as const),
    ...invalid.map((e) => ({ exportName: unique(`Bledy_${identifier(e.name)}`), name: `Błędy po zapisie: ${e.name}`, state: { kind: 'invalid', example: e.name } }) as const),
    { exportName: unique('English'), name: 'English', state: { kind: 'english' } },
    { exportName: unique('Wylaczony'), name: 'Wyłączony (disabled)', state: { kind: 'disabled' } },
    ...(definition.steps
      ? ([
          { exportName: unique('Kroki'), name: 'Kroki', state: { kind: 'steps' } },
          { exportName: unique('Sprawdz_odpowiedzi'), name: 'Sprawdź odpowiedzi', state: { kind: 'review' } },
        ] as const)
      : []),
    ...(kind === 'forms'
      ? ([
          { exportName: unique('Wydruk'), name: 'Wydruk', state: { kind: 'print' } },
          { exportName: unique('Wydruk_pusty_wzor'), name: 'Wydruk: pusty wzór', state: { kind: 'print-blank' } },
        ] as const)
      : []),
    { exportName: unique('Zepsuta_definicja'), name: 'Zepsuta definicja', state: { kind: 'broken' } },
  ];
}

function readDefinition(file: string): DefinitionFile {
  return JSON.parse(readFileSync(file, 'utf8')) as DefinitionFile;
}

function kindOf(file: string): DefinitionKind | undefined {
  const dir = dirname(file);
  return (Object.keys(DEFINITION_KINDS) as DefinitionKind[]).find((kind) => DEFINITION_KINDS[kind].dir === dir);
}

const VIRTUAL = 'virtual:asysta-stories/';

/** The sidebar title: the group, then the form's Polish title (never its id). */
const titleOf = (kind: DefinitionKind, definition: DefinitionFile) => `${DEFINITION_KINDS[kind].group}/${definition.title.pl}`;

export const definitionIndexer: Indexer = {
  test: /\.form\.json$/,
  createIndex: async (fileName) => {
    const kind = kindOf(fileName);
    if (!kind) return [];
    const definition = readDefinition(fileName);
    const title = titleOf(kind, definition);
    return planStories(definition, kind).map(
      (story): IndexInput => ({
        type: 'story',
        importPath: `${VIRTUAL}${kind}/${basename(fileName, '.form.json')}`,
        exportName: story.exportName,
        name: story.name,
        title,
        // A docs page per form (its fields, rules and sources); the widgets need none.
        tags: kind === 'forms' ? ['autodocs'] : [],
      }),
    );
  },
};

/** Writes the CSF module of `virtual:asysta-stories/<kind>/<id>` from the definition's plan. */
export function definitionStoriesPlugin(): Plugin {
  const builder = join(root, 'storybook/stories/form-stories.tsx');
  return {
    name: 'asysta-definition-stories',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return undefined;
      const [kind, name] = id.slice(VIRTUAL.length + 1).split('/') as [DefinitionKind, string];
      const file = join(DEFINITION_KINDS[kind].dir, `${name}.form.json`);
      this.addWatchFile(file);
      const definition = readDefinition(file);
      const lines = [
        `import { definitionStories } from ${JSON.stringify(builder)};`,
        `const stories = definitionStories(${JSON.stringify(kind)}, ${JSON.stringify(definition.id)}, ${JSON.stringify(titleOf(kind, definition))});`,
        'export default stories.meta;',
        ...planStories(definition, kind).map((s) => `export const ${s.exportName} = stories.story(${JSON.stringify(s.state)});`),
      ];
      return lines.join('\n');
    },
  };
}
