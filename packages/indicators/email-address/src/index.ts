import { definePlugin, ruleDocsUrl } from '@tclint/core';
import { platformPatternRule } from '@tclint/tc-types';
import { detectEmailAddress, mayDetectEmailAddress } from './detect.js';
import { isCleanEmailAddress } from './is-clean.js';
import { domainCase } from './rules/domain-case.js';
import { domainName } from './rules/domain-name.js';
import { domain } from './rules/domain.js';
import { localPartLength } from './rules/local-part-length.js';
import { localPart } from './rules/local-part.js';
import { structure } from './rules/structure.js';
import { typographicDash } from './rules/typographic-dash.js';
import { whitespace } from './rules/whitespace.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'email-address' },
  rules: {
    whitespace,
    structure,
    'local-part': localPart,
    'local-part-length': localPartLength,
    domain,
    'domain-case': domainCase,
    'typographic-dash': typographicDash,
    'domain-name': domainName,
    'platform-pattern': platformPatternRule({ type: 'EmailAddress', docsUrl: ruleDocsUrl('packages/indicators/email-address', 'email-address/platform-pattern') }),
  },
  detect: detectEmailAddress,
  mayDetect: mayDetectEmailAddress,
  isClean: isCleanEmailAddress,
});

export default plugin;

export { analyzeEmailAddress, emailAnalysis, storedEmailAddress, type DomainAnalysis, type EmailAnalysis, type StructureProblem } from './analyze.js';
export type { LocalFinding } from './local-part.js';
export { detectEmailAddress, EMAIL_CONFIDENCE, mayDetectEmailAddress } from './detect.js';
export { isCleanEmailAddress } from './is-clean.js';
export { isAcceptedDomain } from './email-pattern.js';
export { splitEmail, type EmailParts } from './split-email.js';
export { ADDRESS } from './field.js';
