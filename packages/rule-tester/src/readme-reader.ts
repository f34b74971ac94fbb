/** A value as a README example writes it: a summary (or message text), or field values. */
export type ReadmeValue = string | Record<string, string>;

/** One example line of a README rule section. */
export interface ReadmeExample {
  /** The rule's name without the namespace: `format` for `## asn/format`. */
  rule: string;
  verdict: 'correct' | 'incorrect';
  value: ReadmeValue;
  /** The indicator type the line names (`# URL: correct`); otherwise the rule's first type. */
  type?: string;
  /** What an incorrect example is fixed to; absent when it is not fixed. */
  fixed?: ReadmeValue;
  /** The line number in the README (1-based). */
  line: number;
}

/** The rule sections (`## <namespace>/<rule>`) of a README, its rule table rows, and its examples. */
export interface ReadmeContents {
  /** The rule names of the `## <namespace>/<rule>` headings, in order. */
  sections: string[];
  /** The rows of the rule table, `| [`<namespace>/<rule>`](#anchor) | … |`, as trimmed cells. */
  rows: { rule: string; anchor: string; cells: string[]; line: number }[];
  examples: ReadmeExample[];
}

interface ExampleLine {
  rule: string;
  /** From the last `### Correct` / `**Incorrect**` marker of the section, if any. */
  marker: ReadmeExample['verdict'] | undefined;
  text: string;
  line: number;
}

const MARKER = /^(?:### (Correct|Incorrect)\s*$|\*\*(Correct|Incorrect)\*\*)/;
const ROW = /^\|\s*\[`([^`]+)`\]\(#([^)\s]*)\)\s*\|/;

/**
 * Reads a README. Example lines are the non-blank lines of ```text blocks in a
 * rule section; with `examples: false` they are not read (for READMEs whose
 * examples are tested another way).
 */
export function readReadme(readme: string, namespace: string, { examples = true } = {}): ReadmeContents {
  const sections: string[] = [];
  const rows: ReadmeContents['rows'] = [];
  const lines: ExampleLine[] = [];
  let rule: string | undefined;
  let marker: ExampleLine['marker'];
  let fence: 'text' | 'other' | undefined;
  readme.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    if (text.startsWith('```')) {
      fence = fence ? undefined : text.trim() === '```text' ? 'text' : 'other';
      return;
    }
    if (fence) {
      if (fence === 'text' && rule !== undefined && text.trim() !== '') lines.push({ rule, marker, text, line });
      return;
    }
    if (/^#{1,2} /.test(text)) {
      const heading = text.replace(/^#+ /, '').trim();
      rule = heading.startsWith(`${namespace}/`) ? heading.slice(namespace.length + 1) : undefined;
      if (rule !== undefined) sections.push(rule);
      marker = undefined;
      return;
    }
    const verdict = MARKER.exec(text);
    if (verdict) marker = (verdict[1] ?? verdict[2]) === 'Correct' ? 'correct' : 'incorrect';
    else if (text.startsWith('### ')) marker = undefined;
    const [, id, anchor] = ROW.exec(text) ?? [];
    if (id?.startsWith(`${namespace}/`) && anchor !== undefined) {
      const cells = text.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((cell) => cell.trim());
      rows.push({ rule: id.slice(namespace.length + 1), anchor, cells, line });
    }
  });
  return { sections, rows, examples: examples ? lines.map((l) => readExample(namespace, l)) : [] };
}

/** What follows an example's value: its verdict, type and fix, when the line says them. */
interface Note {
  verdict?: ReadmeExample['verdict'];
  type?: string;
  /** undefined: not said; null: not fixed. */
  fixed?: ReadmeValue | null;
}

/*
 * An example line is a value, then optionally a note:
 *   value  # correct            value  # incorrect, not fixed     value  # incorrect, fixed to X
 *   value  # Type: correct      (and so on, naming the indicator type)
 *   value  # -> X               value  # any comment (not fixed)
 *   value -> X                  value (not fixed)
 * A value (or X) written as a JSON string or object is read as JSON, so that
 * examples can show whitespace and control characters, or give field values.
 */
