import { usageError } from './cli-error.js';

export type SeverityLevel = 'off' | 'warn' | 'error' | 0 | 1 | 2;
/** A rule setting as a flat config takes it: a severity, or `[severity, options]`. */
export type RuleSetting = SeverityLevel | readonly [SeverityLevel, unknown?];

const LEVELS = new Set<unknown>(['off', 'warn', 'error', 0, 1, 2]);

/**
 * Parses `--rule` values into rule settings. Accepted forms:
 * `asn/prefix: off`, `asn/prefix: ["warn", {"allowAsdot": true}]`,
 * and a JSON object `{"asn/prefix": "off", "host/underscore": "error"}`.
 */
export function parseRuleOptions(values: readonly string[] | undefined): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const value of values ?? []) Object.assign(rules, parseRuleOption(value));
  return rules;
}

export function parseRuleOption(text: string): Record<string, RuleSetting> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const parsed = parseJson(trimmed, text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw bad(text, 'expected a JSON object of rule settings');
    const rules: Record<string, RuleSetting> = {};
    for (const [id, setting] of Object.entries(parsed)) rules[checkId(id, text)] = checkSetting(setting, text);
    return rules;
  }
  const colon = trimmed.indexOf(':');
  if (colon === -1) throw bad(text, 'expected "<rule id>: <off|warn|error>"');
  const id = checkId(trimmed.slice(0, colon).trim(), text);
  const rest = trimmed.slice(colon + 1).trim();
  const setting = rest.startsWith('[') ? parseJson(rest, text) : /^\d$/.test(rest) ? Number(rest) : rest.toLowerCase();
  return { [id]: checkSetting(setting, text) };
}

function checkId(id: string, text: string): string {
  if (!/^\S+\/\S+$/.test(id)) throw bad(text, `"${id}" is not a rule id (<namespace>/<rule>, e.g. asn/format)`);
  return id;
}

function checkSetting(setting: unknown, text: string): RuleSetting {
  if (LEVELS.has(setting)) return setting as SeverityLevel;
  if (Array.isArray(setting) && setting.length >= 1 && setting.length <= 2 && LEVELS.has(setting[0])) {
    return setting as unknown as RuleSetting;
  }
  throw bad(text, 'the severity must be off, warn or error (or [severity, options])');
}

function parseJson(json: string, text: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    throw bad(text, 'not valid JSON');
  }
}

function bad(text: string, why: string) {
  return usageError(`invalid --rule ${JSON.stringify(text)}: ${why}`);
}
