import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineRule } from '@tclint/core';
import { ConfigError, createLinter, exchangeSubject, indicator, loadConfig, type Plugin } from '@tclint/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliMissing, RAW_CONTROL, runCli, STACK_FRAME, type CliRun } from './cli.js';
import { tempDir } from './temp-dir.js';

/*
 * Plugins and configs that go wrong: a package that is not installed, a
 * package that is not a plugin, a plugin that fails to load, rule settings
 * that are invalid, and rules that throw. Load and config errors stop the run
 * with exit 2 and every problem listed together; a throwing rule is reported
 * for the record it failed on and the run goes on.
 */

const missing = cliMissing();
if (missing) console.warn(`[reliability] skipping the CLI plugin tests: ${missing}`);

let dir = '';
let remove = () => {};

/** A throwing rule: throws on values containing "boom", with the thrown value chosen by the value. */
const THROWING_PLUGIN = `
const thrown = (value) =>
  value.includes('null-proto') ? Object.create(null)
  : value.includes('string') ? 'a thrown string'
  : value.includes('hostile') ? { get message() { throw new Error('message getter'); }, toString() { throw new Error('toString'); } }
  : new Error('kaboom in ' + value.length + ' chars');
const explode = {
  meta: { id: 'explode', subject: 'indicator', types: ['ASN'], description: 'throws on purpose', messages: { seen: 'saw {{value}}' }, severity: 'warn' },
  check(subject, ctx) {
    const value = subject.values['AS Number'] ?? '';
    if (value.includes('boom')) throw thrown(value);
  },
};
const badReport = {
  meta: { id: 'bad-report', subject: 'indicator', types: ['ASN'], description: 'reports wrongly', messages: { ok: 'ok' } },
  check(subject, ctx) {
    if ((subject.values['AS Number'] ?? '').includes('unknown-id')) ctx.report({ messageId: 'nope', field: 'AS Number' });
    if ((subject.values['AS Number'] ?? '').includes('undeclared-fix')) ctx.report({ messageId: 'ok', field: 'AS Number', fix: { field: 'AS Number', value: 'ASN1' } });
  },
};
export const plugin = { meta: { name: 'tclint-plugin-boom', version: '1.0.0', namespace: 'boom' }, rules: { explode, 'bad-report': badReport } };
export default plugin;
`;

/** An exchange rule whose fix names a field exchanges do not have, on exchanges whose body says "odd". */
const ODD_PLUGIN = `
const badField = {
  meta: { id: 'bad-field', subject: 'exchange', description: 'fixes a field exchanges do not have', messages: { m: 'odd exchange' }, fixable: true },
  check(subject, ctx) {
    if ((subject.response?.body ?? '').includes('odd')) ctx.report({ messageId: 'm', fix: { field: 'response.body', value: 'x' } });
  },
};
export const plugin = { meta: { name: 'tclint-plugin-odd', version: '1.0.0', namespace: 'odd' }, rules: { 'bad-field': badField } };
`;

function pkg(name: string, main: string, source: string) {
  const root = join(dir, 'node_modules', name);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name, version: '1.0.0', type: 'module', main, exports: { '.': `./${main}` } }));
  writeFileSync(join(root, main), source);
}

function project(name: string, config: Record<string, unknown> | string, file = 'tclint.config.json'): string {
  const root = join(dir, name);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, file), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  writeFileSync(join(root, 'asns.txt'), 'AS 1\nAS boom 2\nAS 3\n');
  return root;
}

beforeAll(() => {
  ({ dir, remove } = tempDir('plugins'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'plugin-tests', private: true }));
  pkg('tclint-plugin-boom', 'index.js', THROWING_PLUGIN);
  pkg('not-a-plugin', 'index.js', 'export const answer = 42;\nexport default { hello: "world" };\n');
  pkg('tclint-plugin-broken', 'index.js', 'throw new Error("this plugin fails while loading");\n');
  pkg('tclint-plugin-syntax', 'index.js', 'export const plugin = {;\n');
  pkg('tclint-plugin-odd', 'index.js', ODD_PLUGIN);
});
afterAll(() => remove());

function expectClean(run: CliRun): void {
  expect(run.err).not.toMatch(STACK_FRAME);
  expect(run.out).not.toMatch(STACK_FRAME);
  expect(RAW_CONTROL.test(run.err + run.out)).toBe(false);
  expect(run.signal).toBe(null);
}

