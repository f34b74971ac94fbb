/** Shared setup of the client's integration tests: a stand-in mounted under /api and clients for it. */
import { DEFAULT_ACCESS_ID, DEFAULT_SECRET_KEY, DEFAULT_TOKEN, startStandin, type Standin, type StandinOptions } from '@tclint/tc-standin';
import { createLinter } from '@tclint/preset';
import { createThreatConnectClient, type ThreatConnectClient } from '../create-client.js';
import type { FixMode, FixReport } from '../options.js';

export const SECRET_KEY = DEFAULT_SECRET_KEY;
export const ACCESS_ID = DEFAULT_ACCESS_ID;
export const TOKEN = DEFAULT_TOKEN;

/** One linter for all tests: building it loads every official package. */
export const linter = createLinter();

export function startApiStandin(options: StandinOptions = {}): Promise<Standin> {
  return startStandin({ basePath: '/api', ...options });
}

export interface TestClientOptions {
  secretKey?: string;
  fix?: FixMode;
  correctClock?: boolean;
  now?: () => number;
  reports?: FixReport[];
}

export function hmacClient(standin: Standin, options: TestClientOptions = {}): ThreatConnectClient {
  return createThreatConnectClient({
    baseUrl: standin.url,
    accessId: ACCESS_ID,
    secretKey: options.secretKey ?? SECRET_KEY,
    linter,
    ...(options.fix && { fix: options.fix }),
    ...(options.correctClock !== undefined && { correctClock: options.correctClock }),
    ...(options.now && { now: options.now }),
    ...(options.reports && { onFix: (report: FixReport) => options.reports!.push(report) }),
  });
}

export function tokenClient(standin: Standin, token: string, tokenExpires?: number): ThreatConnectClient {
  return createThreatConnectClient({ baseUrl: standin.url, token, ...(tokenExpires !== undefined && { tokenExpires }), linter });
}

/** Runs a call that must fail and returns what it threw. */
export async function refusal(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to be refused');
}
