import { compileJavaRegex, type JavaRegex } from '../compile.js';
import { JavaRegexError } from '../errors.js';
import type { JavaCase, JavaJudgement } from './java-oracle.js';

/** What this package answers for the cases the oracle judges, in the oracle's terms. */
export type JavaScriptJudgement = JavaJudgement | { kind: 'unsupported'; description: string; index: number };

/** Compiled patterns by flags and source, to share between calls. */
export type CompiledPatterns = Map<string, JavaRegex | JavaRegexError>;

export function judgeWithJavaScript(cases: readonly JavaCase[], compiled: CompiledPatterns = new Map()): JavaScriptJudgement[] {
  return cases.map((c) => {
    const key = `${c.flags ?? 0} ${c.pattern}`;
    let regex = compiled.get(key);
    if (!regex) {
      try {
        regex = compileJavaRegex(c.pattern, { flags: c.flags ?? 0 });
      } catch (error) {
        if (!(error instanceof JavaRegexError)) throw error;
        regex = error;
      }
      compiled.set(key, regex);
    }
    if (regex instanceof JavaRegexError) {
      return regex.kind === 'syntax'
        ? { kind: 'pattern-error', description: regex.description, index: regex.index }
        : { kind: 'unsupported', description: regex.description, index: regex.index };
    }
    const found = regex.findFirst(c.input);
    return { kind: 'verdict', matches: regex.matches(c.input), ...(found ? { find: found } : {}) };
  });
}

/** One case where the two answers differ, written so that a test failure is readable. */
export interface Disagreement {
  case: JavaCase;
  java: JavaJudgement;
  javascript: JavaScriptJudgement;
}

export interface CompareOptions {
  /** Compare where find() ends too (default true), for every case or for those the function picks. */
  findEnd?: boolean | ((c: JavaCase) => boolean);
}

/**
 * The cases where Java and this package disagree: pattern refused or not, matches(), find() and
 * where it starts (and ends). A pattern this package refuses as unsupported is not compared: it
 * never answers for it (that it refuses only valid Java, or Java errors, is for the caller to test).
 */
export function disagreements(
  cases: readonly JavaCase[],
  java: readonly JavaJudgement[],
  javascript: readonly JavaScriptJudgement[],
  options: CompareOptions = {},
): Disagreement[] {
  const out: Disagreement[] = [];
  cases.forEach((c, i) => {
    const j = java[i]!;
    const s = javascript[i]!;
    if (s.kind === 'unsupported') return;
    const findEnd = typeof options.findEnd === 'function' ? options.findEnd(c) : (options.findEnd ?? true);
    if (!sameJudgement(j, s, findEnd)) out.push({ case: c, java: j, javascript: s });
  });
  return out;
}

function sameJudgement(java: JavaJudgement, js: JavaScriptJudgement, findEnd: boolean): boolean {
  if (java.kind === 'pattern-error') return js.kind === 'pattern-error';
  if (java.kind !== 'verdict' || js.kind !== 'verdict') return false;
  if (java.matches !== js.matches) return false;
  if (java.find?.start !== js.find?.start) return false;
  return !findEnd || java.find?.end === js.find?.end;
}

const visible = (text: string, max = 160) => {
  const shown = JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
  return text.length > max ? `${shown} (${text.length} units)` : shown;
};

const describe = (j: JavaScriptJudgement) =>
  j.kind === 'verdict'
    ? `matches=${j.matches} find=${j.find ? `[${j.find.start},${j.find.end})` : 'none'}`
    : j.kind === 'pattern-error' || j.kind === 'unsupported'
      ? `${j.kind} at ${j.index}: ${j.description}`
      : j.kind === 'exception'
        ? `exception: ${j.message}`
        : j.kind;

/** The first disagreements, one per line: pattern, input, Java's answer, this package's answer. */
export function formatDisagreements(list: readonly Disagreement[], limit = 10): string {
  const lines = list.slice(0, limit).map(
    (d) => `pattern ${visible(d.case.pattern)}${d.case.flags ? ` flags ${d.case.flags}` : ''}, input ${visible(d.case.input)}: Java ${describe(d.java)}, JavaScript ${describe(d.javascript)}`,
  );
  if (list.length > limit) lines.push(`... and ${list.length - limit} more`);
  return lines.join('\n');
}
