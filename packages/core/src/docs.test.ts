import { describe, expect, it } from 'vitest';
import { DOCS_BASE_URL, ruleDocsUrl } from './index.js';

describe('ruleDocsUrl', () => {
  it('points at the rule heading of the package README, anchored as GitHub anchors `## asn/format`', () => {
    expect(ruleDocsUrl('packages/indicators/asn', 'asn/format')).toBe(`${DOCS_BASE_URL}/packages/indicators/asn#asnformat`);
    expect(ruleDocsUrl('packages/indicators/email-address', 'email-address/local-part')).toBe(`${DOCS_BASE_URL}/packages/indicators/email-address#email-addresslocal-part`);
    expect(ruleDocsUrl('examples/tclint-plugin-acme/', 'acme/private-ip')).toBe(`${DOCS_BASE_URL}/examples/tclint-plugin-acme#acmeprivate-ip`);
  });

  it('keeps the base address in one constant, with no trailing slash', () => {
    expect(DOCS_BASE_URL).toMatch(/^https:\/\/\S+[^/]$/);
    expect(ruleDocsUrl('packages/errors/signature', 'signature/message').startsWith(`${DOCS_BASE_URL}/`)).toBe(true);
  });
});
