import { describeHostProblem, ipAddressKind, normalizeHost } from '@tclint/indicator-host';
import { HOST_SCHEMES, scanUrl, type Span, type UrlScan } from './scan-url.js';

/** What can be wrong with a URL. Each code is reported by exactly one rule of this package. */
export type UrlProblemCode =
  | 'whitespace'
  | 'empty'
  | 'missing-scheme'
  | 'scheme-case'
  | 'missing-host'
  | 'host-case'
  | 'host-non-ascii'
  | 'host-no-punycode'
  | 'host-invalid'
  | 'ipv6-case'
  | 'ipv6-invalid'
  | 'host-trailing-dot'
  | 'port-invalid'
  | 'after-host';

export interface UrlProblem {
  code: UrlProblemCode;
  /** The whole value with only this problem repaired, every other byte kept; absent when not repairable. */
  fixed?: string;
  /** The part concerned, as written (the host, the scheme, the port). */
  part?: string;
  /** For host problems: what is wrong, as a phrase after "the host" (from the Host package). */
  detail?: string;
  /** `missing-scheme`: the value starts with `//`. */
  relative?: boolean;
  /** `port-invalid`: host and port together are an IPv6 address written without brackets. */
  ipv6?: true;
}

export interface UrlAnalysis {
  scan: UrlScan;
  problems: readonly UrlProblem[];
}

let last: { value: string; result: UrlAnalysis } | undefined;

/** Scans a URL and lists its problems. Remembers the last answer: every rule asks about the same value in turn. */
export function analyzeUrl(value: string): UrlAnalysis {
  if (last?.value === value) return last.result;
  const scan = scanUrl(value);
  const result = { scan, problems: problemsOf(value, scan) };
  last = { value, result };
  return result;
}

function problemsOf(value: string, scan: UrlScan): UrlProblem[] {
  const problems: UrlProblem[] = [];
  if (scan.start > 0 || scan.end < value.length) problems.push({ code: 'whitespace', fixed: value.slice(scan.start, scan.end) });
  if (scan.start === scan.end) return [...problems, { code: 'empty' }];
  if (!scan.scheme) return [...problems, { code: 'missing-scheme', relative: value.startsWith('//', scan.start) }];

  const scheme = text(value, scan.scheme);
  const lowerScheme = scheme.toLowerCase();
  if (lowerScheme !== scheme) problems.push({ code: 'scheme-case', part: scheme, fixed: replace(value, scan.scheme, lowerScheme) });

  const needsHost = HOST_SCHEMES.has(lowerScheme);
  if (!scan.host || scan.host.start === scan.host.end) {
    if (needsHost) problems.push({ code: 'missing-host', part: scheme });
  } else problems.push(...hostProblems(value, scan.host));

  if (scan.afterHost) problems.push({ code: 'after-host', part: text(value, scan.afterHost) });
  if (scan.port && !isPort(text(value, scan.port))) {
    const port = text(value, scan.port);
    // "http://2001:db8::1/" reads as host "2001" and port "db8::1"
    const ipv6 = scan.host !== undefined && ipAddressKind(`${text(value, scan.host)}:${port}`) === 6;
    problems.push({ code: 'port-invalid', part: port, ...(ipv6 && { ipv6: true as const }) });
  }
  return problems;
}

/**
 * The host must be lower-case ASCII (Punycode), without a root dot. Only the
 * host changes: the Host package's per-problem repair of the host text is put
 * back in its place. IP literals are not run through IDNA; an IPv6 literal may
 * only have its hex digits lower-cased.
 */
function hostProblems(value: string, span: Span): UrlProblem[] {
  const host = text(value, span);
  if (host.startsWith('[')) return ipLiteralProblems(value, span, host);
  if (ipAddressKind(host) === 4) return [];
  if (host.trim() === '') return [{ code: 'host-invalid', part: host, detail: 'is only whitespace' }];

  const problems: UrlProblem[] = [];
  for (const p of normalizeHost(host).problems) {
    switch (p.code) {
      case 'uppercase':
        problems.push({ code: 'host-case', part: host, fixed: replace(value, span, p.fixed!) });
        break;
      case 'non-ascii':
        problems.push({ code: 'host-non-ascii', part: host, fixed: replace(value, span, p.fixed!) });
        break;
      case 'trailing-dot':
        problems.push({ code: 'host-trailing-dot', part: host, fixed: replace(value, span, p.fixed!) });
        break;
      case 'no-punycode':
        problems.push({ code: 'host-no-punycode', part: host, detail: p.reason ?? '' });
        break;
      case 'underscore':
        // policy: allowed without a word in URLs (the Host package warns about Host indicators)
        break;
      case 'ip-address':
        problems.push({ code: 'host-invalid', part: host, detail: 'is an IP address written with non-ASCII characters; write its digits and dots in ASCII' });
        break;
      default:
        problems.push({ code: 'host-invalid', part: host, detail: describeHostProblem(p) });
    }
  }
  return problems;
}

function ipLiteralProblems(value: string, span: Span, host: string): UrlProblem[] {
  if (!host.endsWith(']') || ipAddressKind(host) !== 6) return [{ code: 'ipv6-invalid', part: host }];
  // the zone id (after "%") is a name and keeps its case
  const percent = host.indexOf('%');
  const address = percent < 0 ? host : host.slice(0, percent);
  const lower = address.toLowerCase();
  if (lower === address) return [];
  return [{ code: 'ipv6-case', part: host, fixed: replace(value, span, lower + host.slice(address.length)) }];
}

/** Decimal digits, 0..65535 (leading zeros allowed, as by URL parsers); an empty port is allowed too. */
function isPort(port: string): boolean {
  if (port === '') return true;
  if (!/^[0-9]+$/.test(port)) return false;
  const digits = port.replace(/^0+/, '');
  return digits.length <= 5 && Number(digits) <= 65535;
}

function text(value: string, span: Span): string {
  return value.slice(span.start, span.end);
}

function replace(value: string, span: Span, by: string): string {
  return value.slice(0, span.start) + by + value.slice(span.end);
}
