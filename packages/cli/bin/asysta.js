#!/usr/bin/env node
// The `asysta` command: a committed entry so that npm links it at install time; the code is built.
import { existsSync } from 'node:fs';

const built = new URL('../dist/index.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('asysta: the CLI is not built yet – run `npm run build` first.\n');
  process.exit(2);
}
const { runCli } = await import(built.href);
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
