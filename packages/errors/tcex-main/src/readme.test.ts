/** The README's examples are true of the code: its tables, usage and example output are checked here. */
import { readFileSync } from 'node:fs';
import { appSubject, asChanges, createEngine, messageSubject } from '@tclint/core';
import { exampleTable, formatMessages, testReadme } from '@tclint/rule-tester';
import { describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { STANDARD_MAIN_PY } from './main-py.js';
import { appWith } from './testing/app-directories.js';

const text = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const engine = createEngine({ config: [plugin.configs.recommended] });
const ids = (cell: string) => (cell ? cell.split(', ') : []);
const only = (ruleId: string, subject: Parameters<typeof engine.check>[0]) => engine.check(subject).messages.filter((m) => m.ruleId === ruleId);
const ROOT = '/opt/apps/TCOA_-_Example';

// The examples are in tables, tested below.
testReadme(plugin, text, { url: 'https://github.com/tclint/tclint/tree/main/packages/errors/tcex-main', examples: false });

describe('README', () => {
  it('usage', () => {
    expect(engine.check(messageSubject("python3: can't find '__main__' module in '.'")).messages[0]?.messageId).toBe('missingMainModule');
    const result = engine.fix(appSubject('/work/my_app', { 'run.py': 'def run():\n    ...\n', 'app.py': '', 'install.json': '{}' }));
    expect(result.output?.readFile('__main__.py')).toBe(STANDARD_MAIN_PY);
  });

  it('example output', () => {
    const log = engine.check(messageSubject(`/usr/local/bin/python3.11: can't find '__main__' module in '${ROOT}'`)).messages;
    expect(text).toContain(`\`\`\`text\n${formatMessages(log)}\n\`\`\``);
    const app = engine.check(appSubject(ROOT, appWith({ '__main__.py': null, 'tcex.json': null }))).messages;
    expect(text).toContain(`\`\`\`text\n${formatMessages(app)}\n\`\`\``);
  });

  it('shows the standard __main__.py', () => {
    expect(text).toContain(`\`\`\`python\n${STANDARD_MAIN_PY}\`\`\``);
  });

  it.each(exampleTable(text, 'message'))('tcex-main/message: %s', (message, diagnosis, path) => {
    const messages = only('tcex-main/message', messageSubject(message));
    expect(messages.map((m) => m.messageId)).toEqual(ids(diagnosis));
    if (path) expect(messages[0]?.data).toEqual({ path });
  });

  it.each(exampleTable(text, 'main-module'))('tcex-main/main-module: %s', (content, diagnosis, fix) => {
    const changes: Record<string, string | null> = { '__main__.py': content === '(no file)' ? null : content === '(empty file)' ? '' : content };
    const messages = only('tcex-main/main-module', appSubject(ROOT, appWith(changes)));
    expect(messages.map((m) => m.messageId)).toEqual(ids(diagnosis));
    const value = messages[0]?.fix ? asChanges(messages[0].fix)[0]?.value : '';
    expect(value).toBe(fix ? STANDARD_MAIN_PY : '');
  });

  for (const rule of ['required-files', 'recommended-files']) {
    it.each(exampleTable(text, rule))(`tcex-main/${rule}: %s`, (missing, diagnosis) => {
      const changes = Object.fromEntries(ids(missing).map((f) => [f, null]));
      expect(only(`tcex-main/${rule}`, appSubject(ROOT, appWith(changes))).map((m) => m.messageId)).toEqual(ids(diagnosis));
    });
  }

  it.each(exampleTable(text, 'install-json'))('tcex-main/install-json: %s', (json, diagnosis) => {
    expect(only('tcex-main/install-json', appSubject(ROOT, appWith({ 'install.json': json }))).map((m) => m.messageId)).toEqual(ids(diagnosis));
  });
});
