#!/usr/bin/env node
/**
 * The `wiretrace` executable (dist/bin/main.js): runs the bundled command line, dist/bin/cli.js
 * (src/cli/main.ts), with V8's code cache. The build (scripts/bundle.mjs) runs `analyze` on the
 * seeds once with WIRETRACE_WRITE_CODE_CACHE=1, and this file then saves the bytecode of every
 * function that run compiled to cli.js.cache. Later runs hand it to V8, which then neither parses
 * nor compiles those functions again: about a tenth of `analyze`'s time on the seeds (README,
 * "Start-up"). Nothing is written at run time.
 *
 * V8 refuses a cache made by another V8 version or with other flags (it then compiles as usual).
 * It does not compare the source itself, so the cache also records the size and modification time
 * of the cli.js it was made for, and is ignored for any other.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { UI_COMMANDS } from './ui-commands.js';

const CLI = fileURLToPath(new URL('./cli.js', import.meta.url));
const CACHE = `${CLI}.cache`;
const requireFromCli = createRequire(CLI);

/** What the cache was made for: cli.js's size and modification time. */
function stampOf(file: string): string {
  const s = statSync(file);
  return `wiretrace code cache 1 ${s.size} ${s.mtimeMs}\n`;
}

function readCache(stamp: string): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  const head = Buffer.from(stamp);
  return cache.subarray(0, head.length).equals(head) ? cache.subarray(head.length) : undefined;
}

/*
 * The commands that import() the terminal UIs (ES modules), ui-commands.ts: V8 drops what such an
 * import needs from functions it takes from a code cache ("A dynamic import callback was not
 * specified"), so for these cli.js runs as an ordinary module. They wait for a person anyway.
 */

function start(): void {
  let stamp: string;
  try {
    stamp = stampOf(CLI);
  } catch {
    process.stderr.write(`wiretrace: ${CLI} is missing: the package is not built (npm run build)\n`);
    process.exit(1);
  }
  const importModuleDynamically = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  if (importModuleDynamically === undefined || process.argv.slice(2).some((a) => UI_COMMANDS.has(a))) {
    requireFromCli(CLI);
    return;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(CLI, 'utf8')}\n})`, {
    filename: CLI,
    cachedData: readCache(stamp),
    importModuleDynamically,
  });
  if (process.env['WIRETRACE_WRITE_CODE_CACHE'] === '1') {
    process.once('exit', () => writeFileSync(CACHE, Buffer.concat([Buffer.from(stamp), script.createCachedData()])));
  }
  const module = { exports: {} };
  const run = script.runInThisContext() as (this: unknown, ...args: unknown[]) => void;
  run.call(module.exports, module.exports, requireFromCli, module, CLI, path.dirname(CLI));
}

start();
