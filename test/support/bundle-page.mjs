// Bundles a page script for Chromium (React's production build, the packages' built dist): the
// conformance suite's driver pages and bench/browser share this.
import { rollup } from 'rollup';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';

/** Writes `input` bundled to `file`; ids that `external` accepts stay imports. */
export async function bundlePage(input, file, { external } = {}) {
  const bundle = await rollup({
    input,
    ...(external ? { external } : {}),
    plugins: [
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      commonjs(),
      json(),
    ],
    onwarn(warning, warn) {
      if (['MODULE_LEVEL_DIRECTIVE', 'CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED', 'EVAL'].includes(warning.code)) return;
      warn(warning);
    },
  });
  try {
    await bundle.write({ file, format: 'es', inlineDynamicImports: true });
  } finally {
    await bundle.close();
  }
}
