/**
 * The URL a request goes to: an absolute URL as given, or a path appended to
 * the base URL as it is (so a base of `https://host/api` and a path of
 * `/v2/owners` give `https://host/api/v2/owners`), then normalized the way
 * `fetch` normalizes it, so that what is signed is what goes on the request line.
 */
export function resolveRequestUrl(baseUrl: string, input: string): URL {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) return new URL(input);
  let end = baseUrl.length;
  while (end > 0 && baseUrl[end - 1] === '/') end--;
  const base = baseUrl.slice(0, end);
  const path = input.startsWith('/') ? input : `/${input}`;
  return new URL(`${base}${path}`);
}

/**
 * The part of a URL below the base URL's path (`/v2/indicators/hosts?owner=x`
 * for base `https://host/tc/api`), so an indicator create is recognized under
 * any base path; the URL itself when it is not below the base.
 */
export function pathBelowBase(baseUrl: string, url: URL): string {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    return url.href;
  }
  const prefix = base.pathname.endsWith('/') ? base.pathname.slice(0, -1) : base.pathname;
  if (base.origin !== url.origin || !url.pathname.startsWith(`${prefix}/`)) return url.href;
  return `${url.pathname.slice(prefix.length)}${url.search}`;
}
