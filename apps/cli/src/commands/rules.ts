import { choiceOption, parseCommand } from '../args.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { LINTER_HELP, LINTER_OPTIONS, setupLinter } from '../linter-setup.js';
import type { RuleInfo } from '../node-api.js';

const help = `Usage: tclint rules [options]

List the rules of every loaded package: id, the severity it runs at (after
your config and --rule), its default severity, whether it can fix, what it
checks and where its documentation is.

Options:
  -f, --format NAME     text (default) or json
${LINTER_HELP}
  -h, --help            show this help

Examples:
  tclint rules
  tclint rules --format json | jq '.[] | select(.fixable) | .id'
  tclint rules --rule 'asn/reserved: off'
`;

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'list the loaded rules, their severities and docs',
  help,
  async run(argv, { io, stdout, colors }) {
    const { values } = parseCommand(argv, { format: { type: 'string', short: 'f' }, ...LINTER_OPTIONS }, { positionals: false });
    if (values.help) {
      await stdout.write(help);
      return EXIT_OK;
    }
    const format = choiceOption('format', values.format, ['text', 'json'] as const, 'text');
    const rules = (await setupLinter(values, io.cwd)).rules();
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
    await stdout.write(out);
    return EXIT_OK;
  },
};

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
