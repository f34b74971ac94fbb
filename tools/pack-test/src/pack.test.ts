import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markedBlock, markedBlocks } from './markdown.js';
import { installFromTarballs } from './npm-project.js';
import { run, runOk } from './run.js';
import { publishablePackages, ROOT } from './workspace.js';

// Packs every publishable package with `pnpm pack` (which writes workspace:
// ranges as real ones) and installs the tarballs with npm in temporary
// projects outside the workspace, the way users get them from the registry.
// Needs every package built first (`pnpm build`).

const packages = publishablePackages();
const work = mkdtempSync(join(tmpdir(), 'tclint-pack-test-'));
const tarballs = new Map<string, string>();
const packedFiles = new Map<string, string[]>();
const docs = readFileSync(join(ROOT, 'docs/writing-rules.md'), 'utf8');
const cliBuilt = existsSync(join(ROOT, 'apps/cli/dist'));
if (!cliBuilt) console.log('pack test: skipping the `tclint` command checks: apps/cli/dist does not exist (build apps/cli first)');

interface Packed {
  name: string;
  filename: string;
  files: Array<{ path: string }>;
}

async function pack(dir: string, destination: string): Promise<Packed> {
  const { stdout } = await runOk('pnpm', ['pack', '--json', '--pack-destination', destination], { cwd: dir });
  return JSON.parse(stdout.slice(stdout.indexOf('{'))) as Packed;
}

/** Runs `jobs` with at most `limit` at a time. */
async function inBatches<T>(items: readonly T[], limit: number, job: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: limit }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await job(item);
  }));
}

function manifestIn(tarball: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(unpacked(tarball), 'package.json'), 'utf8')) as Record<string, unknown>;
}

const unpackedDirs = new Map<string, string>();
function unpacked(tarball: string): string {
  let dir = unpackedDirs.get(tarball);
  if (!dir) {
    dir = mkdtempSync(join(work, 'unpacked-'));
    execFileSync('tar', ['-xzf', tarball, '-C', dir]);
    unpackedDirs.set(tarball, dir);
  }
  return join(dir, 'package');
}

