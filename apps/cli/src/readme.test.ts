import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, FIXTURES, json, scratch, tclint } from './test-harness.js';

const readme = readFileSync(join(FIXTURES, '../README.md'), 'utf8');

/** The first ```json block after a heading. */
function jsonBlockAfter(heading: string): unknown {
  const start = readme.indexOf(heading);
  expect(start, heading).toBeGreaterThan(-1);
  const open = readme.indexOf('```json\n', start) + '```json\n'.length;
  return JSON.parse(readme.slice(open, readme.indexOf('```', open)));
}

describe('README examples are true', () => {
  it('the check --format json example', async () => {
    const result = await tclint(['check', '--type', 'asn', '--format', 'json'], { input: 'ASN 12345\n' });
    expect(json(result)).toEqual(jsonBlockAfter('### `check --format json`'));
  });

  it('the diagnose --format json example (third HAR entry)', async () => {
    const result = await tclint(['diagnose', '--format', 'json', 'examples/failed-requests.har'], { cwd: join(EXAMPLES, '..') });
    expect([json<unknown[]>(result)[2]]).toEqual(jsonBlockAfter('### `diagnose --format json`'));
  });

  it('the end of the main job\'s check output, which names the tclint fix command', async () => {
    const result = await tclint(['check', 'apps/cli/examples/seed-indicators.csv'], { cwd: join(EXAMPLES, '../../..') });
    expect(result.code).toBe(1);
    expect(readme).toContain(`\n${result.stdout.trimEnd().split('\n').slice(-3).join('\n')}\n\`\`\`\n`);
  });

  it('the init starter config', async () => {
    const starter = jsonBlockAfter('### `tclint init');
    const dir = scratch();
    await tclint(['init'], { cwd: dir });
    expect(JSON.parse(readFileSync(join(dir, 'tclint.config.json'), 'utf8'))).toEqual(starter);
  });

  it('the sign example', async () => {
    const result = await tclint(['sign', '--method', 'GET', '--url', '/api/v2/indicators/hosts/example.com?Owner=Common%20Community', '--timestamp', '1513703787'], {
      env: { TC_API_ACCESS_ID: '12345', TC_API_SECRET_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCD' },
    });
    expect(readme).toContain(result.stdout);
  });

  it('the fix example for lines', async () => {
    const result = await tclint(['fix', '--type', 'asn', '--format', 'compact'], { input: 'ASN12345\nAS 12345\n\n12345\nAS12abc\n' });
    expect(result.code).toBe(1);
    expect(readme).toContain(`| tclint fix --type asn --format compact\n${result.stdout}${result.stderr}`);
  });
});
