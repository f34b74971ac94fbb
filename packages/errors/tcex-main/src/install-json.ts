import { preview } from '@tclint/core';

/**
 * The fields ThreatConnect needs in install.json to run an App, with what each
 * holds. Not among them: `appId` (tcex's install.json model says the core
 * product does not use it, and most of ThreatConnect's own templates have
 * none) and `displayName` (empty in a template until the App is named).
 */
export const INSTALL_JSON_FIELDS = {
  programMain: 'the module or file ThreatConnect runs ("run" in the job and playbook templates, "run.py" in the service templates)',
  programLanguage: 'the language, "PYTHON" for a TcEx App',
  programVersion: 'the App version, such as "1.0.0"',
  runtimeLevel: 'how the App runs: "Organization", "Playbook", "TriggerService", "WebhookTriggerService" or "ApiService"',
} as const;

export type InstallJsonField = keyof typeof INSTALL_JSON_FIELDS;

/** Fields that need not be there, but are strings when they are. */
const OPTIONAL_STRINGS = ['displayName', 'appId'] as const;

/** The values of programLanguage, in any letter case (real Apps write `PYTHON` and `python`). */
export const PROGRAM_LANGUAGES = ['PYTHON', 'JAVA', 'NONE'] as const;

export interface InstallJsonProblem {
  messageId: 'byteOrderMark' | 'invalidJson' | 'notObject' | 'missingField' | 'wrongType' | 'invalidValue';
  data: Record<string, string>;
  evidence: string;
}

/** What is wrong with install.json's text: JSON syntax, or the fields TcEx needs. */
export function checkInstallJson(text: string): { problems: InstallJsonProblem[]; json?: Record<string, unknown> } {
  const problems: InstallJsonProblem[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body !== text) {
    problems.push({ messageId: 'byteOrderMark', data: {}, evidence: 'install.json starts with the bytes EF BB BF (a UTF-8 byte order mark)' });
  }
  if (nestingDepth(body) > MAX_DEPTH) {
    const reason = `it nests arrays or objects more than ${MAX_DEPTH} levels deep, beyond what Python's json module reads`;
    problems.push({ messageId: 'invalidJson', data: { reason }, evidence: `install.json: ${reason}` });
    return { problems };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    const reason = syntaxErrorAt(body, error);
    problems.push({ messageId: 'invalidJson', data: { reason }, evidence: `JSON.parse: ${reason}` });
    return { problems };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`;
    problems.push({ messageId: 'notObject', data: { kind }, evidence: `install.json holds ${kind}` });
    return { problems };
  }
  const json = parsed as Record<string, unknown>;
  for (const [field, meaning] of Object.entries(INSTALL_JSON_FIELDS) as [InstallJsonField, string][]) {
    const value = json[field];
    if (value === undefined) {
      problems.push({ messageId: 'missingField', data: { field, meaning }, evidence: `install.json has no "${field}" (${Object.keys(json).length} fields present)` });
      continue;
    }
    const typeProblem = checkType(field, value);
    if (typeProblem) {
      problems.push({ messageId: 'wrongType', data: { field, expected: typeProblem, actual: describe(value) }, evidence: `"${field}": ${describe(value)}` });
      continue;
    }
    const valueProblem = checkValue(field, value);
    if (valueProblem) problems.push({ messageId: 'invalidValue', data: { field, problem: valueProblem }, evidence: `"${field}": ${describe(value)}` });
  }
  for (const field of OPTIONAL_STRINGS) {
    const value = json[field];
    if (value !== undefined && typeof value !== 'string') problems.push({ messageId: 'wrongType', data: { field, expected: 'a string', actual: describe(value) }, evidence: `"${field}": ${describe(value)}` });
  }
  return { problems, json };
}

function checkType(field: InstallJsonField, value: unknown): string | undefined {
  if (field === 'runtimeLevel') {
    const ok = typeof value === 'string' || (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string'));
    return ok ? undefined : 'a string (or a list of strings)';
  }
  return typeof value === 'string' ? undefined : 'a string';
}

function checkValue(field: InstallJsonField, value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() === '') return 'it is empty';
  if (field === 'programLanguage' && !(PROGRAM_LANGUAGES as readonly string[]).includes((value as string).toUpperCase())) {
    return `it must be one of ${PROGRAM_LANGUAGES.join(', ')}`;
  }
  return undefined;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return preview(value, 80);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value).slice(0, 40)}`;
}

/** install.json's object, when the text is one that Python's json module reads; undefined otherwise. */
export function readInstallJson(text: string): Record<string, unknown> | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // JSON.parse of a deeply nested text is slow and may overflow the stack
  if (nestingDepth(body) > MAX_DEPTH) return undefined;
  try {
    const json: unknown = JSON.parse(body);
    return json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

// Python's json module recurses once per level and stops near its recursion limit (1000).
const MAX_DEPTH = 900;

/** The deepest nesting of arrays and objects outside strings. */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c /* \\ */) i++;
      else if (code === 0x22 /* " */) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) max = Math.max(max, ++depth);
    else if (code === 0x5d || code === 0x7d) depth--;
  }
  return max;
}

/** "line 3, column 5" of a JSON syntax error, when the engine says where. */
function syntaxErrorAt(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return text.trim() === '' ? 'the file is empty' : 'syntax error';
  const offset = Math.min(Number(position[1]), text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `syntax error at line ${line}, column ${offset - lineStart + 1}`;
}
