/** A request URL split the way the HTTP request line carries it. */
export interface RequestTarget {
  /** `scheme://authority` when the URL is absolute. */
  origin?: string;
  /** The path, always starting with `/`, exactly as written (still percent-encoded). */
  path: string;
  /** The query without its `?`, exactly as written; undefined when the URL has no `?`. */
  query?: string;
}

/**
 * Splits an absolute URL or a path into origin, path and query, without
 * decoding or re-encoding anything. The fragment is dropped (it is never sent).
 * A path without a leading `/` gets one, as the request line always has it.
 */
export function parseRequestTarget(url: string): RequestTarget {
  let rest = url;
  let origin: string | undefined;
  const authorityStart = schemeEnd(url);
  if (authorityStart > 0) {
    let end = authorityStart;
    while (end < url.length && url[end] !== '/' && url[end] !== '?' && url[end] !== '#') end++;
    origin = url.slice(0, end);
    rest = url.slice(end);
  }
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const mark = rest.indexOf('?');
  let path = mark >= 0 ? rest.slice(0, mark) : rest;
  if (!path.startsWith('/')) path = `/${path}`;
  const target: RequestTarget = { path };
  if (origin !== undefined) target.origin = origin;
  if (mark >= 0) target.query = rest.slice(mark + 1);
  return target;
}

/** The request-line target of a URL: `<path>[?<query>]`. */
export function requestTarget(url: string): string {
  return formatTarget(parseRequestTarget(url));
}

export function formatTarget(target: Pick<RequestTarget, 'path' | 'query'>): string {
  return target.query === undefined ? target.path : `${target.path}?${target.query}`;
}

/** Index just after `scheme://`, or 0 when the URL does not start with one. */
function schemeEnd(url: string): number {
  const first = url.charCodeAt(0);
  if (!isAlpha(first)) return 0;
  let i = 1;
  while (i < url.length) {
    const c = url.charCodeAt(i);
    if (isAlpha(c) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) i++;
    else break;
  }
  return url.startsWith('://', i) ? i + 3 : 0;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The host (and port) a URL is sent to, when it is plain enough to show; undefined for a path. */
export function hostOf(url: string): string | undefined {
  const origin = parseRequestTarget(url).origin;
  if (origin === undefined) return undefined;
  const authority = origin.slice(origin.indexOf('://') + 3);
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  return host && /^[A-Za-z0-9.\-:[\]]{1,255}$/.test(host) ? host : undefined;
}
