import { describe, expect, it } from 'vitest';
import { pluralBlocks } from '@asysta/core';
import { PLAYGROUND_TEXTS, text, type PlaygroundText } from '../playground/texts';

// As the core catalogue's test does: every text in both languages, its counts in each plural form.
describe('the playground texts', () => {
  it.each(Object.keys(PLAYGROUND_TEXTS) as PlaygroundText[])('%s fills every placeholder, for 1, 2, 5, 12, 22', (key) => {
    for (const locale of ['pl', 'en'] as const) {
      const template = PLAYGROUND_TEXTS[key][locale];
      const counts = new Set(pluralBlocks(template).map((b) => b.name));
      const names = [...template.matchAll(/\{(\w+)/g)].map((m) => m[1]!);
      for (const n of [1, 2, 5, 12, 22]) {
        const params = Object.fromEntries(names.map((name) => [name, counts.has(name) ? n : 'x']));
        const filled = text(key, locale, params);
        expect(filled).not.toMatch(/[{}]/);
        if (counts.size) expect(filled).toContain(String(n));
      }
    }
  });
});
