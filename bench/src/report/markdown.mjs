import { formatInProcess } from './in-process.mjs';
import { markdownTable } from './format.mjs';
import { groupRows, groupTitle } from './results.mjs';
import { loadNote, startupRows } from './startup.mjs';

/** bench/results.md: the machine, every table, start-up, the targets with the load they were measured at, the in-process figures. */
export function resultsMarkdown({ machine, options, groups, targets, startup, loadEnd, inProcess, notes, started }) {
  const lines = [
    '# tclint benchmark results',
    '',
    `Measured ${started.toISOString()} by \`pnpm bench\` (\`node bench/src/run.mjs${options.argv.map((a) => ` ${a}`).join('')}\`).`,
    '',
    '## Machine',
    '',
    `- CPU: ${machine.cpu}, ${machine.cores} cores available`,
    `- Memory: ${machine.memoryGiB} GiB`,
    `- OS: ${machine.os}`,
    `- Node ${machine.node}; ${machine.python}`,
    `- Load average (1/5/15 min) at start: ${machine.loadavg}`,
    `- Peak RSS measured with ${machine.rss}`,
    `- tclint commit: ${machine.commit}`,
    '',
    '## Whole-process measurements',
    '',
    `Every command is a fresh process (start-up included) that reads the corpus file and writes every line to stdout, redirected to a file; stderr to a file too. ${options.runs} runs each, interleaved; the table shows the median, the spread, the ratio of medians to the I/O floor (readline) of the same corpus and run, records per second, the highest peak RSS of the runs, and what the output was checked against.`,
    '',
  ];
  for (const group of groups) lines.push(`### ${groupTitle(group)}`, '', markdownTable(groupRows(group)), '');
  if (startup) lines.push(`### Start-up (${startup.runs} runs each, alternating)`, '', markdownTable(startupRows(startup)), '');
  lines.push('## Targets (issue 18)', '', markdownTable([['target', 'measured', 'status'], ...targets.map((t) => [t.target, t.measured, t.status])]), '');
  lines.push(loadNote({ cores: machine.cores, loadStart: machine.loadavg, loadEnd }), '');
  if (notes.length) lines.push(...notes.map((n) => `- ${n}`), '');
  if (inProcess) lines.push('## In-process figures', '', formatInProcess(inProcess.perType, inProcess.layers, 'markdown'));
  return `${lines.join('\n').trimEnd()}\n`;
}
