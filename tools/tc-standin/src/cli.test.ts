import { describe, expect, it } from 'vitest';
import { runCli, UsageError } from './run-cli.js';
import { signed } from './test-requests.js';

describe('tc-standin command line', () => {
  it('starts on a free port with --port 0 and prints where it listens', async () => {
    let out = '';
    const standin = await runCli(['--port', '0', '--base-path', '/api'], (text) => (out += text));
    try {
      expect(standin).toBeDefined();
      expect(out).toContain(`tc-standin listening on http://127.0.0.1:${standin!.port}/api`);
      const r = await signed(new URL(standin!.url).origin, '/api/v2/owners');
      expect(r.status).toBe(200);
    } finally {
      await standin?.close();
    }
  });

  it('applies --clock-skew', async () => {
    const standin = await runCli(['--clock-skew=-900'], () => {});
    try {
      const r = await signed(standin!.url, '/v2/owners');
      expect(r.json.message).toBe('Timestamp out of acceptable time range');
    } finally {
      await standin?.close();
    }
  });

  it('prints usage for --help and rejects bad arguments', async () => {
    let out = '';
    expect(await runCli(['--help'], (text) => (out += text))).toBeUndefined();
    expect(out).toContain('it is not a ThreatConnect server');
    await expect(runCli(['--port', 'abc'], () => {})).rejects.toThrow(UsageError);
    await expect(runCli(['--bogus'], () => {})).rejects.toThrow(UsageError);
  });
});
