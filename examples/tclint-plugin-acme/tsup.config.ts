import { defineConfig } from 'tsup';

// ESM and CommonJS builds, each with its own declarations (.d.ts for import,
// .d.cts for require), as the "exports" map in package.json names them.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: false,
});
