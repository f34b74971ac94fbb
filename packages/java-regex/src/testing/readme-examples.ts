import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ReadmeExample {
  pattern: string;
  input: string;
  matches: boolean;
  find: boolean;
}

/** The rows of the README's table between `<!-- examples -->` and `<!-- /examples -->`. */
export function readmeExamples(): ReadmeExample[] {
  const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
  const table = readme.slice(readme.indexOf('<!-- examples -->'), readme.indexOf('<!-- /examples -->'));
  const cell = (text: string) => JSON.parse(text.trim().replace(/^`|`$/g, '').replace(/\\\|/g, '|')) as unknown;
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line.split(/(?<!\\)\|/).slice(1, 5);
      return { pattern: cell(cells[0]!) as string, input: cell(cells[1]!) as string, matches: cell(cells[2]!) as boolean, find: cell(cells[3]!) as boolean };
    });
}
