import { defineAnalysis } from '@tclint/core';
import { describeHostProblem, ipAddressKind, normalizeHost, topLevelDomainOf } from '@tclint/hostname';
import { scanUrl, type Span, type UrlScan } from './scan-url.js';
import { ACCEPTED_SCHEMES, ACCEPTED_TAIL, encodedTail, isAcceptedPort, isAcceptedTld, isDottedDecimal } from './url-pattern.js';

/** What can be wrong with a URL. Each code is reported by exactly one rule of this package. */
export type UrlProblemCode =
  | 'whitespace'
  | 'empty'
  | 'missing-scheme'
  | 'scheme-not-accepted'
  | 'scheme-case'
  | 'missing-host'
  | 'userinfo'
  | 'host-case'
  | 'host-non-ascii'
  | 'host-no-punycode'
  | 'host-typographic-dash'
  | 'host-invalid'
  | 'host-tld'
  | 'host-dns'
  | 'ipv4-form'
  | 'ipv6-literal'
  | 'host-trailing-dot'
  | 'port-invalid'
  | 'after-host'
  | 'characters';

export interface UrlProblem {
  readonly code: UrlProblemCode;
  /** The whole value with only this problem repaired, every other byte kept; absent when not repairable. */
  readonly fixed?: string;
  /** The part concerned, as written (the host, the scheme, the port, the path...). */
  readonly part?: string;
  /** For host problems: what is wrong, as a phrase after "the host". */
  readonly detail?: string;
  /** `missing-scheme`: the value starts with `//`. */
  readonly relative?: boolean;
  /** `missing-scheme`, `scheme-not-accepted`: the value looks defanged (`hxxp`, `[.]`, `[://]`). */
  readonly defanged?: boolean;
  /** `port-invalid`: host and port together are an IPv6 address written without brackets. */
  readonly ipv6?: true;
}

export interface UrlAnalysis {
  readonly scan: UrlScan;
  readonly problems: readonly UrlProblem[];
}

const DEFANGED = /^\s*h[xX]{2}ps?\b|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\[:\/\/\]|\[:\]/i;

/** Scans a URL and lists its problems; the package's shared analysis (`urlAnalysis`). Never throws. */
export function analyzeUrl(value: string): UrlAnalysis {
  const scan = scanUrl(value);
  return { scan, problems: problemsOf(value, scan) };
}

/** `analyzeUrl` as a shared analysis: computed once per value for every rule (and `detect`) of a check. */
export const urlAnalysis = defineAnalysis('url/analyze', analyzeUrl);

function problemsOf(value: string, scan: UrlScan): UrlProblem[] {
  const problems: UrlProblem[] = [];
  if (scan.start > 0 || scan.end < value.length) problems.push({ code: 'whitespace', fixed: value.slice(scan.start, scan.end) });
  if (scan.start === scan.end) return [...problems, { code: 'empty' }];
  const defanged = () => DEFANGED.test(value);
  if (!scan.scheme || !scan.authority) {
    if (!scan.scheme) return [...problems, { code: 'missing-scheme', relative: value.startsWith('//', scan.start), defanged: defanged() }];
    const scheme = text(value, scan.scheme);
    const lower = scheme.toLowerCase();
    if (!ACCEPTED_SCHEMES.has(lower)) return [...problems, { code: 'scheme-not-accepted', part: scheme, defanged: defanged() }];
    return [...problems, { code: 'missing-host', part: scheme }];
  }

  const scheme = text(value, scan.scheme);
  const lowerScheme = scheme.toLowerCase();
  if (!ACCEPTED_SCHEMES.has(lowerScheme)) problems.push({ code: 'scheme-not-accepted', part: scheme, defanged: defanged() });
  else if (lowerScheme !== scheme) problems.push({ code: 'scheme-case', part: scheme, fixed: replace(value, scan.scheme, lowerScheme) });

  if (scan.userinfo) problems.push({ code: 'userinfo', part: text(value, scan.userinfo) });
  if (!scan.host || scan.host.start === scan.host.end) problems.push({ code: 'missing-host', part: scheme });
  else problems.push(...hostProblems(value, scan.host));

  if (scan.afterHost) problems.push({ code: 'after-host', part: text(value, scan.afterHost) });
  if (scan.port) problems.push(...portProblems(value, scan));

  const tail = value.slice(scan.authority.end, scan.end);
  if (!ACCEPTED_TAIL.test(tail)) {
    const encoded = encodedTail(tail);
    problems.push({ code: 'characters', part: tail, ...(encoded !== undefined && { fixed: value.slice(0, scan.authority.end) + encoded + value.slice(scan.end) }) });
  }
  return problems;
}

