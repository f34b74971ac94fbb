import { defineAnalysis } from '@tclint/core';
import { parseRequestTarget } from '@tclint/tc-auth';
import { Signer } from './search.js';
import type { SigningInput } from './variants.js';

export interface RequestSigner {
  /** What ThreatConnect verifies, but for the timestamp: the key, the uppercase method, the request target. */
  correct: Omit<SigningInput, 'timestamp'>;
  signer: Signer;
}

/** The signing input of a request and its `Signer`, which hashes the whole request once. */
export function requestSigner(key: string, method: string, url: string): RequestSigner {
  const correct = { key, method: method.toUpperCase(), target: parseRequestTarget(url) };
  return { correct, signer: new Signer(correct) };
}

/** Gives the `RequestSigner` of a key and method for one request URL, the same one again for the same key and method. */
export type RequestSigners = (key: string, method: string) => RequestSigner;

/**
 * The signers of one request URL, shared through the engine
 * (`context.analyze(requestSigners, url)`): `engine.fix()` checks the same
 * request again after each pass (only the Authorization header changes), and
 * a long method, URL or key would otherwise be hashed again every time. The
 * engine forgets them with the subject: nothing is kept between subjects.
 */
export const requestSigners = defineAnalysis('signature/request-signers', (url: string): RequestSigners => {
  let last: { key: string; method: string; result: RequestSigner } | undefined;
  return (key, method) => {
    if (last && last.key === key && last.method === method) return last.result;
    const result = requestSigner(key, method, url);
    last = { key, method, result };
    return result;
  };
});