describe.skipIf(missing !== undefined)('configs that cannot be loaded: exit 2, every problem listed together', () => {
  it.each([
    { name: 'a missing package', plugins: ['does-not-exist'], expected: /does-not-exist.*cannot find|cannot find.*does-not-exist/ },
    { name: 'a package that is not a plugin', plugins: ['not-a-plugin'], expected: /not-a-plugin.*not a tclint plugin/ },
    { name: 'a plugin that throws while loading', plugins: ['broken'], expected: /broken.*fails while loading|loading .*failed/ },
    { name: 'a plugin with a syntax error', plugins: ['syntax'], expected: /syntax.*(loading|failed|Unexpected)/ },
  ])('$name', async ({ plugins, expected }) => {
    const root = project(`cfg-${plugins[0]}`, { plugins });
    const run = await runCli(['check', '--type', 'asn', 'asns.txt'], { cwd: root });
    expectClean(run);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(expected);
    expect(run.out).toBe('');
  });

  it('a rule with invalid options, an unknown rule, a bad severity and a missing package, all reported in one run', async () => {
    const root = project('cfg-many', {
      plugins: ['does-not-exist', 'not-a-plugin'],
      rules: {
        'tcex-main/recommended-files': ['error', { bogus: true }],
        'asn/no-such-rule': 'error',
        'asn/format': 'loud',
        'nobody/rule': 'warn',
      },
    });
    const run = await runCli(['check', '--type', 'asn', 'asns.txt'], { cwd: root });
    expectClean(run);
    expect(run.code).toBe(2);
    for (const pattern of [/does-not-exist/, /not-a-plugin/, /recommended-files.*bogus|bogus.*recommended-files/, /asn\/no-such-rule/, /asn\/format.*loud|loud.*asn\/format/, /nobody/]) {
      expect(run.err).toMatch(pattern);
    }
    expect(run.out).toBe('');
  });

  it('invalid options given with --rule: exit 2, named', async () => {
    const root = project('cfg-none', {});
    const run = await runCli(['diagnose', '--rule', 'tcex-main/recommended-files: ["error", {"ignore": 5}]', '--message', 'x'], { cwd: root });
    expectClean(run);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/recommended-files/);
  });

  it('a JS config that throws, and one that exports nothing usable', async () => {
    const throwing = project('cfg-js-throws', 'throw new Error("config exploded");\n', 'tclint.config.mjs');
    const a = await runCli(['check', '--type', 'asn', 'asns.txt'], { cwd: throwing });
    expectClean(a);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/config exploded/);
    const empty = project('cfg-js-empty', 'export const nothing = 1;\n', 'tclint.config.mjs');
    const b = await runCli(['check', '--type', 'asn', 'asns.txt'], { cwd: empty });
    expectClean(b);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/tclint\.config\.mjs/);
  });

  it('the Node API: loadConfig throws one ConfigError with every problem', async () => {
    const root = project('api-many', { plugins: ['does-not-exist', 'not-a-plugin', 'broken'], rules: { 'asn/format': 'loud' } });
    const error = await loadConfig(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.length).toBe(4);
    expect(problems.join('\n')).toMatch(/does-not-exist[\s\S]*not-a-plugin[\s\S]*broken[\s\S]*loud/);
  });
});

