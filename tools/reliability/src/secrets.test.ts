import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { signRequest } from '@tclint/error-signature';
import { createThreatConnectClient, type FixReport } from '@tclint/client';
import { createLinter } from '@tclint/node';
import { startStandin, type Standin } from '@tclint/tc-standin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliMissing, runCli, type CliRun } from './cli.js';
import { tempDir } from './temp-dir.js';

/*
 * A known secret key and known tokens go in; everything tclint produces is
 * scanned for them: the CLI's stdout and stderr in every format, the files
 * it writes, and the Node client's thrown errors (message, stack, cause,
 * every property, hidden ones included), fix reports and console output.
 */

const SECRET = 'Rel1abilityS3cretKeyNeverPrinted0xC0FFEE42';
const WRONG_SECRET = 'Wr0ngS3cretKeyAlsoNeverPrintedAnywhere99';
const ACCESS_ID = '98765432109876543210';
const TOKEN = 'APIV2:431:Xk9fQz:4102444800000:ReliabilityTokenSecretValue0123=';
const EXPIRED_TOKEN = 'APIV2:431:Xk9fQz:1700000000000:ExpiredReliabilityTokenValue4567=';
const SECRETS = [SECRET, WRONG_SECRET, TOKEN, EXPIRED_TOKEN];

