import { preview, previewChar } from '@tclint/core';
import type { HostProblem } from './problem.js';

/**
 * A host problem as a short English phrase that reads after "the host"
 * (`has an empty label`), for packages that check hosts inside other values
 * (the URL and EmailAddress packages).
 */
export function describeHostProblem(problem: HostProblem): string {
  const label = preview(problem.label ?? '');
  const more = problem.count && problem.count > 1 ? ` (${problem.count} labels)` : '';
  switch (problem.code) {
    case 'whitespace':
      return 'has whitespace around it';
    case 'empty':
      return 'is empty';
    case 'ip-address':
      return `is an IPv${problem.ipVersion ?? 4} address`;
    case 'trailing-dot':
      return 'ends with a root dot';
    case 'uppercase':
      return 'has upper-case letters';
    case 'typographic-dash':
      return `has the typographic dash ${previewChar(problem.char ?? '')} where a hyphen belongs`;
    case 'non-ascii':
      return 'is not ASCII and must be written in Punycode';
    case 'no-punycode':
      return `is not ASCII and has no Punycode form: ${problem.reason ?? ''}`;
    case 'invalid-character':
      return `contains ${previewChar(problem.char ?? '')}, which is not allowed in a host name${problem.defanged ? DEFANGED_HINT : ''}`;
    case 'underscore':
      return `has an underscore in label ${label}${more}`;
    case 'empty-label':
      return `has an empty label${more}`;
    case 'label-too-long':
      return `has label ${label} of ${problem.length} octets, more than 63${more}`;
    case 'name-too-long':
      return `is ${problem.length} characters long, more than 253`;
    case 'hyphen-edge':
      return `has label ${label} starting or ending with a hyphen${more}`;
    case 'reserved-hyphens':
      return `has label ${label} with hyphens in the 3rd and 4th positions, which only "xn--" labels may have${more}`;
    case 'numeric-tld':
      return `ends in the all-digit label ${label}; no top-level domain is numeric`;
    case 'invalid-idn':
      return `is not a valid internationalized name: ${problem.reason ?? ''}`;
  }
}

/** Said when a host looks defanged (`example[.]com`), which is how feeds publish them. */
export const DEFANGED_HINT = '; it looks defanged: write "." for "[.]"';
