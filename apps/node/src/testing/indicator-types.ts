import { RECORDED_INDICATOR_TYPES } from '@tclint/tc-types';
import { CUSTOM_TYPE_REPLY } from '@tclint/tc-standin';

/** A saved reply of an instance with a custom type (the stand-in's), as `tclint types pull` writes it. */
export function instanceReply(changes: { asnPattern?: string } = {}): Record<string, unknown> {
  const types = RECORDED_INDICATOR_TYPES.indicatorType.map((type) => (type.name === 'ASN' && changes.asnPattern ? { ...type, regexes: [changes.asnPattern] } : type));
  return { status: 'Success', data: { resultCount: types.length + 1, indicatorType: [...types, CUSTOM_TYPE_REPLY] } };
}

export const replyText = (changes?: { asnPattern?: string }) => `${JSON.stringify(instanceReply(changes), null, 2)}\n`;
