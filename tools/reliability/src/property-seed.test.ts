import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CI_SEED, propertySettings, rerunCommand } from '../../property-seed.js';

// tools/vitest-setup.ts, which every package's vitest config loads, applies these settings to fast-check.
describe('property seeds', () => {
  it("every package's vitest config is a packageProject, which loads the setup", () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const configs = ['packages', 'packages/indicators', 'packages/errors', 'apps', 'tools', 'examples', '.']
      .flatMap((folder) => readdirSync(join(root, folder), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'node_modules').map((d) => join(folder, d.name)))
      .flatMap((dir) => ['vitest.config.ts', 'vitest.config.mjs'].map((name) => join(dir, name)))
      .filter((file) => existsSync(join(root, file)));
    expect(configs.length).toBeGreaterThan(25);
    for (const file of configs) expect(readFileSync(join(root, file), 'utf8'), file).toMatch(/export default packageProject\('/);
  });

  it('CI runs every property with one fixed seed, a local run with a new one each time', () => {
    expect(propertySettings({ CI: 'true' })).toEqual({ seed: CI_SEED });
    expect(propertySettings({ CI: '1' })).toEqual({ seed: CI_SEED });
    expect(propertySettings({}, () => 0.25)).toEqual({ seed: 0x20000000 });
    expect(propertySettings({ CI: 'false' }, () => 0.5)).toEqual({ seed: 0x40000000 });
    expect(propertySettings({ CI: '' }, () => 0)).toEqual({ seed: 0 });
  });

  it('FC_SEED and FC_PATH re-run a failure, in CI too', () => {
    expect(propertySettings({ FC_SEED: '-1819918769' })).toEqual({ seed: -1819918769 });
    expect(propertySettings({ CI: 'true', FC_SEED: '42', FC_PATH: '3:0:1' })).toEqual({ seed: 42, path: '3:0:1' });
  });

  it('a wrong FC_SEED or FC_PATH is an error, not a silent random run', () => {
    expect(() => propertySettings({ FC_SEED: '0x10' })).toThrow(/FC_SEED must be a whole number/);
    expect(() => propertySettings({ FC_SEED: '1', FC_PATH: '3;1' })).toThrow(/FC_PATH must be/);
    expect(() => propertySettings({ FC_PATH: '3:1' })).toThrow(/FC_PATH needs the FC_SEED/);
  });

  it('the re-run command names the seed, the path, the file and the test, quoted for a shell', () => {
    expect(rerunCommand({ seed: 42, path: '3:0', file: 'packages/x/src/a.test.ts', test: 'plain name' })).toBe(
      "FC_SEED=42 FC_PATH=3:0 npx vitest run packages/x/src/a.test.ts -t 'plain name'",
    );
    expect(rerunCommand({ seed: -7, file: 'a.test.ts', test: "fix (twice) = fix once, in a [1 MB] value's field" })).toBe(
      "FC_SEED=-7 npx vitest run a.test.ts -t 'fix \\(twice\\) = fix once, in a \\[1 MB\\] value'\\''s field'",
    );
  });

  it('a failing property prints the command, and the seed and path in it give the same counterexample again', () => {
    const property = fc.property(fc.array(fc.nat()), (values) => values.reduce((sum, v) => sum + v, 0) < 100);
    let message = '';
    try {
      fc.assert(property);
    } catch (error) {
      message = (error as Error).message;
    }
    const command = /FC_SEED=(-?\d+) FC_PATH=([\d:]+) npx vitest run (\S+) -t '(.+)'$/m.exec(message);
    expect(command, message).not.toBeNull();
    const [, seed, path, file, test] = command!;
    expect(file!.endsWith('property-seed.test.ts')).toBe(true);
    expect(test).toBe('a failing property prints the command, and the seed and path in it give the same counterexample again');
    const counterexample = (text: string) => /Counterexample: (.*)/.exec(text)?.[1];
    expect(() => fc.assert(property, { seed: Number(seed), path, endOnFailure: true })).toThrow(expect.objectContaining({ message: expect.stringContaining(`Counterexample: ${counterexample(message)}`) }));
  });

  it('the seed in effect is the one the settings give', () => {
    const seed = fc.readConfigureGlobal().seed;
    expect(Number.isInteger(seed)).toBe(true);
    // NaN when this run's seed is a random one
    const fixed = propertySettings(process.env, () => Number.NaN).seed;
    if (!Number.isNaN(fixed)) expect(seed).toBe(fixed);
  });
});
