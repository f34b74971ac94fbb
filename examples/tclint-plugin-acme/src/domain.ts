/**
 * A domain as the allowlist compares it: trimmed, lower case, without a
 * trailing root dot. Allowlist entries may also start with `*.` or `.`
 * (both mean "this domain and everything under it", as a bare entry does).
 */
export function normalizeDomain(text: string): string {
  let domain = text.trim().toLowerCase();
  if (domain.startsWith('*.')) domain = domain.slice(2);
  else if (domain.startsWith('.')) domain = domain.slice(1);
  if (domain.endsWith('.')) domain = domain.slice(0, -1);
  return domain;
}

/** Whether `host` is `domain` or under it, on label boundaries: `www.example.com` is under `example.com`, `badexample.com` is not. */
export function isUnder(host: string, domain: string): boolean {
  if (domain === '') return false;
  if (host.length === domain.length) return host === domain;
  return host.length > domain.length && host.endsWith(domain) && host.charCodeAt(host.length - domain.length - 1) === 0x2e;
}

/**
 * The host of a URL: what follows `scheme://` up to the path, query or
 * fragment, without user info and port. Undefined without a scheme, or for
 * an IPv6 literal (`http://[::1]/`), which is no domain.
 */
export function hostOfUrl(url: string): string | undefined {
  const text = url.trim();
  const start = text.indexOf('://');
  if (start <= 0 || !isScheme(text, start)) return undefined;
  let end = start + 3;
  while (end < text.length && !'/?#\\'.includes(text[end]!)) end++;
  let authority = text.slice(start + 3, end);
  const at = authority.lastIndexOf('@');
  if (at !== -1) authority = authority.slice(at + 1);
  if (authority.startsWith('[')) return undefined;
  const colon = authority.indexOf(':');
  const host = colon === -1 ? authority : authority.slice(0, colon);
  return host === '' ? undefined : host;
}

/** The domain of an email address: what follows the last `@`. */
export function domainOfEmail(address: string): string | undefined {
  const text = address.trim();
  const at = text.lastIndexOf('@');
  if (at === -1 || at === text.length - 1) return undefined;
  return text.slice(at + 1);
}

// RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
function isScheme(text: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = text[i]!;
    const letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const other = (c >= '0' && c <= '9') || c === '+' || c === '-' || c === '.';
    if (!letter && (i === 0 || !other)) return false;
  }
  return true;
}
