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
      typescript({
        tsconfig: `${dir}tsconfig.build.json`,
        outDir: 'dist',
        declaration: true,
        declarationDir: 'dist',
      }),
    ],
  };
}
