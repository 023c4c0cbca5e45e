/**
 * Hostile input: each case on files the test creates. A clear message, the documented exit code,
 * nothing lost, no stack trace (unless --debug), and nothing from the input that a terminal acts on.
 */
import { chmodSync, closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../src/analyze.js';
import { loadDocuments } from '../src/ingest/load-documents.js';
import { splitSentences } from '../src/segment/sentences.js';
import { isTerminalSafe } from '../src/terminal/sanitize.js';
import { CLI, runCli, SEEDS, scratchFolders, REUTERS, RFERL } from './helpers.js';
import { expectValid } from './schema-validator.js';

const { folder, cleanup } = scratchFolders('hostile');
afterAll(cleanup);
/** A folder with two good articles. */
const withTwo = (): string => {
  const d = folder();
  copyFileSync(REUTERS, path.join(d, 'a-reuters.txt'));
  copyFileSync(RFERL, path.join(d, 'b-rferl.txt'));
  return d;
};
const noStack = (stderr: string): void => expect(stderr).not.toMatch(/\n\s+at /);
const isRoot = process.getuid?.() === 0;

describe('unusable files in a folder are skipped with one warning line each; the rest is analysed', () => {
  const d = withTwo();
  writeFileSync(path.join(d, 'empty.txt'), '');
  writeFileSync(path.join(d, 'blank.txt'), ' \r\n\t\n');
  writeFileSync(path.join(d, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  writeFileSync(path.join(d, 'latin1.txt'), Buffer.from('Caf\xe9 au lait, a sentence in Latin-1.', 'latin1'));
  mkdirSync(path.join(d, 'folder.txt'));
  symlinkSync(path.join(d, 'gone.txt'), path.join(d, 'dangling.txt'));
  spawnSync('mkfifo', [path.join(d, 'pipe.txt')]); // would block a reader forever
  const r = runCli(['analyze', d]);
  const lines = r.stderr.trimEnd().split('\n');

  it('exits 0 and analyses the two good files, and the Latin-1 one as Windows-1252', () => {
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\(3 documents\)/);
    expect(r.stdout).toMatch(/latin1\.txt/);
  });

  it.each([
    ['binary.txt', 'binary file (contains NUL bytes); skipped'],
    ['blank.txt', 'empty; skipped'],
    ['dangling.txt', 'cannot be read (ENOENT); skipped'],
    ['empty.txt', 'empty; skipped'],
    ['folder.txt', 'is a folder, not a file; skipped'],
    ['latin1.txt', 'not valid UTF-8; read as Windows-1252'],
    ['pipe.txt', 'not a regular file; skipped'],
  ])('%s: "%s"', (file, reason) => {
    expect(lines.filter((l) => l.includes(file))).toEqual([`wiretrace: warning: ${path.join(d, file)}: ${reason}`]);
  });

  it('prints nothing else on stderr, and no stack trace', () => {
    expect(lines).toHaveLength(7);
    noStack(r.stderr);
  });

  it.skipIf(isRoot)('skips a file without read permission (not testable as root: root reads it anyway)', async () => {
    const e = withTwo();
    const locked = path.join(e, 'locked.txt');
    writeFileSync(locked, 'Some text that cannot be read.');
    chmodSync(locked, 0o000);
    const warnings: string[] = [];
    expect((await loadDocuments([e], { onWarning: (w) => warnings.push(w) })).documents).toHaveLength(2);
    expect(warnings).toEqual([`${locked}: cannot be read (EACCES); skipped`]);
  });
});

describe('too few documents', () => {
  it('one document: exit 1, a message that two are needed, and the skipped files named first', () => {
    const d = folder();
    copyFileSync(REUTERS, path.join(d, 'only.txt'));
    writeFileSync(path.join(d, 'empty.txt'), '');
    const r = runCli(['analyze', d]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `wiretrace: warning: ${path.join(d, 'empty.txt')}: empty; skipped\nwiretrace: wiretrace compares documents: it needs at least two usable ones, and found 1\n`,
    );
    expect(r.stdout).toBe('');
  });

  it('--debug shows the stack trace the plain run hides', () => {
    const plain = runCli(['analyze', REUTERS]);
    const debug = runCli(['analyze', '--debug', REUTERS]);
    expect(plain.code).toBe(1);
    expect(debug.code).toBe(1);
    noStack(plain.stderr);
    expect(debug.stderr).toMatch(/^wiretrace: .*at least two.*\nWiretraceError: .*\n\s+at /);
  });
});

describe('usage errors exit 2 with one line', () => {
  it.each([
    [['analyze', '--frobnicate'], /^wiretrace: unknown option '--frobnicate'\n/],
    [['analyze', path.join(os.tmpdir(), 'no-such-wiretrace-file.txt')], /^wiretrace: no such file or folder: .*no-such-wiretrace-file\.txt\n$/],
    [['analyse'], /^wiretrace: unknown command 'analyse' \(Did you mean analyze\?\)\n$/],
  ])('%j', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    noStack(r.stderr);
  });
});

describe('duplicates', () => {
  const d = folder();
  copyFileSync(REUTERS, path.join(d, 'one.txt'));
  // The same text with CRLF line endings and a BOM is still the same text.
  writeFileSync(path.join(d, 'two.txt'), '\ufeff' + readFileSync(REUTERS, 'utf8').replace(/\n/g, '\r\n'));
  const warning = `${path.join(d, 'two.txt')}: duplicate: the same text as ${path.join(d, 'one.txt')}; both are analysed, so each reads as copied from the other`;

  it('are analysed and reported: on stderr, in the summary and in the JSON', () => {
    const r = runCli(['analyze', d]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`wiretrace: warning: ${warning}\n`);
    expect(r.stdout).toContain(`warning: ${warning}`);
    const json = JSON.parse(runCli(['analyze', '--json', d]).stdout);
    expect(json.warnings).toEqual([warning]);
    expect(json.documents[1].stats.copied).toBeGreaterThan(0.9);
    expectValid('analysis', json);
  });
});

describe('standard output that cannot be written', () => {
  it.each([[['analyze', '--json']], [['report', '--out', '-']]])('%j: one line, exit 1, no stack trace', (args) => {
    const full = openSync('/dev/full', 'w'); // every write fails with ENOSPC
    try {
      const r = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(r.stderr).toBe('wiretrace: cannot write standard output (ENOSPC)\n');
      expect(r.status).toBe(1);
    } finally {
      closeSync(full);
    }
  });
});

describe('one file given twice', () => {
  it('is read once, with a warning, whether named twice or on its own and in its folder', async () => {
    const d = withTwo();
    const a = path.join(d, 'a-reuters.txt');
    for (const args of [[a, a, path.join(d, 'b-rferl.txt')], [d, a]]) {
      const warnings: string[] = [];
      const read = await loadDocuments(args, { onWarning: (w) => warnings.push(w) });
      expect(read.documents.map((x) => x.id)).toEqual(['a-reuters', 'b-rferl']);
      expect(warnings).toEqual([`${a}: the same file as ${a}; read once`]);
    }
  });
});

describe('a folder that cannot be read', () => {
  /** Runs the command line as the unprivileged user "nobody" (root reads every folder), if this machine can. */
  const asNobody = (args: string[]) => {
    const run = (argv: string[]) => spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...argv], { encoding: 'utf8', cwd: os.tmpdir() });
    const probe = run([CLI, '--version']);
    return probe.status === 0 ? run([CLI, ...args]) : undefined;
  };

  it('is skipped with a warning, and the rest analysed', (ctx) => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'wiretrace-locked-'));
    try {
      chmodSync(tmp, 0o755);
      const good = [path.join(tmp, 'a.txt'), path.join(tmp, 'b.txt')];
      copyFileSync(REUTERS, good[0]!);
      copyFileSync(RFERL, good[1]!);
      for (const f of good) chmodSync(f, 0o644);
      const locked = path.join(tmp, 'locked');
      mkdirSync(locked, { mode: 0o700 });
      copyFileSync(REUTERS, path.join(locked, 'c.txt'));
      const r = isRoot ? asNobody(['analyze', locked, ...good]) : spawnSync(process.execPath, [CLI, 'analyze', locked, ...good], { encoding: 'utf8' });
      if (r === undefined) return ctx.skip('running as root, and setpriv cannot run the command line as "nobody" here');
      expect(r.stderr).toBe(`wiretrace: warning: ${locked}: cannot be read (EACCES); skipped\n`);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/\(2 documents\)/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('CRLF and a byte-order mark', async () => {
  const plain = await loadDocuments([SEEDS]);
  const crlf = plain.documents.map((doc) => ({ ...doc, text: doc.text.replace(/\n/g, '\r\n') }));
  const d = folder();
  for (const doc of crlf) writeFileSync(path.join(d, path.basename(doc.file)), '\ufeff' + doc.text);
  copyFileSync(path.join(SEEDS, 'manifest.json'), path.join(d, 'manifest.json'));
  const read = await loadDocuments([d]);
  const a = analyzeDocuments(plain.documents);
  const b = analyzeDocuments(read.documents);

  it('reads the BOM away and keeps CRLF, so offsets point into the file as read', () => {
    expect(read.documents.map((x) => x.text)).toEqual(crlf.map((x) => x.text));
    b.documents.forEach((doc, i) => {
      for (const s of doc.segments) expect(read.documents[i]!.text.slice(s.start, s.end)).toBe(s.text);
    });
  });

  it('gives output the published schema accepts, with the text as read', () => {
    expectValid('analysis', b);
    expect(b.documents.map((x) => x.text)).toEqual(crlf.map((x) => x.text));
  });

  it('gives the same labels, relations and segment texts as the plain files', () => {
    const shape = (r: typeof a) =>
      r.documents.map((doc) => doc.segments.map((s) => [s.text, s.label, s.boilerplate, s.quote, s.matches.map((m) => [m.document, m.segment, m.relation])]));
    expect(shape(b)).toEqual(shape(a));
  });
});

describe('large input', () => {
  it('refuses a 20 MB file without reading it, and one of 3 million characters after reading', async () => {
    const d = withTwo();
    const huge = path.join(d, 'huge.txt');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 20 * 1024 * 1024); // sparse: 20 MB of NULs, refused before any is read
    closeSync(fd);
    writeFileSync(path.join(d, 'long.txt'), 'word '.repeat(300_000));
    const warnings: string[] = [];
    const input = await loadDocuments([d], { onWarning: (w) => warnings.push(w) });
    expect(input.documents.map((x) => path.basename(x.file))).toEqual(['a-reuters.txt', 'b-rferl.txt']);
    expect(warnings).toEqual([
      `${huge}: 20.0 MB is over the 8.0 MB limit for one document; skipped`,
      `${path.join(d, 'long.txt')}: 1,500,000 characters of text is over the limit of 1,000,000 for one document; skipped`,
    ]);
  });

  it('refuses standard input beyond the limit, reading no more than the limit', async () => {
    let asked = 0;
    const warnings: string[] = [];
    await expect(
      loadDocuments(['-', REUTERS], {
        readStdin: (limit) => {
          asked = limit;
          return { ok: false, reason: 'over the 8.0 MB limit for one document' };
        },
        onWarning: (w) => warnings.push(w),
      }),
    ).rejects.toThrow(/at least two/);
    expect(asked).toBe(8 * 1024 * 1024);
    expect(warnings).toEqual(['-: over the 8.0 MB limit for one document; skipped']);
  });

  it('segments a line of 2 million characters without newlines exactly, in linear time', () => {
    const words = ['Putin', 'said', 'on', 'Friday', 'that', 'the', 'U.S.', 'Department', 'of', 'State', 'agreed.', 'It', 'was', 'St.', 'Petersburg.'];
    const parts: string[] = [];
    for (let i = 0, len = 0; len < 2_000_000; i++) {
      const w = words[i % words.length]! + ' ';
      parts.push(w);
      len += w.length;
    }
    const line = parts.join('');
    const spans = splitSentences(line);
    let covered = 0;
    let last = 0;
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      last = s.end;
      covered += line.slice(s.start, s.end).replace(/\s/g, '').length;
    }
    expect(covered).toBe(line.replace(/\s/g, '').length);
    // The segmenter's breaks and the joins after "U.S." and "St." hold across its windows.
    expect(spans.length).toBeGreaterThan(1000);
    expect(spans.every((s) => !/^(Department|Petersburg)/.test(line.slice(s.start, s.end)))).toBe(true);
  });
});

