/**
 * ThreatConnect's own App templates are valid: fixture Apps in
 * fixtures/apps/ mirror the shape of each official TcEx template (job,
 * playbook, API service, trigger service, webhook trigger service, external)
 * and of the 2018 layout, and none gets an error. A job or playbook App
 * without __main__.py still does: ThreatConnect runs those as a directory.
 */
import { createEngine } from '@tclint/core';
import { afterAll, describe, expect, it } from 'vitest';
import { appKind } from './app-kind.js';
import { plugin } from './index.js';
import { makeAppDirectory, readAppDirectory, removeAppDirectories } from './testing/app-directories.js';

afterAll(removeAppDirectories);

const engine = createEngine({ config: [plugin.configs.recommended] });
const fixture = (name: string) => readAppDirectory(new URL(`../fixtures/apps/${name}`, import.meta.url).pathname);

/** The fixture's files, read into memory, with some left out. */
function filesOf(name: string, without: string[]): Record<string, string> {
  const app = fixture(name);
  return Object.fromEntries(app.files.filter((f) => !without.includes(f)).map((f) => [f, app.readFile(f) ?? '']));
}

const TEMPLATES = [
  ['job', 'job', true],
  ['playbook', 'playbook', true],
  ['api-service', 'service', false],
  ['trigger-service', 'service', false],
  ['webhook-trigger-service', 'service', false],
  ['external', 'external', false],
  ['tcex-2018', 'job', true],
] as const;

describe("ThreatConnect's App templates", () => {
  it.each(TEMPLATES)('%s: no error, read as a %s App', (name, kind, hasMain) => {
    const app = fixture(name);
    expect(appKind(app).kind).toBe(kind);
    expect(app.files.includes('__main__.py')).toBe(hasMain);
    const messages = engine.check(app).messages;
    expect(messages.filter((m) => m.severity === 'error').map((m) => `${m.ruleId} ${m.messageId}: ${m.message}`)).toEqual([]);
    expect(messages.filter((m) => m.internal)).toEqual([]);
  });

  it('the templates without appId, with an empty displayName and with programLanguage "python" are among them', () => {
    const installs = TEMPLATES.filter(([name]) => name !== 'external').map(([name]) => JSON.parse(fixture(name).readFile('install.json')!) as Record<string, unknown>);
    expect(installs.some((json) => json.appId === undefined)).toBe(true);
    expect(installs.some((json) => json.displayName === '')).toBe(true);
    expect(installs.some((json) => json.programLanguage === 'python')).toBe(true);
    expect(installs.some((json) => json.programMain === 'run.py')).toBe(true);
  });

  it.each(['job', 'playbook', 'tcex-2018'])('a %s App without __main__.py gets an error, fixed by writing the standard one', (name) => {
    const subject = readAppDirectory(makeAppDirectory(filesOf(name, ['__main__.py'])));
    const errors = engine.check(subject).messages.filter((m) => m.severity === 'error');
    expect(errors.map((m) => m.messageId)).toEqual(['missingMain']);
    const [kind, level] = name === 'playbook' ? ['playbook', 'Playbook'] : ['job', 'Organization'];
    expect(errors[0]?.evidence).toContain(`A ${kind} App (install.json "runtimeLevel": "${level}"): ThreatConnect runs it as a directory, through __main__.py`);
    expect(engine.check(engine.fix(subject).output!).messages.filter((m) => m.severity === 'error')).toEqual([]);
  });

  it('an App with no install.json and no template module is held to a job App: __main__.py is required', () => {
    const subject = readAppDirectory(makeAppDirectory(filesOf('job', ['__main__.py', 'install.json', 'job_app.py'])));
    expect(engine.check(subject).messages.filter((m) => m.severity === 'error').map((m) => m.messageId)).toEqual(['missingMain', 'missingFile']);
  });

  it('an external App still needs run.py and app.py', () => {
    const subject = readAppDirectory(makeAppDirectory(filesOf('external', ['run.py'])));
    expect(engine.check(subject).messages.filter((m) => m.severity === 'error').map((m) => [m.messageId, m.field])).toEqual([['missingFile', 'run.py']]);
  });
});
