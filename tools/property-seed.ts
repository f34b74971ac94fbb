// How property tests pick their fast-check seed, and how a failure says to re-run it (applied by vitest-setup.ts).

/** The seed of every property in CI, unless FC_SEED names another: a CI run gives the same result each time. */
export const CI_SEED = 1_400_014;

export interface PropertySettings {
  seed: number;
  /** Where in the run the counterexample was (fast-check's path): with the seed, it goes straight to it. */
  path?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** FC_SEED (and FC_PATH) to re-run a failure; otherwise CI_SEED when CI is set, and a new seed on each local run. */
export function propertySettings(env: Env, random: () => number = Math.random): PropertySettings {
  const seed = env.FC_SEED?.trim();
  const path = env.FC_PATH?.trim();
  if (seed && !/^-?\d+$/.test(seed)) throw new Error(`FC_SEED must be a whole number (fast-check prints one when a property fails), not ${JSON.stringify(seed)}`);
  if (path && !/^\d+(:\d+)*$/.test(path)) throw new Error(`FC_PATH must be fast-check's path, numbers joined by ":", not ${JSON.stringify(path)}`);
  if (path && !seed) throw new Error('FC_PATH needs the FC_SEED it was printed with');
  if (seed) return path ? { seed: Number(seed), path } : { seed: Number(seed) };
  if (isCI(env)) return { seed: CI_SEED };
  return { seed: Math.floor(random() * 0x80000000) };
}

function isCI(env: Env): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

export interface Rerun {
  seed: number;
  path?: string | undefined;
  /** The test file, relative to where vitest runs. */
  file?: string | undefined;
  /** The test's own name (without its describe blocks). */
  test?: string | undefined;
}

/** The shell command that runs one failed property again, with its seed and path. */
export function rerunCommand({ seed, path, file, test }: Rerun): string {
  const words = [`FC_SEED=${seed}`];
  if (path) words.push(`FC_PATH=${path}`);
  words.push('npx vitest run');
  if (file) words.push(shellQuote(file));
  if (test) words.push('-t', shellQuote(test.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')));
  return words.join(' ');
}

function shellQuote(word: string): string {
  return /^[\w./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
