/**
 * The archive from the command line (the built executable, in child processes): add, list, show,
 * remove, stats; `match` finding what `analyze` finds for the same article against the same texts;
 * an archive that is a file, damaged or foreign refused and left as it was.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/types.js';
import { runCli, scratchFolders } from '../helpers.js';
import { COPY, QUOTES_ONLY, SECOND_COPY, UNRELATED, WIRE } from './archive-texts.js';

const scratch = scratchFolders('archive-cli');
afterAll(scratch.cleanup);

/** A folder with the archive texts as files, and an archive path beside them. */
function setUp(texts: Record<string, string>): { dir: string; files: Record<string, string>; archive: string } {
  const dir = scratch.folder();
  const files: Record<string, string> = {};
  for (const [name, text] of Object.entries(texts)) writeFileSync((files[name] = path.join(dir, `${name}.txt`)), text);
  return { dir, files, archive: path.join(dir, 'arc') };
}

const ARCHIVED = { wire: WIRE, copy: COPY, quotes: QUOTES_ONLY, unrelated: UNRELATED };

describe('archive commands', () => {
  it('adds files, skips a text already there, lists, shows, removes and counts', () => {
    const { files, archive } = setUp({ ...ARCHIVED });
    const add = runCli(['archive', 'add', '--archive', archive, files.wire!, files.copy!]);
    expect(add.code).toBe(0);
    expect(add.stdout).toContain('added #1');
    expect(add.stdout).toContain('added #2');
    expect(existsSync(path.join(archive, 'archive.sqlite'))).toBe(true);
    // The same text again (with other line endings) is skipped and said so.
    writeFileSync(files.wire! + '.crlf.txt', WIRE.replace(/\n/g, '\r\n'));
    const again = runCli(['archive', 'add', '--archive', archive, files.wire! + '.crlf.txt', files.quotes!]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/skipped .*wire\.txt\.crlf\.txt: the same text is already in the archive as #1/);
    expect(again.stdout).toContain('added #3');
    const list = runCli(['archive', 'list', '--archive', archive, '--json']);
    expect((JSON.parse(list.stdout) as { id: number; name: string }[]).map((a) => [a.id, a.name])).toEqual([
      [1, 'wire'],
      [2, 'copy'],
      [3, 'quotes'],
    ]);
    const show = runCli(['archive', 'show', '2', '--archive', archive]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Our readers on the south shore');
    const stats = JSON.parse(runCli(['archive', 'stats', '--json', '--archive', archive]).stdout) as Record<string, number>;
    expect(stats['articles']).toBe(3);
    expect(stats['indexRows']).toBeGreaterThan(50);
    expect(stats['bytesOnDisk']).toBeGreaterThan(stats['indexBytes']!);
    expect(runCli(['archive', 'remove', '2', '--archive', archive]).stdout).toBe('removed #2\n');
    const gone = runCli(['archive', 'show', '2', '--archive', archive]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toBe('wiretrace: no article #2 in the archive\n');
    expect(JSON.parse(runCli(['archive', 'stats', '--json', '--archive', archive]).stdout).articles).toBe(2);
    expect(runCli(['archive', 'show', 'two', '--archive', archive]).code).toBe(2);
    expect(runCli(['archive', 'frobnicate', '--archive', archive]).code).toBe(2);
  });

  it('reads $WIRETRACE_ARCHIVE and standard input', () => {
    const { dir } = setUp({});
    const archive = path.join(dir, 'from-env');
    const r = runCli(['archive', 'add', '-'], { input: UNRELATED, env: { WIRETRACE_ARCHIVE: archive } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('added #1 -');
    expect(existsSync(path.join(archive, 'archive.sqlite'))).toBe(true);
  });
});

describe('match', () => {
  it('finds exactly what analyze finds for the same article against the same texts', () => {
    const { files, archive } = setUp({ ...ARCHIVED, article: SECOND_COPY });
    expect(runCli(['archive', 'add', '--archive', archive, files.wire!, files.copy!, files.quotes!, files.unrelated!]).code).toBe(0);
    const match = JSON.parse(runCli(['match', '--json', '--archive', archive, files.article!]).stdout) as AnalysisResult & {
      archive: { candidates: { document: string; id: number }[]; articles: { matches: { document: string; share: number }[] }[] };
    };
    const full = JSON.parse(runCli(['analyze', '--json', files.article!, files.wire!, files.copy!, files.quotes!, files.unrelated!]).stdout) as AnalysisResult;
    // archive ids 1..4 are wire, copy, quotes, unrelated
    const byName: Record<string, string> = { 'archive-1': 'wire', 'archive-2': 'copy', 'archive-3': 'quotes', 'archive-4': 'unrelated', article: 'article' };
    const rename = (id: string): string => byName[id] ?? id;
    const articleOf = (r: AnalysisResult) => r.documents.find((d) => d.id === 'article')!;
    const relations = (r: AnalysisResult, map: (id: string) => string) =>
      articleOf(r).segments.map((s) => ({ label: s.label, matches: s.matches.map((m) => ({ ...m, document: map(m.document) })) }));
    expect(relations(match, rename)).toEqual(relations(full, (id) => id));
    expect(articleOf(match).stats).toEqual(articleOf(full).stats);
    const edges = (r: AnalysisResult, map: (id: string) => string) =>
      r.provenance.edges
        .map((e) => ({
          ...e,
          from: map(e.from),
          to: map(e.to),
          items: e.items?.map((i) => ({ ...i, sentences: i.sentences.map((x) => ({ ...x, document: map(x.document) })) })),
        }))
        .filter((e) => e.from === 'article' || e.to === 'article');
    expect(edges(match, rename)).toEqual(edges(full, (id) => id));
    expect(edges(full, (id) => id).map((e) => `${e.from}→${e.to}`)).toEqual(['wire→article']);
    // The football story is no candidate; the ranking puts the wire story first.
    expect(match.archive.candidates.map((c) => c.id)).toEqual([1, 2, 3]);
    expect(match.archive.articles[0]!.matches.map((m) => rename(m.document))).toEqual(['wire', 'copy', 'quotes']);
    const text = runCli(['match', '--archive', archive, files.article!]).stdout;
    // Nothing in the wire story's dateline names a known agency: which came first is unclear, and
    // the line states no credit verdict (as every view does for such an edge).
    expect(full.provenance.edges.find((e) => e.to === 'article')!.directionClear).toBe(false);
    expect(text).toMatch(/1\. #1 wire\.txt .*: \d+% of the article .*; #1 ↔ .*article\.txt: which came first is unclear, no credit verdict\n/);
    expect(text).not.toMatch(/uncredited|NOT credited/);
  });

  it('--add adds the article after matching it; an article already archived is not matched with itself', () => {
    const { files, archive } = setUp({ wire: WIRE, article: SECOND_COPY });
    runCli(['archive', 'add', '--archive', archive, files.wire!]);
    const first = runCli(['match', '--add', '--archive', archive, files.article!]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('added');
    const second = runCli(['match', '--archive', archive, files.article!]);
    expect(second.stdout).toContain('it is in the archive itself as #2');
    expect(second.stdout).toMatch(/1 archived article shares text with it/);
  });

  it('report, exercise and review take --archive A ARTICLE', () => {
    const { files, archive } = setUp({ ...ARCHIVED, article: SECOND_COPY });
    runCli(['archive', 'add', '--archive', archive, files.wire!, files.copy!]);
    const report = runCli(['report', '--archive', archive, files.article!, '--out', '-']);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Landskrona');
    expect(report.stdout).toMatch(/wire\.txt/);
    expect(runCli(['exercise', '--json', '--archive', archive, files.article!]).code).toBe(0);
    expect(runCli(['review', '--archive', archive, files.article!]).stdout).toContain('wire.txt');
  });

  it('an article whose name reads like an archived document id keeps apart from it', () => {
    const { files, archive } = setUp({ wire: WIRE, 'archive-1': SECOND_COPY });
    runCli(['archive', 'add', '--archive', archive, files.wire!]);
    const r = JSON.parse(runCli(['match', '--json', '--archive', archive, files['archive-1']!]).stdout) as AnalysisResult & { archive: { articles: { document: string; matches: { document: string }[] }[] } };
    expect(r.documents.map((d) => d.id)).toEqual(['archive-1-2', 'archive-1']);
    expect(r.archive.articles).toMatchObject([{ document: 'archive-1-2', matches: [{ document: 'archive-1' }] }]);
  });

  it('needs an article', () => {
    const r = runCli(['match', '--archive', path.join(scratch.folder(), 'a')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wiretrace: match needs an article/);
  });
});

describe('an archive that cannot be used is refused and left as it is', () => {
  it('a file given as the archive folder', () => {
    const { dir } = setUp({});
    const file = path.join(dir, 'notes.txt');
    writeFileSync(file, 'my notes\n');
    const r = runCli(['archive', 'add', '--archive', file, '-'], { input: WIRE });
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(`wiretrace: ${file}: is a file, not an archive folder; it is left as it is\n`);
    expect(readFileSync(file, 'utf8')).toBe('my notes\n');
  });

  it('a damaged database file', () => {
    const { dir } = setUp({});
    const archive = path.join(dir, 'arc');
    expect(runCli(['archive', 'add', '--archive', archive, '-'], { input: WIRE }).code).toBe(0);
    const file = path.join(archive, 'archive.sqlite');
    const bytes = readFileSync(file);
    bytes.fill(0x55, 0, 100); // the header
    writeFileSync(file, bytes);
    for (const args of [['archive', 'list'], ['archive', 'add', '-'], ['match', '-']]) {
      const r = runCli([...args, '--archive', archive], { input: COPY });
      expect(r.code).toBe(4);
      expect(r.stderr).toMatch(/^wiretrace: .*arc: is damaged or not a wiretrace archive \(not an SQLite database\); it is left as it is\n$/);
    }
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('another program\'s SQLite database', () => {
    const { dir } = setUp({});
    const archive = path.join(dir, 'arc');
    runCli(['archive', 'stats', '--archive', archive]);
    const file = path.join(archive, 'archive.sqlite');
    const foreign = path.join(dir, 'foreign.sqlite');
    const db = new Database(foreign);
    db.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
    db.close();
    writeFileSync(file, readFileSync(foreign));
    const before = readFileSync(file);
    const r = runCli(['archive', 'add', '--archive', archive, '-'], { input: WIRE });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/is not a wiretrace archive \(an SQLite database without its tables\); it is left as it is\n$/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a folder of other files', () => {
    const { dir } = setUp({ wire: WIRE });
    const r = runCli(['archive', 'list', '--archive', dir]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/is not a wiretrace archive \(a folder without archive\.sqlite\)/);
  });
});
