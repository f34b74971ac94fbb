import { defineRule, preview } from '@tclint/core';
import { defangedValueOf } from '../defanged-value.js';
import { replaceDefangs } from '../refang.js';
import { DEFANGABLE_TYPES, docsUrl } from '../types.js';

/**
 * Defanged parts in a value that ThreatConnect accepts as written: round
 * brackets in a URL's path (`/login(.)php`), curly ones in an email address's
 * local part (`a{at}b@example.com`). The platform would store them as they are,
 * so this is a warning, fixed by refanging them all.
 */
export const accepted = defineRule({
  meta: {
    id: 'accepted',
    subject: 'indicator',
    types: DEFANGABLE_TYPES,
    description: 'Defanged parts in a value ThreatConnect accepts as written (it would store them so)',
    docsUrl: docsUrl('accepted'),
    messages: {
      accepted: '{{value}} has {{written}}{{more}}, which looks defanged; ThreatConnect accepts the value as written and would store it so; refanged: {{fixed}}',
    },
    fixable: true,
    severity: 'warn',
  },
  check(subject, ctx) {
    const found = defangedValueOf(subject, ctx);
    if (!found || found.refused) return;
    const fixed = replaceDefangs(found.value, found.defangs);
    const more = found.defangs.length > 1 ? ` (${found.defangs.length} defanged parts in all)` : '';
    ctx.report({
      messageId: 'accepted',
      data: { value: preview(found.value), written: preview(found.defangs[0]!.written), more, fixed: preview(fixed) },
      field: found.field,
      fix: { field: found.field, value: fixed },
    });
  },
});
