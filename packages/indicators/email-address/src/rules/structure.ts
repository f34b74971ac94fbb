import { defineRule, preview } from '@tclint/core';
import { looksDefangedAt } from '../analyze.js';
import { ADDRESS, docsUrl } from '../field.js';
import { emailOf } from '../email-value.js';

/** `local-part@domain`: exactly one `@` outside quotes, neither part empty. */
export const structure = defineRule({
  meta: {
    id: 'structure',
    subject: 'indicator',
    types: ['EmailAddress'],
    description: 'An email address is local-part@domain, with exactly one @ outside quotes',
    docsUrl: docsUrl('structure'),
    messages: {
      empty: 'Email address is empty; expected local-part@domain',
      missingAt: 'Email address {{value}} has no "@"; expected local-part@domain{{hint}}',
      multipleAt: 'Email address {{value}} has more than one "@" outside quotes; an email address has exactly one, between the local part and the domain',
      emptyLocalPart: 'Email address {{value}} has nothing before the "@"; expected local-part@domain',
      emptyDomain: 'Email address {{value}} has nothing after the "@"; expected local-part@domain',
      defangedAt: 'Email address {{value}} has {{written}} where its "@" belongs; it looks defanged: write "@" (the @tclint/indicator-defanged rules refang it)',
      unterminatedQuote: 'Email address {{value}} starts a quoted local part that is never closed',
    },
    severity: 'error',
  },
  check(subject, ctx) {
    const { raw, analysis } = emailOf(subject, ctx);
    const value = preview(raw);
    switch (analysis.structure) {
      case undefined:
        return;
      case 'empty':
        return ctx.report({ messageId: 'empty', field: ADDRESS });
      case 'missing-at': {
        const hint = looksDefangedAt(raw) ? '; it looks defanged: write "@" for "[at]" (the @tclint/indicator-defanged rules refang it)' : '';
        return ctx.report({ messageId: 'missingAt', data: { value, hint }, field: ADDRESS });
      }
      case 'defanged-at': {
        const at = analysis.parts!.at;
        return ctx.report({ messageId: 'defangedAt', data: { value, written: preview(raw.slice(at - 1, at + 2)) }, field: ADDRESS });
      }
      case 'multiple-at':
        return ctx.report({ messageId: 'multipleAt', data: { value }, field: ADDRESS });
      case 'empty-local-part':
        return ctx.report({ messageId: 'emptyLocalPart', data: { value }, field: ADDRESS });
      case 'empty-domain':
        return ctx.report({ messageId: 'emptyDomain', data: { value }, field: ADDRESS });
      case 'unterminated-quote':
        return ctx.report({ messageId: 'unterminatedQuote', data: { value }, field: ADDRESS });
    }
  },
});
