import { indicator } from '@tclint/core';
import { describe, expect, it } from 'vitest';
import { parseBody, v2BatchBody, v2Body, v3Body } from './bodies.js';
import { indicatorRequestBody } from './indicator-request.js';

describe('v2 single-create bodies', () => {
  it('take the type from the URL branch and keep every other field in order', () => {
    const text = '{"rating":3,"AS Number":"AS 1","confidence":50}';
    const body = parseBody(text, 'v2', { branch: 'asns' });
    expect(body.entries).toEqual([{ index: 0, path: null, raw: text, subject: { kind: 'indicator', type: 'ASN', values: { 'AS Number': 'AS 1' } } }]);
    body.update(0, indicator('ASN', { 'AS Number': 'ASN1' }));
    expect(body.changed).toBe(true);
    expect(body.serialize()).toBe('{"rating":3,"AS Number":"ASN1","confidence":50}');
  });

  it('read File hashes and registry key fields', () => {
    expect(v2Body({ md5: 'a', sha256: 'c' }, 'files').entries[0]!.subject).toEqual({ kind: 'indicator', type: 'File', values: { md5: 'a', sha256: 'c' } });
    const key = v2Body({ 'Key Name': 'k', 'Value Name': 'v', 'Value Type': 'reg_sz' }, 'registryKeys');
    expect(key.entries[0]!.subject?.type).toBe('Registry Key');
  });

  it('trust the URL branch over the field names, and the field names over the type option', () => {
    // POST /v2/indicators/hosts with an address body: the Host has none of its fields
    expect(v2Body({ ip: '1.2.3.4' }, 'hosts').entries[0]).toMatchObject({ problem: 'the Host indicator has none of its fields ("hostName")' });
    expect(v2Body({ ip: '1.2.3.4' }, 'unknownBranch', { type: 'Host' }).entries[0]!.subject).toEqual({ kind: 'indicator', type: 'Address', values: { ip: '1.2.3.4' } });
    expect(v3Body({ 'AS Number': 'AS 1' }, { type: 'Host' }).entries[0]!.subject).toEqual({ kind: 'indicator', type: 'ASN', values: { 'AS Number': 'AS 1' } });
    expect(v3Body({ summary: 'AS 1' }, { type: 'ASN' }).entries[0]!.subject).toMatchObject({ type: 'ASN', values: { 'AS Number': 'AS 1' } });
  });

  it('an update that changes nothing leaves the body unchanged, text and all', () => {
    const text = '{ "hostName" : "a.example" }';
    const body = parseBody(text, 'v2', { branch: 'hosts' });
    body.update(0, indicator('Host', { hostName: 'a.example' }));
    expect(body.changed).toBe(false);
    expect(body.serialize()).toBe(text);
  });
});

describe('v2 batch bodies', () => {
  it('join multi-valued fixes into the summary and keep groups and other keys', () => {
    const doc = { indicator: [{ type: 'Host', summary: 'ok.example' }, { type: 'Registry Key', summary: 'k : v : reg_sz', rating: 2, tags: [{ name: 't' }] }], group: [{ type: 'Incident', name: 'i' }] };
    const text = JSON.stringify(doc, null, 2);
    const body = parseBody(text, 'v2-batch');
    expect(body.entries.map((e) => e.path)).toEqual(['indicator[0]', 'indicator[1]']);
    body.update(1, indicator('Registry Key', { 'Key Name': 'k', 'Value Name': 'v', 'Value Type': 'REG_SZ' }));
    const expected = structuredClone(doc);
    expected.indicator[1]!.summary = 'k : v : REG_SZ';
    expect(body.serialize()).toBe(JSON.stringify(expected, null, 2));
  });

  it('report items without a summary', () => {
    const body = v2BatchBody({ indicator: [{ type: 'Host', rating: 1 }] });
    expect(body.entries[0]).toMatchObject({ path: 'indicator[0]', problem: 'the Host indicator has no "summary"' });
  });
});

describe('v3 bodies', () => {
  it('read fields by type and custom types from value1..3', () => {
    expect(v3Body({ type: 'URL', text: 'http://x.example/' }).entries[0]!.subject).toEqual({ kind: 'indicator', type: 'URL', values: { text: 'http://x.example/' } });
    expect(v3Body({ type: 'Acme Thing', value1: 'a', value2: 'b' }).entries[0]!.subject).toEqual({ kind: 'indicator', type: 'Acme Thing', values: { value1: 'a', value2: 'b' } });
  });

  it('turn numbers into strings and write fixed values back as strings', () => {
    const body = v3Body({ type: 'ASN', 'AS Number': 12345, tags: { data: [] } });
    expect(body.entries[0]!.subject?.values).toEqual({ 'AS Number': '12345' });
    body.update(0, indicator('ASN', { 'AS Number': 'ASN12345' }));
    expect(body.serialize()).toBe('{"type":"ASN","AS Number":"ASN12345","tags":{"data":[]}}');
  });

  it('read an array of bodies with paths', () => {
    expect(v3Body([{ type: 'ASN', 'AS Number': '1' }, { type: 'Host', hostName: 'h' }]).entries.map((e) => e.path)).toEqual(['[0]', '[1]']);
  });
});

describe('indicatorRequestBody', () => {
  const post = (url: string, body: unknown) => ({ method: 'POST', url, headers: {}, body: JSON.stringify(body) });

  it('recognizes v2 single creates, v2 batch uploads and v3 creates (with or without /api)', () => {
    expect(indicatorRequestBody(post('https://tc.example/api/v2/indicators/asns', { 'AS Number': '1' }))?.form).toBe('v2');
    expect(indicatorRequestBody(post('https://tc.example/v2/indicators/hosts?owner=Acme', { hostName: 'h' }))?.entries[0]!.subject?.type).toBe('Host');
    expect(indicatorRequestBody(post('https://tc.example/api/v2/batch/42', { indicator: [{ type: 'ASN', summary: '1' }] }))?.form).toBe('v2-batch');
    expect(indicatorRequestBody(post('/api/v3/indicators', { type: 'ASN', 'AS Number': '1' }))?.form).toBe('v3');
  });

  it('ignores other requests', () => {
    expect(indicatorRequestBody({ method: 'GET', url: '/api/v3/indicators', headers: {} })).toBeUndefined();
    expect(indicatorRequestBody(post('/api/v3/indicators/123/tags', { type: 'ASN' }))).toBeUndefined();
    expect(indicatorRequestBody(post('/api/v2/batch', { action: 'Create' }))).toBeUndefined();
    expect(indicatorRequestBody(post('/api/v2/indicators/asns/ASN1/tags', {}))).toBeUndefined();
    expect(indicatorRequestBody({ method: 'POST', url: '/api/v3/indicators', headers: {}, body: 'not json' })).toBeUndefined();
    expect(indicatorRequestBody(post('https://example.com/other/v3', {}))).toBeUndefined();
  });
});
