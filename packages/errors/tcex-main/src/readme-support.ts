/** Reads the README's example tables and prints results the way the README shows them (used by readme.test.ts). */
import { readFileSync } from 'node:fs';
import { asChanges, type LintMessage } from '@tclint/core';

export function readme(): string {
  return readFileSync(new URL('../README.md', import.meta.url), 'utf8');
}

/** The rows of the table after `<!-- examples: <name> -->`, each cell without its backticks ('' for "—"). */
export function exampleTable(text: string, name: string): string[][] {
  const marker = text.indexOf(`<!-- examples: ${name} -->`);
  if (marker === -1) throw new Error(`README has no examples table "${name}"`);
  const lines = text.slice(marker).split('\n').slice(1);
  const start = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(' | ').map(cell));
  }
  return rows;
}

function cell(raw: string): string {
  const text = raw.trim();
  if (text === '—') return '';
  return text.startsWith('`') && text.endsWith('`') ? text.slice(1, -1).replace(/\\n/g, '\n') : text;
}

/** Messages as the README's example output shows them. */
export function formatMessages(messages: readonly LintMessage[]): string {
  return messages
    .map((m) =>
      [
        `${m.severity} ${m.ruleId} (${m.messageId})`,
        `  ${m.message}`,
        ...(m.evidence ?? []).map((e) => `  evidence: ${e}`),
        ...(m.remedies ?? []).map((r) => `  remedy: ${r}`),
        ...(m.fix ? asChanges(m.fix).map((f) => `  fix: ${f.field} = ${f.value.includes('\n') ? JSON.stringify(f.value) : f.value}`) : []),
      ].join('\n'),
    )
    .join('\n\n');
}
