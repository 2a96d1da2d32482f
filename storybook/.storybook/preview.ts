import type { Preview } from '@storybook/react-vite';
import { asystaCss } from '@asysta/ui-react';

// The theme's stylesheet, adopted as a constructable stylesheet – the way the custom element does it
// (a host page would link @asysta/ui-react/styles.css instead).
const sheet = new CSSStyleSheet();
sheet.replaceSync(asystaCss);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    options: {
      storySort: {
        order: ['Start', ['Witaj', 'Projektanci', 'Twórcy portali', 'Administratorzy', 'Autorzy formularzy'], 'Formularze', 'Widżety i szablony', 'Motyw', 'Administratorzy', 'Web Components'],
      },
    },
    a11y: { options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
  },
};

export default preview;
