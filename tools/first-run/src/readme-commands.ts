/** One command of a README line: what it runs and how it follows the previous one. */
export interface Step {
  command: string;
  /** `&&`: only when the previous step succeeded; `;` (or first): always. */
  after: 'success' | 'always';
}

/**
 * The commands of the README's "Try it" section: the non-comment lines of
 * its first `sh` block, each a shell line such as `A && B; C`.
 */
export function tryItCommands(readme: string): string[] {
  const start = readme.indexOf('\n## Try it\n');
  if (start === -1) throw new Error('the README has no "## Try it" section');
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(start));
  if (!block) throw new Error('the "Try it" section has no sh block');
  return block[1]!.split('\n').filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
}

/** A shell line split into its steps at `&&` and `;` (the README's lines use no quotes, pipes or subshells). */
export function stepsOf(line: string): Step[] {
  if (/["'|()`$<>]/.test(line)) throw new Error(`not a plain command line: ${line}`);
  return line.split(';').flatMap((part) => part.split('&&').map((command, i) => ({ command: command.trim(), after: i === 0 ? ('always' as const) : ('success' as const) })));
}

/** What a step is: installing, running tclint through the repository's script (its arguments), or something else. */
export function stepKind(command: string): { kind: 'install' } | { kind: 'tclint'; args: string[] } | { kind: 'other' } {
  const words = command.split(/\s+/);
  if (words[0] !== 'npx' || words[1] !== '-y' || words[2] !== 'pnpm@10') return { kind: 'other' };
  if (words[3] === 'install' && words.length === 4) return { kind: 'install' };
  if (words[3] === '-s' && words[4] === 'tclint') return { kind: 'tclint', args: words.slice(5) };
  return { kind: 'other' };
}
