#!/usr/bin/env node
/**
 * Bundle the command line into dist/bin/ (run by `npm run build`, `prepare` and `npm test`, after tsc).
 * Why: Ink imports the whole of es-toolkit/compat for one function, and loading it and React
 * unbundled took most of the review's first-screen time (0.80 s median here against 0.38 s
 * bundled, tree-shaken, with React's production build). Each command stays its own chunk,
 * loaded only when that command runs. dist/bin/ sits two folders below the package root, as the
 * sources do below src/, so paths to data/ and seeds/ resolve the same way.
 */
import { chmodSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'bin');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/cli/main.ts', 'analysis-worker': 'src/ui/analysis-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  // Ink loads the React devtools only in development, and they are not a dependency.
  external: ['react-devtools-core'],
  define: { 'process.env.NODE_ENV': '"production"' },
  // CommonJS dependencies bundled into ES modules still call require() for Node's built-ins.
  banner: { js: "import { createRequire as __wiretraceRequire } from 'node:module'; const require = __wiretraceRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(path.join(outdir, 'main.js'), 0o755);
