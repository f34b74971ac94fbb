import { existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, json, scratch, tclint } from './test-harness.js';

const REPO = join(FIXTURES, '../../..');

const COMMANDS = ['check', 'fix', 'diagnose', 'sign', 'rules', 'init'];

describe('tclint: help, version and usage errors', () => {
  it.each(COMMANDS)('%s --help prints usage with examples to stdout, exit 0', async (command) => {
    for (const args of [[command, '--help'], [command, '-h'], ['help', command]]) {
      const result = await tclint(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: tclint ${command}`));
      expect(result.stdout).toMatch(/\nExamples[^\n]*:\n {2}tclint /);
      expect(result.stderr).toBe('');
    }
  });

  it('--help lists every command', async () => {
    const result = await tclint(['--help']);
    expect(result.code).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(FIXTURES, '../package.json'), 'utf8')) as { version: string };
    expect(await tclint(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await tclint(['-v'])).stdout).toBe(`${version}\n`);
  });

  it.each([
    [[], 'Usage: tclint <command>'],
    [['lint'], 'unknown command "lint"'],
    [['--frobnicate'], 'a command comes first'],
    [['check', '--frobnicate'], "Unknown option '--frobnicate'"],
    [['check', '--format'], "Option '-f, --format <value>' argument missing"],
    [['check', '--max-warnings', 'lots', 'clean.txt'], '--max-warnings must be a whole number'],
    [['check', '--input', 'xml', 'clean.txt'], '--input must be one of auto, lines, csv, json, ndjson, batch'],
    [['check', '--config', 'x.json', '--no-config', 'clean.txt'], '--config and --no-config cannot be used together'],
    [['check', '--config', 'missing.json', 'clean.txt'], 'cannot read the config file'],
    [['rules', 'asn/format', 'extra'], 'give one rule ID (or none for the list)'],
    [['rules', 'reserved-asn'], 'unknown rule "reserved-asn"'],
  ])('%j is a usage error: exit 2, nothing on stdout', async (args, message) => {
    const result = await tclint(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });
});

describe('tclint rules', () => {
  it('lists every rule with severity, fixable, description and docs URL', async () => {
    const result = await tclint(['rules', '--format', 'json']);
    expect(result.code).toBe(0);
    const rules = json<{ id: string; severity: string; defaultSeverity: string; fixable: boolean; description: string; docsUrl: string }[]>(result);
    const ids = rules.map((r) => r.id);
    for (const id of ['asn/format', 'cidr/ipv6-form', 'host/punycode', 'url/host', 'registry-key/key-root', 'signature/exchange', 'timestamp/exchange', 'tcex-main/main-module']) expect(ids).toContain(id);
    for (const rule of rules) {
      expect(rule.description.length, rule.id).toBeGreaterThan(0);
      expect(rule.docsUrl, rule.id).toMatch(/^https:\/\//);
      expect(['error', 'warn']).toContain(rule.defaultSeverity);
    }
    const text = await tclint(['rules']);
    expect(text.stdout).toMatch(/^ {2}asn\/format +error +fixable +AS numbers are written ASN<n>/m);
    // file/lowercase is off in its recommended config (ThreatConnect accepts hashes in either case)
    const on = rules.filter((r) => r.severity !== 'off').length;
    expect(on).toBeLessThan(rules.length);
    expect(text.stdout).toMatch(new RegExp(`^${rules.length} rules, ${on} on, \\d+ fixable$`, 'm'));
  });

  it('ID prints the rule\'s section of the README its package ships, from any directory', async () => {
    const result = await tclint(['rules', 'asn/format'], { cwd: scratch() });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const readme = readFileSync(join(REPO, 'packages/indicators/asn/README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## asn/format\n'), readme.indexOf('\n## asn/prefix-case\n'));
    expect(result.stdout).toBe(`${section}\n(@tclint/indicator-asn, ${join(REPO, 'packages/indicators/asn/README.md')}; online: https://github.com/tclint/tclint/tree/main/packages/indicators/asn#asnformat)\n`);
    const asJson = json<{ id: string; plugin: string; readme: string; section: string }>(await tclint(['rules', '--format', 'json', 'asn/format']));
    expect(asJson).toMatchObject({ id: 'asn/format', plugin: '@tclint/indicator-asn', section });
  });

  it('ID documents a third-party plugin\'s rule from its README (the example plugin), and says when a plugin ships none', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'package.json'), '{}\n');
    writeFileSync(join(dir, 'tclint.config.json'), '{ "plugins": ["acme"] }\n');
    mkdirSync(join(dir, 'node_modules'));
    const acme = realpathSync(join(FIXTURES, '../node_modules/tclint-plugin-acme'));
    symlinkSync(acme, join(dir, 'node_modules/tclint-plugin-acme'), 'dir');
    const result = await tclint(['rules', 'acme/private-ip'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^## acme\/private-ip\n[\s\S]*### Incorrect\n[\s\S]*\n\(tclint-plugin-acme, .*examples\/tclint-plugin-acme\/README\.md; online: \S+#acmeprivate-ip\)\n$/);
    expect(result.stdout).not.toContain('## acme/allowlisted-domain');

    // a plugin installed without a README
    const bare = join(dir, 'node_modules/tclint-plugin-bare');
    mkdirSync(bare);
    writeFileSync(join(bare, 'package.json'), '{ "name": "tclint-plugin-bare", "type": "module", "main": "index.js" }\n');
    const rule = "{ meta: { id: 'x', subject: 'indicator', types: ['Host'], description: 'x', docsUrl: 'https://example.test/bare#x', messages: {} }, check() {} }";
    writeFileSync(join(bare, 'index.js'), `export default { meta: { name: 'tclint-plugin-bare', namespace: 'bare' }, rules: { x: ${rule} } };\n`);
    writeFileSync(join(dir, 'tclint.config.json'), '{ "plugins": ["acme", "bare"] }\n');
    const none = await tclint(['rules', 'bare/x'], { cwd: dir });
    expect(none.stdout).toBe('');
    expect(none.stderr).toBe(`tclint: no documentation for bare/x here: tclint-plugin-bare ships no README.md (looked in ${join(dir, 'node_modules/tclint-plugin-bare')}); online: https://example.test/bare#x\n`);
    expect(none.code).toBe(2);
  });

  it('shows the severities after config and --rule', async () => {
    const rules = json<{ id: string; severity: string }[]>(await tclint(['rules', '--format', 'json', '--rule', 'asn/reserved: off']));
    expect(rules.find((r) => r.id === 'asn/reserved')?.severity).toBe('off');
  });
});

describe('tclint init', () => {
  it('writes a starter config that tclint then uses, and will not overwrite one', async () => {
    const dir = scratch('asn-private.txt');
    const result = await tclint(['init'], { cwd: dir });
    expect(result).toEqual({ code: 0, stdout: 'Wrote tclint.config.json. Run tclint rules to see every rule id.\n', stderr: '' });
    expect(JSON.parse(readFileSync(join(dir, 'tclint.config.json'), 'utf8'))).toEqual({ extends: ['recommended'], rules: { 'asn/reserved': 'warn' } });
    expect((await tclint(['check', '--type', 'asn', '--max-warnings', '0', 'asn-private.txt'], { cwd: dir })).code).toBe(1);
    const again = await tclint(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('tclint.config.json already exists');
  });

  it('--format yaml writes tclint.config.yaml; --force writes despite an existing config', async () => {
    const dir = scratch();
    expect((await tclint(['init', '--format', 'yaml'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'tclint.config.yaml'), 'utf8')).toContain('extends:\n  - recommended\n');
    expect((await tclint(['init', '--format', 'js'], { cwd: dir })).code).toBe(2);
    expect((await tclint(['init', '--format', 'js', '--force'], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, 'tclint.config.mjs'))).toBe(true);
  });
});
