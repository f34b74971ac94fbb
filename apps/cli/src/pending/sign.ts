import { createHmac } from 'node:crypto';

// Stand-in until @tclint/node re-exports `signRequest` from @tclint/error-signature
// (same contract; proven by the spec's test vectors in the end-to-end tests).

export interface SignRequestInput {
  method: string;
  url: string;
  accessId: string;
  secretKey: string;
  timestamp?: number | string;
}

export function signRequest(input: SignRequestInput): { Timestamp: string; Authorization: string } {
  const { method, url, accessId, secretKey } = input;
  if (!accessId) throw new TypeError('signRequest: accessId is required');
  if (!secretKey) throw new TypeError('signRequest: secretKey is required');
  if (accessId.trim() !== accessId) throw new TypeError('signRequest: accessId starts or ends with whitespace; trim it');
  if (secretKey.trim() !== secretKey) throw new TypeError('signRequest: secretKey starts or ends with whitespace (a newline read from a file or environment variable?); trim it');
  if (/[\s:]/.test(accessId)) throw new TypeError('signRequest: accessId must not contain whitespace or ":"');
  const timestamp = String(input.timestamp ?? Math.floor(Date.now() / 1000));
  if (!/^\d{1,15}$/.test(timestamp)) throw new TypeError('signRequest: timestamp must be whole seconds since the Unix epoch');
  if (Number(timestamp) > 999_999_999_999) {
    throw new TypeError(`signRequest: timestamp ${timestamp} is in milliseconds; ThreatConnect expects seconds (${Math.floor(Number(timestamp) / 1000)})`);
  }
  const base = `${requestTarget(url)}:${method.toUpperCase()}:${timestamp}`;
  const signature = createHmac('sha256', secretKey).update(base, 'utf8').digest('base64');
  return { Timestamp: timestamp, Authorization: `TC ${accessId}:${signature}` };
}

/** The path and query of a URL exactly as written (nothing decoded or re-encoded), without the fragment. */
function requestTarget(url: string): string {
  const noFragment = url.split('#', 1)[0]!;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(noFragment);
  if (!scheme) return noFragment.startsWith('/') ? noFragment : `/${noFragment}`;
  const rest = noFragment.slice(scheme[0].length);
  const slash = rest.search(/[/?]/);
  if (slash === -1) return '/';
  const target = rest.slice(slash);
  return target.startsWith('?') ? `/${target}` : target;
}
