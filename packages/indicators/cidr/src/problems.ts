import { excerpt } from './excerpt.js';
import type { IPv6Form } from './ipv6.js';
import { MESSAGES, type CidrRuleName, type MessageIdOf } from './messages.js';
import { render } from './render.js';

/** One problem found in a CIDR block, as the rule named by `rule` reports it. */
export interface CidrProblem {
  /** The rule that reports it (without the `cidr/` namespace). */
  rule: CidrRuleName;
  messageId: string;
  /** The rendered message (rendered when read: the linter renders its own from `messageId` and `data`). */
  message: string;
  data: Record<string, string>;
  /** The whole value with this one problem corrected; absent when it cannot be fixed safely. */
  fix?: string;
}

/**
 * A problem whose message is rendered only when someone reads it. The
 * getter lives on the prototype: an own accessor in an object literal costs
 * V8 a runtime call per object, more than rendering the message eagerly.
 * `toJSON` keeps the serialized form a plain object with the message.
 */
class Problem implements CidrProblem {
  declare fix?: string;

  constructor(
    public rule: CidrRuleName,
    public messageId: string,
    public data: Record<string, string>,
    fix: string | undefined,
  ) {
    if (fix !== undefined) this.fix = fix;
  }

  get message(): string {
    return render((MESSAGES[this.rule] as Record<string, string>)[this.messageId]!, this.data);
  }

  toJSON(): CidrProblem {
    const { rule, messageId, message, data, fix } = this;
    return fix === undefined ? { rule, messageId, message, data } : { rule, messageId, message, data, fix };
  }
}

export function problem<R extends CidrRuleName>(rule: R, messageId: MessageIdOf<R>, data: Record<string, string>, fix?: string): CidrProblem {
  return new Problem(rule, messageId, data, fix);
}

/**
 * The ipv6-form problem: one message for the address, named after its most
 * telling departure from ThreatConnect's form (in this order: compressed,
 * embeddedIPv4, zeroGroups, leadingZeros, uppercase), listing the others in `also`.
 */
export function ipv6FormProblem(value: string, address: string, expected: string, form: IPv6Form, fix: string): CidrProblem {
  let messageId: MessageIdOf<'ipv6-form'> | undefined;
  let others = '';
  if (form.compressed) messageId = 'compressed';
  if (form.ipv4 !== undefined) {
    if (messageId === undefined) messageId = 'embeddedIPv4';
    else others += `, dotted IPv4 "${form.ipv4}"`;
  }
  if (form.zeroGroup !== undefined) {
    if (messageId === undefined) messageId = 'zeroGroups';
    else others += `, zero group "${form.zeroGroup}"`;
  }
  if (form.leadingZeros !== undefined) {
    if (messageId === undefined) messageId = 'leadingZeros';
    else others += `, leading zeros in "${form.leadingZeros}"`;
  }
  if (form.uppercase) {
    if (messageId === undefined) messageId = 'uppercase';
    else others += ', uppercase hex';
  }
  const shown = excerpt(value);
  const also = others === '' ? '' : ` (also: ${others.slice(2)})`;
  // the same keys, in the same order, as the messages name them
  let data: Record<string, string>;
  if (messageId === 'embeddedIPv4') data = { value: shown, address, expected, also, ipv4: form.ipv4! };
  else if (messageId === 'zeroGroups') data = { value: shown, address, expected, also, group: form.zeroGroup! };
  else if (messageId === 'leadingZeros') data = { value: shown, address, expected, also, group: form.leadingZeros! };
  else data = { value: shown, address, expected, also };
  return new Problem('ipv6-form', messageId!, data, fix);
}

export function hostBitsProblem(value: string, address: string, network: string, prefix: number, fix: string): CidrProblem {
  return new Problem('host-bits', 'hostBits', { value: excerpt(value), address, network, prefix: String(prefix) }, fix);
}

export function prefixLeadingZerosProblem(value: string, written: string, prefix: number, fix: string): CidrProblem {
  return new Problem('prefix', 'leadingZeros', { value: excerpt(value), prefix: excerpt(written), expected: String(prefix) }, fix);
}
