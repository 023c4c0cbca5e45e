/**
 * Drives the real binary in tmux at 80×24: start, move, open the detail, quit; asserts on the
 * captured screen. Skipped (with the reason) when tmux is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../helpers.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const session = `wiretrace-test-${process.pid}`;
const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', session, ...args], { encoding: 'utf8' });
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Capture the pane until `test` holds (or fail after `ms`). */
async function screenUntil(test: (screen: string) => boolean, ms = 15_000): Promise<string> {
  let screen = '';
  for (let waited = 0; waited < ms; waited += 100) {
    screen = tmux('capture-pane', '-p', '-t', session);
    if (test(screen)) return screen;
    await sleep(100);
  }
  throw new Error(`screen never matched; last screen:\n${screen}`);
}

const selected = (screen: string): string => screen.split('\n').find((l) => /^▌[█▒·╌]/.test(l)) ?? '';

describe.skipIf(!hasTmux)('the real binary in tmux (80×24)', () => {
  afterAll(() => {
    if (hasTmux) spawnSync('tmux', ['-L', session, 'kill-server']);
  });

  it('starts, moves, opens the detail and quits', async () => {
    tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', '-c', ROOT, `env -u NO_COLOR TERM=xterm-256color ${process.execPath} ${CLI} review; echo "exited $?"; sleep 30`);
    let screen = await screenUntil((s) => s.includes('1 Outlets') && s.includes('─ Axios ·'));
    expect(screen.split('\n')[0]).toMatch(/^ wiretrace {3}1 Outlets/);
    expect(selected(screen)).toContain('Putin proposes non-interference pact');
    await sleep(300); // the terminal is in raw mode once the first frame is up; be generous

    tmux('send-keys', '-t', session, 'Right');
    screen = await screenUntil((s) => s.includes('─ RFE/RL ·'));
    for (const k of ['j', 'j', 'j', 'j']) {
      const before = screen;
      tmux('send-keys', '-t', session, k);
      screen = await screenUntil((s) => s !== before);
    }
    expect(selected(screen)).toContain('In a statement ahead of the U.S.');

    tmux('send-keys', '-t', session, 'Enter');
    screen = await screenUntil((s) => s.includes('Counterparts'));
    expect(screen).toContain('RFE/RL · sentence 7 of 26');
    expect(screen).toMatch(/near-verbatim · score 0\.9\d/);
    expect(screen).toMatch(/− Reuters/);
    expect(screen).toMatch(/\+ RFE\/RL/);
    for (const line of screen.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);

    tmux('send-keys', '-t', session, 'q');
    screen = await screenUntil((s) => s.includes('exited 0'));
    // the alternate screen is gone: the review's frame is not left behind
    expect(screen).not.toContain('Counterparts');
    tmux('kill-session', '-t', session);
  });

  it('reports a bad path in one line with exit code 2, on a terminal too (the analysis runs in a worker)', async () => {
    tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', '-c', ROOT, `${process.execPath} ${CLI} review no/such/file.txt; echo "exited $?"; sleep 30`);
    const screen = await screenUntil((s) => s.includes('exited'));
    expect(screen).toMatch(/^wiretrace: .*no\/such\/file\.txt.*$/m);
    expect(screen).toContain('exited 2');
    expect(screen).not.toMatch(/^\s+at /m);
  });
});

if (!hasTmux) {
  describe('the real binary in tmux', () => {
    it.skip('skipped: tmux is not on PATH (apt-get install -y tmux to run it)', () => {});
  });
}
