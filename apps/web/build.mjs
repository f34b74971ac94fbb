// @ts-check
/* global console, process */
// Builds the static site into dist/: the page's script (small: it is all the first screen loads), the worker
// with the engine (its IDN tables in a chunk of their own, loaded on demand), the HTML, CSS and the examples.
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = join(HERE, 'dist');
const SHIM = join(HERE, 'src/worker/idn.ts');
/** The examples the page offers, from the CLI's package (the ones its README runs). */
const EXAMPLES = ['seed-indicators.csv', 'seed-indicators.txt', 'failed-requests.har'];

/** @type {import('esbuild').BuildOptions} */
const common = { bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', legalComments: 'none', logLevel: 'warning', metafile: true };

/** Where the worker's modules find tr46 (one copy, or the build fails): the IDN chunk is built from it (and the Node tests alias it). */
export async function findTr46() {
  /** @type {Set<string>} */
  const found = new Set();
  await build({
    ...common,
    entryPoints: [join(HERE, 'src/worker/worker.ts')],
    write: false,
    outdir: DIST,
    plugins: [
      {
        name: 'find-tr46',
        setup(b) {
          b.onResolve({ filter: /^tr46$/ }, async (args) => {
            if (args.pluginData === 'find-tr46') return undefined;
            const resolved = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: 'find-tr46' });
            if (resolved.errors.length) return { errors: resolved.errors };
            found.add(resolved.path);
            return { path: resolved.path };
          });
          b.onResolve({ filter: /^tclint:idn-tables$/ }, (args) => ({ path: args.path, external: true }));
        },
      },
    ],
  });
  if (found.size !== 1) throw new Error(`expected one copy of tr46 in the worker's modules, found ${found.size}: ${[...found].join(', ')}`);
  return /** @type {string} */ ([...found][0]);
}

/**
 * Every `import 'tr46'` gets idn.ts, which loads the real tr46 (`tclint:idn-tables`) as a separate chunk when asked.
 * @param {string} tr46
 * @returns {import('esbuild').Plugin}
 */
function idnOnDemand(tr46) {
  return {
    name: 'idn-on-demand',
    setup(b) {
      b.onResolve({ filter: /^tr46$/ }, () => ({ path: SHIM }));
      b.onResolve({ filter: /^tclint:idn-tables$/ }, () => ({ path: tr46 }));
    },
  };
}

async function copyExamples() {
  const require = createRequire(import.meta.url);
  const examples = join(dirname(require.resolve('tclint/package.json')), 'examples');
  await mkdir(join(DIST, 'examples'), { recursive: true });
  for (const name of EXAMPLES) await copyFile(join(examples, name), join(DIST, 'examples', name));
}

/**
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
async function listFiles(dir, prefix = '') {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`])));
  return files.flat().sort();
}

/** Builds the site into dist/ and says what each file weighs. */
async function buildSite() {
  await rm(DIST, { recursive: true, force: true });
  const tr46 = await findTr46();
  await Promise.all([
    build({ ...common, entryPoints: { app: join(HERE, 'src/page/main.ts'), styles: join(HERE, 'src/static/styles.css') }, outdir: DIST }),
    build({ ...common, entryPoints: { worker: join(HERE, 'src/worker/worker.ts') }, outdir: DIST, splitting: true, chunkNames: 'chunks/[name]-[hash]', plugins: [idnOnDemand(tr46)] }),
  ]);
  for (const name of ['index.html', 'favicon.svg']) await copyFile(join(HERE, 'src/static', name), join(DIST, name));
  await copyExamples();

  const lines = [];
  for (const file of await listFiles(DIST)) {
    const bytes = await readFile(join(DIST, file));
    lines.push(`${file.padEnd(36)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KiB  ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1).padStart(6)} KiB gzip`);
  }
  console.log(lines.join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildSite();
