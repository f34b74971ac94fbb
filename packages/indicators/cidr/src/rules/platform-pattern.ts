import { defineRule, type IndicatorSubject, type RuleContext } from '@tclint/core';
import { platformPatternRule } from '@tclint/tc-types';
import { docsUrl } from '../field.js';
import { isCleanCidr } from '../is-clean.js';

const patternRule = platformPatternRule({ type: 'CIDR', docsUrl: docsUrl('platform-pattern') });

/**
 * ThreatConnect's own CIDR patterns (the user's instance's, else the recorded reply), as a backstop.
 * A block already in the stored form is accepted without running them (isCleanCidr, one scan): the
 * second pass of every fix re-checks such a block, and the patterns cost several times the scan.
 */
export const platformPattern = defineRule({
  meta: patternRule.meta,
  check(subject: IndicatorSubject, context: RuleContext) {
    if (!isCleanCidr(subject, context.settings)) patternRule.check(subject, context);
  },
});
