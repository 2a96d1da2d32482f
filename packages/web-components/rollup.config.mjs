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

// 2. The standalone files a portal copies: the runtime (asysta-form.js, defines <asysta-form>) and a
//    folder of modules – one per form and per profile, and the chunks they share – fetched with
//    import() of a static relative path when a page shows them. Hashed names may be cached for good.
//    @asysta/* come from their built dist (workspaces build in dependency order).
const standalone = {
  input: 'src/define.ts',
  // The runtime is the entry itself: what the form modules share with it is exported from it, never
  // moved to a chunk behind a one-line facade (one more request before anything shows).
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/standalone',
    entryFileNames: 'asysta-form.js',
    chunkFileNames: 'modules/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    commonjs(),
    json({ preferConst: true }),
    typescript({ tsconfig: `${dir}tsconfig.build.json`, outDir: 'dist/standalone', declaration: false, declarationMap: false }),
    terser({ format: { comments: false } }),
    sizeManifest(),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
    warn(warning);
  },
};

/**
 * Writes dist/standalone/modules.json: for the runtime and for each form's and profile's module, the
 * files it loads (itself and the chunks it imports), so the build can print what a page downloads.
 */
function sizeManifest() {
  return {
    name: 'asysta-size-manifest',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const closure = (chunk, seen = new Set()) => {
        if (seen.has(chunk.fileName)) return seen;
        seen.add(chunk.fileName);
        for (const name of chunk.imports) {
          const next = bundle[name];
          if (next?.type === 'chunk') closure(next, seen);
        }
        return seen;
      };
      // profiles: keyed "<profile>/<form>" – what a page showing the form needs of the profile.
      const modules = { runtime: [...closure(chunks.find((c) => c.isEntry))], forms: {}, profiles: {} };
      for (const chunk of chunks) {
        if (!chunk.isDynamicEntry) continue;
        // A form's module may share its chunk with the full package (loaded for own definitions), so
        // the chunk is found by the modules it holds rather than by its facade.
        for (const id of chunk.moduleIds) {
          const form = /generated[\\/]forms[\\/]([^\\/]+)\.js$/.exec(id);
          const profile = /generated[\\/]profiles[\\/]([^\\/]+)[\\/]([^\\/]+)\.js$/.exec(id);
          if (form) modules.forms[form[1]] = [...closure(chunk)];
          if (profile) modules.profiles[`${profile[1]}/${profile[2]}`] = [...closure(chunk)];
        }
      }
      this.emitFile({ type: 'asset', fileName: 'modules.json', source: JSON.stringify(modules, null, 2) });
    },
  };
}

export default [library, standalone];
