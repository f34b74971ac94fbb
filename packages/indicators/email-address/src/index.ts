import { definePlugin } from '@tclint/core';
import { detectEmailAddress } from './detect.js';
import { domain } from './rules/domain.js';
import { localPart } from './rules/local-part.js';
import { structure } from './rules/structure.js';
import { whitespace } from './rules/whitespace.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'email-address' },
  rules: { whitespace, structure, 'local-part': localPart, domain },
  detect: detectEmailAddress,
});

export default plugin;

export { normalizeEmailAddress, type EmailAnalysis } from './analyze.js';
export type { EmailProblem } from './problems.js';
export type { EmailRuleName } from './messages.js';
export { detectEmailAddress, EMAIL_CONFIDENCE } from './detect.js';
export { splitEmail, type EmailParts } from './split-email.js';
export { ADDRESS } from './field.js';
