import { excerpt } from './excerpt.js';
import type { IPv6Form } from './ipv6.js';
import { MESSAGES, type CidrRuleName, type MessageIdOf } from './messages.js';
import { render } from './render.js';

/** One problem found in a CIDR block, as the rule named by `rule` reports it. */
export interface CidrProblem {
  /** The rule that reports it (without the `cidr/` namespace). */
  rule: CidrRuleName;
  messageId: string;
  /** The rendered message. */
  message: string;
  data: Record<string, string>;
  /** The whole value with this one problem corrected; absent when it cannot be fixed safely. */
  fix?: string;
}

export function problem<R extends CidrRuleName>(rule: R, messageId: MessageIdOf<R>, data: Record<string, string>, fix?: string): CidrProblem {
  const template: string = (MESSAGES[rule] as Record<string, string>)[messageId]!;
  const found: CidrProblem = { rule, messageId, message: render(template, data), data };
  if (fix !== undefined) found.fix = fix;
  return found;
}

/**
 * The ipv6-form problem: one message for the address, named after its most
 * telling departure from ThreatConnect's form, listing the others in `also`.
 */
export function ipv6FormProblem(value: string, address: string, expected: string, form: IPv6Form, fix: string): CidrProblem {
  const reasons: [MessageIdOf<'ipv6-form'>, string][] = [];
  if (form.compressed) reasons.push(['compressed', '"::" compression']);
  if (form.ipv4 !== undefined) reasons.push(['embeddedIPv4', `dotted IPv4 "${form.ipv4}"`]);
  if (form.zeroGroup !== undefined) reasons.push(['zeroGroups', `zero group "${form.zeroGroup}"`]);
  if (form.leadingZeros !== undefined) reasons.push(['leadingZeros', `leading zeros in "${form.leadingZeros}"`]);
  if (form.uppercase) reasons.push(['uppercase', 'uppercase hex']);
  const [first, ...others] = reasons;
  const messageId = first![0];
  const data: Record<string, string> = { value: excerpt(value), address, expected, also: others.length ? ` (also: ${others.map((r) => r[1]).join(', ')})` : '' };
  if (messageId === 'embeddedIPv4') data.ipv4 = form.ipv4!;
  if (messageId === 'zeroGroups') data.group = form.zeroGroup!;
  if (messageId === 'leadingZeros') data.group = form.leadingZeros!;
  return problem('ipv6-form', messageId, data, fix);
}

export function hostBitsProblem(value: string, address: string, network: string, prefix: number, fix: string): CidrProblem {
  return problem('host-bits', 'hostBits', { value: excerpt(value), address, network, prefix: String(prefix) }, fix);
}

export function prefixLeadingZerosProblem(value: string, written: string, prefix: number, fix: string): CidrProblem {
  return problem('prefix', 'leadingZeros', { value: excerpt(value), prefix: excerpt(written), expected: String(prefix) }, fix);
}
