import { ENGINE_RULES } from '@tclint/core';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { READ_ERROR_RULE, type RecordReport } from '@tclint/formats';
import type { RuleInfo } from '@tclint/preset';
import { redactText, secretsOf } from '@tclint/diagnosis';
import { displayPath } from './location.js';
import { whole, type FormatterContext, type StreamingFormatterFactory } from './types.js';

/** The OASIS SARIF 2.1.0 schema (errata01), which SARIF files name in `$schema`. */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const TOOL_URI = 'https://github.com/tclint/tclint';

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: 'error' | 'warning' };
  properties?: Record<string, unknown>;
}

const ENGINE_DESCRIPTIONS: Record<string, string> = {
  [READ_ERROR_RULE]: 'The record could not be read (malformed input)',
  [ENGINE_RULES.unknownType]: 'No loaded package recognizes the indicator type',
  [ENGINE_RULES.ambiguousType]: 'The indicator type is ambiguous',
  [ENGINE_RULES.internalError]: 'A rule failed',
  [ENGINE_RULES.fixCycle]: 'Rules undo each other’s fixes',
  [ENGINE_RULES.fixLimit]: 'Fixes did not settle',
};

function sarifRules(rules: readonly RuleInfo[]): SarifRule[] {
  const list: SarifRule[] = rules.map((r) => {
    const rule: SarifRule = {
      id: r.id,
      shortDescription: { text: r.description },
      defaultConfiguration: { level: r.defaultSeverity === 'warn' ? 'warning' : 'error' },
      properties: { fixable: r.fixable, package: r.plugin },
    };
    if (r.docsUrl) rule.helpUri = r.docsUrl;
    return rule;
  });
  for (const [id, text] of Object.entries(ENGINE_DESCRIPTIONS)) list.push({ id, shortDescription: { text }, defaultConfiguration: { level: 'error' }, helpUri: TOOL_URI });
  return list;
}

function artifactLocation(source: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (source === '<stdin>') return { uri: 'stdin' };
  const shown = displayPath(source, cwd);
  if (isAbsolute(shown)) return { uri: pathToFileURL(shown).href };
  return { uri: encodeURI(shown), uriBaseId: '%SRCROOT%' };
}

/** SARIF 2.1.0: one run, the rules in `tool.driver.rules` with their docs as `helpUri`, results located by file and line. */
export const sarifStreaming: StreamingFormatterFactory = () => {
  let index = new Map<string, number>();
  let count = 0;
  return {
    start(context: FormatterContext) {
      const rules = sarifRules(context.rules);
      index = new Map(rules.map((r, i) => [r.id, i]));
      const head = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'tclint', informationUri: TOOL_URI, rules } },
            originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd.endsWith('/') ? context.cwd : `${context.cwd}/`).href } },
            columnKind: 'utf16CodeUnits',
            results: ['RESULTS'],
          },
        ],
      };
      const text = JSON.stringify(head);
      return text.slice(0, text.indexOf('"RESULTS"'));
    },
    add(report: RecordReport, context: FormatterContext) {
      const secrets = secretsOf(report.subject);
      let out = '';
      for (const m of report.messages) {
        const physical: Record<string, unknown> = { artifactLocation: artifactLocation(report.source, context.cwd) };
        if (report.line !== null) {
          const region: Record<string, number> = { startLine: report.line };
          if (report.readError?.column !== undefined) region.startColumn = report.readError.column;
          physical.region = region;
        }
        const location: Record<string, unknown> = { physicalLocation: physical };
        const logical = [report.path, m.field].filter((part): part is string => Boolean(part)).join('/');
        if (logical) location.logicalLocations = [{ fullyQualifiedName: logical, kind: 'member' }];
        const result: Record<string, unknown> = {
          ruleId: m.ruleId,
          level: m.severity,
          message: { text: redactText(m.message, secrets) },
          locations: [location],
        };
        const ruleIndex = index.get(m.ruleId);
        if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
        out += `${count++ ? ',' : ''}${JSON.stringify(result)}`;
      }
      return out;
    },
    end: () => ']}]}\n',
  };
};

export const sarif = whole(sarifStreaming);
