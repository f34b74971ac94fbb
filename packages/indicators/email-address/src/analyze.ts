import { preview } from '@tclint/core';
import { normalizeHost } from '@tclint/indicator-host';
import { domainProblems } from './domain.js';
import { localPartProblems } from './local-part.js';
import { problem, type EmailProblem } from './problems.js';
import { splitEmail } from './split-email.js';

/** What `normalizeEmailAddress` found in a value. */
export interface EmailAnalysis {
  /** True when the value is exactly in ThreatConnect's form. */
  ok: boolean;
  /** The address with its domain in ThreatConnect's Host form, when every problem found can be fixed. */
  value?: string;
  /** Every problem, in the order the plugin's rules report them. */
  problems: readonly EmailProblem[];
}

const DEFANGED_AT = /\[(?:at|@)\]|\((?:at|@)\)|\{(?:at|@)\}/i;

/**
 * Checks an email address: one `@` between a local part and a domain, the
 * local part well-formed and left exactly as written (case included), the
 * domain as a Host (lower case, Punycode). `normalizeEmailAddress('John.Doe@EXAMPLE.com').value`
 * is `John.Doe@example.com`. Never throws (a non-string counts as empty).
 */
export function normalizeEmailAddress(value: string): EmailAnalysis {
  const text = typeof value === 'string' ? value : '';
  const parts = splitEmail(text);
  if (!parts) return { ok: false, problems: [problem('structure', 'empty', {})] };
  // the value is previewed for messages only once one is needed: a clean address needs none
  let shownText: string | undefined;
  const shown = () => (shownText ??= preview(text));
  const problems: EmailProblem[] = [];
  if (parts.start > 0 || parts.end < text.length) {
    const fixed = text.slice(parts.start, parts.end);
    problems.push(problem('whitespace', 'surroundingWhitespace', { value: shown(), fixed: preview(fixed) }, fixed));
  }
  const structure = structureProblem(text, parts, shown);
  if (structure) return { ok: false, problems: [...problems, structure] };
  problems.push(...localPartProblems(parts.local, parts.quoted, shown), ...domainProblems(text, parts, shown));
  if (problems.some((p) => p.fix === undefined)) return { ok: false, problems };
  const domain = normalizeHost(parts.domain).ascii;
  if (domain === undefined) return { ok: false, problems };
  return { ok: problems.length === 0, value: `${parts.local}@${domain}`, problems };
}

function structureProblem(text: string, parts: NonNullable<ReturnType<typeof splitEmail>>, shown: () => string): EmailProblem | undefined {
  if (parts.unterminated) return problem('structure', 'unterminatedQuote', { value: shown() });
  if (parts.at < 0) {
    const hint = DEFANGED_AT.test(text) ? '; it looks defanged: write "@" for "[at]" (the @tclint/indicator-defanged rules refang it)' : '';
    return problem('structure', 'missingAt', { value: shown(), hint });
  }
  if (isBracketed(text, parts.at)) return problem('structure', 'defangedAt', { value: shown(), written: preview(text.slice(parts.at - 1, parts.at + 2)) });
  if (parts.secondAt >= 0) return problem('structure', 'multipleAt', { value: shown() });
  if (parts.local === '') return problem('structure', 'emptyLocalPart', { value: shown() });
  if (parts.domain === '') return problem('structure', 'emptyDomain', { value: shown() });
  return undefined;
}

const CLOSING: Record<string, string> = { '[': ']', '(': ')', '{': '}' };

/** `x[@]y.com`: the "@" in brackets, as feeds defang it. */
function isBracketed(text: string, at: number): boolean {
  const close = CLOSING[text[at - 1] ?? ''];
  return close !== undefined && text[at + 1] === close;
}

let last: { value: string; result: EmailAnalysis } | undefined;

/** `normalizeEmailAddress` remembering its last answer: the plugin's rules all look at the same value in turn. */
export function analyzeEmailAddress(value: string): EmailAnalysis {
  if (last?.value === value) return last.result;
  const result = normalizeEmailAddress(value);
  last = { value, result };
  return result;
}