describe.skipIf(missing !== undefined)('a rule that throws never stops the run', () => {
  const config = { plugins: ['boom'], rules: { 'boom/explode': 'warn', 'boom/bad-report': 'error' } };

  it('check: the failing record is reported with the rule named, the others are checked; exit 1', async () => {
    const root = project('throws-check', config);
    writeFileSync(join(root, 'asns.txt'), 'AS 1\nAS boom 2\nAS 3\nboom string\nunknown-id\nundeclared-fix\nAS 7\n');
    const run = await runCli(['check', '--type', 'asn', '--format', 'json', 'asns.txt'], { cwd: root });
    expectClean(run);
    expect(run.code).toBe(1);
    const records = JSON.parse(run.out) as { line: number; messages: { ruleId: string; message: string }[] }[];
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const at = (line: number) => records.find((r) => r.line === line)!.messages;
    expect(at(1).map((m) => m.ruleId)).toEqual(['asn/format', 'asn/format']);
    expect(at(7).map((m) => m.ruleId)).toContain('asn/format');
    expect(at(2).find((m) => m.ruleId === 'boom/explode')?.message).toMatch(/boom\/explode.*failed.*kaboom/);
    expect(at(4).find((m) => m.ruleId === 'boom/explode')?.message).toMatch(/boom\/explode.*failed.*a thrown string/);
    expect(at(5).find((m) => m.ruleId === 'boom/bad-report')?.message).toMatch(/unknown messageId/);
    expect(at(6).find((m) => m.ruleId === 'boom/bad-report')?.message).toMatch(/fixable/);

    const stylish = await runCli(['check', '--type', 'asn', 'asns.txt'], { cwd: root });
    expectClean(stylish);
    expect(stylish.code).toBe(1);
    expect(stylish.out).toMatch(/^\s+2\b.*boom\/explode/m);
  });

  it('fix: as many lines out as in; the failing records are written unchanged, the others fixed', async () => {
    const root = project('throws-fix', config);
    writeFileSync(join(root, 'asns.txt'), 'AS 1\nAS boom 2\nAS 3\nboom string\nAS 5\n');
    const run = await runCli(['fix', '--type', 'asn', 'asns.txt'], { cwd: root });
    expectClean(run);
    expect(run.code).toBe(1);
    expect(run.out).toBe('ASN1\nAS boom 2\nASN3\nboom string\nASN5\n');
  });

  it('a rule that throws something that cannot be turned into a string (Object.create(null), a throwing toString) is still only that record\'s problem', async () => {
    const root = project('throws-hostile', config);
    writeFileSync(join(root, 'asns.txt'), 'AS 1\nboom null-proto\nboom hostile\nAS 4\n');
    const check = await runCli(['check', '--type', 'asn', '--format', 'json', 'asns.txt'], { cwd: root });
    expectClean(check);
    expect(check.code, check.err).toBe(1);
    const records = JSON.parse(check.out) as { line: number; messages: { ruleId: string; message: string }[] }[];
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    for (const line of [2, 3]) expect(records[line - 1]!.messages.find((m) => m.ruleId === 'boom/explode')?.message).toMatch(/boom\/explode.*failed/);

    const fix = await runCli(['fix', '--type', 'asn', 'asns.txt'], { cwd: root });
    expectClean(fix);
    expect(fix.code, fix.err).toBe(1);
    expect(fix.out).toBe('ASN1\nboom null-proto\nboom hostile\nASN4\n');
  });

  it('diagnose: a rule whose fix names a field exchanges do not have does not stop the other exchanges', async () => {
    const root = project('odd-fix', { plugins: ['odd'], rules: { 'odd/bad-field': 'error' } });
    const exchange = (message: string) => ({
      request: { method: 'GET', url: 'https://tc.example/api/v2/owners', headers: {} },
      response: { status: 401, headers: {}, body: JSON.stringify({ status: 'Failure', message }) },
    });
    writeFileSync(join(root, 'exchanges.json'), JSON.stringify([exchange('Access Denied'), exchange('odd Access Denied'), exchange('Access Denied')]));
    const run = await runCli(['diagnose', '--format', 'json', 'exchanges.json'], { cwd: root });
    expectClean(run);
    expect(run.code, run.err).toBe(1);
    const reports = JSON.parse(run.out) as { index: number }[];
    expect(reports.map((r) => r.index)).toEqual([0, 1, 2]);
  });

  it('the Node API: a throwing rule is an internal message on its subject; linting goes on', () => {
    const explode = defineRule({
      meta: { id: 'explode', subject: 'indicator', types: ['ASN'], description: 'throws', messages: { never: 'never reported' } },
      check(subject) {
        const value = subject.values['AS Number'] ?? '';
        if (value === 'null') throw Object.create(null);
        if (value === 'hostile') throw { toString: () => { throw new Error('toString'); } };
        throw new Error(`kaboom ${value}`);
      },
    });
    const boom: Plugin = { meta: { name: 'boom', namespace: 'boom' }, rules: { explode } };
    const linter = createLinter({ extraConfig: [{ plugins: { boom }, rules: { 'boom/explode': 'error' } }] });
    for (const value of ['AS 1', 'null', 'hostile']) {
      for (const run of [linter.check, linter.fix]) {
        const result = run(indicator('ASN', { 'AS Number': value }));
        expect(result.messages.find((m) => m.ruleId === 'boom/explode')?.internal, `${value}`).toBe(true);
      }
    }
  });

  it('the Node API: a rule whose fix names a field the subject does not have is reported, not thrown', () => {
    const badField = defineRule({
      meta: { id: 'bad-field', subject: 'exchange', description: 'fixes a field exchanges do not have', messages: { m: 'm' }, fixable: true },
      check(_subject, ctx) {
        ctx.report({ messageId: 'm', fix: { field: 'response.body', value: 'x' } });
      },
    });
    const odd: Plugin = { meta: { name: 'odd', namespace: 'odd' }, rules: { 'bad-field': badField } };
    const linter = createLinter({ plugins: [odd], config: [{ rules: { 'odd/bad-field': 'error' } }] });
    const subject = exchangeSubject({ request: { method: 'GET', url: '/v2/owners', headers: {} }, response: { status: 401, headers: {}, body: '{}' } });
    let result: ReturnType<typeof linter.fix> | undefined;
    expect(() => (result = linter.fix(subject))).not.toThrow();
    expect(result?.messages.some((m) => m.ruleId === 'odd/bad-field')).toBe(true);
  });
});
