// Writes the theme's stylesheet (the `asystaCss` string, its single source) to dist/asysta.css,
// so hosts can link it: <link rel="stylesheet" href=".../@asysta/ui-react/dist/asysta.css">.
import { writeFileSync } from 'node:fs';

const { asystaCss } = await import(new URL('../dist/styles.js', import.meta.url).href);
const target = new URL('../dist/asysta.css', import.meta.url);
writeFileSync(target, `/* @asysta/ui-react theme – generated from src/styles.ts */\n${asystaCss.trim()}\n`);
console.log(`wrote ${target.pathname} (${asystaCss.length} bytes)`);
