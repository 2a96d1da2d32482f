/**
 * The stories of one definition, in every state, drawn by <AsystaForm> from the definition's own
 * examples. The modules that call this are written by .storybook/definition-stories.ts, one per
 * `*.form.json` (built-in forms and the widget gallery), so no form needs a story file.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { AsystaForm, AsystaPrint, type AsystaFormProps } from '@asysta/ui-react';
import { getFormDefinition, type DataValidator, type FormDefinition } from '@asysta/forms';
import { widgetModules } from '../widgets/generated/index';
import { AS_OF, commonArgTypes } from './controls';
import { FormDocsPage } from './docs/FormDocsPage';
import type { FormStoryState } from './form-story-state';

type Kind = 'forms' | 'widgets';
type FormStoryArgs = AsystaFormProps;

function definitionOf(kind: Kind, id: string): { definition: FormDefinition; validator?: DataValidator } {
  if (kind === 'forms') return { definition: getFormDefinition(id) };
  const module = widgetModules[id];
  if (!module) throw new Error(`No widget gallery form "${id}": run npm run generate`);
  return { definition: module.definition, validator: module.validate };
}

/**
 * The definition broken the way an editor's slip breaks one – a widget no renderer has and a
 * uiSchema entry for a field that does not exist – so the story shows the located error box.
 */
export function brokenDefinition(definition: FormDefinition): FormDefinition {
  const ui = definition.uiSchema as Record<string, unknown>;
  const order = Array.isArray(ui['ui:order']) ? (ui['ui:order'] as string[]) : [];
  const first = order.find((name) => name !== '*') ?? Object.keys((definition.schema['properties'] as object | undefined) ?? {})[0] ?? 'pole';
  const firstUi = ui[first] !== null && typeof ui[first] === 'object' ? (ui[first] as Record<string, unknown>) : {};
  return { ...definition, uiSchema: { ...ui, [first]: { ...firstUi, 'ui:widget': 'podpis-odręczny' }, poleSpozaSchematu: { 'ui:widget': 'text' } } };
}

const clone = (data: unknown) => structuredClone(data) as Record<string, unknown>;

export function definitionStories(kind: Kind, id: string, title: string) {
  const { definition, validator } = definitionOf(kind, id);
  const { valid, invalid } = definition.examples;
  const base: FormStoryArgs = {
    form: kind === 'forms' ? id : definition,
    profile: 'default',
    locale: 'pl',
    asOf: AS_OF,
    disabled: false,
    ...(validator ? { validator } : {}),
    onChange: fn(),
    onSubmit: fn(),
    onError: fn(),
  };
  const withExample = (found: { data: unknown; profile?: string; asOf?: string } | undefined): Partial<FormStoryArgs> =>
    found ? { data: clone(found.data), profile: found.profile ?? 'default', asOf: found.asOf ?? AS_OF } : {};
  const named = (list: typeof valid | typeof invalid, name: string) => {
    const found = list.find((e) => e.name === name);
    if (!found) throw new Error(`${id} has no example "${name}"`);
    return found;
  };

  const meta = {
    title,
    component: AsystaForm,
    args: base,
    argTypes: {
      ...commonArgTypes,
      form: { table: { disable: true } },
      validator: { table: { disable: true } },
      engine: { table: { disable: true } },
    },
    parameters: {
      docs: { page: () => <FormDocsPage id={id} /> },
    },
  } satisfies Meta<FormStoryArgs>;

  function story(state: FormStoryState): StoryObj<FormStoryArgs> {
    switch (state.kind) {
      case 'empty':
        return {};
      case 'valid':
        return { args: withExample(named(valid, state.example)) };
      case 'invalid':
        return {
          args: withExample(named(invalid, state.example)),
          // Errors inline and in the summary, as after a submit attempt.
          play: async ({ canvasElement, userEvent }) => {
            const submit = canvasElement.querySelector<HTMLButtonElement>('button[type="submit"]');
            if (submit) await userEvent.click(submit);
          },
        };
      case 'english':
        return { args: { ...withExample(valid[0]), locale: 'en' } };
      case 'disabled':
        return { args: { ...withExample(valid[0]), disabled: true } };
      case 'broken':
        return { args: { form: brokenDefinition(definition) } };
      case 'steps':
        return { args: { ...withExample(valid[0]), layout: 'steps' } };
      case 'review':
        return {
          args: { ...withExample(valid[0]), layout: 'steps' },
          // Dalej through every step of the valid example, to the answers page.
          play: async ({ canvasElement, userEvent }) => {
            for (let step = 0; step < 40 && !canvasElement.querySelector('.asysta-review'); step++) {
              const next = canvasElement.querySelector<HTMLButtonElement>('button[type="submit"]');
              if (!next) break;
              await userEvent.click(next);
            }
          },
        };
      case 'print':
      case 'print-blank':
        // The paper template as <AsystaPrint> shows it on screen (the form prints the same page).
        return {
          args: state.kind === 'print' ? withExample(valid[0]) : {},
          render: (args) => <AsystaPrint form={args.form} profile={args.profile} locale={args.locale} asOf={args.asOf} data={args.data} onError={args.onError} />,
        };
    }
  }

  return { meta, story };
}
