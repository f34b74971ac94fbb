import { asChanges, type LintMessage } from '@tclint/core';

/**
 * The rows of the Markdown table that follows `<!-- examples: <name> -->` in
 * a README, each cell as text: backticks taken off (`\n` inside them is a
 * line break), "—" read as ''. For READMEs whose examples are tables of
 * exchanges, texts or files rather than example lines.
 */
export function exampleTable(readme: string, name: string): string[][] {
  const marker = readme.indexOf(`<!-- examples: ${name} -->`);
  if (marker === -1) throw new Error(`README has no examples table "${name}"`);
  const lines = readme.slice(marker).split('\n').slice(1);
  const start = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(' | ').map(tableCell));
  }
  return rows;
}

function tableCell(raw: string): string {
  const text = raw.trim();
  if (text === '—') return '';
  return text.startsWith('`') && text.endsWith('`') ? text.slice(1, -1).replace(/\\n/g, '\n') : text;
}

/**
 * Messages as a README's example output shows them: severity, rule, message,
 * then evidence, remedies and fix lines (a fixed value with a line break is
 * shown as a JSON string, on one line).
 */
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