/**
 * The host must be lower-case ASCII (Punycode) without a root dot, a name
 * ending in a top-level domain the pattern accepts, or a dotted decimal IPv4
 * address. Only the host changes: the host normalization's per-problem repair
 * is put back in its place.
 */
function hostProblems(value: string, span: Span): UrlProblem[] {
  const host = text(value, span);
  if (host.startsWith('[')) return [{ code: 'ipv6-literal', part: host }];
  if (ipAddressKind(host) === 4) return isDottedDecimal(host) ? [] : [{ code: 'ipv4-form', part: host }];
  if (host.trim() === '') return [{ code: 'host-invalid', part: host, detail: 'is only whitespace' }];

  const problems: UrlProblem[] = [];
  const normalization = normalizeHost(host);
  for (const p of normalization.problems) {
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
      case 'typographic-dash':
        problems.push({ code: 'host-typographic-dash', part: host, fixed: replace(value, span, p.fixed!) });
        break;
      case 'no-punycode':
        problems.push({ code: 'host-no-punycode', part: host, detail: p.reason ?? '' });
        break;
      case 'underscore':
        // the URL pattern accepts underscores in labels (not in the top-level domain, checked below)
        break;
      case 'ip-address':
        problems.push({ code: 'host-invalid', part: host, detail: 'is an IP address written with non-ASCII characters; write its digits and dots in ASCII' });
        break;
      case 'hyphen-edge':
        // the pattern refuses a hyphen only at the very start of the host (its \b); elsewhere DNS does
        problems.push({ code: normalization.ascii?.startsWith('-') || host.startsWith('-') ? 'host-invalid' : 'host-dns', part: host, detail: describeHostProblem(p) });
        break;
      case 'name-too-long':
      case 'reserved-hyphens':
      case 'invalid-idn':
        problems.push({ code: 'host-dns', part: host, detail: describeHostProblem(p) });
        break;
      default:
        problems.push({ code: 'host-invalid', part: host, detail: describeHostProblem(p) });
    }
  }
  const { ascii } = normalization;
  if (ascii !== undefined && !isAcceptedTld(topLevelDomainOf(ascii))) problems.push({ code: 'host-tld', part: topLevelDomainOf(ascii) });
  return problems;
}

function portProblems(value: string, scan: UrlScan): UrlProblem[] {
  const port = text(value, scan.port!);
  if (isAcceptedPort(port)) return [];
  // an empty port is the scheme's default: the ":" can go; leading zeros can go
  const digits = /^[0-9]*$/.test(port) ? port.replace(/^0+(?=[0-9])/, '') : undefined;
  const colon = { start: scan.port!.start - 1, end: scan.port!.end };
  const fixed = port === '' ? replace(value, colon, '') : digits !== undefined && digits !== port && isAcceptedPort(digits) ? replace(value, scan.port!, digits) : undefined;
  // "http://2001:db8::1/" reads as host "2001" and port "db8::1"
  const ipv6 = scan.host !== undefined && ipAddressKind(`${text(value, scan.host)}:${port}`) === 6;
  return [{ code: 'port-invalid', part: port, ...(fixed !== undefined && { fixed }), ...(ipv6 && { ipv6: true as const }) }];
}

function text(value: string, span: Span): string {
  return value.slice(span.start, span.end);
}

function replace(value: string, span: Span, by: string): string {
  return value.slice(0, span.start) + by + value.slice(span.end);
}
