const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

/** A template split once into literal text and placeholders: [text, whole, name, text, whole, name, ..., text]. */
type Compiled = string[];

const compiled = new Map<string, Compiled>();

function compile(template: string): Compiled {
  const parts: Compiled = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, match.index), match[0], match[1]!);
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

/**
 * Fills `{{name}}` placeholders exactly as core's `interpolate` does (the
 * engine renders the rules' messages with it), but from a template split
 * once. `normalizeCidr`'s problems render their message when it is read.
 */
export function render(template: string, data: Readonly<Record<string, string>>): string {
  let parts = compiled.get(template);
  if (!parts) {
    parts = compile(template);
    compiled.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const name = parts[i + 1]!;
    out += (name in data ? data[name] : parts[i]) + parts[i + 2]!;
  }
  return out;
}
