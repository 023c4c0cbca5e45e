#!/usr/bin/env node
/**
 * Bundle the command line into dist/bin/ (run by `npm run build`, `prepare` and `npm test`, after tsc).
 *
 * Two bundles, so that each command loads only what it needs (README, "Start-up"):
 * - cli.js, CommonJS (dist/bin/package.json says so): the command line and every command but the
 *   terminal UIs; beside it analysis-worker.js, the review's analysis thread, and main.js, the
 *   executable, which runs cli.js with V8's code cache (src/cli/start.ts), made here last. A CommonJS entry starts about 10 ms sooner than an ES module one (Node 20 sets up
 *   its ES module loader only for ES modules), and its built-ins are plain `require`s.
 * - The terminal UIs (Ink and React; yoga-layout's top-level await rules out CommonJS), as ES
 *   modules with shared chunks: render-review.mjs and run-quiz.mjs, which cli.js imports at run
 *   time, on an interactive terminal only. Bundling them also matters:
 *   Ink imports the whole of es-toolkit/compat for one function, and loading it and React unbundled
 *   took most of the review's first-screen time (0.80 s median against 0.38 s bundled, tree-shaken,
 *   with React's production build).
 * dist/bin/ sits two folders below the package root, as the sources do below src/, so paths to
 * data/ and seeds/ resolve the same way.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'bin');

/** Source modules (without extension) that are ES module entries, and the file cli.js imports for each. */
const ESM_ENTRIES = {
  'src/ui/render-review': 'render-review.mjs',
  'src/quiz/run-quiz': 'run-quiz.mjs',
};

const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Node 20 has these; esbuild's table says otherwise and would turn every such regular expression
  // literal into `new RegExp(…)`, built again on each call (once per word in prepareText).
  supported: { 'regexp-unicode-property-escapes': true, 'regexp-lookbehind-assertions': true },
  jsx: 'automatic',
  // Ink loads the React devtools only in development, and they are not a dependency.
  // better-sqlite3 is a native module; Fastify is loaded from node_modules as it ships.
  external: ['react-devtools-core', 'better-sqlite3', 'fastify'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * CommonJS modules bundled apart from cli.js, which cli.js requires only when it needs them: the
 * HTML pages (with dagre and marked, about 180 kB that `analyze` would otherwise read at every
 * start) and the Markdown parser (micromark and mdast, about 550 kB), required when a Markdown file
 * is read.
 */
const CJS_APART = {
  'src/html/html-pages': 'html-pages.js',
  'src/ingest/markdown-syntax': 'markdown-syntax.js',
};

/**
 * In the CommonJS bundle, imports of the ES module entries stay imports, of their built files.
 * An import of a module bundled apart becomes a small module inside cli.js that `require`s the
 * built file: a real `import()` would fail in functions V8 takes from the code cache
 * (src/cli/start.ts), a `require` does not.
 */
const esmEntriesExternal = {
  name: 'esm-entries-external',
  setup(b) {
    b.onResolve({ filter: /\.js$/ }, (args) => {
      if (!args.importer.startsWith(path.join(root, 'src'))) return undefined;
      const target = path.relative(root, path.resolve(args.resolveDir, args.path)).replace(/\\/g, '/').replace(/\.js$/, '');
      if (ESM_ENTRIES[target]) return { path: `./${ESM_ENTRIES[target]}`, external: true };
      if (CJS_APART[target]) return { path: CJS_APART[target], namespace: 'apart' };
      return undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'apart' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(`./${args.path}`)});`, loader: 'js' }));
    b.onResolve({ filter: /.*/, namespace: 'apart' }, (args) => ({ path: args.path, external: true }));
  },
};

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
writeFileSync(path.join(outdir, 'package.json'), '{ "type": "commonjs" }\n');

await build({
  ...common,
  // Separate bundles: the executable (start.ts), the command line it runs, the review's
  // analysis worker (analyze-in-worker.ts), the server's match worker (match-pool.ts), the
  // analysis's stage workers (src/parallel/) and the
  // modules bundled apart (CJS_APART).
  entryPoints: {
    main: 'src/cli/start.ts',
    cli: 'src/cli/main.ts',
    'analysis-worker': 'src/ui/analysis-worker.ts',
    'match-worker': 'src/server/match-worker.ts',
    'stage-worker': 'src/parallel/stage-worker.ts',
    ...Object.fromEntries(Object.entries(CJS_APART).map(([src, file]) => [file.replace(/\.js$/, ''), `${src}.ts`])),
  },
  format: 'cjs',
  define: { ...common.define, 'import.meta.url': '__wiretraceModuleUrl' },
  // The bundle's own "use strict" would come after the banner, where it is no directive.
  banner: { js: "'use strict';\nconst __wiretraceModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [esmEntriesExternal],
});

await build({
  ...common,
  entryPoints: Object.fromEntries(
    Object.entries(ESM_ENTRIES).map(([src, file]) => [file.replace(/\.mjs$/, ''), ['.ts', '.tsx'].map((x) => src + x).find((f) => existsSync(path.join(root, f)))]),
  ),
  splitting: true,
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  // CommonJS dependencies bundled into ES modules still call require() for Node's built-ins.
  banner: { js: "import { createRequire as __wiretraceRequire } from 'node:module'; const require = __wiretraceRequire(import.meta.url);" },
});

chmodSync(path.join(outdir, 'main.js'), 0o755);

// esbuild writes string literals in ASCII but leaves other characters as they are in regular
// expression literals and String.raw templates (which here only build regular expressions). One
// such character makes V8 hold the whole source as a two-byte string: about 3 ms of every run.
// `\uXXXX` means the same character in both places.
for (const file of ['cli.js', 'analysis-worker.js', 'match-worker.js', 'stage-worker.js', 'main.js', ...Object.values(CJS_APART)]) {
  const target = path.join(outdir, file);
  const source = readFileSync(target, 'utf8');
  const ascii = source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== source) writeFileSync(target, ascii);
}

// The code cache (src/cli/start.ts): what one `analyze` of the seeds compiles.
const warm = spawnSync(process.execPath, [path.join(outdir, 'main.js'), 'analyze'], {
  cwd: root,
  env: { ...process.env, WIRETRACE_WRITE_CODE_CACHE: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (warm.status !== 0) throw new Error(`bundle: making the code cache failed (analyze exited ${warm.status})`);
