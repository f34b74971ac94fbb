import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../serve.mjs';

/** The hang limit of every test (tools/vitest-project.ts): a child process or a wait is only stopped when it hangs. */
const HANG_MS = 600_000;

const HERE = dirname(fileURLToPath(import.meta.url));
export const DIST = join(HERE, '..', '..', 'dist');
/** Where the tests leave a screenshot of each view (git-ignored). */
export const SCREENSHOTS = join(HERE, '..', '..', 'screenshots');
/** Debian's chromium (`apt-get install -y chromium`); playwright's own browser download cannot work here. */
export const CHROMIUM = process.env.TCLINT_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserSkipReason(): string | undefined {
  if (!existsSync(CHROMIUM)) return `Chromium is not installed at ${CHROMIUM} (apt-get install -y chromium, or set TCLINT_CHROMIUM to its path): the browser tests are SKIPPED, not passed`;
  return undefined;
}

export interface Harness {
  context: BrowserContext;
  page: Page;
  /** The page's address, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  origin: string;
  /** Every request any page made (their URLs). */
  requests: string[];
  /** Console errors and uncaught exceptions of every page. */
  errors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** The built page on a local server, in a fresh headless Chromium, with every request and console error recorded. */
export async function openHarness(): Promise<Harness> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} has no build: run \`pnpm --filter @tclint/web build\` (turbo builds it before the tests)`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startServer({ root: DIST });
  const profile = mkdtempSync(join(tmpdir(), 'tclint-web-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    return page;
  };
  const page = watch(context.pages()[0] ?? (await context.newPage()));
  const url = server.url;
  return {
    context,
    page,
    url,
    origin: new URL(url).origin,
    requests,
    errors,
    newPage: async () => watch(await context.newPage()),
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests that went anywhere but the page's own origin (blob: and data: URLs stay in the page). */
export function foreignRequests(harness: Pick<Harness, 'requests' | 'origin'>): string[] {
  return harness.requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== harness.origin);
}

/** Every row of a problem table, in order, showing every page of it: line, type, severity, rule, message. */
export async function tableRows(page: Page, containerId: string): Promise<string[][]> {
  const more = page.locator(`#${containerId} > button.more`);
  for (;;) {
    await page.waitForFunction((id) => document.getElementById(id)?.dataset.drawing !== 'true', containerId, { polling: 20 });
    if ((await more.count()) === 0 || !(await more.isVisible())) break;
    await more.click();
  }
  return page.$$eval(`#${containerId} tbody tr`, (rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')));
}

/** Runs the check view on what is loaded, and waits for the result (or a message that there is none). */
export async function runCheck(page: Page): Promise<string> {
  await page.click('#check-run');
  await page.waitForFunction(() => !(document.querySelector('#check-run') as HTMLButtonElement).disabled, undefined, { timeout: HANG_MS, polling: 100 });
  return (await page.textContent('#check-status')) ?? '';
}

/** Loads a file as if the user opened it. */
export async function openFile(page: Page, inputId: string, name: string, content: string | Uint8Array): Promise<void> {
  await page.setInputFiles(`#${inputId}`, { name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });
  await page.waitForFunction((id) => !(document.getElementById(id) as HTMLElement).hidden, inputId.replace(/-file$/, '-file-status'));
}

/** The bytes of the fixed file, through the page's Download button. */
export async function downloadOutput(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#output-download')]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** axe-core's violations of impact serious or critical on the page as it is. */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // evaluated through the DevTools protocol, so the page's Content-Security-Policy still holds for the page itself
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
