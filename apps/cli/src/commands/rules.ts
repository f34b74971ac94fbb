import { dirname, relative, resolve } from 'node:path';
import { choiceOption, parseCommand } from '../args.js';
import { CliError, usageError } from '../cli-error.js';
import type { Command, CommandContext } from '../command.js';
import { EXIT_OK, type ExitCode } from '../exit-codes.js';
import { LINTER_HELP, LINTER_OPTIONS, setupLinter } from '../linter-setup.js';
import type { RuleInfo } from '../node-api.js';
import { ruleDocs } from '../rule-docs.js';

const help = `Usage: tclint rules [options]
       tclint rules [options] ID

List the rules of every loaded package: id, the severity it runs at (after
your config and --rule), its default severity, whether it can fix, what it
checks and where its documentation is.

With a rule ID, print that rule's documentation: its section of the README
that its package ships (official packages and plugins alike), so it reads
offline.

Options:
  -f, --format NAME     text (default) or json
${LINTER_HELP}
  -h, --help            show this help

Output (--format json): an array of {"id", "plugin", "subject", "types",
"classId", "description", "severity", "defaultSeverity", "fixable", "docsUrl"};
with an ID, one object {"id", "plugin", "docsUrl", "readme", "section"}.

Examples:
  tclint rules
  tclint rules asn/format
  tclint rules --format json | jq '.[] | select(.fixable) | .id'
  tclint rules --rule 'asn/reserved: off'
`;

export const rulesCommand: Command = {
  name: 'rules',
  help,
  async run(argv, context) {
    const { io, stdout, colors } = context;
    const { values, positionals } = parseCommand(argv, { format: { type: 'string', short: 'f' }, ...LINTER_OPTIONS }, { positionals: true });
    if (values.help) {
      await stdout.write(help);
      return EXIT_OK;
    }
    if (positionals.length > 1) throw usageError('give one rule ID (or none for the list)');
    const format = choiceOption('format', values.format, ['text', 'json'] as const, 'text');
    const rules = (await setupLinter(values, io.cwd)).rules();
    if (positionals[0] !== undefined) {
      const from = values.config === undefined ? [io.cwd] : [dirname(resolve(io.cwd, values.config)), io.cwd];
      return printRuleDocs(findRule(positionals[0], rules), format, from, context);
    }
    if (format === 'json') {
      await stdout.write(`${JSON.stringify(rules.map(ruleJson), null, 2)}\n`);
      return EXIT_OK;
    }
    const c = colors.stdout;
    const width = Math.max(...rules.map((r) => r.id.length));
    let out = '';
    let plugin: string | undefined;
    for (const rule of rules) {
      if (rule.plugin !== plugin) {
        out += `${plugin === undefined ? '' : '\n'}${c.underline(rule.plugin)}\n`;
        plugin = rule.plugin;
      }
      const severity = rule.severity === 'error' ? c.red('error') : rule.severity === 'warn' ? c.yellow('warn ') : c.dim('off  ');
      const fixable = rule.fixable ? c.green('fixable') : '       ';
      out += `  ${rule.id.padEnd(width)}  ${severity}  ${fixable}  ${rule.description}\n`;
      if (rule.docsUrl) out += `  ${' '.repeat(width)}  ${c.dim(rule.docsUrl)}\n`;
    }
    out += `\n${rules.length} rules, ${rules.filter((r) => r.severity !== 'off').length} on, ${rules.filter((r) => r.fixable).length} fixable\n`;
    out += 'tclint rules ID prints a rule\'s documentation.\n';
    await stdout.write(out);
    return EXIT_OK;
  },
};

function findRule(id: string, rules: readonly RuleInfo[]): RuleInfo {
  const rule = rules.find((r) => r.id === id) ?? rules.find((r) => r.id.toLowerCase() === id.trim().toLowerCase());
  if (rule) return rule;
  const wanted = id.trim().toLowerCase();
  const near = rules.filter((r) => r.id.includes(wanted) || r.id.slice(r.id.indexOf('/') + 1) === wanted).map((r) => r.id);
  throw usageError(`unknown rule "${id}"${near.length ? `; did you mean ${near.slice(0, 5).join(', ')}?` : ''} (tclint rules lists them all)`);
}

async function printRuleDocs(rule: RuleInfo, format: 'text' | 'json', from: readonly string[], { io, stdout, colors }: CommandContext): Promise<ExitCode> {
  const docs = ruleDocs(rule.plugin, rule.id, from);
  if (!docs.found) throw new CliError(`no documentation for ${rule.id} here: ${docs.reason}${rule.docsUrl ? `; online: ${rule.docsUrl}` : ''}`);
  if (format === 'json') {
    await stdout.write(`${JSON.stringify({ id: rule.id, plugin: rule.plugin, docsUrl: rule.docsUrl ?? null, readme: docs.readme, section: docs.section }, null, 2)}\n`);
    return EXIT_OK;
  }
  const shown = relative(io.cwd, docs.readme);
  const where = shown.startsWith('..') ? docs.readme : shown;
  await stdout.write(`${docs.section}\n${colors.stdout.dim(`(${rule.plugin}, ${where}${rule.docsUrl ? `; online: ${rule.docsUrl}` : ''})`)}\n`);
  return EXIT_OK;
}

function ruleJson(rule: RuleInfo) {
  return {
    id: rule.id,
    plugin: rule.plugin,
    subject: rule.subject,
    types: rule.types ?? null,
    classId: rule.classId ?? null,
    description: rule.description,
    severity: rule.severity,
    defaultSeverity: rule.defaultSeverity,
    fixable: rule.fixable,
    docsUrl: rule.docsUrl ?? null,
  };
}
