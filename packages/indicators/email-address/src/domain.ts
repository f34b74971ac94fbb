import { preview } from '@tclint/core';
import { describeHostProblem, normalizeHost } from '@tclint/indicator-host';
import { problem, type EmailProblem } from './problems.js';
import type { EmailParts } from './split-email.js';

const MAX_CONVERTED = 1024;

/**
 * The domain is checked as a Host, with the Host package's normalization:
 * lower case, Punycode (UTS #46), no root dot are fixed in place, the local
 * part and everything else kept; what no fix repairs is reported with the
 * Host package's description. Underscores pass silently (**policy**, as in
 * URLs). An IP address or an address literal (`[10.0.0.1]`) is reported.
 */
export function domainProblems(text: string, parts: EmailParts, shownValue: () => string): EmailProblem[] {
  const { domain } = parts;
  if (domain.startsWith('[') && domain.endsWith(']')) return [problem('domain', 'addressLiteral', { value: shownValue(), domain: preview(domain) })];
  // far too long whatever it holds (UTS #46 may drop a few ignored characters, never this many): not worth converting
  if (domain.length > MAX_CONVERTED) return [problem('domain', 'invalid', { value: shownValue(), domain: preview(domain), detail: describeHostProblem({ code: 'name-too-long', severity: 'error', length: domain.length }) })];
  const inPlace = (fixedDomain: string) => text.slice(0, parts.at + 1) + fixedDomain + text.slice(parts.end);
  const problems: EmailProblem[] = [];
  const hostProblems = normalizeHost(domain).problems;
  if (hostProblems.length === 0) return problems;
  // each problem's data written out in full (value, domain, then its own keys): spreading a fresh object is a slow path in V8
  const shown = shownValue();
  const shownDomain = preview(domain);
  const data = { value: shown, domain: shownDomain };
  for (const p of hostProblems) {
    switch (p.code) {
      case 'uppercase':
        problems.push(problem('domain', 'uppercase', { value: shown, domain: shownDomain, fixed: preview(inPlace(p.fixed!)) }, inPlace(p.fixed!)));
        break;
      case 'non-ascii':
        problems.push(problem('domain', 'nonAscii', { value: shown, domain: shownDomain, fixed: preview(inPlace(p.fixed!)) }, inPlace(p.fixed!)));
        break;
      case 'trailing-dot':
        problems.push(problem('domain', 'trailingDot', { value: shown, domain: shownDomain, fixed: preview(inPlace(p.fixed!)) }, inPlace(p.fixed!)));
        break;
      case 'no-punycode':
        problems.push(problem('domain', 'noPunycode', { value: shown, domain: shownDomain, reason: p.reason ?? '' }));
        break;
      case 'ip-address':
        problems.push(problem('domain', 'ipAddress', data));
        break;
      case 'underscore':
        break;
      default:
        // whitespace after the "@" is not fixed: it may be two values run together
        problems.push(problem('domain', 'invalid', { value: shown, domain: shownDomain, detail: describeHostProblem(p) }));
    }
  }
  return problems;
}
