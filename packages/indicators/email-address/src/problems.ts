import { interpolate } from '@tclint/core';
import { MESSAGES, type EmailRuleName, type MessageIdOf } from './messages.js';

/** One problem found in an email address, as the rule named by `rule` reports it. */
export interface EmailProblem {
  /** The rule that reports it (without the `email-address/` namespace). */
  rule: EmailRuleName;
  messageId: string;
  /** The rendered message, the same text the engine reports. */
  message: string;
  data: Record<string, string>;
  /** The whole value with this one problem corrected; absent when it cannot be fixed safely. */
  fix?: string;
}

export function problem<R extends EmailRuleName>(rule: R, messageId: MessageIdOf<R>, data: Record<string, string>, fix?: string): EmailProblem {
  const template: string = (MESSAGES[rule] as Record<string, string>)[messageId]!;
  const found: EmailProblem = { rule, messageId, message: interpolate(template, data), data };
  if (fix !== undefined) found.fix = fix;
  return found;
}
