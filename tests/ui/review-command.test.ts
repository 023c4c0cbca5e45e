import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

describe('wiretrace review without a terminal', () => {
  it('prints the plain summary and exits 0 (no raw-mode failure, no escape sequences)', () => {
    const r = runCli(['review']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('wiretrace — Putin proposes');
    expect(r.stdout).toContain('Who took from whom');
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toBe(runCli(['analyze']).stdout);
  });
});
