import { CliError } from './cli-error.js';

const SECRET_OPTION = /^--?[\w-]*(secret|password|passwd|token)[\w-]*$/i;

/**
 * Refuses a secret on the command line (it would be visible in shell history
 * and the process list), without ever printing it: an option named like a
 * secret, or an argument holding the secret the environment gives.
 */
export function refuseSecretArguments(command: string, argv: readonly string[], secretsFromEnv: readonly (string | undefined)[], envName: string): void {
  for (const arg of argv) {
    if (arg === '--') break;
    const name = arg.split('=', 1)[0]!;
    if (SECRET_OPTION.test(name) || name === '--key' || name === '-k') {
      throw new CliError(
        `${command} does not take the secret key on the command line (${name.replace(/[^\w-]/g, '')}): ` +
          `it would be visible in shell history and the process list. Set ${envName} in the environment instead.`,
      );
    }
  }
  for (const secret of secretsFromEnv) {
    if (secret && argv.some((arg) => arg.includes(secret))) {
      throw new CliError(`an argument contains the secret key; ${command} reads it only from ${envName} and never from the command line.`);
    }
  }
}
