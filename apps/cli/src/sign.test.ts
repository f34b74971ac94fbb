import { describe, expect, it } from 'vitest';
import { json, tclint } from './test-harness.js';

// The spec's HMAC test vectors (secret key abcdefghijklmnopqrstuvwxyz0123456789ABCD).
const SECRET = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';
const env = { TC_API_SECRET_KEY: SECRET, TC_API_ACCESS_ID: '12345' };

describe('tclint sign', () => {
  it.each([
    ['GET', 'https://app.threatconnect.com/api/v2/indicators/hosts/example.com?Owner=Common%20Community', '1513703787', 'ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM='],
    ['GET', '/v2/owners', '1513703787', 'G1c2L5ifQa/c7g526q9K8j9LMef8YdryYf+6WjYSpiE='],
    ['post', 'https://app.threatconnect.com/api/v3/indicators', '1700000000', 'AWsat5z3+m2/UEXX1EcFnNv/91/18GY/6DuoPBj+vqY='],
  ])('%s %s at %s gives the spec signature', async (method, url, timestamp, signature) => {
    const result = await tclint(['sign', '--method', method, '--url', url, '--timestamp', timestamp], { env });
    expect(result).toEqual({ code: 0, stdout: `Timestamp: ${timestamp}\nAuthorization: TC 12345:${signature}\n`, stderr: '' });
  });

  it('--format json, and --access-id over TC_API_ACCESS_ID', async () => {
    const result = await tclint(['sign', '-X', 'GET', '-u', '/v2/owners', '--timestamp', '1513703787', '--access-id', '777', '--format', 'json'], { env });
    expect(result.code).toBe(0);
    expect(json(result)).toEqual({ Timestamp: '1513703787', Authorization: 'TC 777:G1c2L5ifQa/c7g526q9K8j9LMef8YdryYf+6WjYSpiE=' });
  });

  it('defaults the timestamp to now, in seconds', async () => {
    const before = Math.floor(Date.now() / 1000);
    const result = await tclint(['sign', '--method', 'GET', '--url', '/v2/owners'], { env });
    const timestamp = Number(/^Timestamp: (\d+)$/m.exec(result.stdout)?.[1]);
    expect(timestamp).toBeGreaterThanOrEqual(before);
    expect(timestamp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  });

  it.each([
    [['--secret-key', SECRET]],
    [[`--secret-key=${SECRET}`]],
    [['--secret', SECRET]],
    [['--api-secret-key', SECRET]],
    [['-k', SECRET]],
    [[SECRET]],
  ])('refuses a secret on the command line (%j) without echoing it, exit 2', async (extra) => {
    for (const environment of [env, { TC_API_ACCESS_ID: '12345' }]) {
      const result = await tclint(['sign', '--method', 'GET', '--url', '/v2/owners', ...extra], { env: environment });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toContain(SECRET);
      expect(result.stderr.length).toBeGreaterThan(0);
    }
  });

  it('needs TC_API_SECRET_KEY, an access id, --method and --url (exit 2)', async () => {
    const noSecret = await tclint(['sign', '--method', 'GET', '--url', '/v2/owners'], { env: { TC_API_ACCESS_ID: '1' } });
    expect(noSecret.code).toBe(2);
    expect(noSecret.stderr).toContain('TC_API_SECRET_KEY is not set');
    const noId = await tclint(['sign', '--method', 'GET', '--url', '/v2/owners'], { env: { TC_API_SECRET_KEY: SECRET } });
    expect(noId.code).toBe(2);
    expect(noId.stderr).toContain('TC_API_ACCESS_ID');
    expect((await tclint(['sign', '--url', '/v2/owners'], { env })).code).toBe(2);
    expect((await tclint(['sign', '--method', 'GET'], { env })).code).toBe(2);
  });

  it('rejects a millisecond timestamp and a secret with a trailing newline, without printing the secret', async () => {
    const ms = await tclint(['sign', '--method', 'GET', '--url', '/v2/owners', '--timestamp', '1700000000000'], { env });
    expect(ms.code).toBe(2);
    expect(ms.stderr).toContain('milliseconds');
    const padded = await tclint(['sign', '--method', 'GET', '--url', '/v2/owners'], { env: { ...env, TC_API_SECRET_KEY: `${SECRET}\n` } });
    expect(padded.code).toBe(2);
    expect(padded.stderr).toContain('whitespace');
    expect(padded.stderr).not.toContain(SECRET);
  });

  it('refuses a URL with a raw space or other characters no request line carries, printing the URL to sign instead (exit 2)', async () => {
    const raw = await tclint(['sign', '-X', 'GET', '-u', 'https://app.threatconnect.com/api/v2/indicators/hosts/example.com?Owner=Common Community', '--timestamp', '1513703787'], { env });
    expect(raw.code).toBe(2);
    expect(raw.stdout).toBe('');
    expect(raw.stderr).toBe(
      'tclint: the URL holds a space at character 79, which an HTTP request line cannot carry as written: HTTP clients send it percent-encoded, and ThreatConnect verifies the signature over what they send.\n' +
        'Sign and send the URL as HTTP clients send it:\n' +
        '  https://app.threatconnect.com/api/v2/indicators/hosts/example.com?Owner=Common%20Community\n',
    );
    // the printed URL signs to the spec's first test vector, as tcex signs what requests sends
    const corrected = raw.stderr.trim().split('\n').at(-1)!.trim();
    const signed = await tclint(['sign', '-X', 'GET', '-u', corrected, '--timestamp', '1513703787'], { env });
    expect(signed.stdout).toBe('Timestamp: 1513703787\nAuthorization: TC 12345:ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM=\n');

    for (const url of ['/api/v2/groups?owner=Société', '/api/v3/indicators?fields={x}', '/api/v2/a|b', '/api/v2/x?q="y"']) {
      const refused = await tclint(['sign', '-X', 'GET', '-u', url], { env });
      expect(refused.code, url).toBe(2);
      expect(refused.stderr, url).toMatch(/which an HTTP request line cannot carry as written[\s\S]*\n {2}\/api\/\S+%[0-9A-F]{2}/);
      expect(refused.stderr).not.toContain(SECRET);
    }
  });
});
