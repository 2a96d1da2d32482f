// Writes the theme's stylesheet (the `asystaCss` string of @asysta/forms, its single source) to
// dist/asysta.css, so hosts can link it: <link rel="stylesheet" href=".../@asysta/ui-react/dist/asysta.css">.
import { writeFileSync } from 'node:fs';
import { asystaCss } from '@asysta/forms';

const target = new URL('../dist/asysta.css', import.meta.url);
writeFileSync(target, `/* Asysta theme – generated from @asysta/forms (src/styles.ts) */\n${asystaCss.trim()}\n`);
console.log(`wrote ${target.pathname} (${asystaCss.length} bytes)`);
