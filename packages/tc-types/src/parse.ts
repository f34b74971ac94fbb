import type { CasePreference, IndicatorType, IndicatorTypeField } from './model.js';

/** A problem of a malformed reply: where (a JSON path such as `$.indicatorType[3].keys.key1`) and what. */
export interface ReplyProblem {
  readonly path: string;
  readonly message: string;
}

/** A reply that is not a valid indicatorTypes reply, with every problem found. */
export class IndicatorTypesError extends Error {
  override readonly name = 'IndicatorTypesError';

  constructor(readonly problems: readonly ReplyProblem[]) {
    super(`not a valid ThreatConnect indicatorTypes reply:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  }
}

export interface ParsedReply {
  readonly types: readonly IndicatorType[];
  /** The reply's `_about` text (provenance), if any. */
  readonly about?: string;
}

const CASE_PREFERENCES: readonly string[] = ['upper', 'lower', 'sensitive'];
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? `the string ${JSON.stringify(value)}` : `a ${typeof value}`);

/**
 * Reads a reply of `GET /v2/types/indicatorTypes?includeAdditional=true`, as ThreatConnect sends it
 * (`{"status":"Success","data":{"indicatorType":[...]}}`) or bare (`{"indicatorType":[...]}`).
 * Throws IndicatorTypesError listing every problem with its JSON path.
 */
export function parseReply(json: unknown): ParsedReply {
  const problems: ReplyProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  if (!isObject(json)) throw new IndicatorTypesError([{ path: '$', message: `expected an object, found ${describe(json)}` }]);

  let container: Record<string, unknown> = json;
  let path = '$';
  if (!('indicatorType' in json) && 'data' in json) {
    if (json.status !== undefined && json.status !== 'Success') {
      problem('$.status', `the reply reports ${describe(json.status)}${typeof json.message === 'string' ? `: ${json.message}` : ''}, not Success`);
    }
    if (!isObject(json.data)) {
      problem('$.data', `expected an object, found ${describe(json.data)}`);
      throw new IndicatorTypesError(problems);
    }
    container = json.data;
    path = '$.data';
  }
  const list = container.indicatorType;
  if (list === undefined) {
    problem(`${path}.indicatorType`, 'missing: expected the list of indicator types');
    throw new IndicatorTypesError(problems);
  }
  // ThreatConnect's v2 JSON gives a lone item as an object
  const items = Array.isArray(list) ? list : [list];
  const itemPath = (i: number) => (Array.isArray(list) ? `${path}.indicatorType[${i}]` : `${path}.indicatorType`);
  const seen = new Map<string, string>();
  const types = items.flatMap((item, i) => {
    const type = readType(item, itemPath(i), problem);
    if (!type) return [];
    const earlier = seen.get(type.name);
    if (earlier) problem(`${itemPath(i)}.name`, `the type ${JSON.stringify(type.name)} is already defined at ${earlier}`);
    else seen.set(type.name, itemPath(i));
    return [type];
  });
  const about = typeof json._about === 'string' ? json._about : undefined;
  if (problems.length > 0) throw new IndicatorTypesError(problems);
  return about === undefined ? { types } : { types, about };
}

function readType(item: unknown, path: string, problem: (path: string, message: string) => void): IndicatorType | undefined {
  if (!isObject(item)) {
    problem(path, `expected an object, found ${describe(item)}`);
    return undefined;
  }
  const text = (key: string) => {
    const value = item[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    problem(`${path}.${key}`, value === undefined ? 'missing' : `expected a non-empty string, found ${describe(value)}`);
    return '';
  };
  const flag = (key: string) => {
    const value = item[key];
    if (value === undefined) return false;
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    problem(`${path}.${key}`, `expected "true" or "false", found ${describe(value)}`);
    return false;
  };
  const name = text('name');
  const apiBranch = text('apiBranch');
  const apiEntity = text('apiEntity');
  const custom = flag('custom');
  const parsable = flag('parsable');

  let casePreference: CasePreference | undefined;
  if (item.casePreference !== undefined) {
    if (typeof item.casePreference === 'string' && CASE_PREFERENCES.includes(item.casePreference)) casePreference = item.casePreference as CasePreference;
    else problem(`${path}.casePreference`, `expected "upper", "lower" or "sensitive", found ${describe(item.casePreference)}`);
  }

  const fieldNames = readKeys(item.keys, `${path}.keys`, problem);
  const regexes = readRegexes(item.regexes, `${path}.regexes`, problem);
  if (fieldNames.length > 1 && regexes.length > fieldNames.length) {
    problem(`${path}.regexes`, `${regexes.length} patterns for ${fieldNames.length} keys: a type with several keys has one pattern per key, in key order`);
  }
  const options = readOptions(item, path, fieldNames.length, problem);
  const fields: IndicatorTypeField[] = fieldNames.map((fieldName, i) => {
    const patterns = fieldNames.length === 1 ? regexes : regexes[i] === undefined ? [] : [regexes[i]!];
    const fieldOptions = options.get(i + 1);
    return { name: fieldName, index: i + 1, patterns, ...(fieldOptions ? { options: fieldOptions } : {}) };
  });
  return { name, apiBranch, apiEntity, custom, parsable, ...(casePreference ? { casePreference } : {}), fields, regexes };
}

/** `keys`: `{ key1: name, key2: name, ... }`, numbered from 1 without gaps. */
function readKeys(keys: unknown, path: string, problem: (path: string, message: string) => void): string[] {
  if (!isObject(keys)) {
    problem(path, keys === undefined ? 'missing: expected { "key1": field name, ... }' : `expected an object, found ${describe(keys)}`);
    return [];
  }
  const numbered: Array<[number, string]> = [];
  for (const [key, value] of Object.entries(keys)) {
    const match = /^key([1-9]\d*)$/.exec(key);
    if (!match) {
      problem(`${path}.${key}`, 'expected key1, key2, ...');
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      problem(`${path}.${key}`, `expected a field name, found ${describe(value)}`);
      continue;
    }
    numbered.push([Number(match[1]), value]);
  }
  numbered.sort((a, b) => a[0] - b[0]);
  if (numbered.length === 0 && isObject(keys) && Object.keys(keys).length === 0) problem(path, 'no keys: a type has at least one field');
  numbered.forEach(([n], i) => {
    if (n !== i + 1) problem(`${path}.key${n}`, `key${i + 1} is missing: keys are numbered from 1 without gaps`);
  });
  const names = numbered.map(([, name]) => name);
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i) problem(`${path}.key${numbered[i]![0]}`, `the field name ${JSON.stringify(name)} is used twice`);
  });
  return names;
}

function readRegexes(regexes: unknown, path: string, problem: (path: string, message: string) => void): string[] {
  if (regexes === undefined || regexes === null) return [];
  if (!Array.isArray(regexes)) {
    problem(path, `expected a list of patterns, found ${describe(regexes)}`);
    return [];
  }
  return regexes.flatMap((regex, i) => {
    if (typeof regex === 'string') return [regex];
    problem(`${path}[${i}]`, `expected a pattern (a string), found ${describe(regex)}`);
    return [];
  });
}

/** `value1Option` ... `valueNOption`: the allowed values of field N, separated by `;`. */
function readOptions(item: Record<string, unknown>, path: string, fieldCount: number, problem: (path: string, message: string) => void): Map<number, string[]> {
  const options = new Map<number, string[]>();
  for (const [key, value] of Object.entries(item)) {
    const match = /^value([1-9]\d*)Option$/.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    if (typeof value !== 'string') {
      problem(`${path}.${key}`, `expected the allowed values separated by ";", found ${describe(value)}`);
      continue;
    }
    if (index > fieldCount) {
      problem(`${path}.${key}`, `the type has no key${index}`);
      continue;
    }
    const list = value.split(';').filter((option) => option !== '');
    if (list.length === 0) problem(`${path}.${key}`, 'no allowed values');
    else options.set(index, list);
  }
  return options;
}
