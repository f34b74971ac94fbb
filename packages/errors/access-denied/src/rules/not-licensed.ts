import { defineRule } from '@tclint/core';
import { classifyExchange, responseEvidence } from '../classify.js';
import { CLASS_ID, docsUrl } from '../docs.js';
import { hostOf } from '@tclint/tc-auth';
import { notLicensedRemedies } from '../remedies.js';

export const notLicensed = defineRule({
  meta: {
    id: 'not-licensed',
    subject: 'exchange',
    classId: CLASS_ID,
    description: 'API access has not been licensed: the ThreatConnect instance refuses every API request',
    docsUrl: docsUrl('not-licensed'),
    severity: 'error',
    messages: {
      notLicensed: 'API access has not been licensed for {{instance}}: no request will succeed until an administrator enables it',
    },
  },
  check(subject, ctx) {
    const classified = classifyExchange(subject, ctx);
    if (classified?.kind !== 'notLicensed') return;
    const host = hostOf(subject.request.url);
    const evidence = [responseEvidence(classified.error)];
    if (classified.error.status !== 503) evidence.push(`ThreatConnect usually answers this with HTTP 503; this response is ${classified.error.status}`);
    if (host) evidence.push(`The request went to ${host}`);
    ctx.report({ messageId: 'notLicensed', data: { instance: host ?? 'this instance' }, evidence, remedies: notLicensedRemedies() });
  },
});
