import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateAll } from '../../../scripts/generate.js';

describe('generated files', () => {
  it('are up to date with the schemas and definitions (run `npm run generate`)', async () => {
    for (const file of await generateAll()) {
      expect(readFileSync(file.path, 'utf8'), file.path).toBe(file.content);
    }
  }, 30_000);

  it('contain no code evaluation and no require()', async () => {
    for (const file of await generateAll()) {
      expect(file.content).not.toMatch(/\beval\(|new Function\(|require\(/);
    }
  }, 30_000);
});
