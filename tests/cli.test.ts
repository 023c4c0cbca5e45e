import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll } from 'vitest';
import { CLI, ROOT, runCli, scratchFolders } from './helpers.js';
import { SCHEMA_VERSION } from '../src/types.js';

describe('wiretrace analyze', () => {
  it('prints the documented JSON contract for the bundled seeds', () => {
    const r = runCli(['analyze', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.schemaVersion).toBe(SCHEMA_VERSION);
    expect(json.engine).toEqual({ candidates: 'all-pairs' });
    expect(json.documents.map((d: { outlet: { name: string } }) => d.outlet.name)).toEqual([
      'Axios',
      'RFE/RL',
      'IBTimes',
      'Polygraph.info (VOA)',
      'Reuters, syndicated copy',
    ]);
    expect(json.documents[0].file).toBe('seeds/000_45e1f0cb4df3766a.txt');
    expect(Object.keys(json.documents[0].segments[0])).toEqual(expect.arrayContaining(['id', 'text', 'start', 'end', 'label', 'quote', 'matches']));
    expect(json.provenance).toHaveProperty('edges');
  });

  it('gives byte-identical output run to run', () => {
    expect(runCli(['analyze', '--json']).stdout).toBe(runCli(['analyze', '--json']).stdout);
  });

  it('prints a readable summary without --json', () => {
    const r = runCli(['analyze']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/RFE\/RL\s+\S+\s+\d+\s+\d+%/);
  });

  it('reports when each part of a run ended, on stderr, only when WIRETRACE_STAGE_TIMES=1', () => {
    const plain = runCli(['analyze']);
    expect(plain.stderr).toBe('');
    const timed = runCli(['analyze'], { env: { WIRETRACE_STAGE_TIMES: '1' } });
    expect(timed.code).toBe(0);
    expect(timed.stdout).toBe(plain.stdout);
    const line = /^wiretrace-stage-times (\{.*\})\n$/.exec(timed.stderr);
    expect(line).not.toBeNull();
    const marks = JSON.parse(line![1]!) as Record<string, number>;
    expect(Object.keys(marks)).toEqual(['node', 'setup', 'read', 'clean', 'segment', 'prepare', 'align', 'label', 'provenance', 'exit']);
    const times = Object.values(marks);
    for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThanOrEqual(times[i - 1]!);
    expect(times[0]!).toBeGreaterThan(0);
  });

  it('exits 2 on usage errors and 1 when fewer than two documents remain, with one line and no stack', () => {
    const unknown = runCli(['analyze', '--nope']);
    expect(unknown.code).toBe(2);
    const missing = runCli(['analyze', 'no/such/path']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('wiretrace: no such file or folder: no/such/path\n');
    const one = runCli(['analyze', 'seeds/000_45e1f0cb4df3766a.txt']);
    expect(one.code).toBe(1);
    expect(one.stderr).toMatch(/at least two/);
    for (const r of [unknown, missing, one]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the command line parser', () => {
  it('takes well-formed commands on the fast path, and leaves help, version and errors to commander', async () => {
    const { parseFast } = await import('../src/cli/parse-fast.js');
    const analyze = parseFast(['analyze', '--json', 'a.txt', 'b']);
    expect(analyze?.command.name).toBe('analyze');
    expect(analyze?.args).toEqual(['a.txt', 'b']);
    expect(analyze?.options).toMatchObject({ json: true });
    const report = parseFast(['--debug', 'report', '--out=-', 'x']);
    expect(report?.options).toMatchObject({ debug: true, out: '-' });
    expect(parseFast(['pairs', 'f.tsv'])?.args).toEqual(['f.tsv']);
    expect(parseFast(['exercise', '--', '--json'])?.args).toEqual(['--json']);
    for (const argv of [[], ['analyse'], ['analyze', '--nope'], ['analyze', '--help'], ['-V'], ['pairs'], ['pairs', 'a', 'b'], ['exercise', '--seed'], ['report', '--json']])
      expect(parseFast(argv), argv.join(' ')).toBeUndefined();
  });

  it('knows the interactive commands in one place', async () => {
    const { COMMANDS } = await import('../src/cli/command-table.js');
    const { UI_COMMANDS } = await import('../src/cli/ui-commands.js');
    expect(COMMANDS.filter((c) => c.interactive).map((c) => c.name)).toEqual([...UI_COMMANDS]);
  });

  it('lists every command in the help, with the same options either way', async () => {
    const { COMMANDS } = await import('../src/cli/command-table.js');
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    for (const c of COMMANDS) expect(help.stdout).toContain(`${c.name} `);
    const exerciseHelp = runCli(['exercise', '--help']).stdout;
    for (const o of COMMANDS.find((c) => c.name === 'exercise')!.options) expect(exerciseHelp).toContain(`--${o.name}`);
    // Options the table lists run, whichever parser takes them.
    expect(runCli(['exercise', '--seed', '3', '--json']).code).toBe(0);
    expect(runCli(['analyze', '--debug', '--jsonl']).code).toBe(0);
  });
});

describe('the executable and its code cache', () => {
  const scratch = scratchFolders('code-cache');
  afterAll(scratch.cleanup);

  /** A copy of dist/bin/ in a package of its own (seeds/, data/ and node_modules/ linked), and how to run it. */
  function copyOfBin(): { bin: string; run: () => { code: number | null; stdout: string } } {
    const root = scratch.folder();
    cpSync(path.join(ROOT, 'dist', 'bin'), path.join(root, 'dist', 'bin'), { recursive: true });
    for (const d of ['seeds', 'data', 'node_modules']) symlinkSync(path.join(ROOT, d), path.join(root, d));
    const bin = path.join(root, 'dist', 'bin');
    return {
      bin,
      run: () => {
        const r = spawnSync(process.execPath, [path.join(bin, 'main.js'), 'analyze', '--json'], { encoding: 'utf8', cwd: ROOT });
        return { code: r.status, stdout: r.stdout };
      },
    };
  }

  it('gives the same output with a cache made for another cli.js, or a damaged one, as with its own', () => {
    const expected = runCli(['analyze', '--json']).stdout;
    const copy = copyOfBin();
    // The copy's cli.js has a new modification time, so the copied cache is not its own.
    expect(copy.run()).toEqual({ code: 0, stdout: expected });
    // A cache stamped for this very cli.js, with garbage for V8: V8 refuses it.
    const cli = statSync(path.join(copy.bin, 'cli.js'));
    const stamp = `wiretrace code cache 1 ${cli.size} ${cli.mtimeMs}\n`;
    writeFileSync(path.join(copy.bin, 'cli.js.cache'), Buffer.concat([Buffer.from(stamp), Buffer.alloc(4096, 7)]));
    expect(copy.run()).toEqual({ code: 0, stdout: expected });
  });

  it('is made by the build for the cli.js beside it, an ASCII file', () => {
    const bin = path.join(ROOT, 'dist', 'bin');
    const cli = statSync(path.join(bin, 'cli.js'));
    const head = readFileSync(path.join(bin, 'cli.js.cache')).subarray(0, 80).toString('latin1');
    expect(head.startsWith(`wiretrace code cache 1 ${cli.size} ${cli.mtimeMs}\n`)).toBe(true);
    // A single other character would make V8 hold the whole source as a two-byte string (scripts/bundle.mjs).
    expect(readFileSync(path.join(bin, 'cli.js'), 'utf8')).not.toMatch(/[^\x00-\x7f]/);
  });
});

describe('standard output', () => {
  const scratch = scratchFolders('stdout');
  afterAll(scratch.cleanup);

  it('stops quietly, exit 0, when the reader closes the pipe early', async () => {
    const file = path.join(scratch.folder(), 'pairs.tsv');
    const rows = Array.from({ length: 3000 }, (_, i) => `1\t${i}\t${i + 1}\tThe minister said on Monday that talks would resume.\tTalks will resume, the minister said Monday.`);
    writeFileSync(file, ['Quality\t#1 ID\t#2 ID\t#1 String\t#2 String', ...rows].join('\n'));
    const child = spawn(process.execPath, [CLI, 'pairs', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
