import { defineAnalysis } from '@tclint/core';
import { isKnownTopLevelDomain, normalizeHost, topLevelDomainOf, type HostNormalization } from '@tclint/hostname';
import { isAcceptedDomain } from './email-pattern.js';
import { localPartFindings, type LocalFinding } from './local-part.js';
import { splitEmail, type EmailParts } from './split-email.js';

/** Why a value is no `local-part@domain` at all. */
export type StructureProblem = 'empty' | 'unterminated-quote' | 'missing-at' | 'defanged-at' | 'multiple-at' | 'empty-local-part' | 'empty-domain';

/** The domain of an address, as the package's rules see it. */
export interface DomainAnalysis {
  readonly text: string;
  /** `[10.0.0.1]`: an address literal. */
  readonly literal: boolean;
  /** Too long to be worth converting (over 1024 characters). */
  readonly tooLong: boolean;
  /** The host normalization of the domain (absent for a literal or a domain too long). */
  readonly normalization?: HostNormalization;
  /** ThreatConnect's EmailAddress pattern accepts the domain as written. */
  readonly accepted: boolean;
  /** The Public Suffix List knows the top-level domain of the stored form. */
  readonly knownTld: boolean;
}

/** What `analyzeEmailAddress` found in a value. */
export interface EmailAnalysis {
  readonly parts?: EmailParts;
  /** The address without surrounding whitespace, when it has any. */
  readonly trimmed?: string;
  readonly structure?: StructureProblem;
  readonly local: readonly LocalFinding[];
  readonly domain?: DomainAnalysis;
}

const MAX_CONVERTED = 1024;
const NOTHING: readonly LocalFinding[] = Object.freeze([]);

/**
 * Reads an email address: one `@` between a local part and a domain, the
 * local part's findings (it is never rewritten), and the domain as a host
 * name (lower case, Punycode) and as ThreatConnect's pattern sees it. Never
 * throws (a non-string counts as empty).
 */
export function analyzeEmailAddress(value: string): EmailAnalysis {
  const text = typeof value === 'string' ? value : '';
  const parts = splitEmail(text);
  if (!parts) return { structure: 'empty', local: NOTHING };
  const trimmed = parts.start > 0 || parts.end < text.length ? text.slice(parts.start, parts.end) : undefined;
  const base = trimmed === undefined ? { parts } : { parts, trimmed };
  const structure = structureProblem(text, parts);
  if (structure) return { ...base, structure, local: NOTHING };
  return { ...base, local: localPartFindings(parts.local, parts.quoted), domain: analyzeDomain(parts.domain) };
}

/** `analyzeEmailAddress` as the shared analysis of the package's rules. */
export const emailAnalysis = defineAnalysis('email-address/analyze', analyzeEmailAddress);

/** The address with its domain in the form ThreatConnect stores, when nothing unfixable remains (the local part is never changed). */
export function storedEmailAddress(value: string): string | undefined {
  const analysis = analyzeEmailAddress(value);
  const ascii = analysis.domain?.normalization?.ascii;
  if (!analysis.parts || analysis.structure || ascii === undefined || analysis.local.some((f) => f.kind !== 'too-long')) return undefined;
  if (!isAcceptedDomain(ascii)) return undefined;
  return `${analysis.parts.local}@${ascii}`;
}

function analyzeDomain(text: string): DomainAnalysis {
  if (text.startsWith('[') && text.endsWith(']')) return { text, literal: true, tooLong: false, accepted: false, knownTld: false };
  // far too long whatever it holds (UTS #46 may drop a few ignored characters, never this many): not worth converting
  if (text.length > MAX_CONVERTED) return { text, literal: false, tooLong: true, accepted: isAcceptedDomain(text), knownTld: false };
  const normalization = normalizeHost(text);
  const ascii = normalization.ascii;
  return { text, literal: false, tooLong: false, normalization, accepted: isAcceptedDomain(text), knownTld: ascii !== undefined && isKnownTopLevelDomain(topLevelDomainOf(ascii)) };
}

const DEFANGED_AT = /\[(?:at|@)\]|\((?:at|@)\)|\{(?:at|@)\}/i;
const CLOSING: Record<string, string> = { '[': ']', '(': ')', '{': '}' };

export function structureProblem(text: string, parts: EmailParts): StructureProblem | undefined {
  if (parts.unterminated) return 'unterminated-quote';
  if (parts.at < 0) return 'missing-at';
  const close = CLOSING[text[parts.at - 1] ?? ''];
  if (close !== undefined && text[parts.at + 1] === close) return 'defanged-at';
  if (parts.secondAt >= 0) return 'multiple-at';
  if (parts.local === '') return 'empty-local-part';
  if (parts.domain === '') return 'empty-domain';
  return undefined;
}

/** Says whether a value without "@" looks defanged (`john(at)example.com`). */
export function looksDefangedAt(text: string): boolean {
  return DEFANGED_AT.test(text);
}
