import { interpolate } from '@tclint/core';
import { MESSAGES, type EmailRuleName, type MessageIdOf } from './messages.js';

/** One problem found in an email address, as the rule named by `rule` reports it. */
export interface EmailProblem {
  /** The rule that reports it (without the `email-address/` namespace). */
  rule: EmailRuleName;
  messageId: string;
  /** The rendered message, the same text the engine reports (rendered when read). */
  message: string;
  data: Record<string, string>;
  /** The whole value with this one problem corrected; absent when it cannot be fixed safely. */
  fix?: string;
}

/**
 * A problem whose message is rendered only when someone reads it: the linter
 * renders its own from `messageId` and `data`, and `detect` reads neither.
 * The getter lives on the prototype (an own accessor in an object literal
 * costs V8 a runtime call per object); `toJSON` keeps the serialized form a
 * plain object with the message.
 */
class Problem implements EmailProblem {
  declare fix?: string;

  constructor(
    public rule: EmailRuleName,
    public messageId: string,
    public data: Record<string, string>,
    fix: string | undefined,
  ) {
    if (fix !== undefined) this.fix = fix;
  }

  get message(): string {
    return interpolate((MESSAGES[this.rule] as Record<string, string>)[this.messageId]!, this.data);
  }

  toJSON(): EmailProblem {
    const { rule, messageId, message, data, fix } = this;
    return fix === undefined ? { rule, messageId, message, data } : { rule, messageId, message, data, fix };
  }
}

export function problem<R extends EmailRuleName>(rule: R, messageId: MessageIdOf<R>, data: Record<string, string>, fix?: string): EmailProblem {
  return new Problem(rule, messageId, data, fix);
}
