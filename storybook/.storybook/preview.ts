import type { Preview } from '@storybook/react-vite';
import { listProfiles } from '@asysta/rules';
import { asystaCss } from '@asysta/ui-react';

// The theme's stylesheet, adopted as a constructable stylesheet – the way the custom element does it
// (a host page would link @asysta/ui-react/styles.css instead).
const sheet = new CSSStyleSheet();
sheet.replaceSync(asystaCss);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the form',
      toolbar: {
        title: 'Język / Language',
        icon: 'globe',
        items: [
          { value: 'pl', title: 'Polski', right: 'pl' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    profile: {
      description: 'OPS profile (rule packs and local settings)',
      toolbar: {
        title: 'Profil OPS',
        icon: 'home',
        items: listProfiles().map((id) => ({ value: id, title: id })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'pl', profile: 'konstancin-jeziorna' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
  },
};

export default preview;
