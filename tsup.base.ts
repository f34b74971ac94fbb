import { defineConfig, type Options } from 'tsup';

/** The build every publishable package shares: ESM + CJS, with separate .d.ts and .d.cts. */
export function packageConfig(overrides: Options = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    splitting: false,
    ...overrides,
  });
}

export default packageConfig();
