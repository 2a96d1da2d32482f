// One rollup config for every package: ESM + .d.ts from src/index.ts, dependencies left external.
// Packages call `packageConfig(import.meta.url)` and add what is special to them (e.g. a standalone bundle).
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import json from '@rollup/plugin-json';
import typescript from '@rollup/plugin-typescript';

export function readPackage(packageUrl) {
  return JSON.parse(readFileSync(new URL('./package.json', packageUrl), 'utf8'));
}

/** Is `id` one of the package's dependencies (or a subpath of one)? */
export function isDependencyOf(pkg) {
  const names = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  return (id) => names.some((name) => id === name || id.startsWith(`${name}/`));
}

/**
 * The CSS that ships inside a package's JavaScript, compacted at build (comments, whitespace, the
 * last `;` of a block, leading zeros): the source stays readable, the page downloads less. Quoted
 * strings are kept as written.
 */
export function compactCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}')
            .replace(/(^|[\s:(,])0\.(\d)/g, '$1.$2'),
    )
    .join('')
    .trim();
}

/** Compacts the template literals of `src/styles.ts` (the stylesheets, which interpolate only each other). */
const compactStyles = {
  name: 'asysta-compact-css',
  transform(code, id) {
    if (!/[\\/]src[\\/]styles\.ts$/.test(id)) return null;
    return { code: code.replace(/(=\s*)`([^`]*)`/g, (_, assign, css) => `${assign}\`${compactCss(css)}\``), map: null };
  },
};

export function packageConfig(packageUrl, { input = { index: 'src/index.ts' } } = {}) {
  const pkg = readPackage(packageUrl);
  const dir = fileURLToPath(new URL('.', packageUrl));
  return {
    input,
    external: isDependencyOf(pkg),
    output: { dir: 'dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [
      // A fresh dist each build: a file left from an earlier layout must not hide a missing one.
      { name: 'asysta-clean-dist', buildStart: () => rmSync(`${dir}dist`, { recursive: true, force: true }) },
      json({ preferConst: true }),
      compactStyles,
      typescript({
        tsconfig: `${dir}tsconfig.build.json`,
        outDir: 'dist',
        declaration: true,
        declarationDir: 'dist',
      }),
    ],
  };
}
