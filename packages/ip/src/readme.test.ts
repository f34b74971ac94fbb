import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIPv6, inspectIPv4, ipVersion, isIPv4, isIPv6, parseIPv4, parseIPv6 } from './index.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The README's usage lines, `call; // result`, each evaluated against the code. */
function usageExamples(): { call: string; expected: string }[] {
  const block = /## Usage\n\n```js\n([\s\S]*?)```/.exec(README)![1]!;
  return block
    .split('\n')
    .filter((line) => line.includes('// '))
    .map((line) => {
      const [call, comment] = line.split('// ');
      // a word result may be followed by `: why`; any other result is a JavaScript literal
      const word = /^(undefined|true|false|\d+)\b/.exec(comment!);
      return { call: call!.trim().replace(/;$/, ''), expected: word ? word[1]! : comment!.trim() };
    });
}

const API = { formatIPv6, inspectIPv4, ipVersion, isIPv4, isIPv6, parseIPv4, parseIPv6 };

describe('README', () => {
  const examples = usageExamples();
  it('has usage examples', () => expect(examples.length).toBeGreaterThanOrEqual(10));
  it.each(examples.map((e) => [e.call, e.expected]))('%s gives %s', (call, expected) => {
    const [, name, args] = /^(\w+)\((.*)\)$/.exec(call)!;
    const result = (API as Record<string, (text: string) => unknown>)[name!]!(JSON.parse(args!.replaceAll("'", '"')) as string);
    const wanted: unknown = new Function(`return (${expected});`)();
    expect(result).toEqual(wanted);
  });

  it('names every export in its API tables', async () => {
    const exports = Object.keys(await import('./index.js'));
    expect(exports.filter((name) => !README.includes(`\`${name}`))).toEqual([]);
  });
});
