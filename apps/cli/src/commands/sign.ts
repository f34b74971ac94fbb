import { parseCommand, choiceOption } from '../args.js';
import { CliError, usageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { EXIT_OK } from '../exit-codes.js';
import { loadSignRequest } from '../node-api.js';
import { refuseSecretArguments } from '../secret-arguments.js';

const help = `Usage: tclint sign --method METHOD --url URL [--timestamp N] [--access-id ID]

Print the Timestamp and Authorization headers ThreatConnect expects for a
request signed with an API user's Access ID and Secret Key (HMAC-SHA256 of
"<path>?<query>:<METHOD>:<timestamp>", base64).

The secret key is read only from the environment variable TC_API_SECRET_KEY;
tclint refuses a secret given on the command line (it would end up in shell
history and the process list). The access id comes from --access-id or
TC_API_ACCESS_ID.

Options:
  -X, --method METHOD   HTTP method (signed in upper case)
  -u, --url URL         the request URL or path, percent-encoded exactly as sent
                        (include the /api prefix when the base URL has one);
                        a URL with a raw space, non-ASCII or one of "<>\\^\`{|}
                        in its path or query is refused, and the URL as HTTP
                        clients send it (percent-encoded) is printed to sign instead
  --timestamp N         Unix time in seconds (default: now)
  --access-id ID        the API user's Access ID (default: $TC_API_ACCESS_ID)
  -f, --format FORMAT   text (default) or json
  -h, --help            show this help

Environment:
  TC_API_SECRET_KEY     the API user's Secret Key (required)
  TC_API_ACCESS_ID      the API user's Access ID

Examples (with TC_API_ACCESS_ID and TC_API_SECRET_KEY set, e.g. by a secrets manager):
  tclint sign --method GET --url 'https://app.threatconnect.com/api/v2/owners'
  tclint sign -X POST -u /api/v3/indicators --timestamp 1700000000 --format json
  tclint sign -X GET -u "$URL" | curl -H @- "$URL"    # curl 7.55+ reads headers from stdin
`;

/**
 * The refusal as the user reads it. A URL no request line can carry as written
 * (UnsendableUrlError from @tclint/tc-auth, which carries `sendableUrl`) is
 * refused rather than signed in its encoded form, so that what is signed is what
 * the user sends; the encoded URL is printed on a line of its own, to sign and send.
 */
function describeRefusal(error: TypeError): string {
  const message = error.message.replace(/^signRequest: /, '');
  const sendable = (error as TypeError & { sendableUrl?: unknown }).sendableUrl;
  if (typeof sendable !== 'string') return message;
  const reason = message.slice(0, message.lastIndexOf('; sign the URL as it is sent:'));
  return `${reason}.\nSign and send the URL as HTTP clients send it:\n  ${sendable}`;
}

export const signCommand: Command = {
  name: 'sign',
  help,
  async run(argv, { io, stdout }) {
    const secretKey = io.env.TC_API_SECRET_KEY;
    refuseSecretArguments('tclint sign', argv, [secretKey], 'TC_API_SECRET_KEY');
    const { values, positionals } = parseCommand(argv, {
      method: { type: 'string', short: 'X' },
      url: { type: 'string', short: 'u' },
      timestamp: { type: 'string' },
      'access-id': { type: 'string' },
      format: { type: 'string', short: 'f' },
    }, { positionals: true });
    if (values.help) {
      await stdout.write(help);
      return EXIT_OK;
    }
    // never echo positionals: one of them may be a secret pasted in the wrong place
    if (positionals.length) throw usageError(`tclint sign takes no positional arguments (got ${positionals.length}); give --method and --url`);
    const format = choiceOption('format', values.format, ['text', 'json'] as const, 'text');
    if (!values.method) throw usageError('--method is required');
    if (!/^[A-Za-z]+$/.test(values.method)) throw usageError('--method must be an HTTP method such as GET or POST');
    if (!values.url) throw usageError('--url is required');
    if (values.timestamp !== undefined && !/^\d+$/.test(values.timestamp)) throw usageError('--timestamp must be Unix time in whole seconds');
    const accessId = values['access-id'] ?? io.env.TC_API_ACCESS_ID;
    if (!accessId) throw new CliError('no access id: give --access-id or set TC_API_ACCESS_ID');
    if (!secretKey) throw new CliError('TC_API_SECRET_KEY is not set; the secret key is read only from the environment');

    const signRequest = await loadSignRequest();
    let headers: { Timestamp: string; Authorization: string };
    try {
      headers = signRequest({
        method: values.method,
        url: values.url,
        accessId,
        secretKey,
        ...(values.timestamp !== undefined && { timestamp: values.timestamp }),
      });
    } catch (error) {
      // signRequest's errors never contain the secret key; they name the input that is wrong
      if (error instanceof TypeError) throw new CliError(describeRefusal(error));
      throw error;
    }
    await stdout.write(format === 'json' ? `${JSON.stringify(headers, null, 2)}\n` : `Timestamp: ${headers.Timestamp}\nAuthorization: ${headers.Authorization}\n`);
    return EXIT_OK;
  },
};
