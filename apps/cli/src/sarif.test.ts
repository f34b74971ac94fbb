import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, json, tclint } from './test-harness.js';

// The official OASIS SARIF 2.1.0 schema (errata01, JSON Schema draft-04), vendored in fixtures/.
const schema = JSON.parse(readFileSync(join(FIXTURES, 'sarif-schema-2.1.0.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri?: string; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn?: number } };
        logicalLocations?: { fullyQualifiedName: string }[];
      }[];
    }[];
  }[];
}

async function sarifOf(args: string[], input?: string): Promise<{ code: number | null; log: SarifLog }> {
  const result = await tclint(['check', '--format', 'sarif', ...args], input === undefined ? {} : { input });
  const log = json<SarifLog>(result);
  const valid = validateSarif(log);
  expect(validateSarif.errors ?? [], JSON.stringify(validateSarif.errors, null, 2)).toEqual([]);
  expect(valid).toBe(true);
  return { code: result.code, log };
}

describe('the vendored SARIF schema', () => {
  it('rejects what is not SARIF 2.1.0 (so passing it means something)', () => {
    const broken = { version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal', message: {} }] }] };
    expect(validateSarif(broken)).toBe(false);
    expect(validateSarif.errors?.map((e) => e.instancePath).sort()).toEqual(expect.arrayContaining(['/runs/0/results/0/level', '/runs/0/tool/driver']));
    expect(validateSarif({ version: '2.0.0', runs: [] })).toBe(false);
  });
});

describe('tclint check --format sarif', () => {
  it.each([
    [['--type', 'asn', 'asn.txt']],
    [['indicators.csv']],
    [['registry-keys.csv']],
    [['bodies.json']],
    [['bodies.ndjson']],
    [['batch.json']],
    [['unterminated.csv']],
    [['clean.txt']],
    [['--fix', 'indicators.csv']],
    [['../examples/seed-indicators.csv', '../examples/seed-indicators.txt']],
  ])('is valid SARIF 2.1.0 for %j', async (args) => {
    const { log } = await sarifOf(args);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('is valid for stdin input', async () => {
    const { log } = await sarifOf(['--type', 'host'], 'EXAMPLE.com\n');
    expect(log.runs[0]!.results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([['host/lowercase', 'stdin']]);
  });

  it('lists every loaded rule in tool.driver.rules with its docs as helpUri', async () => {
    const { log } = await sarifOf(['clean.txt']);
    const rules = json<{ id: string; docsUrl: string | null; defaultSeverity: string }[]>(await tclint(['rules', '--format', 'json']));
    const listed = new Map(log.runs[0]!.tool.driver.rules.map((r) => [r.id, r]));
    expect(log.runs[0]!.tool.driver.name).toBe('tclint');
    for (const rule of rules) {
      expect(listed.get(rule.id)?.helpUri, rule.id).toBe(rule.docsUrl ?? undefined);
      expect(listed.get(rule.id)?.defaultConfiguration.level).toBe(rule.defaultSeverity === 'warn' ? 'warning' : 'error');
    }
  });

  it('locates results by file and line (and column for unreadable records), rule index pointing at the rule', async () => {
    const { code, log } = await sarifOf(['--type', 'asn', 'asn.txt', 'bodies.ndjson']);
    expect(code).toBe(2);
    const run = log.runs[0]!;
    const located = run.results.map((r) => {
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      return [artifactLocation.uri, region?.startLine, region?.startColumn, r.ruleId, r.level];
    });
    expect(located).toEqual([
      ['asn.txt', 2, undefined, 'asn/format', 'error'],
      ['asn.txt', 2, undefined, 'asn/format', 'error'],
      ['asn.txt', 4, undefined, 'asn/format', 'error'],
      ['asn.txt', 5, undefined, 'asn/format', 'error'],
      ['bodies.ndjson', 1, undefined, 'asn/format', 'error'],
      ['bodies.ndjson', 1, undefined, 'asn/format', 'error'],
      ['bodies.ndjson', 2, undefined, 'host/punycode', 'error'],
      ['bodies.ndjson', 3, 42, 'tclint/read-error', 'error'],
    ]);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex!]!.id).toBe(result.ruleId);
  });

  it('locates records inside JSON documents logically (path and field)', async () => {
    const { log } = await sarifOf(['batch.json']);
    expect(log.runs[0]!.results.map((r) => r.locations[0]!.logicalLocations?.[0]?.fullyQualifiedName)).toEqual(['indicator[0]/AS Number', 'indicator[1]/Key Name']);
  });
});
