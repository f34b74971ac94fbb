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
export function domainProblems(text: string, parts: EmailParts, shown: string): EmailProblem[] {
  const { domain } = parts;
  const data = { value: shown, domain: preview(domain) };
  if (domain.startsWith('[') && domain.endsWith(']')) return [problem('domain', 'addressLiteral', data)];
  // far too long whatever it holds (UTS #46 may drop a few ignored characters, never this many): not worth converting
  if (domain.length > MAX_CONVERTED) return [problem('domain', 'invalid', { ...data, detail: describeHostProblem({ code: 'name-too-long', severity: 'error', length: domain.length }) })];
  const inPlace = (fixedDomain: string) => text.slice(0, parts.at + 1) + fixedDomain + text.slice(parts.end);
  const problems: EmailProblem[] = [];
  for (const p of normalizeHost(domain).problems) {
    switch (p.code) {
      case 'uppercase':
        problems.push(problem('domain', 'uppercase', { ...data, fixed: preview(inPlace(p.fixed!)) }, inPlace(p.fixed!)));
        break;
      case 'non-ascii':
        problems.push(problem('domain', 'nonAscii', { ...data, fixed: preview(inPlace(p.fixed!)) }, inPlace(p.fixed!)));
        break;
      case 'trailing-dot':
        problems.push(problem('domain', 'trailingDot', { ...data, fixed: preview(inPlace(p.fixed!)) }, inPlace(p.fixed!)));
        break;
      case 'no-punycode':
        problems.push(problem('domain', 'noPunycode', { ...data, reason: p.reason ?? '' }));
        break;
      case 'ip-address':
        problems.push(problem('domain', 'ipAddress', data));
        break;
      case 'underscore':
        break;
      default:
        // whitespace after the "@" is not fixed: it may be two values run together
        problems.push(problem('domain', 'invalid', { ...data, detail: describeHostProblem(p) }));
    }
  }
  return problems;
}
