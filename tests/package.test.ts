/**
 * wiretrace as a package: `npm pack`, the tarball installed into a project of its own, then used
 * as a user would — from TypeScript (type-checked by tsc, the package's declarations included),
 * from plain JavaScript (the README's example, run as printed there), and by the published
 * schemas' export paths. Loading the package must not load the terminal UI, WordNet's table or
 * the web-page readers; their first use does.
 *
 * The install is offline: the project's lockfile is the package's own runtime part of
 * package-lock.json (the packages not marked dev), so `npm ci --offline` takes every tarball from
 * npm's cache, where this repository's `npm ci` left them. Should that cache be missing, the
 * install is retried with --prefer-offline (the registry is reachable here and in CI).
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REUTERS, ROOT, SEEDS } from './helpers.js';
import { expectValid } from './schema-validator.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'wiretrace-package-'));
const project = path.join(work, 'consumer');
const installed = path.join(project, 'node_modules', 'wiretrace');

function run(command: string, args: string[], options: SpawnSyncOptions = {}): string {
  const r = spawnSync(command, args, { cwd: project, encoding: 'utf8', ...options, env: { ...process.env, NO_COLOR: '1', ...options.env } });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return String(r.stdout);
}
const npm = (args: string[], options: SpawnSyncOptions = {}): string => run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, options);

/** The consumer's package-lock.json: the tarball, and the non-dev packages of this repository's lock. */
function consumerLock(tarball: string): object {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; link?: boolean }> };
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  const integrity = 'sha512-' + createHash('sha512').update(readFileSync(tarball)).digest('base64');
  const resolved = `file:../${path.basename(tarball)}`;
  const packages: Record<string, unknown> = {
    '': { name: 'consumer', dependencies: { wiretrace: resolved } },
    'node_modules/wiretrace': { version: pkg.version, resolved, integrity, license: pkg.license, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
  };
  for (const [where, entry] of Object.entries(lock.packages)) if (where !== '' && !entry.dev && !entry.link) packages[where] = entry;
  return { name: 'consumer', lockfileVersion: 3, requires: true, packages };
}

/** The first ```js block of the README's "Library" section. */
function readmeExample(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Library\n'));
  const block = /```js\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README.md: no ```js example under "## Library"');
  return block[1]!;
}

beforeAll(() => {
  // dist/ is built by `npm test` before the suite; packing skips the build scripts.
  npm(['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: ROOT });
  const tarball = path.join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);
  cpSync(path.join(ROOT, 'tests', 'package-consumer'), project, { recursive: true });
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { wiretrace: `file:../${path.basename(tarball)}` } }, null, 2));
  writeFileSync(path.join(project, 'package-lock.json'), JSON.stringify(consumerLock(tarball), null, 2));
  const install = ['ci', '--no-audit', '--no-fund', '--ignore-scripts'];
  try {
    npm([...install, '--offline']);
  } catch {
    npm([...install, '--prefer-offline']);
  }
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

