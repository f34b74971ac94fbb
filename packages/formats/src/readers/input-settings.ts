import type { CsvColumnChoice } from './csv-columns.js';
import type { ReadOptions } from './read.js';

/** How a config says inputs are read (its `input` key): comment lines in lines input, and the CSV type and value columns. */
export type InputSettings = Pick<ReadOptions, 'comments' | 'columns'>;

const ROLES = ['type', 'value'] as const;

/**
 * Reads a column choice as the command line writes it: `type=NAME,value=NAME`,
 * by header name or 1-based position (`value=2`), in any order, either alone.
 * A string is the problem.
 */
export function parseColumns(spec: string): CsvColumnChoice | string {
  const choice: CsvColumnChoice = {};
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    const role = part.slice(0, eq < 0 ? part.length : eq).trim().toLowerCase();
    const column = eq < 0 ? '' : part.slice(eq + 1).trim();
    if (!(ROLES as readonly string[]).includes(role) || column === '') return `columns: expected type=COLUMN and/or value=COLUMN (a header name or a 1-based position), got ${JSON.stringify(part.trim())}`;
    if (choice[role as 'type' | 'value'] !== undefined) return `columns: ${role} is given twice`;
    choice[role as 'type' | 'value'] = /^\d+$/.test(column) ? Number(column) : column;
  }
  return columnsProblem(choice) ?? choice;
}

function columnsProblem(choice: CsvColumnChoice): string | undefined {
  for (const role of ROLES) {
    const column = choice[role];
    if (typeof column === 'number' && !(Number.isSafeInteger(column) && column >= 1)) return `columns: ${role} must be a header name or a position from 1 (got ${column})`;
  }
  return undefined;
}

/** The `input` key of a config: `{ comments?: boolean, columns?: "type=..,value=.." | { type?, value? } }`; problems are collected. */
export function readInputSettings(value: unknown, where: string, problems: string[]): InputSettings {
  const settings: InputSettings = {};
  if (value === undefined) return settings;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${where}: "input" must be an object ({ "comments": false, "columns": "type=..,value=.." })`);
    return settings;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (key !== 'comments' && key !== 'columns') problems.push(`${where}: input: unknown key "${key}" (expected comments, columns)`);
  if (record.comments !== undefined) {
    if (typeof record.comments === 'boolean') settings.comments = record.comments;
    else problems.push(`${where}: input.comments must be true or false`);
  }
  const columns = record.columns;
  if (typeof columns === 'string') {
    const parsed = parseColumns(columns);
    if (typeof parsed === 'string') problems.push(`${where}: input.${parsed}`);
    else settings.columns = parsed;
  } else if (typeof columns === 'object' && columns !== null && !Array.isArray(columns)) {
    const choice: CsvColumnChoice = {};
    for (const [role, column] of Object.entries(columns as Record<string, unknown>)) {
      if (!(ROLES as readonly string[]).includes(role)) problems.push(`${where}: input.columns: unknown key "${role}" (expected type, value)`);
      else if ((typeof column === 'string' && column.trim() !== '') || typeof column === 'number') choice[role as 'type' | 'value'] = column as string | number;
      else problems.push(`${where}: input.columns.${role} must be a header name or a position from 1`);
    }
    const problem = columnsProblem(choice);
    if (problem) problems.push(`${where}: input.${problem}`);
    else settings.columns = choice;
  } else if (columns !== undefined) problems.push(`${where}: input.columns must be "type=COLUMN,value=COLUMN" or { "type": ..., "value": ... }`);
  return settings;
}
