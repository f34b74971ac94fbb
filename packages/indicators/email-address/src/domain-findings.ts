import { describeHostProblem, type HostProblem } from '@tclint/hostname';
import type { DomainAnalysis } from './analyze.js';
import { isAcceptedDomain } from './email-pattern.js';

/** A finding about the domain, as the package's rules report it: `error` ones ThreatConnect's pattern refuses, `warning` ones it accepts. */
export type DomainFinding =
  | { kind: 'literal' }
  | { kind: 'ip-address'; severity: 'error' | 'warning' }
  | { kind: 'trailing-dot'; fixed: string }
  | { kind: 'uppercase'; fixed: string }
  | { kind: 'typographic-dash'; fixed: string }
  | { kind: 'non-ascii'; fixed: string }
  | { kind: 'no-punycode'; reason: string }
  | { kind: 'underscore' }
  | { kind: 'single-label' }
  | { kind: 'short-tld'; tld: string }
  | { kind: 'unknown-tld'; tld: string }
  | { kind: 'invalid'; severity: 'error' | 'warning'; detail: string };

/** Problems of the host normalization that ThreatConnect's EmailAddress pattern accepts (no length limits, no Punycode decoding). */
const ACCEPTED_CODES = new Set(['label-too-long', 'name-too-long', 'reserved-hyphens', 'invalid-idn']);

/** The domain's findings, each with the severity ThreatConnect's pattern gives it. */
export function domainFindings(domain: DomainAnalysis): DomainFinding[] {
  if (domain.literal) return [{ kind: 'literal' }];
  if (domain.tooLong) return [{ kind: 'invalid', severity: domain.accepted ? 'warning' : 'error', detail: describeHostProblem({ code: 'name-too-long', length: domain.text.length }) }];
  const findings: DomainFinding[] = [];
  const normalization = domain.normalization!;
  for (const p of normalization.problems) {
    const finding = findingOf(p, domain.accepted);
    if (finding) findings.push(finding);
  }
  const ascii = normalization.ascii;
  if (ascii !== undefined && normalization.problems.every((p) => p.code !== 'typographic-dash')) {
    const dot = ascii.lastIndexOf('.');
    const tld = ascii.slice(dot + 1);
    if (dot < 0) findings.push({ kind: 'single-label' });
    else if (tld.length < 2) findings.push({ kind: 'short-tld', tld });
    else if (!domain.knownTld && isAcceptedDomain(ascii)) findings.push({ kind: 'unknown-tld', tld });
  }
  return findings;
}

function findingOf(p: HostProblem, accepted: boolean): DomainFinding | undefined {
  switch (p.code) {
    case 'ip-address':
      return { kind: 'ip-address', severity: accepted ? 'warning' : 'error' };
    case 'trailing-dot':
    case 'uppercase':
    case 'typographic-dash':
    case 'non-ascii':
      return { kind: p.code, fixed: p.fixed! };
    case 'no-punycode':
      return { kind: 'no-punycode', reason: p.reason ?? '' };
    case 'underscore':
      return { kind: 'underscore' };
    case 'numeric-tld':
      return { kind: 'invalid', severity: accepted ? 'warning' : 'error', detail: describeHostProblem(p) };
    default:
      return { kind: 'invalid', severity: ACCEPTED_CODES.has(p.code) ? 'warning' : 'error', detail: describeHostProblem(p) };
  }
}

/** Whether the domain's fixes lead to one ThreatConnect accepts (no fix is offered otherwise). */
export function domainRepairable(domain: DomainAnalysis): boolean {
  const ascii = domain.normalization?.ascii;
  return ascii !== undefined && isAcceptedDomain(ascii);
}
