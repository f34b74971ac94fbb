import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, foreignRequests, openHarness, SCREENSHOTS, type Harness } from '../testing/browser.js';
import { EXAMPLES_DIR, tclint } from '../testing/cli.js';

/** The hang limit of every test (tools/vitest-project.ts): a child process or a wait is only stopped when it hangs. */
const HANG_MS = 600_000;

const skip = browserSkipReason();
if (skip) console.warn(`@tclint/web: ${skip}`);

interface ShownDiagnosis {
  classId: string;
  ruleId: string;
  severity: string;
  message: string;
  evidence: string[];
  remedies: string[];
  fix: string[];
}

/** What the diagnose view shows: for each record, its diagnoses. */
function shownReports(page: Page): Promise<{ index: number; diagnoses: ShownDiagnosis[] }[]> {
  return page.$$eval('#diagnose-results section.report', (sections) =>
    sections.map((section) => ({
      index: Number(section.getAttribute('data-index')),
      diagnoses: [...section.querySelectorAll('.diagnosis')].map((d) => ({
        classId: d.getAttribute('data-class') ?? '',
        ruleId: d.querySelector('p a, p code')?.textContent ?? '',
        severity: d.querySelector('[class^="severity-"]')?.textContent ?? '',
        message: d.querySelector('p.message')?.textContent ?? '',
        evidence: [...d.querySelectorAll('ul.evidence li')].map((li) => li.textContent ?? ''),
        remedies: [...d.querySelectorAll('ul.remedies li')].map((li) => li.textContent ?? ''),
        fix: [...d.querySelectorAll('ul.fix li')].map((li) => li.textContent ?? ''),
      })),
    })),
  );
}

/** `tclint diagnose --format json` as the view shows it. */
function expectedReports(json: string): { index: number; diagnoses: ShownDiagnosis[] }[] {
  type Fix = { field: string; value: string };
  const records = JSON.parse(json) as { index: number; diagnoses: (Omit<ShownDiagnosis, 'fix'> & { fix: Fix | Fix[] | null })[] }[];
  return records.map((r) => ({
    index: r.index,
    diagnoses: r.diagnoses.map((d) => ({ ...d, fix: (d.fix === null ? [] : Array.isArray(d.fix) ? d.fix : [d.fix]).map((f) => `${f.field}: ${f.value}`) })),
  }));
}

async function diagnose(page: Page): Promise<string> {
  await page.click('#diagnose-run');
  await page.waitForFunction(() => !(document.querySelector('#diagnose-run') as HTMLButtonElement).disabled, undefined, { timeout: HANG_MS, polling: 100 });
  return (await page.textContent('#diagnose-status')) ?? '';
}

describe.skipIf(skip)('the diagnose view, in Chromium', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows what tclint diagnose --format json gives on the example HAR file', async () => {
    const { page } = harness;
    await page.goto(harness.url);
    await page.click('#tab-diagnose');
    await page.click('button[data-example="failed-requests.har"]');
    await page.waitForFunction(() => (document.querySelector('#diagnose-input') as HTMLTextAreaElement).value !== '');
    expect(await diagnose(page)).toMatch(/^Done: \d+ failures diagnosed\.$/);
    const cli = await tclint(['diagnose', '--no-config', '--format', 'json', join(EXAMPLES_DIR, 'failed-requests.har')]);
    const expected = expectedReports(cli.stdout.toString('utf8'));
    expect(await shownReports(page)).toEqual(expected);
    expect(expected.flatMap((r) => r.diagnoses).map((d) => d.classId)).toEqual(expect.arrayContaining(['signature', 'timestamp', 'indicator-format']));
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnose-har.png'), fullPage: true });
  });

  it('diagnoses a pasted error message as tclint diagnose reads it from standard input', async () => {
    const { page } = harness;
    await page.goto(harness.url);
    await page.click('#tab-diagnose');
    const text = 'Timestamp out of acceptable time range';
    await page.fill('#diagnose-input', text);
    await diagnose(page);
    const cli = await tclint(['diagnose', '--no-config', '--format', 'json'], { stdin: `${text}\n` });
    expect(await shownReports(page)).toEqual(expectedReports(cli.stdout.toString('utf8')));
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnose-message.png'), fullPage: true });
  });

  it('never shows the secret key it was given, nor the signature of a pasted exchange', async () => {
    const { page } = harness;
    const secret = 'web-page-secret-key-0123456789abcdef';
    const signature = 'c2lnbmF0dXJlLW9mLXRoZS1leGNoYW5nZQ==';
    const exchange = {
      request: { method: 'GET', url: 'https://api.threatconnect.com/api/v3/groups', headers: { Authorization: `TC 12345:${signature}`, Timestamp: '1700000000' } },
      response: { status: 401, headers: { Date: 'Tue, 14 Nov 2023 22:13:20 GMT' }, body: '{"status":"Failure","message":"Signature data did not match expected result"}' },
    };
    await page.goto(harness.url);
    await page.click('#tab-diagnose');
    await page.fill('#diagnose-input', JSON.stringify(exchange));
    await page.click('#diagnose-form details.options > summary');
    await page.fill('#diagnose-secret', secret);
    await diagnose(page);
    const shown = await shownReports(page);
    expect(shown[0]?.diagnoses.map((d) => d.classId)).toContain('signature');
    const text = (await page.textContent('#diagnose-results')) ?? '';
    for (const hidden of [secret, signature]) expect(text).not.toContain(hidden);
  });

  it('sent nothing anywhere but the page\'s own origin, and logged no error', () => {
    expect(foreignRequests(harness)).toEqual([]);
    expect(harness.errors).toEqual([]);
  });
});
