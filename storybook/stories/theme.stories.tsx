/**
 * The theme on a page of its own: every custom property the stylesheet reads (`--asysta-*`, found
 * in asystaCss itself, so a new one appears here), each with a live control, over forms that show
 * errors, warnings and focus.
 */
import type { CSSProperties } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { AsystaForm, asystaCss } from '@asysta/ui-react';
import { AS_OF, findExample } from './fixtures';

/** Each `var(--asysta-…, default)` of the stylesheet, once, in the order it first appears. */
export const THEME_PROPERTIES: { name: string; fallback: string }[] = [
  ...new Map([...asystaCss.matchAll(/var\((--asysta-[\w-]+),\s*([^)]+)\)/g)].map(([, name, fallback]) => [name!, fallback!.trim()])),
].map(([name, fallback]) => ({ name, fallback }));

const isColour = (value: string) => /^#[0-9a-f]{3,8}$/i.test(value);

type ThemeArgs = Record<string, string>;

function ThemePage(args: ThemeArgs) {
  const style = Object.fromEntries(THEME_PROPERTIES.map(({ name }) => [name, args[name]])) as CSSProperties;
  const overQuota = findExample('karta-czasu-pracy', 'over-monthly-quota');
  const wrong = findExample('karta-czasu-pracy', 'end-before-start');
  return (
    <div style={style} lang="pl">
      <table className="asysta-theme-table">
        <caption>Własności CSS motywu (ustawiane na elemencie nadrzędnym; dziedziczą się też do shadow DOM elementu)</caption>
        <thead>
          <tr>
            <th scope="col">Własność</th>
            <th scope="col">Domyślnie</th>
            <th scope="col">Teraz</th>
          </tr>
        </thead>
        <tbody>
          {THEME_PROPERTIES.map(({ name, fallback }) => (
            <tr key={name}>
              <td>
                <code>{name}</code>
              </td>
              <td>
                <code>{fallback}</code>
              </td>
              <td>
                <code>{args[name]}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AsystaForm form="karta-czasu-pracy" data={overQuota.data} profile={overQuota.profile} asOf={overQuota.asOf ?? AS_OF} />
      <AsystaForm form="karta-czasu-pracy" data={wrong.data} asOf={AS_OF} />
    </div>
  );
}

const meta = {
  title: 'Motyw/Własności CSS',
  component: ThemePage,
  args: Object.fromEntries(THEME_PROPERTIES.map(({ name, fallback }) => [name, fallback])),
  argTypes: Object.fromEntries(
    THEME_PROPERTIES.map(({ name, fallback }) => [name, { control: isColour(fallback) ? 'color' : 'text', description: `domyślnie ${fallback}` }]),
  ),
} satisfies Meta<ThemeArgs>;

export default meta;

export const Motyw: StoryObj<ThemeArgs> = {
  name: 'Własności CSS na żywo',
  // The second form's errors show, as after a submit attempt.
  play: async ({ canvasElement, userEvent }) => {
    const buttons = canvasElement.querySelectorAll<HTMLButtonElement>('button[type="submit"]');
    if (buttons[1]) await userEvent.click(buttons[1]);
  },
};
