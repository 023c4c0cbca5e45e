import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

describe('wiretrace analyze', () => {
  it('prints the documented JSON contract for the bundled seeds', () => {
    const r = runCli(['analyze', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.schemaVersion).toBe(1);
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
