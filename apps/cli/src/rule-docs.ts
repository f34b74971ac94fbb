import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Lexer } from 'marked';

/** A rule's documentation as its package ships it: the README section, or why there is none. */
export type RuleDocs = { found: true; readme: string; section: string } | { found: false; reason: string };

/**
 * The README section that documents `ruleId` in the package `packageName`
 * (a plugin's `meta.name`), read from the installed package, so it works
 * offline and for third-party plugins that ship a README. The package is
 * looked up from each of `from` (the config's directory, the working
 * directory), then from where @tclint/preset is installed (the official
 * plugins are its dependencies; @tclint/node depends on it).
 */
export function ruleDocs(packageName: string, ruleId: string, from: readonly string[]): RuleDocs {
  const dir = [...from, presetDirectory()].reduce<string | undefined>((found, base) => found ?? packageDirectory(packageName, base), undefined);
  if (dir === undefined) return { found: false, reason: `the package ${packageName} that provides ${ruleId} is not installed where tclint can find it` };
  const readme = join(dir, 'README.md');
  if (!existsSync(readme)) return { found: false, reason: `${packageName} ships no README.md (looked in ${dir})` };
  const section = readmeSection(readFileSync(readme, 'utf8'), ruleId);
  if (section === undefined) return { found: false, reason: `the README of ${packageName} (${readme}) has no section headed ${ruleId}` };
  return { found: true, readme: realpathSync(readme), section };
}

/**
 * The part of a Markdown text headed by the rule id (`## asn/format`, with or
 * without backticks, or the id without its namespace), up to the next heading
 * of the same or a higher level. Headings inside code blocks do not count.
 */
export function readmeSection(markdown: string, ruleId: string): string | undefined {
  const tokens = markdownLexer().lex(markdown);
  const headed = (name: string) => tokens.findIndex((t) => t.type === 'heading' && String(t.text).replace(/`/g, '').trim() === name);
  let start = headed(ruleId);
  if (start === -1 && ruleId.includes('/')) start = headed(ruleId.slice(ruleId.indexOf('/') + 1));
  if (start === -1) return undefined;
  const depth = (tokens[start] as { depth: number }).depth;
  let end = start + 1;
  while (end < tokens.length && !(tokens[end]!.type === 'heading' && (tokens[end] as { depth: number }).depth <= depth)) end++;
  return `${tokens.slice(start, end).map((t) => t.raw).join('').trimEnd()}\n`;
}

/** marked, loaded on first use: only `tclint rules ID` reads Markdown, and every other command runs without its 0.3 MB of heap. */
function markdownLexer(): typeof Lexer {
  return (createRequire(import.meta.url)('marked') as { Lexer: typeof Lexer }).Lexer;
}

/**
 * The directory of the installed package `name` as Node finds it from
 * `from`: `node_modules/<name>` in `from` and each directory above it, or a
 * directory on the way whose own package.json has that name (a plugin run
 * from its own repository).
 */
export function packageDirectory(name: string, from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules', name, 'package.json'))) return join(dir, 'node_modules', name);
    if (packageName(dir) === name) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function packageName(dir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name as string | undefined;
  } catch {
    return undefined;
  }
}

/** Where @tclint/preset is installed, found through @tclint/node (real paths, so pnpm's layout works too). */
function presetDirectory(): string {
  const nodeApi = createRequire(import.meta.url).resolve('@tclint/node');
  return dirname(createRequire(nodeApi).resolve('@tclint/preset'));
}
