import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** One question for Java: does `pattern` (with Pattern.compile `flags`) match `input`? */
export interface JavaCase {
  pattern: string;
  input: string;
  flags?: number;
}

/** Java's answer, as Pattern.compile and Matcher report it. */
export type JavaJudgement =
  | { kind: 'verdict'; matches: boolean; find?: { start: number; end: number } }
  | { kind: 'pattern-error'; description: string; index: number }
  | { kind: 'stack-overflow' }
  | { kind: 'exception'; message: string };

export interface JavaOracle {
  /** `java -version`'s first line. */
  readonly javaVersion: string;
  /** Judges every case, in order (patterns are compiled once each). */
  judge(cases: readonly JavaCase[]): Promise<JavaJudgement[]>;
  close(): Promise<void>;
}

export type JavaLookup = { java: string; version: string; major: number } | { missing: string };

/** The Java release whose java.util.regex this package reproduces (\b changed in Java 19). */
export const TARGET_JAVA_MAJOR = 17;

/** Where the oracle's source is: `java/Oracle.java` in the package, from src/testing or from dist. */
export function oracleSourcePath(): string {
  for (const relative of ['../../java/Oracle.java', '../java/Oracle.java']) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('java/Oracle.java is missing from @tclint/java-regex');
}

/**
 * The `java` to run: $TCLINT_JAVA, else `java` on the PATH, with its version; or why there is none
 * (say it plainly in a skipped test: a missing Java must never pass silently).
 */
export function findJava(): JavaLookup {
  const java = process.env.TCLINT_JAVA || 'java';
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    return { missing: `no Java runtime (${java}: ${result.error?.message ?? `exit ${result.status}`}); install one (Debian: apt-get install -y default-jdk-headless) or set TCLINT_JAVA` };
  }
  const version = (result.stderr || result.stdout).split('\n')[0]!.trim();
  const match = /version "(\d+)(?:\.(\d+))?/.exec(version);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
  return { java, version, major };
}

/**
 * Why differential tests against Java cannot run here (no Java, or not the Java release this
 * package reproduces), or undefined when they can. Print it in a skipped test's name.
 */
export function javaSkipReason(): string | undefined {
  const found = findJava();
  if ('missing' in found) return found.missing;
  if (found.major !== TARGET_JAVA_MAJOR) {
    return `found ${found.version}, but the translation reproduces Java ${TARGET_JAVA_MAJOR} (\\b changed in Java 19); set TCLINT_JAVA to a Java ${TARGET_JAVA_MAJOR}`;
  }
  return undefined;
}

const encode = (text: string) => Buffer.from(text, 'utf16le').toString('base64');
const decode = (base64: string) => Buffer.from(base64, 'base64').toString('utf16le');

/** Starts `java Oracle.java` (source launch: needs a JDK). Close it when done. */
export async function startJavaOracle(options: { java?: string } = {}): Promise<JavaOracle> {
  const found = findJava();
  if ('missing' in found && !options.java) throw new Error(found.missing);
  const java = options.java ?? (found as { java: string }).java;
  const child: ChildProcessWithoutNullStreams = spawn(java, ['-XX:+UseSerialGC', '-Xshare:auto', oracleSourcePath()], { stdio: 'pipe' });
  const pending: Array<(line: string) => void> = [];
  let stderr = '';
  let failure: Error | undefined;
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => pending.shift()?.(line));
  const exited = new Promise<void>((resolve) => {
    child.on('close', (code) => {
      failure = new Error(`the Java oracle exited (${code}): ${stderr.trim()}`);
      for (const reject of pending.splice(0)) reject(`x ${encode(failure.message)}`);
      resolve();
    });
  });
  child.stdin.on('error', () => undefined);

  const ask = (command: string) =>
    new Promise<string>((resolve) => {
      if (failure) return resolve(`x ${encode(failure.message)}`);
      pending.push(resolve);
      child.stdin.write(`${command}\n`);
    });

  const compiled = new Map<string, Promise<JavaJudgement | undefined>>();
  const compile = (pattern: string, flags: number, id: string) => {
    const key = `${flags} ${pattern}`;
    let answer = compiled.get(key);
    if (!answer) {
      answer = ask(`C ${id} ${flags} ${encode(pattern)}`).then((line) => {
        const [kind, index, description] = line.split(' ');
        if (kind === 'ok') return undefined;
        if (kind === 'error') return { kind: 'pattern-error', index: Number(index), description: decode(description ?? '') } as const;
        throw new Error(`the Java oracle could not compile the pattern: ${decode(index ?? '')}`);
      });
      compiled.set(key, answer);
    }
    return answer;
  };
  const ids = new Map<string, string>();

  return {
    javaVersion: 'version' in found ? found.version : java,
    async judge(cases) {
      const answers: Array<Promise<JavaJudgement>> = [];
      for (const c of cases) {
        const key = `${c.flags ?? 0} ${c.pattern}`;
        let id = ids.get(key);
        if (!id) {
          id = String(ids.size);
          ids.set(key, id);
        }
        const patternError = compile(c.pattern, c.flags ?? 0, id);
        const verdict = ask(`T ${id} ${encode(c.input)}`);
        answers.push(
          Promise.all([patternError, verdict]).then(([error, line]) => {
            if (error) return error;
            const [kind, a, b, e] = line.split(' ');
            if (kind === 'v') return { kind: 'verdict', matches: a === '1', ...(b !== '-1' ? { find: { start: Number(b), end: Number(e) } } : {}) };
            if (kind === 'so') return { kind: 'stack-overflow' };
            return { kind: 'exception', message: decode(a ?? '') };
          }),
        );
      }
      return Promise.all(answers);
    },
    async close() {
      child.stdin.end();
      await exited;
    },
  };
}
