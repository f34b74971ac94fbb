/** The host a URL is sent to, or undefined for a relative URL. */
export function hostOf(url: string): string | undefined {
  const scheme = url.indexOf('://');
  if (scheme === -1) return undefined;
  let end = url.length;
  for (const stop of ['/', '?', '#']) {
    const i = url.indexOf(stop, scheme + 3);
    if (i !== -1 && i < end) end = i;
  }
  const authority = url.slice(scheme + 3, end);
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  return host && /^[A-Za-z0-9.\-:[\]]{1,255}$/.test(host) ? host : undefined;
}
