import { signRequest } from '@tclint/tc-auth';
import type { ThreatConnectClientOptions } from './options.js';

/** Makes the authentication headers of one request (to `url`, exactly as it is sent): HMAC-signed, or the API token. */
export type Authenticator = (method: string, url: string, timestamp: number) => Record<string, string>;

export function createAuthenticator(options: ThreatConnectClientOptions): Authenticator {
  if (options.token !== undefined) {
    const authorization = `TC-Token ${options.token}`;
    return () => ({ Authorization: authorization });
  }
  const { accessId, secretKey } = options;
  return (method, url, timestamp) => {
    const signed = signRequest({ method, url, accessId, secretKey, timestamp });
    return { Timestamp: signed.Timestamp, Authorization: signed.Authorization };
  };
}

/** What must never appear in anything the client reports. */
export function secretsOfOptions(options: ThreatConnectClientOptions): string[] {
  const found = [options.secretKey, options.secretKey?.trim(), options.token, options.token?.trim()];
  return [...new Set(found.filter((s): s is string => typeof s === 'string' && s.length >= 4))].sort((a, b) => b.length - a.length);
}
