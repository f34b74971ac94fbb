/** A fenced code block of a Markdown file, with the `<!-- test: ... -->` marker right above it, if any. */
export interface CodeBlock {
  lang: string;
  /** `run`, `config`, `excerpt <path>`, `package.json`, ...: what a test does with the block. */
  marker?: string;
  code: string;
  /** The 1-based line of the opening fence. */
  line: number;
  /** The `## ` and `### ` headings the block is under. */
  section?: string;
  subsection?: string;
}

const MARKER = /^<!-- test: (.+?) -->$/;

export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split('\n');
  let section: string | undefined;
  let subsection: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('## ')) [section, subsection] = [line.slice(3), undefined];
    else if (line.startsWith('### ')) subsection = line.slice(4);
    if (!line.startsWith('```')) continue;
    const start = i;
    const code: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) code.push(lines[i]!);
    const marker = MARKER.exec(lines[start - 1] ?? '')?.[1];
    blocks.push({ lang: line.slice(3).trim(), marker, code: code.join('\n'), line: start + 1, section, subsection });
  }
  return blocks;
}

/** An excerpt's parts: the code between `// ...` lines, each to be found in the file in this order. */
export function excerptParts(code: string): string[] {
  const parts: string[][] = [[]];
  for (const line of code.split('\n')) {
    if (line.trim() === '// ...') parts.push([]);
    else parts.at(-1)!.push(line);
  }
  return parts.map((p) => p.join('\n')).filter((p) => p.trim() !== '');
}

/** Whether every part occurs in `source`, in order, without overlapping. */
export function containsInOrder(source: string, parts: readonly string[]): string | undefined {
  let from = 0;
  for (const part of parts) {
    const at = source.indexOf(part, from);
    if (at === -1) return part;
    from = at + part.length;
  }
  return undefined;
}

const IMPORT = /^import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\}\s*)?(?:\*\s+as\s+(\w+)\s*)?from\s+'([^']+)';$/;
const EXPECTATION = /^(.+);\s*\/\/ => (.+)$/;

/**
 * Makes the body of an async function from a JavaScript snippet: imports
 * become `await __import(...)`, `export default X` becomes `return X`, and a
 * line `expression; // => value` becomes `__expect(expression, value)`.
 */
export function runnable(code: string): string {
  return code
    .split('\n')
    .map((line, index) => {
      const imported = IMPORT.exec(line);
      if (imported) {
        const [, defaultName, named, namespace, module] = imported;
        const source = `await __import(${JSON.stringify(module)})`;
        const bindings: string[] = [];
        if (defaultName) bindings.push(`const ${defaultName} = (${source}).default;`);
        if (named) bindings.push(`const { ${named.replace(/\s+as\s+/g, ': ')} } = ${source};`);
        if (namespace) bindings.push(`const ${namespace} = ${source};`);
        return bindings.join(' ');
      }
      if (line.startsWith('import ')) throw new Error(`line ${index + 1}: an import the snippet runner cannot read: ${line}`);
      if (line.startsWith('export default ')) return `return ${line.slice('export default '.length)}`;
      const expectation = EXPECTATION.exec(line);
      if (expectation) return `__expect(${expectation[1]}, ${expectation[2]}, ${index + 1});`;
      return line;
    })
    .join('\n');
}

const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;

/** Runs a snippet made by `runnable`, with the given modules for its imports and `require` calls. */
export async function runSnippet(
  code: string,
  modules: Record<string, () => Promise<unknown>>,
  expectEqual: (actual: unknown, expected: unknown, line: number) => void,
): Promise<unknown> {
  const load = (name: string) => {
    const module = modules[name];
    if (!module) throw new Error(`the snippet imports "${name}", which the test does not provide`);
    return module();
  };
  const loaded: Record<string, unknown> = {};
  for (const name of Object.keys(modules)) if (code.includes(`require('${name}')`)) loaded[name] = await load(name);
  const require = (name: string) => {
    if (!(name in loaded)) throw new Error(`the snippet requires "${name}", which the test does not provide`);
    return loaded[name];
  };
  return new AsyncFunction('__import', 'require', '__expect', runnable(code))(load, require, expectEqual);
}
