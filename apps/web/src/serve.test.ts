import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, fileFor, startServer } from '../serve.mjs';

describe('the static server of `pnpm web`', () => {
  const root = mkdtempSync(join(tmpdir(), 'tclint-web-'));
  mkdirSync(join(root, 'examples'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'examples', 'a.csv'), 'type,value\n');
  writeFileSync(join(tmpdir(), 'outside-the-root.txt'), 'secret');
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ root });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves index.html for / with the Content-Security-Policy, and files with their media type', async () => {
    const index = await fetch(server.url);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<title>t</title>');
    const csv = await fetch(new URL('examples/a.csv', server.url));
    expect([csv.status, csv.headers.get('content-type')]).toEqual([200, 'text/csv; charset=utf-8']);
  });

  it('answers 404 for what is missing or outside the root, 405 for other methods', async () => {
    expect((await fetch(new URL('nothing.js', server.url))).status).toBe(404);
    expect((await fetch(`${server.url}%2e%2e/outside-the-root.txt`)).status).toBe(404);
    expect((await fetch(server.url, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('maps request paths into the root and nowhere else', () => {
    expect(fileFor(root, '/')).toBe(join(root, 'index.html'));
    expect(fileFor(root, '/examples/a.csv?x=1')).toBe(join(root, 'examples', 'a.csv'));
    // dot segments are resolved as a browser resolves them: at the root, never above it
    for (const path of ['/../outside-the-root.txt', '/%2e%2e/outside-the-root.txt']) expect(fileFor(root, path)).toBe(join(root, 'outside-the-root.txt'));
    for (const path of ['/%2e%2e%2foutside-the-root.txt', '/..%2f..%2fetc/passwd', '/a%00b', '/%E0%A4%A']) expect(fileFor(root, path)).toBeUndefined();
  });
});
