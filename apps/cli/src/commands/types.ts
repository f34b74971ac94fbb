import { dirname, relative, resolve } from 'node:path';
import { parseCommand } from '../args.js';
import { CliError, usageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { fsReason } from '../input-error.js';
import { findConfigFile, INDICATOR_TYPES_FILE, IndicatorTypesError, IndicatorTypesReplyError, pullIndicatorTypes, ThreatConnectApiError } from '../node-api.js';
import { refuseSecretArguments } from '../secret-arguments.js';

const help = `Usage: tclint types pull [--url URL] [--access-id ID] [-o FILE]

Fetch your ThreatConnect instance's indicator types (GET
/v2/types/indicatorTypes?includeAdditional=true) and save the reply as
${INDICATOR_TYPES_FILE}. tclint check, fix and rules then use it instead of
the recorded ThreatConnect types: your instance's patterns decide what is an
error, and its custom types can be checked (a CSV "type" column may name
them, and untyped values are inferred by their patterns).

The request is signed with an API user's Access ID and Secret Key, or sent
with an API token. The secret key and the token are read only from the
environment, never from the command line, and never printed.

Options:
  -u, --url URL         the API base URL, e.g. https://companyabc.threatconnect.com/api
                        (default: $TC_API_PATH)
      --access-id ID    the API user's Access ID (default: $TC_API_ACCESS_ID)
  -o, --output FILE     where to save the reply (default: ${INDICATOR_TYPES_FILE} next to
                        the config file tclint finds, else in the working directory)
  -c, --config PATH     the config file whose directory gets ${INDICATOR_TYPES_FILE}
  -h, --help            show this help

Environment:
  TC_API_PATH           the API base URL
  TC_API_ACCESS_ID      the API user's Access ID
  TC_API_SECRET_KEY     the API user's Secret Key (with an Access ID: HMAC signing)
  TC_TOKEN              an API token, used when there is no Access ID and Secret Key
  TC_TOKEN_EXPIRES      the token's expiry (epoch seconds), when known

Exit codes: 0 saved, 2 usage, no credentials, or the instance refused or
sent a reply that is not a valid indicatorTypes reply (nothing is written then).

Examples (with the credentials set in the environment, e.g. by a secrets manager):
  tclint types pull --url https://companyabc.threatconnect.com/api
  tclint types pull -o config/tclint.indicator-types.json
  tclint check --indicator-types config/tclint.indicator-types.json feed.csv
`;

type Credentials = Parameters<typeof pullIndicatorTypes>[0]['credentials'];

export const typesCommand: Command = {
  name: 'types',
  help,
  async run(argv, { io, stdout, stderr, colors }) {
    const env = io.env;
    refuseSecretArguments('tclint types pull', argv, [env.TC_API_SECRET_KEY, env.TC_TOKEN], 'TC_API_SECRET_KEY (or TC_TOKEN)');
    const { values, positionals } = parseCommand(argv, {
      url: { type: 'string', short: 'u' },
      'access-id': { type: 'string' },
      output: { type: 'string', short: 'o' },
      config: { type: 'string', short: 'c' },
    }, { positionals: true });
    if (values.help) {
      await stdout.write(help);
      return EXIT_OK;
    }
    // never echo other positionals: one of them may be a secret pasted in the wrong place
    if (positionals[0] !== 'pull' || positionals.length > 1) throw usageError(positionals.length === 0 ? 'give the subcommand: tclint types pull' : 'the only subcommand is pull: tclint types pull');
    const baseUrl = values.url ?? env.TC_API_PATH;
    if (!baseUrl) throw usageError('give the API base URL with --url or TC_API_PATH (e.g. https://companyabc.threatconnect.com/api)');
    const credentials = credentialsOf(values['access-id'] ?? env.TC_API_ACCESS_ID, env);
    const secrets = [env.TC_API_SECRET_KEY, env.TC_TOKEN].filter((s): s is string => typeof s === 'string' && s.length >= 4);
    const file = values.output !== undefined ? resolve(io.cwd, values.output) : resolve(outputDirectory(io.cwd, values.config), INDICATOR_TYPES_FILE);

    let pulled: Awaited<ReturnType<typeof pullIndicatorTypes>>;
    try {
      pulled = await pullIndicatorTypes({ baseUrl, credentials, file });
    } catch (error) {
      throw new CliError(mask(describeFailure(error, baseUrl, file), secrets));
    }
    for (const warning of pulled.warnings) await stderr.write(`${colors.stderr.yellow('tclint: warning:')} ${warning}\n`);
    const shown = relative(io.cwd, file);
    const custom = pulled.customTypes.length ? ` (custom: ${pulled.customTypes.join(', ')})` : ' (no custom types)';
    await stdout.write(`Saved the ${pulled.types.types.length} indicator types of ${mask(withoutUserInfo(baseUrl), secrets)} to ${shown.startsWith('..') ? file : shown}${custom}.\n`);
    await stdout.write(`tclint check, fix and rules use them from there instead of the recorded ThreatConnect types.\n`);
    return EXIT_OK;
  },
};

/** An Access ID and the Secret Key from the environment (HMAC), else TC_TOKEN. */
function credentialsOf(accessId: string | undefined, env: Readonly<Record<string, string | undefined>>): Credentials {
  const secretKey = env.TC_API_SECRET_KEY;
  if (accessId && secretKey) return { accessId, secretKey };
  if (env.TC_TOKEN) {
    const expires = env.TC_TOKEN_EXPIRES?.trim();
    if (expires !== undefined && expires !== '' && !/^\d+$/.test(expires)) throw new CliError('TC_TOKEN_EXPIRES must be epoch seconds');
    return expires ? { token: env.TC_TOKEN, tokenExpires: Number(expires) } : { token: env.TC_TOKEN };
  }
  if (secretKey) throw new CliError('no access id: give --access-id or set TC_API_ACCESS_ID (the secret key is in TC_API_SECRET_KEY)');
  throw new CliError('no credentials: set TC_API_ACCESS_ID and TC_API_SECRET_KEY (or TC_TOKEN) in the environment; the secret key and the token are read only from there');
}

/** Next to the config file (given, or the one tclint finds), else the working directory. */
function outputDirectory(cwd: string, configFile: string | undefined): string {
  const config = configFile !== undefined ? resolve(cwd, configFile) : findConfigFile(cwd);
  return config === undefined ? cwd : dirname(config);
}

function describeFailure(error: unknown, baseUrl: string, file: string): string {
  if (error instanceof ThreatConnectApiError) {
    const remedies = error.diagnoses[0]?.remedies ?? [];
    return `${error.message}${remedies.length ? `\n${remedies.map((r) => `  - ${r}`).join('\n')}` : ''}`;
  }
  if (error instanceof IndicatorTypesError) return `${withoutUserInfo(baseUrl)}: ${error.message.replace(/^not a valid/, 'the reply is not a valid')}\nNothing was written.`;
  if (error instanceof IndicatorTypesReplyError) return `${withoutUserInfo(baseUrl)}: ${error.message}. Nothing was written.`;
  const cause = (error as { cause?: unknown }).cause;
  if (error instanceof TypeError && cause instanceof Error) return `cannot reach ${withoutUserInfo(baseUrl)}: ${cause.message}`;
  if (error instanceof TypeError) return `cannot send the request to ${withoutUserInfo(baseUrl)}: ${error.message}`;
  if ((error as { code?: unknown }).code !== undefined) return `cannot write ${file}: ${fsReason(error)}`;
  throw error;
}

function withoutUserInfo(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}

function mask(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => out.split(secret).join('***'), text);
}
