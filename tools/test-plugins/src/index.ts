import { defineRule, definePlugin, errorText, objectOptions } from '@tclint/core';

/** Small plugins for tests that must not depend on the official packages' exact rules. */

const asnPrefix = defineRule({
  meta: {
    id: 'prefix',
    subject: 'indicator',
    types: ['ASN'],
    description: 'AS numbers are written ASN<n>',
    docsUrl: 'https://example.test/asn#prefix',
    messages: { missing: 'AS number "{{value}}" must be written as {{fixed}}', junk: 'AS number "{{value}}" is not a number' },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const value = subject.values['AS Number'];
    if (value === undefined || /^ASN\d+$/.test(value)) return;
    const digits = /^(?:AS\s*N?\s*)?(\d+)$/i.exec(value.trim());
    if (!digits) return ctx.report({ messageId: 'junk', data: { value }, field: 'AS Number' });
    const fixed = `ASN${Number(digits[1])}`;
    ctx.report({ messageId: 'missing', data: { value, fixed }, field: 'AS Number', fix: { field: 'AS Number', value: fixed } });
  },
});

const asnPrivate = defineRule({
  meta: {
    id: 'private',
    subject: 'indicator',
    types: ['ASN'],
    description: 'Private AS numbers',
    messages: { private: 'AS number {{value}} is private' },
    severity: 'warn',
    options: objectOptions({ allow: 'boolean' }, { allow: false }),
  },
  check(subject, ctx) {
    const value = subject.values['AS Number'];
    if (!ctx.options.allow && value === 'ASN64512') ctx.report({ messageId: 'private', data: { value }, field: 'AS Number' });
  },
});

export const testAsn = definePlugin({
  meta: { name: 'test-asn', namespace: 'asn' },
  rules: { prefix: asnPrefix, private: asnPrivate },
  detect: (value) => (/^\s*AS\s*N?\s*\d+\s*$/i.test(value) || /^\d+$/.test(value) ? { type: 'ASN', confidence: 0.9 } : undefined),
});

const keyCase = defineRule({
  meta: {
    id: 'value-type',
    subject: 'indicator',
    types: ['Registry Key'],
    description: 'Value Type is a REG_* name',
    messages: { upper: 'Value Type "{{value}}" must be written {{fixed}}' },
    fixable: true,
  },
  check(subject, ctx) {
    const value = subject.values['Value Type'];
    if (value !== undefined && value.startsWith('reg_')) ctx.report({ messageId: 'upper', data: { value, fixed: value.toUpperCase() }, field: 'Value Type', fix: { field: 'Value Type', value: value.toUpperCase() } });
  },
});

export const testRegistry = definePlugin({ meta: { name: 'test-registry', namespace: 'registry-key' }, rules: { 'value-type': keyCase } });

const hostTrailingDot = defineRule({
  meta: {
    id: 'trailing-dot',
    subject: 'indicator',
    types: ['Host'],
    description: 'Host names have no trailing dot',
    messages: { dot: 'Host name "{{value}}" ends with a dot' },
    fixable: true,
  },
  check(subject, ctx) {
    const value = subject.values.hostName;
    if (value?.endsWith('.')) ctx.report({ messageId: 'dot', data: { value }, field: 'hostName', fix: { field: 'hostName', value: value.slice(0, -1) } });
  },
});

export const testHost = definePlugin({
  meta: { name: 'test-host', namespace: 'host' },
  rules: { 'trailing-dot': hostTrailingDot },
  detect: (value) => (/^[a-z0-9.-]+\.[a-z]+\.?$/i.test(value) ? { type: 'Host', confidence: 0.8 } : undefined),
});

const signatureMismatch = defineRule({
  meta: {
    id: 'mismatch',
    subject: 'exchange',
    classId: 'signature',
    description: 'The HMAC signature does not match',
    messages: { mismatch: 'The request signature did not match' },
    fixable: true,
  },
  check(subject, ctx) {
    if (!/Signature data did not match/.test(errorText(subject))) return;
    ctx.report({
      messageId: 'mismatch',
      evidence: [`Authorization header was ${subject.request.headers.Authorization ?? '(none)'}`],
      remedies: ['Sign the path with its query string'],
      fix: { field: 'request.headers.Authorization', value: 'TC 123:resignedSignatureValue==' },
    });
  },
});

const signatureMessage = defineRule({
  meta: {
    id: 'message',
    subject: 'message',
    classId: 'signature',
    description: 'A log line about a signature mismatch',
    messages: { mismatch: 'The request signature did not match' },
  },
  check(subject, ctx) {
    if (subject.text.includes('Signature data did not match')) ctx.report({ messageId: 'mismatch', evidence: ['the log says so'], remedies: ['Check the clock'] });
  },
});

export const testSignature = definePlugin({ meta: { name: 'test-signature', namespace: 'signature' }, rules: { mismatch: signatureMismatch, message: signatureMessage } });

export const TEST_PLUGINS = [testAsn, testRegistry, testHost, testSignature];
