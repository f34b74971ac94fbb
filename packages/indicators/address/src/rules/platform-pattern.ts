import { defineRule, type IndicatorSubject, type RuleContext } from '@tclint/core';
import { platformPatternRule } from '@tclint/tc-types';
import { docsUrl } from '../field.js';
import { isCleanAddress } from '../is-clean.js';

const patternRule = platformPatternRule({ type: 'Address', docsUrl: docsUrl('platform-pattern') });

/**
 * ThreatConnect's own Address patterns (the user's instance's, else the recorded reply), as a
 * backstop. An address already in the stored form is accepted without running them (isCleanAddress,
 * one scan): the second pass of every fix re-checks such an address, and the patterns cost several
 * times the scan.
 */
export const platformPattern = defineRule({
  meta: patternRule.meta,
  check(subject: IndicatorSubject, context: RuleContext) {
    if (!isCleanAddress(subject, context.settings)) patternRule.check(subject, context);
  },
});