/** Every way a value can be shown: inspect with hidden properties, JSON, and for errors message, stack and cause. */
function everything(value: unknown, depth = 0): string {
  const parts = [inspect(value, { depth: null, showHidden: true, maxStringLength: null, maxArrayLength: null }), safeJson(value)];
  if (value instanceof Error) {
    parts.push(value.message, value.stack ?? '', String(value));
    if (value.cause !== undefined && depth < 5) parts.push(everything(value.cause, depth + 1));
  }
  return parts.join('\n');
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/** The secrets (or a 16-character piece of one) found in `text`. */
function leaks(text: string): string[] {
  const found: string[] = [];
  for (const secret of SECRETS) {
    if (text.includes(secret)) found.push(`${secret.slice(0, 6)}… in full`);
    else
      for (let i = 0; i + 16 <= secret.length; i++) {
        const piece = secret.slice(i, i + 16);
        // the token's public prefix (APIV2:431:Xk9fQz:...) is shared; look at its secret part only
        if (/^APIV2:431:/.test(piece)) continue;
        if (text.includes(piece)) {
          found.push(`${secret.slice(0, 6)}… partly ("${piece}")`);
          break;
        }
      }
  }
  return found;
}

it('the scan finds a secret when there is one', () => {
  expect(leaks(`x${SECRET}y`)).toHaveLength(1);
  expect(leaks(everything(new Error('e', { cause: { key: TOKEN.slice(10, 40) } })))).toHaveLength(1);
  expect(leaks('nothing here')).toEqual([]);
});

describe('the Node client against the stand-in', () => {
  let standin: Standin;
  beforeAll(async () => {
    standin = await startStandin({
      basePath: '/api',
      users: [{ accessId: ACCESS_ID, secretKey: SECRET, owners: ['Example Organization', 'Common Community'] }],
      tokens: [
        { token: TOKEN, expires: 4102444800, owners: ['Example Organization'] },
        { token: EXPIRED_TOKEN, expires: 1, owners: ['Example Organization'] },
      ],
    });
  });
  afterAll(() => standin?.close());

  it('no secret key or token in any result, error, report or console output', async () => {
    const produced: unknown[] = [];
    const reports: FixReport[] = [];
    const onFix = (r: FixReport) => reports.push(r);
    const linter = createLinter();
    const hmac = (secretKey: string, extra: Record<string, unknown> = {}) => createThreatConnectClient({ baseUrl: standin.url, accessId: ACCESS_ID, secretKey, onFix, linter, ...extra });
    const token = (t: string, extra: Record<string, unknown> = {}) => createThreatConnectClient({ baseUrl: standin.url, token: t, tokenExpires: 4102444800, onFix, linter, ...extra });
    const attempt = async (call: () => Promise<unknown>) => {
      try {
        const value = await call();
        produced.push(value instanceof Response ? { status: value.status, headers: [...value.headers], body: await value.text() } : value);
      } catch (error) {
        produced.push(error);
      }
    };

    const consoleOut: string[] = [];
    const writes = { out: process.stdout.write, err: process.stderr.write };
    const capture = (chunk: unknown) => {
      consoleOut.push(String(chunk));
      return true;
    };
    process.stdout.write = capture as typeof process.stdout.write;
    process.stderr.write = capture as typeof process.stderr.write;
    try {
      await attempt(() => hmac(SECRET)('/v2/owners'));
      await attempt(() => hmac(WRONG_SECRET)('/v2/owners'));
      await attempt(() => hmac(WRONG_SECRET).createIndicator('ASN', 'AS 12345'));
      await attempt(() => hmac(SECRET).createIndicator('ASN', 'AS 12345'));
      await attempt(() => hmac(SECRET, { fix: 'report' }).createIndicator('CIDR', '2001:db8:1234::/48'));
      await attempt(() => hmac(SECRET, { fix: 'off' }).createIndicator('CIDR', '2001:db8:1234::/48'));
      await attempt(() => hmac(SECRET).createIndicatorV3('Host', 'EXAMPLE.com', { owner: 'Restricted Source' }));
      await attempt(() => hmac(SECRET).createIndicator('Host', 'example.com', { owner: 'No Such Owner' }));
      await attempt(() => hmac(SECRET).submitBatch([{ type: 'ASN', summary: 'AS 1' }, { type: 'CIDR', summary: '10.0.0.1/8' }, { type: 'Host', summary: 'bad host!' }], { owner: 'Example Organization', pollIntervalMs: 10 }));
      standin.state.clockSkewSeconds = 3600;
      await attempt(() => hmac(SECRET, { correctClock: false })('/v2/owners'));
      await attempt(() => hmac(SECRET)('/v2/owners'));
      standin.state.clockSkewSeconds = 0;
      await attempt(() => token(TOKEN)('/v2/owners'));
      await attempt(() => token(TOKEN).createIndicatorV3('Host', 'EXAMPLE.com', { owner: 'Common Community' }));
      await attempt(() => token(EXPIRED_TOKEN)('/v2/owners'));
      await attempt(() => token(EXPIRED_TOKEN, { tokenExpires: 1 }).createIndicator('ASN', 'ASN1'));
      // keys with stray whitespace are refused before anything is sent
      await attempt(() => hmac(`${SECRET}\n`)('/v2/owners'));
      await attempt(() => token(` ${TOKEN}`)('/v2/owners'));
    } finally {
      process.stdout.write = writes.out;
      process.stderr.write = writes.err;
    }

    expect(produced).toHaveLength(17);
    // the scenarios really failed where they should (the scan is not over empty results)
    expect(produced.filter((p) => p instanceof Error).length).toBeGreaterThanOrEqual(9);
    expect(reports.length).toBeGreaterThan(0);
    const text = [...produced.map((p) => everything(p)), everything(reports), consoleOut.join('')].join('\n');
    expect(leaks(text)).toEqual([]);
  });
});

const missing = cliMissing();
if (missing) console.warn(`[reliability] skipping the CLI secret tests: ${missing}`);

describe.skipIf(missing !== undefined)('the tclint command', () => {
  let dir = '';
  let remove = () => {};
  const env = { TC_API_SECRET_KEY: SECRET, TC_API_ACCESS_ID: ACCESS_ID, TC_TOKEN: TOKEN, TC_API_TOKEN: TOKEN };
  const outputs: { what: string; run: CliRun }[] = [];
  const cli = async (args: string[], extraEnv: Record<string, string> = env) => {
    const run = await runCli(args, { cwd: dir, env: extraEnv });
    outputs.push({ what: args.join(' '), run });
    return run;
  };
  beforeAll(() => ({ dir, remove } = tempDir('secrets')));
  afterAll(() => remove());

  /** Every file under the temp dir that tclint wrote (inputs are listed to be skipped). */
  function writtenFiles(inputs: ReadonlySet<string>): string[] {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const path = join(d, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (!inputs.has(path)) files.push(path);
      }
    };
    walk(dir);
    return files;
  }

  it('diagnose: signature, timestamp, token and access failures, as JSON, NDJSON and HAR, in both formats', async () => {
    const ts = 1_700_000_000;
    const signed = (url: string, key: string, method = 'GET') => signRequest({ method, url, accessId: ACCESS_ID, secretKey: key, timestamp: ts });
    const body = (message: string) => JSON.stringify({ status: 'Failure', message });
    const date = new Date((ts + 3600) * 1000).toUTCString();
    const exchanges = [
      // signed without the /api prefix: the diagnosis re-signs with the key from the environment
      { request: { method: 'GET', url: 'https://tc.example/api/v2/owners', headers: signed('https://tc.example/v2/owners', SECRET) }, response: { status: 401, headers: {}, body: body('Signature data did not match expected result') } },
      { request: { method: 'GET', url: 'https://tc.example/api/v2/owners', headers: signed('https://tc.example/api/v2/owners', WRONG_SECRET) }, response: { status: 401, headers: {}, body: body('Signature data did not match expected result') } },
      { request: { method: 'GET', url: 'https://tc.example/api/v2/owners', headers: signed('https://tc.example/api/v2/owners', SECRET) }, response: { status: 401, headers: { Date: date }, body: body('Timestamp out of acceptable time range') } },
      { request: { method: 'GET', url: 'https://tc.example/api/v2/owners', headers: { Authorization: `TC-Token ${EXPIRED_TOKEN}` } }, response: { status: 401, headers: {}, body: body('Unauthorized') } },
      { request: { method: 'GET', url: 'https://tc.example/api/v2/owners?owner=Restricted%20Source', headers: { Authorization: `TC-Token ${TOKEN}` } }, response: { status: 403, headers: {}, body: body('Access Denied') } },
      { request: { method: 'GET', url: 'https://tc.example/api/v2/owners', headers: { Authorization: `TC ${ACCESS_ID}:${SECRET}`, Timestamp: String(ts) } }, response: { status: 401, headers: {}, body: body('Signature data did not match expected result') } },
      { request: { method: 'POST', url: 'https://tc.example/api/v2/indicators/hosts', headers: { Authorization: `TC-Token ${TOKEN}`, 'Content-Type': 'application/json' }, body: '{"hostName":"EXAMPLE.com"}' }, response: { status: 400, headers: {}, body: body('Please enter a valid Host') } },
    ];
    const har = {
      log: {
        entries: exchanges.map((e) => ({
          startedDateTime: new Date(ts * 1000).toISOString(),
          request: { method: e.request.method, url: e.request.url, headers: Object.entries(e.request.headers).map(([name, value]) => ({ name, value })), ...(e.request.body && { postData: { mimeType: 'application/json', text: e.request.body } }) },
          response: { status: e.response.status, headers: Object.entries(e.response.headers).map(([name, value]) => ({ name, value })), content: { mimeType: 'application/json', text: e.response.body } },
        })),
      },
    };
    writeFileSync(join(dir, 'exchanges.json'), JSON.stringify(exchanges));
    writeFileSync(join(dir, 'exchanges.ndjson'), exchanges.map((e) => JSON.stringify(e)).join('\n'));
    writeFileSync(join(dir, 'requests.har'), JSON.stringify(har));

    for (const file of ['exchanges.json', 'exchanges.ndjson', 'requests.har']) {
      for (const format of ['stylish', 'json']) {
        const run = await cli(['diagnose', '--format', format, file]);
        expect(run.code, `${file} ${format}: ${run.err}`).toBe(1);
        expect(run.out.length).toBeGreaterThan(500);
      }
    }
    // the diagnoses are really there (the scan is not over empty output)
    const json = JSON.parse(outputs.find((o) => o.what === 'diagnose --format json exchanges.json')!.run.out) as { diagnoses: { classId: string }[] }[];
    expect(json.flatMap((r) => r.diagnoses.map((d) => d.classId))).toEqual(expect.arrayContaining(['signature', 'timestamp', 'unauthorized', 'access-denied']));
    for (const { what, run } of outputs) expect(leaks(run.out + run.err), what).toEqual([]);
  });

  it('diagnose --message: a log excerpt that quotes the key from the environment is not echoed with it', async () => {
    const text = `Traceback (most recent call last):\n  tc_api_secret_key=${SECRET}\n  token=${TOKEN}\nRuntimeError: Signature data did not match expected result`;
    for (const format of ['stylish', 'json']) {
      const run = await cli(['diagnose', '--format', format, '--message', text]);
      expect(run.code).toBe(1);
      expect(leaks(run.out + run.err), `diagnose --message --format ${format}`).toEqual([]);
    }
  });

  it('diagnose --app: a TcEx app whose files hold the key and token; output and written files are clean', async () => {
    const app = join(dir, 'app');
    mkdirSync(app);
    const inputs = new Set<string>();
    const put = (name: string, content: string) => {
      writeFileSync(join(app, name), content);
      inputs.add(join(app, name));
    };
    put('run.py', 'from app import App\n');
    put('app.py', `TC_API_SECRET_KEY = "${SECRET}"\nTC_TOKEN = "${TOKEN}"\n`);
    put('install.json', JSON.stringify({ programLanguage: 'PYTHON', programVersion: '1.0.0', runtimeLevel: 'Playbook', displayName: 'x', appId: 'x', note: SECRET }));
    put('tcex.json', JSON.stringify({ profiles: [{ tc_api_secret_key: SECRET, tc_token: TOKEN }] }));
    for (const args of [['diagnose', '--app', 'app'], ['diagnose', '--format', 'json', '--app', 'app'], ['diagnose', '--app', 'app', '--fix']]) {
      const run = await cli(args);
      expect([0, 1]).toContain(run.code);
      expect(leaks(run.out + run.err), args.join(' ')).toEqual([]);
    }
    const written = writtenFiles(new Set([...inputs, ...readdirSync(dir).filter((f) => f !== 'app').map((f) => join(dir, f))]));
    expect(written.map((f) => f.slice(app.length + 1))).toContain('__main__.py');
    for (const file of written) expect(leaks(readFileSync(file, 'utf8')), file).toEqual([]);
  });

  it('sign prints the headers, never the key', async () => {
    for (const format of ['text', 'json']) {
      const run = await cli(['sign', '--method', 'GET', '--url', 'https://tc.example/api/v2/owners', '--timestamp', '1700000000', '--format', format]);
      expect(run.code).toBe(0);
      expect(run.out).toContain(signRequest({ method: 'GET', url: 'https://tc.example/api/v2/owners', accessId: ACCESS_ID, secretKey: SECRET, timestamp: 1700000000 }).Authorization);
      expect(leaks(run.out + run.err)).toEqual([]);
    }
  });

  it.each([
    ['--secret-key', SECRET],
    ['--secret-key=' + SECRET],
    ['--secret', SECRET],
    ['--api-secret-key', SECRET],
    ['-k', SECRET],
    ['--key', SECRET],
    ['--password', SECRET],
    [SECRET],
    ['--access-id', SECRET],
    ['--url', `https://tc.example/api/v2/owners?key=${SECRET}`],
  ])('sign refuses a secret on the command line (%s …): exit 2, not echoed', async (...given) => {
    const args = ['sign', '--method', 'GET', ...(given[0] === '--url' ? [] : ['--url', '/v2/owners']), ...given];
    const withEnv = await cli(args);
    expect(withEnv.code).toBe(2);
    expect(withEnv.out).toBe('');
    expect(leaks(withEnv.out + withEnv.err)).toEqual([]);
    // without the key in the environment, tclint cannot know the value is the key, but still must not echo what it refuses
    if (given.length === 2 || given[0] === SECRET) {
      const bare = await cli(args, {});
      expect(bare.code).toBe(2);
      expect(leaks(bare.out + bare.err)).toEqual([]);
    }
  });

  it('check in every format, with credentials in the environment, and fix --write: nothing leaks', async () => {
    writeFileSync(join(dir, 'feed.csv'), 'type,value\nASN,AS 1\nHost,EXAMPLE.com\nURL,http://EXAMPLE.com/a\nCIDR,2001:db8::/32\nRegistry Key,HKLM\\Software : : reg_sz\nASN,not an asn\n');
    writeFileSync(join(dir, 'broken.json'), '[{"type":"ASN","AS Number":"AS 1"}, {"type":');
    for (const format of ['json', 'sarif', 'stylish', 'compact']) {
      for (const file of ['feed.csv', 'broken.json']) {
        const run = await cli(['check', '--format', format, file]);
        expect(run.code).toBeGreaterThan(0);
        expect(leaks(run.out + run.err), `check --format ${format} ${file}`).toEqual([]);
      }
      const fixed = await cli(['check', '--fix', '--format', format, 'feed.csv']);
      expect(leaks(fixed.out + fixed.err)).toEqual([]);
    }
    writeFileSync(join(dir, 'write-me.csv'), 'type,value\nASN,AS 1\n');
    const write = await cli(['fix', '--write', 'write-me.csv']);
    expect(write.code).toBe(0);
    expect(readFileSync(join(dir, 'write-me.csv'), 'utf8')).toBe('type,value\nASN,ASN1\n');
    expect(leaks(write.out + write.err + readFileSync(join(dir, 'write-me.csv'), 'utf8'))).toEqual([]);
  });
});
