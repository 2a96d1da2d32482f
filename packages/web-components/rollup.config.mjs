import { fileURLToPath } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { packageConfig } from '../../rollup.config.factory.mjs';

const dir = fileURLToPath(new URL('.', import.meta.url));

// 1. The library: ESM + .d.ts, lit/react/@asysta/* external. `define` is the side-effect entry.
const library = packageConfig(import.meta.url, { input: { index: 'src/index.ts', define: 'src/define.ts' } });

// 2. The standalone bundle for plain pages: everything inside (lit, @asysta/*),
//    defines <asysta-form>. @asysta/* come from their built dist (workspaces build in dependency order).
const standalone = {
  input: 'src/define.ts',
  output: { dir: 'dist/standalone', entryFileNames: 'asysta-form.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
  plugins: [
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    commonjs(),
    json({ preferConst: true }),
    typescript({ tsconfig: `${dir}tsconfig.build.json`, outDir: 'dist/standalone', declaration: false, declarationMap: false }),
    terser({ format: { comments: false } }),
  ],
  onwarn(warning, warn) {
    // Third-party noise: rjsf's 'use client' directives and its internal import cycles.
    if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.id?.includes('node_modules')) return;
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
    warn(warning);
  },
};

export default [library, standalone];