function readExample(namespace: string, { rule, marker, text, line }: ExampleLine): ReadmeExample {
  const fail = (why: string) => new Error(`README line ${line} (${namespace}/${rule}): ${why}: ${text}`);
  const { value, rest } = splitValue(text, fail);
  const note = readNote(rest, fail);
  const verdict = note.verdict ?? marker;
  if (verdict === undefined) throw fail('an example needs a "### Correct" or "### Incorrect" heading above it, or a "# correct" / "# incorrect, …" note');
  if (marker !== undefined && verdict !== marker) throw fail(`the example says ${verdict} under the ${marker} heading`);
  if (verdict === 'correct' && note.fixed !== undefined) throw fail('a correct example has nothing to fix');
  return { rule, verdict, value, ...(note.type !== undefined && { type: note.type }), ...(note.fixed != null && { fixed: note.fixed }), line };
}

function splitValue(text: string, fail: (why: string) => Error): { value: ReadmeValue; rest: string } {
  const json = jsonPrefix(text, fail);
  if (json) return json;
  const starts = [/\s{2,}#(?=\s|$)/.exec(text)?.index, indexOrUndefined(text.indexOf(' -> ')), text.endsWith(' (not fixed)') ? text.length - 12 : undefined];
  const at = Math.min(...starts.filter((i) => i !== undefined));
  return Number.isFinite(at) ? { value: text.slice(0, at), rest: text.slice(at).trim() } : { value: text, rest: '' };
}

function readNote(rest: string, fail: (why: string) => Error): Note {
  if (rest === '') return {};
  if (rest === '(not fixed)') return { fixed: null };
  if (rest.startsWith('-> ')) return { fixed: readWritten(rest.slice(3), fail) };
  if (!rest.startsWith('#')) throw fail('not understood');
  const body = rest.slice(1).trim();
  const typed = /^([A-Za-z][A-Za-z ]*): (.*)$/.exec(body);
  const verdict = typed && readVerdict(typed[2]!, fail);
  if (typed && verdict) return { ...verdict, type: typed[1]! };
  if (body.startsWith('-> ')) return { fixed: readWritten(body.slice(3), fail) };
  return readVerdict(body, fail) ?? {}; // a comment
}

function readVerdict(text: string, fail: (why: string) => Error): Note | undefined {
  if (text === 'correct') return { verdict: 'correct' };
  if (text === 'incorrect, not fixed') return { verdict: 'incorrect', fixed: null };
  if (text.startsWith('incorrect, fixed to ')) return { verdict: 'incorrect', fixed: readWritten(text.slice(20), fail) };
  return undefined;
}

/** A fixed value: JSON when the whole text is a JSON string or object, else the text as written. */
function readWritten(text: string, fail: (why: string) => Error): ReadmeValue {
  const json = jsonPrefix(text, fail);
  return json && json.rest === '' ? json.value : text;
}

/** A JSON string or object at the start of `text`, followed by whitespace or the end (`"a@b"@example.com` is not one). */
function jsonPrefix(text: string, fail: (why: string) => Error): { value: ReadmeValue; rest: string } | undefined {
  if (text[0] !== '"' && text[0] !== '{') return undefined;
  const end = literalEnd(text);
  if (end === undefined || (end < text.length && !/\s/.test(text[end]!))) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text.slice(0, end));
  } catch {
    throw fail('not valid JSON');
  }
  if (typeof value !== 'string' && !(isRecord(value) && Object.values(value).every((v) => typeof v === 'string'))) throw fail('a JSON value must be a string or an object of strings');
  return { value: value as ReadmeValue, rest: text.slice(end).trim() };
}

/** Where the JSON string or object that starts `text` ends (exclusive), skipping over strings and escapes. */
function literalEnd(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        if (depth === 0) return i + 1;
      }
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function indexOrUndefined(index: number): number | undefined {
  return index < 0 ? undefined : index;
}
