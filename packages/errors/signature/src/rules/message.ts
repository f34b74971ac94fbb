import { defineRule, locatePhrase, ruleDocsUrl } from '@tclint/core';
import { SIGNATURE_ERROR } from '../recognize.js';
import { GENERAL_REMEDIES } from '../remedies.js';

/** Recognizes "Signature data did not match expected result" in a bare error text or log excerpt. */
export const message = defineRule({
  meta: {
    id: 'message',
    subject: 'message',
    classId: 'signature',
    description: 'Recognizes "Signature data did not match expected result" in an error text or log and lists the usual causes',
    docsUrl: ruleDocsUrl('packages/errors/signature', 'signature/message'),
    severity: 'error',
    messages: {
      signatureMismatch: 'ThreatConnect did not accept the HMAC signature of the Authorization header ("{{found}}"); the signed string, the secret key or the signature encoding differ from what ThreatConnect computes',
    },
  },
  check(subject, context) {
    const at = locatePhrase(subject.text, SIGNATURE_ERROR);
    if (!at) return;
    context.report({
      messageId: 'signatureMismatch',
      data: { found: at.found },
      evidence: [`Line ${at.line} of the text says "${at.found}"`, 'Without the request and the secret key the signed string cannot be checked; diagnose the exchange (request and response) to find the exact mistake'],
      remedies: GENERAL_REMEDIES,
    });
  },
});