describe('text that is not English', () => {
  const GERMAN =
    'Der russische Präsident Wladimir Putin hat den Vereinigten Staaten vorgeschlagen, sich gegenseitig zu verpflichten, nicht in die Wahlen des anderen einzugreifen. Das teilte der Kreml am Freitag mit. Putin schlug außerdem vor, Informationen über Cyberangriffe auszutauschen.\n';
  const RUSSIAN = 'Президент России Владимир Путин предложил США обменяться гарантиями невмешательства во внутренние дела, включая выборы, сообщил Кремль в пятницу. Путин также предложил заключить соглашение.\n';

  it('is analysed, with a warning that the paraphrase model is English-only', () => {
    const d = withTwo();
    writeFileSync(path.join(d, 'c-de.txt'), GERMAN);
    writeFileSync(path.join(d, 'd-ru.txt'), RUSSIAN);
    const r = runCli(['analyze', '--json', d]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.documents).toHaveLength(4);
    expectValid('analysis', json);
    expect(json.warnings).toEqual([
      `${path.join(d, 'c-de.txt')}: does not look like English (6% English function words); analysed, but the paraphrase model is English-only, so reworded passages may be missed`,
      `${path.join(d, 'd-ru.txt')}: does not look like English (mostly not in Latin script); analysed, but the paraphrase model is English-only, so reworded passages may be missed`,
    ]);
    expect(r.stderr).toBe(json.warnings.map((w: string) => `wiretrace: warning: ${w}\n`).join(''));
  });

  it('is not warned about for the English seeds', async () => {
    const warnings: string[] = [];
    await loadDocuments([SEEDS], { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
  });
});

describe('terminal control sequences from the input never reach the terminal', () => {
  const HOSTILE = [
    '\u001b[31mred\u001b[0m', // colour
    '\u001b[2J\u001b[H', // clear screen, cursor home
    '\u001b]0;pwned title\u0007', // OSC window title
    '\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\', // OSC 8 hyperlink
    '\u009b31m', // C1 CSI
    '\u009d0;c1 title\u009c', // C1 OSC
    '\u202eevil\u202c', // bidi override
    '\u2067isolate\u2069',
    '\u0007\u0008\u007f',
  ].join('');
  const d = folder();
  const body = readFileSync(REUTERS, 'utf8');
  // In the headline, in a sentence shared with the other file, and in a name.
  writeFileSync(path.join(d, `a${'\u001b[31m'}red${'\u202e'}.txt`), `${HOSTILE} headline\n\n` + body.replace('Moscow denies that charge.', `Moscow denies ${HOSTILE} that charge.`));
  writeFileSync(path.join(d, 'b.txt'), body);
  writeFileSync(path.join(d, `empty${'\u009b'}2J${'\u001b]0;t\u0007'}.txt`), '');
  writeFileSync(path.join(d, 'manifest.json'), JSON.stringify({ name: `evil${HOSTILE}`, documents: [{ file: 'b.txt', outlet: `Out${HOSTILE}let` }] }));

  const runs = {
    summary: runCli(['analyze', d]),
    json: runCli(['analyze', '--json', d]),
    missing: runCli(['analyze', path.join(d, `gone${HOSTILE}.txt`)]),
    option: runCli(['analyze', `--x${HOSTILE}`]),
    one: runCli(['analyze', '--debug', path.join(d, 'b.txt')]),
  };

  it.each(Object.keys(runs))('%s: stdout and stderr are terminal-safe', (k) => {
    const r = runs[k as keyof typeof runs];
    expect(isTerminalSafe(r.stdout)).toBe(true);
    expect(isTerminalSafe(r.stderr)).toBe(true);
    // The summary and the messages drop what the sequences carried; the JSON keeps it, escaped.
    if (k !== 'json') expect(r.stdout + r.stderr).not.toMatch(/pwned|c1 title/);
    else expect(r.stdout).toContain('\\u001b]0;pwned title\\u0007');
  });

  it('exits as usual, and the JSON still holds the text as it was', () => {
    expect([runs.summary.code, runs.json.code, runs.missing.code, runs.option.code, runs.one.code]).toEqual([0, 0, 2, 2, 1]);
    const json = JSON.parse(runs.json.stdout);
    expectValid('analysis', json);
    const seg = json.documents[1].segments.find((s: { text: string }) => s.text.startsWith('Moscow denies'));
    expect(seg.text).toBe(`Moscow denies ${HOSTILE} that charge.`);
    expect(json.documents[0].outlet.name).toBe(`Out${HOSTILE}let`);
    expect(runs.summary.stdout).toContain('Outredclickevilisolatelet');
    expect(runs.summary.stderr).toMatch(/^wiretrace: warning: .*empty\.txt: empty; skipped\n$/);
  });
});
