const DEFANGED = /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/i;
const LETTER = /[a-z]/i;
const DIGITS = /^[0-9]+$/;

/** What a value that is no IP address probably is, as a clause for the message (`; use the Host type`). */
export function hintFor(core: string): string {
  if (core.includes('://')) return '; it looks like a URL: use the URL type';
  if (DEFANGED.test(core)) return '; it looks defanged: write "." for "[.]" (the @tclint/indicator-defanged rules refang it)';
  if (core.includes('@')) return '; it looks like an email address: use the EmailAddress type';
  if (DIGITS.test(core)) return '; a bare number is not read as an IPv4 address: write four dotted decimal octets (a.b.c.d)';
  if (core.includes('.') && LETTER.test(core)) return '; it looks like a host name: use the Host type';
  return '';
}
