import { defineAnalysis } from '@tclint/core';
import { isKnownTopLevelDomain, normalizeHost, topLevelDomainOf, type HostNormalization } from '@tclint/hostname';
import { hostPatternTldRefusal, type TldRefusal } from './host-pattern.js';

/** A Host value as this package's rules see it. */
export interface HostAnalysis {
  readonly normalization: HostNormalization;
  /** The top-level domain of the stored form (absent when there is no stored form). */
  readonly tld?: string;
  /** The stored form has a single label: ThreatConnect's Host pattern refuses it. */
  readonly singleLabel: boolean;
  /** Why ThreatConnect's Host pattern refuses the top-level domain, if it does. */
  readonly tldRefusal?: TldRefusal;
  /** The top-level domain is one the Public Suffix List knows. */
  readonly knownTld: boolean;
  /**
   * The fixes lead to a value ThreatConnect accepts: there is a stored form and
   * nothing unfixable (an underscore, a refused top-level domain) remains. No
   * rule offers a fix otherwise: `MiniDump.exe` is not lower-cased.
   */
  readonly repairable: boolean;
}

export function analyzeHost(value: string): HostAnalysis {
  const normalization = normalizeHost(value);
  const { ascii } = normalization;
  if (ascii === undefined) return { normalization, singleLabel: false, knownTld: false, repairable: false };
  const singleLabel = ascii.indexOf('.') < 0;
  const tld = topLevelDomainOf(ascii);
  const tldRefusal = singleLabel ? undefined : hostPatternTldRefusal(tld);
  const underscore = normalization.problems.some((p) => p.code === 'underscore');
  return {
    normalization,
    tld,
    singleLabel,
    ...(tldRefusal && { tldRefusal }),
    knownTld: isKnownTopLevelDomain(tld),
    repairable: !singleLabel && tldRefusal === undefined && !underscore,
  };
}

/** `analyzeHost` as the shared analysis of the package's rules. */
export const hostAnalysis = defineAnalysis('host/analyze', analyzeHost);
