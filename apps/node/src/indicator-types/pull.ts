import { createThreatConnectClient, type ClientLinter, type HmacCredentials, type TokenCredentials } from '@tclint/client';
import { createLinterWith, loadOfficialPlugins } from '@tclint/preset';
import { customTypesOf, IndicatorTypes } from '@tclint/tc-types';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { atomicFileSink } from '../output/sink.js';
import { patternWarnings } from './load.js';

/** The request `tclint types pull` makes: every type with its keys, patterns, case preference and allowed values. */
export const INDICATOR_TYPES_PATH = '/v2/types/indicatorTypes?includeAdditional=true';

export interface PullIndicatorTypesOptions {
  /** The API base URL of the instance, e.g. `https://companyabc.threatconnect.com/api`. */
  baseUrl: string;
  /** An API user's Access ID and Secret Key, or an API token. */
  credentials: Omit<HmacCredentials, 'token' | 'tokenExpires'> | Omit<TokenCredentials, 'accessId' | 'secretKey'>;
  /** Where the reply is written (atomically). */
  file: string;
  /** The transport (default: the global `fetch`). */
  fetch?: typeof globalThis.fetch;
  /** What diagnoses a refusal (default: `createLinter()`, every official package). */
  linter?: ClientLinter;
  /** The local clock, epoch ms (default `Date.now`), for the request's timestamp and the file's provenance. */
  now?: () => number;
}

export interface PulledIndicatorTypes {
  file: string;
  types: IndicatorTypes;
  /** The names of the reply's custom types (not one of ThreatConnect's twelve standard types). */
  customTypes: string[];
  /** Patterns of the reply that cannot be translated, one line each: values of their types are not checked against them. */
  warnings: string[];
}

/** The instance's reply could not be used: not JSON. (A reply that is JSON but not an indicatorTypes reply throws `IndicatorTypesError`.) */
export class IndicatorTypesReplyError extends Error {
  override readonly name = 'IndicatorTypesReplyError';
}

/**
 * Fetches `GET /v2/types/indicatorTypes?includeAdditional=true` from the
 * user's ThreatConnect instance with `@tclint/client` (signed with the Access
 * ID and Secret Key, or the token), checks the reply (`IndicatorTypesError`
 * lists every problem with its JSON path) and writes it to `file`
 * atomically (its directory is made when missing), with its provenance in `_about`. A refusal throws the client's
 * `ThreatConnectApiError`, diagnosed; no error or output carries the secret
 * key or the token.
 */
export async function pullIndicatorTypes(options: PullIndicatorTypesOptions): Promise<PulledIndicatorTypes> {
  const now = options.now ?? Date.now;
  const client = createThreatConnectClient({
    baseUrl: options.baseUrl,
    ...options.credentials,
    // the official packages are loaded here, not when the command starts (other runs need fewer)
    linter: options.linter ?? createLinterWith(await loadOfficialPlugins()),
    fix: 'off',
    now,
    ...(options.fetch && { fetch: options.fetch }),
  } as Parameters<typeof createThreatConnectClient>[0]);
  const response = await client(INDICATOR_TYPES_PATH);
  const text = await response.text();
  let reply: unknown;
  try {
    reply = JSON.parse(text);
  } catch (error) {
    const start = JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
    throw new IndicatorTypesReplyError(`the instance's reply to GET ${INDICATOR_TYPES_PATH} is not JSON (${error instanceof Error ? error.message : String(error)}); it starts ${start}`);
  }
  const types = IndicatorTypes.fromReply(reply);
  const saved = typeof reply === 'object' && reply !== null && !Array.isArray(reply) ? { _about: provenance(options.baseUrl, now()), ...reply } : reply;
  await mkdir(dirname(options.file), { recursive: true });
  const sink = atomicFileSink(options.file);
  try {
    await sink.write(new TextEncoder().encode(`${JSON.stringify(saved, null, 2)}\n`));
    await sink.commit();
  } catch (error) {
    await sink.discard();
    throw error;
  }
  return { file: options.file, types, customTypes: customTypesOf(types).map((t) => t.name), warnings: patternWarnings(types) };
}

function provenance(baseUrl: string, nowMs: number): string {
  let where = baseUrl;
  try {
    const url = new URL(baseUrl);
    url.username = '';
    url.password = '';
    url.search = '';
    where = url.href.replace(/\/$/, '');
  } catch {
    // not a URL: the client refused it before this
  }
  return `The indicator-type definitions of the ThreatConnect instance at ${where}, as it returned them to GET ${INDICATOR_TYPES_PATH} on ${new Date(nowMs).toISOString()} (written by tclint types pull).`;
}