describe('the installed package', () => {
  it('holds the library, its declarations, the schemas and the command line, and no sources or tests', () => {
    const files = readdirSync(installed, { recursive: true }).map(String);
    for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/bin/main.js', 'schema/analysis.schema.json', 'schema/exercise.schema.json', 'data/paraphrase-model.json'])
      expect(files).toContain(f);
    expect(files.some((f) => f.startsWith('src') || f.startsWith('tests'))).toBe(false);
  });

  it('type-checks and runs a TypeScript user of the API', () => {
    const tsconfig = {
      compilerOptions: {
        target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noUncheckedIndexedAccess: true,
        skipLibCheck: false, outDir: 'out', types: ['node'], typeRoots: [path.join(ROOT, 'node_modules', '@types')],
      },
      files: ['consumer.ts'],
    };
    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    run(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']);
    const out = JSON.parse(run(process.execPath, ['out/consumer.js']));
    expect(out).toEqual({
      schemaVersion: true,
      edges: ['reuters>rferl', 'reuters>ibtimes'],
      labels: expect.any(Number),
      mine: [['wire', 'Wire', 'copied'], ['paper', 'paper', 'copied']],
      verdict: 'near-verbatim',
      questions: expect.any(Number),
      documents: 5,
      texts: true,
      exitCode: 1,
    });
    expect(out.labels).toBeGreaterThan(50);
    expect(out.questions).toBeGreaterThan(5);
  });

  it('runs the README example from plain JavaScript', () => {
    writeFileSync(path.join(project, 'example.mjs'), readmeExample());
    const out = run(process.execPath, ['example.mjs']).split('\n');
    expect(out.slice(0, 2)).toEqual(['reuters → rferl: 69% of its article, credited', 'reuters → ibtimes: 49% of its article, credited']);
    expect(out.join('\n')).toMatch(/relation: 'near-verbatim'/);
    expect(out.join('\n')).toContain('# Provenance report:');
  });

  it('exports the schemas, and what the library returns is valid against them', () => {
    const code = `import schema from 'wiretrace/schema/analysis.schema.json' with { type: 'json' };
import { analyzeFiles } from 'wiretrace';
console.log(JSON.stringify({ id: schema.$id, result: await analyzeFiles([]) }));`;
    writeFileSync(path.join(project, 'schema-user.mjs'), code);
    const out = JSON.parse(run(process.execPath, ['--no-warnings', 'schema-user.mjs'])) as { id: string; result: unknown };
    expect(out.id).toBe('urn:wiretrace:schema:9:analysis');
    expectValid('analysis', out.result);
  });

  it('loads no terminal UI, WordNet table or web-page reader until a call needs one', () => {
    const log = path.join(work, 'loads.log');
    const page = path.join(work, 'page.html');
    writeFileSync(log, '');
    writeFileSync(page, `<!doctype html><html lang="en"><head><title>Fire shuts plant | Daily Example</title></head><body><article><h1>Fire shuts plant</h1>
<p>${readFileSync(REUTERS, 'utf8').split('\n').filter((l) => l.length > 80).slice(0, 4).join('</p>\n<p>')}</p></article></body></html>`);
    const out = JSON.parse(run(process.execPath, ['--import', './record-loads.mjs', 'check-loads.mjs', page, path.join(SEEDS, '001_158b9c1d23f3b436.txt')], { env: { WIRETRACE_LOAD_LOG: log } })) as Record<
      'imported' | 'classified' | 'pageRead',
      { modules: string[]; reads: string[] }
    >;
    const heavy = { ui: /node_modules\/(ink|react)\/|\/dist\/(ui|quiz)\/|render-review|run-quiz/, pages: /node_modules\/(linkedom|@mozilla\/readability)\// };
    const wordnet = /wordnet-synonyms\.bin$/;
    const has = (s: { modules: string[] }, re: RegExp): boolean => s.modules.some((m) => re.test(m));
    expect(out.imported.modules.some((m) => m.includes('/node_modules/wiretrace/dist/index.js'))).toBe(true);
    expect(has(out.imported, heavy.ui)).toBe(false);
    expect(has(out.imported, heavy.pages)).toBe(false);
    expect(out.imported.reads.some((f) => wordnet.test(f))).toBe(false);
    // First uses: a reworded pair reads the synonym table; a web page loads its readers; never the UI.
    expect(out.classified.reads.some((f) => wordnet.test(f))).toBe(true);
    expect(has(out.classified, heavy.pages)).toBe(false);
    expect(has(out.pageRead, heavy.pages)).toBe(true);
    expect(has(out.pageRead, heavy.ui)).toBe(false);
  });

  it('documents every export of the library (TSDoc in its declarations)', () => {
    const entry = path.join(installed, 'dist', 'index.d.ts');
    const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [] });
    const checker = program.getTypeChecker();
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
    const exports = checker.getExportsOfModule(moduleSymbol);
    expect(exports.map((s) => s.name)).toEqual(expect.arrayContaining(['analyze', 'analyzeFiles', 'loadDocuments', 'renderReport', 'buildExercise', 'classifyPair', 'AnalysisResult', 'SCHEMA_VERSION']));
    const undocumented = exports.filter((s) => {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      return ts.displayPartsToString(target.getDocumentationComment(checker)).trim() === '';
    });
    expect(undocumented.map((s) => s.name)).toEqual([]);
  });
});
