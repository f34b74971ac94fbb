import { parseRequestTarget } from '@tclint/tc-auth';
import { Signer } from './search.js';
import type { SigningInput } from './variants.js';

export interface RequestSigner {
  /** What ThreatConnect verifies, but for the timestamp: the key, the uppercase method, the request target. */
  correct: Omit<SigningInput, 'timestamp'>;
  signer: Signer;
}

let last: { key: string; method: string; url: string; result: RequestSigner } | undefined;

/**
 * The signing input of a request and its `Signer`, which hashes the whole
 * request once. The last one is kept: `engine.fix()` checks the same request
 * again after each pass (only the Authorization header changes), and a long
 * method, URL or key would otherwise be hashed again every time.
 */
export function signerFor(key: string, method: string, url: string): RequestSigner {
  if (last && last.key === key && last.method === method && last.url === url) return last.result;
  const correct = { key, method: method.toUpperCase(), target: parseRequestTarget(url) };
  const result = { correct, signer: new Signer(correct) };
  last = { key, method, url, result };
  return result;
}
