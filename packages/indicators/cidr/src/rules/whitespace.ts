import { defineRule, preview } from '@tclint/core';
import { blockAnalysis } from '../analyze-block.js';
import { BLOCK, docsUrl } from '../field.js';

/** Whitespace around a block: ThreatConnect's CIDR pattern matches the whole value, so it refuses it. */
export const whitespace = defineRule({
  meta: {
    id: 'whitespace',
    subject: 'indicator',
    types: ['CIDR'],
    description: 'A CIDR block has no leading or trailing whitespace',
    docsUrl: docsUrl('whitespace'),
    messages: {
      surroundingWhitespace: 'CIDR block {{value}} has leading or trailing whitespace; write {{fixed}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, context) {
    const value = subject.values[BLOCK];
    const block = context.analyze(blockAnalysis, typeof value === 'string' ? value : '');
    if (block.kind !== 'block' || (block.start === 0 && block.end === block.value.length)) return;
    const fixed = block.value.slice(block.start, block.end);
    context.report({ messageId: 'surroundingWhitespace', data: { value: preview(block.value), fixed: preview(fixed) }, field: BLOCK, fix: { field: BLOCK, value: fixed } });
  },
});
