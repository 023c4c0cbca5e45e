/**
 * The seeds' HTML report, worksheet and answer key in a real headless Chromium (Debian's
 * `chromium`, or CHROMIUM_PATH), driven by playwright-core: no console errors, no request
 * leaving the page, the graph and each outlet's article on screen, nothing wider than the window
 * at 1280 px or than the paper when printed, the highlight script working, and a PDF on A4 and on
 * Letter. Screenshots (1280 px, the top and the whole page; the first printed page at A4 width)
 * and the PDFs go to WIRETRACE_SCREENSHOTS when it names a folder, else to a temporary one.
 * Skipped, saying so, when Chromium is not installed (.ci/run installs it).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** A4 at 96 px per inch, less the print style sheet's 13 mm side margins. */
const A4_WIDTH = Math.round(((210 - 26) / 25.4) * 96);

const profile = mkdtempSync(path.join(tmpdir(), 'wiretrace-chromium-'));
const shots = process.env.WIRETRACE_SCREENSHOTS ?? path.join(profile, 'shots');
mkdirSync(shots, { recursive: true });
let context: BrowserContext;

interface Opened {
  page: Page;
  problems: string[];
}

async function open(file: string): Promise<Opened> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`);
  });
  await page.goto(pathToFileURL(path.join(ROOT, 'reports', file)).href, { waitUntil: 'load' });
  return { page, problems };
}

const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** Elements (tables, figures, the body) wider than they are allowed to be. */
const overflowing = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) out.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const e of document.querySelectorAll('table, figure, svg, blockquote, pre')) {
      const r = e.getBoundingClientRect();
      if (r.right > root.clientWidth + 1) out.push(`${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} reaches ${Math.round(r.right)} of ${root.clientWidth}`);
    }
    return out;
  });

async function printed(page: Page, name: string): Promise<void> {
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, path: path.join(shots, `${name}-${format}.pdf`) });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPages(pdf), `${name} on ${format}`).toBeGreaterThan(1);
  }
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.setViewportSize({ width: A4_WIDTH, height: Math.round((A4_WIDTH * 297) / 184) });
  expect(await overflowing(page), `${name} printed`).toEqual([]);
  await page.screenshot({ path: path.join(shots, `${name}-print-page1.png`) });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function screenshots(page: Page, name: string): Promise<void> {
  const top = await page.screenshot({ path: path.join(shots, `${name}-1280.png`) });
  expect(top.length).toBeGreaterThan(20_000);
  await page.screenshot({ path: path.join(shots, `${name}-1280-full.png`), fullPage: true });
}

// On CI the browser is part of the set-up (.ci/run installs it): its absence is a failure there, not a skip.
describe.runIf(!hasChromium && process.env.CI === 'true')('Chromium on CI', () => {
  it('is installed', () => {
    expect.fail(`no Chromium at ${CHROMIUM}: .ci/run installs it (apt-get install chromium), or set CHROMIUM_PATH`);
  });
});

describe.skipIf(!hasChromium)(`the seeds' HTML pages in headless Chromium${hasChromium ? '' : ` (skipped: no Chromium at ${CHROMIUM}; apt-get install chromium, or set CHROMIUM_PATH)`}`, () => {
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(path.join(profile, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1280, height: 900 },
      offline: true,
    });
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    if (!process.env.WIRETRACE_SCREENSHOTS) rmSync(profile, { recursive: true, force: true });
  });

  it('the report: no errors, the graph and every outlet\'s article on the page, nothing cut off, screen and print', async () => {
    const { page, problems } = await open('seeds.html');
    const graph = page.locator('svg#provenance-graph');
    await expect(graph.isVisible()).resolves.toBe(true);
    const box = (await graph.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(await page.locator('svg#provenance-graph g.node').count()).toBe(5);
    const names = await page.locator('article.article h3').allTextContents();
    expect(names).toEqual(['Axios', 'RFE/RL', 'IBTimes', 'Polygraph.info (VOA)', 'Reuters, syndicated copy']);
    for (let i = 0; i < names.length; i++) {
      const article = page.locator(`article#outlet-${i}`);
      expect(await article.isVisible()).toBe(true);
      expect(await article.locator('span.s').count()).toBeGreaterThan(10);
    }
    expect(await overflowing(page)).toEqual([]);
    await screenshots(page, 'report');

    // Progressive enhancement: a click outlines the sentence and its counterparts elsewhere.
    const moscow = page.locator('article#outlet-4 span.s', { hasText: 'Moscow denies that charge.' });
    await moscow.click();
    const lit = await page.locator('.s.lit').evaluateAll((es) => es.map((e) => e.closest('article, section.pair-view')?.id ?? ''));
    expect(lit.filter((id) => id.startsWith('outlet-')).sort()).toEqual(['outlet-1', 'outlet-4']);
    await moscow.click();
    expect(await page.locator('.s.lit').count()).toBe(0);

    await printed(page, 'report');
    expect(problems).toEqual([]);
  }, 120_000);

  it('the report with JavaScript off: the same page, every article and pair there, the script not run', async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(pathToFileURL(path.join(ROOT, 'reports', 'seeds.html')).href, { waitUntil: 'load' });
    expect(await page.locator('article.article').count()).toBe(5);
    expect(await page.locator('section.pair-view').count()).toBeGreaterThan(0);
    expect(await page.locator('svg#provenance-graph').isVisible()).toBe(true);
    // The script gives sentences a tab stop; with JavaScript off none has one.
    expect(await page.locator('.s[tabindex]').count()).toBe(0);
    await page.close();
  }, 60_000);

  it('the worksheet and the answer key: no errors, every question, nothing cut off, screen and print', async () => {
    for (const [file, name] of [
      ['exercise-seeds.html', 'worksheet'],
      ['exercise-seeds-answers.html', 'answers'],
    ] as const) {
      const { page, problems } = await open(file);
      expect(await page.locator('section.question').count()).toBe(14);
      expect(await page.locator('section.question').first().isVisible()).toBe(true);
      if (name === 'worksheet') expect(await page.locator('.ruled div').first().isVisible()).toBe(true);
      expect(await overflowing(page)).toEqual([]);
      await screenshots(page, name);
      await printed(page, name);
      expect(problems).toEqual([]);
    }
    // The answer key is a file of its own, so it prints on pages of its own.
    expect(readFileSync(path.join(shots, 'answers-A4.pdf')).length).toBeGreaterThan(10_000);
  }, 120_000);
});
