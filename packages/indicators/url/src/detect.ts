import type { Detection } from '@tclint/core';
import { detectHost } from '@tclint/indicator-host';

/** How sure `detectUrl` is of `scheme://...`: above a Host's 0.9, so a URL is never taken for a host. */
export const URL_CONFIDENCE = 0.95;
/** A host name with a path but no scheme could be a URL missing its scheme: only a guess. */
export const SCHEMELESS_CONFIDENCE = 0.4;

const SCHEME_AND_SLASHES = /^[A-Za-z][A-Za-z0-9+.-]{0,31}:\/\//;
const MAX_HOST_PORT = 1100;
const HOST_PORT = /^([^/:]+)(?::[0-9]{1,5})?$/;

/**
 * Recognizes `scheme://...` with confidence. A host name (with or without a
 * port) followed by a path (`example.com/path`) is only a guess: it could be
 * a URL written without its scheme, which url/scheme then reports.
 */
export function detectUrl(value: string): Detection | undefined {
  const text = value.trimStart();
  if (SCHEME_AND_SLASHES.test(text)) return { type: 'URL', confidence: URL_CONFIDENCE };
  const slash = text.indexOf('/');
  if (slash <= 0 || slash > MAX_HOST_PORT) return undefined;
  const hostPort = HOST_PORT.exec(text.slice(0, slash));
  if (hostPort && detectHost(hostPort[1]!)) return { type: 'URL', confidence: SCHEMELESS_CONFIDENCE };
  return undefined;
}
