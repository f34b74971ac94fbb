import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, downloadOutput, foreignRequests, openFile, openHarness, runCheck, SCREENSHOTS, tableRows, type Harness } from '../testing/browser.js';
import { EXAMPLES_DIR, rowsOf, tclint, type CliRecord } from '../testing/cli.js';
import { mixedCorpus } from '../testing/corpus.js';

const skip = browserSkipReason();
if (skip) console.warn(`@tclint/web: ${skip}`);

/** `tclint check --format json` and `tclint fix` (its output and, with --format json, what remains) on a file. */
async function cli(path: string, extra: string[] = []) {
  const [checked, fixed, remaining] = await Promise.all([
    tclint(['check', '--no-config', '--format', 'json', ...extra, path]),
    tclint(['fix', '--no-config', ...extra, path]),
    tclint(['fix', '--no-config', '--format', 'json', ...extra, path]),
  ]);
  return { problems: rowsOf(JSON.parse(checked.stdout.toString('utf8')) as CliRecord[]), output: fixed.stdout, remaining: rowsOf(JSON.parse(remaining.stderr) as CliRecord[]) };
}

describe.skipIf(skip)('the check view, in Chromium', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  for (const example of ['seed-indicators.csv', 'seed-indicators.txt']) {
    it(`shows what tclint check and tclint fix give on the bundled ${example}, byte for byte`, async () => {
      const { page } = harness;
      await page.goto(harness.url);
      await page.click(`button[data-example="${example}"]`);
      await page.waitForFunction(() => (document.querySelector('#check-input') as HTMLTextAreaElement).value !== '');
      const status = await runCheck(page);
      expect(status).toMatch(/^Done\./);
      const expected = await cli(join(EXAMPLES_DIR, example));
      expect(await tableRows(page, 'problems')).toEqual(expected.problems);
      expect(expected.problems.length).toBeGreaterThan(10);
      expect(await tableRows(page, 'remaining')).toEqual(expected.remaining);
      const download = await downloadOutput(page);
      expect(download.name).toBe(example.replace('.', '-fixed.'));
      expect(download.bytes.equals(expected.output)).toBe(true);
      // the changed lines are marked, with what they were
      const changed = await page.$$eval('#output li.changed', (items) => items.map((li) => Number(li.getAttribute('value'))));
      const input = readFileSync(join(EXAMPLES_DIR, example), 'utf8').split('\n');
      const output = expected.output.toString('utf8').split('\n');
      expect(changed).toEqual(input.flatMap((line, i) => (line !== output[i] ? [i + 1] : [])));
      expect(changed.length).toBeGreaterThan(5);
      await page.screenshot({ path: join(SCREENSHOTS, `check-${example.replace('.', '-')}.png`), fullPage: true });
      // the root README's picture (apps/web/screenshot.png is a copy of the CSV one)
      await page.screenshot({ path: join(SCREENSHOTS, `readme-${example.replace('.', '-')}.png`), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1280 } });
    });
  }

  it('gives what the command gives on a generated 10,000-line mixed feed, opened as a file', async () => {
    const { page } = harness;
    const dir = mkdtempSync(join(tmpdir(), 'tclint-web-corpus-'));
    const path = join(dir, 'mixed-10k.txt');
    writeFileSync(path, mixedCorpus(10_000));
    await page.goto(harness.url);
    await openFile(page, 'check-file', 'mixed-10k.txt', readFileSync(path));
    const status = await runCheck(page);
    expect(status).toContain('10,000 records read as one value per line');
    const expected = await cli(path);
    const problems = await tableRows(page, 'problems');
    expect(problems.length).toBe(expected.problems.length);
    expect(problems).toEqual(expected.problems);
    expect(await tableRows(page, 'remaining')).toEqual(expected.remaining);
    expect((await downloadOutput(page)).bytes.equals(expected.output)).toBe(true);
    // the feed has Unicode names: the IDN tables were loaded for it
    expect(harness.requests.some((url) => /\/chunks\/tr46-[\w-]+\.js$/.test(url))).toBe(true);
  });

  it('sets rule severities as a config does: a rule turned off is not reported, as with --rule', async () => {
    const { page } = harness;
    await page.goto(harness.url);
    await page.click('button[data-example="seed-indicators.csv"]');
    await page.click('#check-form details.options > summary');
    await page.selectOption('select[aria-label="Severity of asn/format"]', 'off');
    await page.selectOption('select[aria-label="Severity of url/host"]', 'warn');
    await expect.poll(() => page.textContent('#rules-status')).toBe('2 rules set differently from the recommended config.');
    await page.screenshot({ path: join(SCREENSHOTS, 'check-options.png'), fullPage: true });
    await runCheck(page);
    const expected = await cli(join(EXAMPLES_DIR, 'seed-indicators.csv'), ['--rule', 'asn/format: off', '--rule', 'url/host: warn']);
    const rows = await tableRows(page, 'problems');
    expect(rows).toEqual(expected.problems);
    expect(rows.some((row) => row[3] === 'asn/format')).toBe(false);
    expect(rows.find((row) => row[3] === 'url/host')?.[2]).toBe('warning');
    expect((await downloadOutput(page)).bytes.equals(expected.output)).toBe(true);
  });

  it('takes the user\'s own indicator-types reply, and says what is wrong with one that is not', async () => {
    const { page } = harness;
    await page.goto(harness.url);
    await page.click('#check-form details.options > summary');
    await page.setInputFiles('#indicator-types-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"indicatorType": [{"name": 3}]}') });
    await expect.poll(() => page.textContent('#indicator-types-status')).toContain('broken.json was not used');
    expect(await page.textContent('#indicator-types-status')).toContain('$.indicatorType[0]');
    const reply = JSON.parse(readFileSync(new URL('../../../../packages/tc-types/src/recorded-indicator-types.json', import.meta.url), 'utf8')) as { indicatorType: Record<string, unknown>[] };
    reply.indicatorType.push({ name: 'Bank Account', apiBranch: 'bankAccounts', apiEntity: 'bankAccount', custom: 'true', parsable: 'false', keys: { key1: 'Account' }, regexes: ['[A-Z]{2}\\d{2}[A-Z0-9]{11,30}'] });
    await page.setInputFiles('#indicator-types-file', { name: 'tclint.indicator-types.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(reply)) });
    await expect.poll(() => page.textContent('#indicator-types-status')).toMatch(/^Using tclint\.indicator-types\.json: \d+ indicator types; custom types: Bank Account\.$/);
    await page.click('button[data-example="seed-indicators.csv"]');
    expect(await runCheck(page)).toMatch(/^Done\./);
  });

  it('copies the fixed file to the clipboard', async () => {
    const { page, context } = harness;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.origin });
    await page.goto(harness.url);
    await page.fill('#check-input', 'AS 1\nEXAMPLE.com\n');
    await runCheck(page);
    await page.click('#output-copy');
    await expect.poll(() => page.textContent('#output-status')).toBe('Copied the fixed file.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('ASN1\nexample.com\n');
  });

  it('takes a dropped file; a HAR file dropped here goes to the diagnose view', async () => {
    const { page } = harness;
    await page.goto(harness.url);
    const har = readFileSync(join(EXAMPLES_DIR, 'failed-requests.har'), 'utf8');
    const dropped = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'requests.har', { type: 'application/json' }));
      return transfer;
    }, har);
    await page.dispatchEvent('#check-input', 'drop', { dataTransfer: dropped });
    await expect.poll(() => page.textContent('#check-file-status')).toContain('Using requests.har');
    await runCheck(page);
    expect(await page.textContent('#check-status')).toContain('This is HAR input, not indicator records.');
    await page.click('#check-status button');
    expect(await page.isVisible('#panel-diagnose')).toBe(true);
    await page.waitForSelector('#diagnose-results section.report');
    expect(await page.locator('#diagnose-results .diagnosis').count()).toBeGreaterThanOrEqual(3);
  });

  it('sent nothing anywhere but the page\'s own origin, and logged no error', () => {
    expect(harness.requests.length).toBeGreaterThan(5);
    expect(foreignRequests(harness)).toEqual([]);
    expect(harness.errors).toEqual([]);
  });
});
