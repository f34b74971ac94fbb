import { countMessages, ENGINE_RULES, type IndicatorSubject, type LintResult } from '@tclint/core';
import { isJsonObject } from '../bodies/body-item.js';
import type { InputRecord } from './record.js';

/**
 * The type name a record writes itself (a CSV type cell, a JSON `type`
 * property), as written; undefined when its type comes from elsewhere (field
 * names, a header, `--type`) or it has none.
 */
export function ownTypeName(record: InputRecord): string | undefined {
  const origin = record.origin;
  switch (origin.format) {
    case 'csv': {
      const cell = origin.columns.type === undefined ? undefined : origin.cells[origin.columns.type]?.value.trim();
      return cell === '' ? undefined : cell;
    }
    case 'ndjson':
      return isJsonObject(origin.item) && typeof origin.item.type === 'string' && origin.item.type.trim() !== '' ? origin.item.type : undefined;
    case 'json':
    case 'batch':
      return origin.body.entries[origin.entry]?.typeName;
    default:
      return undefined;
  }
}

/**
 * A fix's result with the type name as a fix of its own: where the record
 * names its type otherwise than ThreatConnect (`ip-dst`, `md5`, `address`),
 * writers write ThreatConnect's name (`Address`, `File`), so the result gains
 * that change (rule `tclint/type-alias`, field `type`), its `output`, and loses
 * the `tclint/type-alias` warning it answers. Any other result is returned as it is.
 */
export function typeNameFix<R extends LintResult>(typeName: string | undefined, result: R): R {
  const subject = result.subject;
  if (typeName === undefined || subject.kind !== 'indicator' || subject.type === undefined || typeName.trim() === subject.type) return result;
  const to = subject.type;
  const messages = result.messages.filter((m) => m.ruleId !== ENGINE_RULES.typeAlias);
  const counts = countMessages(messages);
  const output = (result.output ?? subject) as IndicatorSubject;
  return {
    ...result,
    messages,
    changes: [{ ruleId: ENGINE_RULES.typeAlias, field: 'type', from: typeName, to }, ...result.changes],
    output: output.type === to ? output : { ...output, type: to },
    ...counts,
  };
}
