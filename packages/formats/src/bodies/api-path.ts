/** The path of a ThreatConnect API URL without the optional `/api` prefix, or undefined if it is not one. */
export function apiPath(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url, 'http://relative.invalid').pathname;
  } catch {
    return undefined;
  }
  if (path.startsWith('/api/')) path = path.slice(4);
  return path.startsWith('/v2/') || path.startsWith('/v3/') ? path.replace(/\/+$/, '') : undefined;
}
