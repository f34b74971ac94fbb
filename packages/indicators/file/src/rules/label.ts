import { defineRule, preview } from '@tclint/core';
import { docsUrl } from '../docs-url.js';
import { ALGORITHMS } from '../fields.js';
import { labelledHashes } from '../labels.js';

/**
 * A hash written after its algorithm's name, as threat reports list them
 * (`SHA1: e298…`, `MD5=…`, `sha256 …`): ThreatConnect's File patterns take the
 * hex digits alone, so the value is refused. Reported in the field the hash's
 * length names (not wherever a summary put it), and fixed by stripping the
 * label and putting the hash there.
 */
export const label = defineRule({
  meta: {
    id: 'label',
    subject: 'indicator',
    types: ['File'],
    description: 'Hashes are the hex digits alone, without the name of their algorithm (SHA1: …)',
    docsUrl: docsUrl('label'),
    messages: {
      label: '{{field}} holds {{value}}, a {{algorithm}} hash written after the label {{label}}; ThreatConnect\'s File pattern takes the hex digits alone, in {{target}}: {{fixed}}',
      labelMismatch:
        '{{field}} {{value}} is labelled {{label}}, but its {{length}} hex digits make a {{algorithm}} hash; not fixed: the label and the length disagree, so check the hash',
      blocked: '{{field}} holds {{value}}, a {{algorithm}} hash written after the label {{label}}, which belongs in {{target}}, but {{target}} already holds {{targetValue}}; not fixed: decide which {{algorithm}} hash this File has',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    for (const found of ctx.analyze(labelledHashes, subject.values)) {
      const data = { field: found.field, target: found.target, value: preview(subject.values[found.field] ?? ''), label: preview(found.label), algorithm: ALGORITHMS[found.target], fixed: preview(found.hash), length: found.hash.replaceAll(':', '').length };
      if (found.names !== found.target) ctx.report({ messageId: 'labelMismatch', data, field: found.reportedIn });
      else if (found.blockedBy) ctx.report({ messageId: 'blocked', data: { ...data, targetValue: preview(subject.values[found.blockedBy] ?? '') }, field: found.reportedIn });
      else ctx.report({ messageId: 'label', data, field: found.reportedIn, ...(found.fix && { fix: found.fix }) });
    }
  },
});
