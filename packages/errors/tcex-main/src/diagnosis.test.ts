import { appSubject, createEngine, messageSubject } from '@tclint/core';
import { afterAll, describe, expect, it } from 'vitest';
import { plugin } from './index.js';
import { STANDARD_MAIN_PY } from './main-py.js';
import { appDirectory, readAppDirectory, removeAppDirectories, writeFiles } from './testing/app-directories.js';

afterAll(removeAppDirectories);

const engine = createEngine({ config: [plugin.configs.recommended] });

describe('diagnoses carry class, evidence and remedies', () => {
  it('every message has the class id and the docs URL of its rule', () => {
    const messages = [
      ...engine.check(appDirectory({ '__main__.py': null, 'app.py': null, 'tcex.json': null, 'install.json': '{}' })).messages,
      ...engine.check(messageSubject("can't find '__main__' module in '.'")).messages,
    ];
    expect([...new Set(messages.map((m) => m.ruleId))]).toEqual(['tcex-main/main-module', 'tcex-main/required-files', 'tcex-main/recommended-files', 'tcex-main/install-json', 'tcex-main/message']);
    for (const m of messages) {
      expect(m.classId).toBe('tcex-main');
      expect(m.docsUrl).toBe(`https://github.com/tclint/tclint/tree/main/packages/errors/tcex-main#${m.ruleId.replace('/', '')}`);
      expect(m.evidence?.length).toBeGreaterThan(0);
      expect(m.remedies?.length).toBeGreaterThan(0);
    }
  });

  it('the standard __main__.py is the two lines of the TcEx templates', () => {
    expect(STANDARD_MAIN_PY.split('\n').filter((line) => line && !line.startsWith('#') && !line.startsWith('"""'))).toEqual(['from run import run', 'run()']);
  });

  it('says where the App may be when __main__.py is only in a subdirectory', () => {
    const subject = appDirectory({ '__main__.py': null, 'example_app/__main__.py': STANDARD_MAIN_PY });
    const [m] = engine.check(subject).messages;
    expect(m?.evidence).toEqual([
      `the App directory ${subject.root} has 7 files at its top level and no __main__.py`,
      'A job App (install.json "runtimeLevel": "Organization"): ThreatConnect runs it as a directory, through __main__.py',
      'run.py is there and defines run(), which __main__.py calls',
      '__main__.py exists in example_app/: the App directory may be there',
    ]);
  });

  it('fixes on the real directory: writing the fix leaves it clean', () => {
    const subject = appDirectory({ '__main__.py': null });
    const fixed = engine.fix(subject);
    expect(fixed.messages).toEqual([]);
    writeFiles(subject.root, Object.fromEntries(fixed.changes.map((c) => [c.field, c.to])));
    const reread = readAppDirectory(subject.root);
    expect(reread.readFile('__main__.py')).toBe(STANDARD_MAIN_PY);
    expect(engine.check(reread).messages).toEqual([]);
  });

  it('explains a missing __main__.py in an App package', () => {
    const [m] = engine.check(messageSubject("python3: can't find '__main__' module in 'TCOA_-_Example.tcx'")).messages;
    expect(m?.evidence).toContain("Python ran the archive \"TCOA_-_Example.tcx\": an App package must have __main__.py at its top level");
    expect(m?.remedies).toContain('Build the App package again with __main__.py included (tcex package)');
  });

  it('places install.json syntax errors', () => {
    const [m] = engine.check(appSubject('/app', { 'install.json': '{\n  "displayName": "x"\n  "appId": 1\n}' })).messages.filter((x) => x.ruleId === 'tcex-main/install-json');
    expect(m?.message).toBe('install.json is not valid JSON: syntax error at line 3, column 3');
  });

  it('works on in-memory apps too', () => {
    const result = engine.fix(appSubject('', { 'run.py': 'def run():\n    pass\n', 'app.py': '', 'install.json': '{"programMain":"run","programLanguage":"PYTHON","programVersion":"1.0.0","runtimeLevel":"Playbook","displayName":"A","appId":"6e26ba55-0300-5462-aca7-ea049494c8a5"}' }));
    expect(result.output?.readFile('__main__.py')).toBe(STANDARD_MAIN_PY);
    expect(result.messages.map((m) => m.messageId)).toEqual(['missingFile', 'missingFile', 'missingFile', 'missingInputs']);
  });
});