/** Every file an `exports`, `main`, `module`, `types` or `bin` field points at. */
function entryPoints(manifest: Record<string, unknown>): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.push(value);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  for (const key of ['exports', 'main', 'module', 'types', 'bin']) walk(manifest[key]);
  return [...new Set(found.map((p) => p.replace(/^\.\//, '')))].sort();
}

beforeAll(async () => {
  expect(relative(ROOT, work).startsWith('..'), 'the temporary directory is outside the workspace').toBe(true);
  const destination = join(work, 'tarballs');
  mkdirSync(destination);
  await inBatches(packages, 4, async (p) => {
    const packed = await pack(p.dir, destination);
    tarballs.set(packed.name, packed.filename);
    packedFiles.set(packed.name, packed.files.map((f) => f.path).sort());
  });
});

afterAll(() => {
  if (!process.env.TCLINT_KEEP_PACK_TEST) rmSync(work, { recursive: true, force: true });
  else console.log(`pack test: kept ${work}`);
});

describe('the tarballs', () => {
  it('include every publishable package under packages/, apps/ and examples/', () => {
    const names = packages.map((p) => p.name);
    for (const name of ['@tclint/core', '@tclint/rule-tester', '@tclint/indicator-asn', '@tclint/formats', '@tclint/diagnosis', '@tclint/client', '@tclint/preset', '@tclint/tc-auth', '@tclint/java-regex', '@tclint/tc-types', '@tclint/ip', '@tclint/hostname', '@tclint/node', 'tclint', 'tclint-plugin-acme']) expect(names).toContain(name);
    expect([...tarballs.keys()].sort()).toEqual([...names].sort());
  });

  it.each(packages.map((p) => [p.name, p] as const))('%s ships its build, README and LICENSE, with real version ranges', (name) => {
    const files = packedFiles.get(name)!;
    expect(files).toContain('package.json');
    expect(files).toContain('README.md');
    expect(files).toContain('LICENSE');
    expect(files.filter((f) => f.startsWith('src/') || /\.test\.[cm]?[jt]s$/.test(f))).toEqual([]);
    const manifest = manifestIn(tarballs.get(name)!);
    const missing = entryPoints(manifest).filter((f) => !files.includes(f));
    expect(missing, `entry points missing from the tarball (is ${name} built?)`).toEqual([]);
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
      for (const [dep, range] of Object.entries((manifest[field] ?? {}) as Record<string, string>)) {
        expect(range, `${field} ${dep}`).not.toMatch(/^(workspace|link|file):/);
      }
    }
  });
});

describe('only @tclint/tc-auth', () => {
  const dir = join(work, 'tc-auth-only');
  const VECTOR = { method: 'GET', url: 'https://app.threatconnect.com/api/v2/indicators/hosts/example.com?Owner=Common%20Community', accessId: '12345', secretKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCD', timestamp: 1513703787 };
  const EXPECTED = { Timestamp: '1513703787', Authorization: 'TC 12345:ZzVuIUzq/b9sDZwWBddim5oY3RrUKnWHvRhf5LAlOVM=' };

  beforeAll(async () => {
    await installFromTarballs(dir, ['@tclint/tc-auth'], tarballs);
  });

  it('installs no other tclint package: signing needs neither the engine nor a plugin', () => {
    expect(readdirSync(join(dir, 'node_modules/@tclint'))).toEqual(['tc-auth']);
  });

  it('signs the spec test vector from an ES module and from a CommonJS script', async () => {
    const script = (load: string) => [load, `console.log(JSON.stringify(signRequest(${JSON.stringify(VECTOR)})));`].join('\n');
    writeFileSync(join(dir, 'sign.mjs'), script("import { signRequest } from '@tclint/tc-auth';"));
    writeFileSync(join(dir, 'sign.cjs'), script("const { signRequest } = require('@tclint/tc-auth');"));
    for (const file of ['sign.mjs', 'sign.cjs']) {
      const { stdout } = await runOk(process.execPath, [file], { cwd: dir });
      expect(JSON.parse(stdout), file).toEqual(EXPECTED);
    }
  });
});

describe('only @tclint/core and @tclint/indicator-asn', () => {
  const dir = join(work, 'asn-only');

  beforeAll(async () => {
    await installFromTarballs(dir, ['@tclint/core', '@tclint/indicator-asn'], tarballs);
  });

  it('installs just those two tclint packages', () => {
    expect(readdirSync(join(dir, 'node_modules/@tclint')).sort()).toEqual(['core', 'indicator-asn', 'java-regex', 'tc-types']);
    expect(readdirSync(join(dir, 'node_modules')).filter((n) => n.includes('tclint'))).toEqual(['@tclint']);
  });

  it('works from an ES module', async () => {
    writeFileSync(
      join(dir, 'fix.mjs'),
      [
        "import { createEngine, indicator } from '@tclint/core';",
        "import asn from '@tclint/indicator-asn';",
        '',
        'const engine = createEngine({ config: [asn.configs.recommended] });',
        "const result = engine.fix(indicator('ASN', { 'AS Number': 'AS 12345' }));",
        'console.log(JSON.stringify({ fixed: result.output.values, changes: result.changes.map((c) => c.ruleId), left: result.messages.length }));',
      ].join('\n'),
    );
    const { stdout } = await runOk(process.execPath, ['fix.mjs'], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual({ fixed: { 'AS Number': 'ASN12345' }, changes: ['asn/format'], left: 0 });
  });

  it('works from a CommonJS script', async () => {
    writeFileSync(
      join(dir, 'fix.cjs'),
      [
        "const { createEngine, indicator } = require('@tclint/core');",
        "const { plugin } = require('@tclint/indicator-asn');",
        '',
        'const engine = createEngine({ config: [plugin.configs.recommended] });',
        "const result = engine.fix(indicator('ASN', { 'AS Number': 'AS 12345' }));",
        "const reserved = engine.check(indicator('ASN', { 'AS Number': 'ASN64512' }));",
        "console.log(JSON.stringify({ fixed: result.output.values['AS Number'], reserved: reserved.messages.map((m) => m.ruleId), same: require('@tclint/indicator-asn').default === plugin }));",
      ].join('\n'),
    );
    const { stdout } = await runOk(process.execPath, ['fix.cjs'], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual({ fixed: 'ASN12345', reserved: ['asn/reserved'], same: true });
  });

  it('type-checks for TypeScript users of import and of require (node16 resolution)', async () => {
    const usage = (importLines: string) =>
      [
        importLines,
        '',
        'const engine = createEngine({ config: [asn.configs.recommended] });',
        "const result = engine.fix(indicator('ASN', { 'AS Number': 'AS 12345' }));",
        "const fixed: string | undefined = result.output?.values['AS Number'];",
        'const count: number = result.errorCount + (fixed ? 0 : 1);',
        'export { count };',
      ].join('\n');
    writeFileSync(join(dir, 'esm.mts'), usage("import { createEngine, indicator } from '@tclint/core';\nimport asn from '@tclint/indicator-asn';"));
    writeFileSync(join(dir, 'cjs.cts'), usage("import { createEngine, indicator } from '@tclint/core';\nimport { plugin as asn } from '@tclint/indicator-asn';"));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'es2022', lib: ['es2022'], types: [], strict: true, noEmit: true }, files: ['esm.mts', 'cjs.cts'] }),
    );
    const result = await run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', '.'], { cwd: dir });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

/**
 * Installs one package alone from its tarball and runs the same script as an
 * ES module and as CommonJS (`IMPORT` is replaced by `import ... from` or
 * `require`); each script prints JSON.
 */
function aloneSuite(name: string, tclintPackages: readonly string[], imports: Record<string, string[]>, body: string[], expected: unknown) {
  describe(`only ${name}`, () => {
    const dir = join(work, `alone-${name.replace(/\W+/g, '-')}`);
    beforeAll(async () => {
      await installFromTarballs(dir, [name], tarballs);
    });

    it('installs just it and the tclint packages it depends on', () => {
      expect(readdirSync(join(dir, 'node_modules/@tclint')).sort()).toEqual([...tclintPackages].sort());
    });

    it.each(['mjs', 'cjs'])('works from a .%s script', async (extension) => {
      const lines = Object.entries(imports).map(([from, names]) =>
        extension === 'mjs' ? `import { ${names.join(', ')} } from '${from}';` : `const { ${names.join(', ')} } = require('${from}');`,
      );
      const code = extension === 'mjs' ? [...lines, ...body].join('\n') : [...lines, '(async () => {', ...body, '})();'].join('\n');
      writeFileSync(join(dir, `use.${extension}`), code);
      const { stdout } = await runOk(process.execPath, [`use.${extension}`], { cwd: dir });
      expect(JSON.parse(stdout)).toEqual(expected);
    });
  });
}

aloneSuite(
  '@tclint/formats',
  ['core', 'formats'],
  { '@tclint/core': ['createEngine', 'defineRule', 'definePlugin'], '@tclint/formats': ['readRecords', 'createRecordWriter', 'isRecordError'] },
  [
    "const upper = defineRule({ meta: { id: 'upper', subject: 'indicator', types: ['Host'], description: 'lower case', messages: { m: 'lower case' }, fixable: true }, check(s, ctx) { const v = s.values.hostName; if (v !== v.toLowerCase()) ctx.report({ messageId: 'm', field: 'hostName', fix: { field: 'hostName', value: v.toLowerCase() } }); } });",
    "const engine = createEngine({ config: [definePlugin({ meta: { name: 'p', namespace: 'p' }, rules: { upper } }).configs.recommended] });",
    'const written = [];',
    'const sink = { write: async (bytes) => void written.push(new TextDecoder().decode(bytes)), commit: async () => {}, discard: async () => {} };',
    "const chunks = (async function* () { yield new TextEncoder().encode('type,value,note\\nHost,EXAMPLE.com,\"a, b\"\\nHost,\"ok.example\\n'); })();",
    "const records = readRecords(chunks, { format: 'csv' });",
    "const writer = createRecordWriter('csv', sink, { always: true });",
    'const lines = [];',
    'let step = await records.next();',
    'for (; !step.done; step = await records.next()) { const item = step.value; lines.push(item.line); await writer.write(item, isRecordError(item) ? undefined : engine.fix(item.subject)); }',
    'await writer.commit(step.value);',
    "console.log(JSON.stringify({ lines, output: written.join('') }));",
  ],
  { lines: [2, 3], output: 'type,value,note\nHost,example.com,"a, b"\nHost,"ok.example\n' },
);

aloneSuite(
  '@tclint/diagnosis',
  ['core', 'diagnosis', 'formats'],
  { '@tclint/core': ['createEngine', 'exchangeSubject', 'messageSubject'], '@tclint/diagnosis': ['diagnoseWith', 'secretsOf'] },
  [
    'const engine = createEngine({ config: [] });',
    "const message = diagnoseWith(engine, messageSubject('kaboom'));",
    "const exchange = exchangeSubject({ request: { method: 'GET', url: 'https://tc.example/api/v3/groups', headers: { Authorization: 'TC 1:c2VjcmV0c2lnbmF0dXJl' } }, response: { status: 500, headers: {}, body: '{\"message\":\"boom\"}' } });",
    'const failed = diagnoseWith(engine, exchange);',
    'console.log(JSON.stringify({ message: message.diagnoses.map((d) => d.ruleId), failed: failed.diagnoses[0].message, secrets: secretsOf(exchange).includes(\'c2VjcmV0c2lnbmF0dXJl\') }));',
  ],
  { message: ['tclint/unrecognized'], failed: 'No rule recognizes this error: HTTP 500 "boom"', secrets: true },
);

aloneSuite(
  '@tclint/client',
  ['client', 'core', 'diagnosis', 'formats', 'tc-auth'],
  { '@tclint/client': ['createThreatConnectClient', 'ThreatConnectApiError'] },
  [
    'const seen = [];',
    "const fetch = async (url, init) => { seen.push([url, new Headers(init.headers).get('authorization').startsWith('TC 12345:')]); return new Response('{\"status\":\"Failure\",\"message\":\"Access Denied\"}', { status: 403 }); };",
    "const tc = createThreatConnectClient({ baseUrl: 'https://tc.example/api', accessId: '12345', secretKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCD', fetch });",
    "const error = await tc('/v2/owners').then(() => undefined, (e) => e);",
    'console.log(JSON.stringify({ seen, refused: error instanceof ThreatConnectApiError, status: error.status, classes: error.classes }));',
  ],
  { seen: [['https://tc.example/api/v2/owners', true]], refused: true, status: 403, classes: ['unrecognized'] },
);

aloneSuite(
  '@tclint/preset',
  ['core', 'diagnosis', 'formats', 'hostname', 'ip', 'java-regex', 'preset', 'tc-auth', 'tc-types', ...['address', 'asn', 'cidr', 'defanged', 'email-address', 'email-subject', 'file', 'hashtag', 'host', 'mutex', 'registry-key', 'url', 'user-agent'].map((t) => `indicator-${t}`), ...['access-denied', 'signature', 'tcex-main', 'timestamp', 'unauthorized'].map((c) => `error-${c}`)],
  { '@tclint/core': ['indicator'], '@tclint/preset': ['createLinter', 'OFFICIAL_PLUGINS', 'recommendedOf'] },
  [
    'const linter = createLinter();',
    "const fixed = linter.fix(indicator('ASN', { 'AS Number': 'AS 12345' })).output.values;",
    "console.log(JSON.stringify({ plugins: OFFICIAL_PLUGINS.length, recommended: Object.keys(recommendedOf(OFFICIAL_PLUGINS[0]).rules).length > 0, fixed }));",
  ],
  { plugins: 18, recommended: true, fixed: { 'AS Number': 'ASN12345' } },
);
describe('only @tclint/java-regex', () => {
  const dir = join(work, 'java-regex-only');

  beforeAll(async () => {
    await installFromTarballs(dir, ['@tclint/java-regex'], tarballs);
  });

  it('installs alone, with the Java oracle source for its ./testing entry', () => {
    expect(readdirSync(join(dir, 'node_modules/@tclint'))).toEqual(['java-regex']);
    expect(packedFiles.get('@tclint/java-regex')).toContain('java/Oracle.java');
  });

  it('works from an ES module and from CommonJS', async () => {
    const script = (load: string) =>
      [load, "const r = compileJavaRegex('a(?i)b$');", "console.log(JSON.stringify([r.matches('aB'), r.matches('aB\\n'), r.find('xaB\\n'), typeof oracleSourcePath()]));"].join('\n');
    writeFileSync(join(dir, 'use.mjs'), script("import { compileJavaRegex } from '@tclint/java-regex';\nimport { oracleSourcePath } from '@tclint/java-regex/testing';"));
    writeFileSync(join(dir, 'use.cjs'), script("const { compileJavaRegex } = require('@tclint/java-regex');\nconst { oracleSourcePath } = require('@tclint/java-regex/testing');"));
    for (const file of ['use.mjs', 'use.cjs']) {
      const { stdout } = await runOk(process.execPath, [file], { cwd: dir });
      expect(JSON.parse(stdout), file).toEqual([true, false, true, 'string']);
    }
  });
});

describe('only @tclint/tc-types (and its @tclint/java-regex)', () => {
  const dir = join(work, 'tc-types-only');

  beforeAll(async () => {
    await installFromTarballs(dir, ['@tclint/tc-types'], tarballs);
  });

  it('installs with no other tclint package than its peer @tclint/core', () => {
    expect(readdirSync(join(dir, 'node_modules/@tclint')).sort()).toEqual(['core', 'java-regex', 'tc-types']);
  });

  it('works from an ES module and from CommonJS', async () => {
    const script = (load: string) =>
      [
        load,
        'const types = recordedIndicatorTypes();',
        "console.log(JSON.stringify([types.check('ASN', 'AS Number', 'ASN12345').kind, types.failures('Host', { hostName: 'example.exe' }).length, types.typesMatching('10.0.0.1').map((m) => m.type.name), SEED_EXAMPLES.length > 20]));",
      ].join('\n');
    writeFileSync(join(dir, 'use.mjs'), script("import { recordedIndicatorTypes } from '@tclint/tc-types';\nimport { SEED_EXAMPLES } from '@tclint/tc-types/testing';"));
    writeFileSync(join(dir, 'use.cjs'), script("const { recordedIndicatorTypes } = require('@tclint/tc-types');\nconst { SEED_EXAMPLES } = require('@tclint/tc-types/testing');"));
    for (const file of ['use.mjs', 'use.cjs']) {
      const { stdout } = await runOk(process.execPath, [file], { cwd: dir });
      expect(JSON.parse(stdout), file).toEqual(['match', 1, ['Address'], true]);
    }
  });

  it('type-checks for TypeScript users of import and of require (node16 resolution)', async () => {
    const usage = [
      "import { parseIndicatorTypes, RECORDED_INDICATOR_TYPES, type FieldVerdict } from '@tclint/tc-types';",
      "import { compileJavaRegex, JavaRegexError } from '@tclint/java-regex';",
      "import { generateIndicatorValues } from '@tclint/tc-types/testing';",
      "const verdict: FieldVerdict | undefined = parseIndicatorTypes(RECORDED_INDICATOR_TYPES).check('ASN', 'AS Number', 'ASN1');",
      "const matches: boolean = compileJavaRegex('a').matches('a') && verdict?.kind === 'match' && generateIndicatorValues({ perType: 1 }).length > 0;",
      'export { matches, JavaRegexError };',
    ].join('\n');
    writeFileSync(join(dir, 'esm.mts'), usage);
    writeFileSync(join(dir, 'cjs.cts'), usage);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'es2022', lib: ['es2022'], types: [], strict: true, noEmit: true }, files: ['esm.mts', 'cjs.cts'] }),
    );
    const result = await run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', '.'], { cwd: dir });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('only @tclint/hostname (and its peer @tclint/core)', () => {
  const dir = join(work, 'hostname-only');

  beforeAll(async () => {
    await installFromTarballs(dir, ['@tclint/hostname', '@tclint/core'], tarballs);
  });

  it('installs with no other tclint package', () => {
    expect(readdirSync(join(dir, 'node_modules/@tclint')).sort()).toEqual(['core', 'hostname']);
  });

  it('works from an ES module and from CommonJS, its IDNA entry found by the package\'s own name', async () => {
    const script = (load: string) =>
      [load, "console.log(JSON.stringify([toAsciiHost('faß.de'), isPlainHostName('example.com'), typeof convertLabel, recognizeHostName('update.bat') ?? null]));"].join('\n');
    writeFileSync(join(dir, 'use.mjs'), script("import { toAsciiHost, isPlainHostName, recognizeHostName } from '@tclint/hostname';\nimport { convertLabel } from '@tclint/hostname/idna';"));
    writeFileSync(join(dir, 'use.cjs'), script("const { toAsciiHost, isPlainHostName, recognizeHostName } = require('@tclint/hostname');\nconst { convertLabel } = require('@tclint/hostname/idna');"));
    for (const file of ['use.mjs', 'use.cjs']) {
      const { stdout } = await runOk(process.execPath, [file], { cwd: dir });
      expect(JSON.parse(stdout), file).toEqual(['xn--fa-hia.de', true, 'function', null]);
    }
  });
});

describe.skipIf(!cliBuilt)('the tclint command, with tclint-plugin-acme', () => {
  const dir = join(work, 'cli');
  const tclint = (cwd: string, args: string[]) => run(join(dir, 'node_modules/.bin/tclint'), args, { cwd });

  /** A folder of the project with its own package.json, so that config lookup stops there. */
  function folder(name: string, files: Record<string, string>): string {
    const path = join(dir, name);
    mkdirSync(path, { recursive: true });
    writeFileSync(join(path, 'package.json'), '{}\n');
    for (const [file, content] of Object.entries(files)) writeFileSync(join(path, file), content);
    return path;
  }

  beforeAll(async () => {
    await installFromTarballs(dir, ['tclint', 'tclint-plugin-acme', '@tclint/preset'], tarballs);
  });

  it('checks a file: tclint check <file> --format json', async () => {
    const cwd = folder('plain', { 'asns.txt': 'ASN12345\nAS 12345\n' });
    const result = await tclint(cwd, ['check', 'asns.txt', '--format', 'json']);
    expect(result.code).toBe(1);
    const records = JSON.parse(result.stdout) as Array<{ line: number; type: string; messages: Array<{ ruleId: string; severity: string; fix: { value: string } | null }> }>;
    expect(records.map((r) => [r.line, r.type, r.messages.length > 0])).toEqual([
      [1, 'ASN', false],
      [2, 'ASN', true],
    ]);
    expect(records[1]!.messages.every((m) => m.ruleId === 'asn/format' && m.severity === 'error' && m.fix?.value === 'ASN12345')).toBe(true);
  });

  it('fixes a file: tclint fix <file>', async () => {
    const cwd = folder('fix', { 'asns.txt': 'ASN12345\nAS 12345\n' });
    const result = await tclint(cwd, ['fix', 'asns.txt']);
    expect(result.stdout).toBe('ASN12345\nASN12345\n');
    expect(result.code).toBe(0);
  });

  it('loads the plugin named in tclint.config.json, and prints what docs/writing-rules.md says', async () => {
    const cwd = folder('json-config', { 'tclint.config.json': markedBlock(docs, 'config tclint.config.json'), 'indicators.csv': markedBlock(docs, 'file indicators.csv') });
    const outputs = markedBlocks(docs).filter((b) => b.marker.startsWith('output '));
    expect(outputs.length).toBeGreaterThan(0);
    // <!-- test: output EXIT ARGS... -->: the command's standard output and exit code
    for (const { marker, code } of outputs) {
      const [exitCode, ...args] = marker.slice('output '.length).split(' ');
      const result = await tclint(cwd, args);
      expect(result.stdout.trimEnd(), marker).toBe(code.trimEnd());
      expect(result.code, marker).toBe(Number(exitCode));
    }
    const rules = await tclint(cwd, ['rules']);
    for (const id of ['acme/private-ip', 'acme/allowlisted-domain', 'acme/ipv4-mapped', 'asn/format']) expect(rules.stdout).toContain(id);
  });

  it('loads the plugin imported by tclint.config.mjs: only its rules run', async () => {
    const cwd = folder('js-config', { 'tclint.config.mjs': markedBlock(docs, 'config tclint.config.mjs'), 'indicators.csv': markedBlock(docs, 'file indicators.csv') });
    const result = await tclint(cwd, ['check', 'indicators.csv', '--format', 'json']);
    const ruleIds = (JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((r) => r.messages.map((m) => m.ruleId));
    expect([...new Set(ruleIds)].sort()).toEqual(['acme/allowlisted-domain', 'acme/ipv4-mapped', 'acme/private-ip']);
    expect(result.code).toBe(0);
  });

  it('loads the plugin and the official rules from the docs\' tclint.config.mjs with @tclint/preset', async () => {
    const cwd = folder('js-config-official', {
      'tclint.config.mjs': markedBlock(docs, 'config tclint.config.mjs with official rules'),
      'indicators.csv': markedBlock(docs, 'file indicators.csv') + 'Host,vpn.acme-corp.example.net\n',
    });
    const result = await tclint(cwd, ['check', 'indicators.csv', '--format', 'json']);
    const messages = (JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>).flatMap((r) => r.messages);
    // acme's rules and the official ones (which official rules fire is theirs to decide)
    expect([...new Set(messages.map((m) => m.ruleId))]).toEqual(expect.arrayContaining(['acme/allowlisted-domain', 'acme/ipv4-mapped', 'acme/private-ip', 'asn/format']));
    expect(messages.some((m) => m.message.includes('is under acme-corp.example.net, which is on your allowlist'))).toBe(true);
    expect(result.code).toBe(1);
  });

  it('prints a rule\'s docs from the README in its installed tarball, official and plugin alike: tclint rules ID', async () => {
    const cwd = folder('rule-docs', { 'tclint.config.json': markedBlock(docs, 'config tclint.config.json') });
    const official = await tclint(cwd, ['rules', 'asn/format']);
    expect(official.code).toBe(0);
    expect(official.stdout).toMatch(/^## asn\/format\n[\s\S]*### Incorrect\n[\s\S]*\(@tclint\/indicator-asn, \S*node_modules\/@tclint\/indicator-asn\/README\.md; online: \S+#asnformat\)\n$/);
    const plugin = await tclint(cwd, ['rules', 'acme/private-ip']);
    expect(plugin.code).toBe(0);
    expect(plugin.stdout).toMatch(/^## acme\/private-ip\n[\s\S]*\(tclint-plugin-acme, \S*node_modules\/tclint-plugin-acme\/README\.md; online: \S+#acmeprivate-ip\)\n$/);
  });

  it('names the packages it tried when a configured plugin is not installed (exit 2)', async () => {
    const cwd = folder('missing-plugin', { 'tclint.config.json': '{ "plugins": ["nothere"] }\n', 'asns.txt': 'ASN1\n' });
    const result = await tclint(cwd, ['check', 'asns.txt']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('tclint-plugin-nothere');
  });
});
