import { defineRule, preview } from '@tclint/core';
import { EMPTY_VALUE_NAME, KEY_NAME, VALUE_NAME, VALUE_TYPE } from '../constants.js';
import { docsUrl } from '../docs-url.js';
import { display } from '../display.js';
import { keyValueLine } from '../key-value.js';

/**
 * Issue 16: a report line like `HKLM\...\Run\Driver = "DEment.dll"` must not
 * silently become a Key Name. ThreatConnect accepts it as one (its pattern
 * takes any character after the root), so a warning; the other rules report
 * what it refuses. The fix splits it where that is safe: the key path stays
 * the Key Name, the value's name becomes the Value Name (when none is given),
 * the Value Type comes from the data's `.reg` notation (when none is given),
 * and the data, which a Registry Key indicator has no field for, goes.
 */
export const keyValue = defineRule({
  meta: {
    id: 'key-value',
    subject: 'indicator',
    types: ['Registry Key'],
    description: 'Key Name is a key path, not a report line "key\\name = data"',
    docsUrl: docsUrl('key-value'),
    messages: {
      keyValue:
        'Key Name {{value}} ends with {{text}}, which reads as a value and its data (name = data), not a key: the key is probably {{key}} with Value Name {{name}}{{how}}',
    },
    fixable: true,
    severity: 'warn',
  },
  check(subject, ctx) {
    const keyName = subject.values[KEY_NAME];
    if (keyName === undefined) return;
    const line = ctx.analyze(keyValueLine, keyName);
    if (!line) return;
    const valueName = subject.values[VALUE_NAME];
    const nameFree = valueName === undefined || valueName === '' || valueName === EMPTY_VALUE_NAME;
    const safe = nameFree && line.type !== undefined && line.name !== '';
    const how = safe
      ? `; the data (${preview(line.data, { quote: false })}) has no field in a Registry Key indicator and is dropped by the fix`
      : `. Not fixed: ${nameFree ? 'the data is not in .reg notation ("...", dword:, hex:), so it may belong to the key' : 'the indicator already has a Value Name'}`;
    const data = { value: display(keyName), text: preview(keyName.slice(line.start).trimStart(), { quote: false }), key: display(line.key), name: display(line.name), how };
    if (!safe) return ctx.report({ messageId: 'keyValue', data, field: KEY_NAME });
    const fix = [
      { field: KEY_NAME, value: line.key },
      { field: VALUE_NAME, value: line.name === '@' ? EMPTY_VALUE_NAME : line.name },
      ...(subject.values[VALUE_TYPE] === undefined || subject.values[VALUE_TYPE] === '' ? [{ field: VALUE_TYPE, value: line.type! }] : []),
    ];
    ctx.report({ messageId: 'keyValue', data, field: KEY_NAME, fix });
  },
});
