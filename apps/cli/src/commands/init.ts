import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { choiceOption, parseCommand } from '../args.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { CONFIG_FILES, loadConfig } from '../node-api.js';

const STARTERS = {
  json: {
    file: 'tclint.config.json',
    text: `{
  "extends": ["recommended"],
  "rules": {
    "asn/reserved": "warn"
  }
}
`,
  },
  yaml: {
    file: 'tclint.config.yaml',
    text: `# tclint configuration. Rule ids: run \`tclint rules\`.
# "extends": presets; "recommended" is every loaded package's recommended config.
# "plugins": third-party rule packages (tclint-plugin-<name>), resolved from this directory.
extends:
  - recommended
rules:
  asn/reserved: warn     # off, warn or error
`,
  },
  js: {
    file: 'tclint.config.mjs',
    text: `// tclint configuration: a flat config array; later entries override earlier ones.
// Rule ids: run \`tclint rules\`.
import { OFFICIAL_PLUGINS, recommendedOf } from '@tclint/node';

export default [
  ...OFFICIAL_PLUGINS.map(recommendedOf),
  {
    rules: {
      'asn/reserved': 'warn',
    },
  },
];
`,
  },
} as const;

const help = `Usage: tclint init [--format json|yaml|js] [--force]

Write a starter config (tclint.config.json by default) in the current
directory: every official package's recommended rules, with an example rule
setting to edit. tclint finds it from this directory and the ones below it.

Options:
  -f, --format NAME   json (default), yaml, or js (tclint.config.mjs, which
                      imports @tclint/node, so that must be installed)
      --force         overwrite an existing tclint.config.* file
  -h, --help          show this help

Examples:
  tclint init
  tclint init --format yaml
`;

export const initCommand: Command = {
  name: 'init',
  help,
  async run(argv, { io, stdout }) {
    const { values } = parseCommand(argv, { format: { type: 'string', short: 'f' }, force: { type: 'boolean' } }, { positionals: false });
    if (values.help) {
      await stdout.write(help);
      return EXIT_OK;
    }
    const starter = STARTERS[choiceOption('format', values.format, ['json', 'yaml', 'js'] as const, 'json')];
    const existing = CONFIG_FILES.filter((name) => existsSync(join(io.cwd, name)));
    if (existing.length && !values.force) {
      throw new CliError(`${existing.join(', ')} already exists here; use --force to write ${starter.file} anyway`);
    }
    const path = join(io.cwd, starter.file);
    await writeFile(path, starter.text);
    // a JSON or YAML starter must load as it is (a JS one needs @tclint/node resolvable from here)
    if (starter.file !== STARTERS.js.file) await loadConfig(io.cwd, { configFile: starter.file });
    await stdout.write(`Wrote ${starter.file}. Run tclint rules to see every rule id.\n`);
    return EXIT_OK;
  },
};
