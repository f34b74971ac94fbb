// tr46 (UTS #46: 236 KiB of tables, a third of the engine) stands behind this module: build.mjs points every
// `import 'tr46'` here, and the tables are a chunk of their own, loaded only before an input that may need them.

interface Tr46 {
  toASCII(domain: string, options?: object): string | null;
  toUnicode(domain: string, options?: object): { domain: string; error: boolean };
}

/** The worker's one IDN state: the tables once loaded, and whether a rule asked for them before. */
const idn: { tables?: Tr46; missed: boolean } = { missed: false };

/** Thrown to a caller of tr46 before the tables are loaded; the run is then made again with them. */
export class IdnNotLoadedError extends Error {
  override readonly name = 'IdnNotLoadedError';
  constructor() {
    super('the IDN tables (tr46) were not loaded for this input');
  }
}

function tables(): Tr46 {
  if (idn.tables) return idn.tables;
  idn.missed = true;
  throw new IdnNotLoadedError();
}

export function toASCII(domain: string, options?: object): string | null {
  return tables().toASCII(domain, options);
}

export function toUnicode(domain: string, options?: object): { domain: string; error: boolean } {
  return tables().toUnicode(domain, options);
}

export function idnLoaded(): boolean {
  return idn.tables !== undefined;
}

/** Whether a rule asked for the tables since the last call (and so the run must be made again with them). */
export function takeIdnMiss(): boolean {
  const missed = idn.missed;
  idn.missed = false;
  return missed;
}

export async function loadIdn(): Promise<void> {
  if (idn.tables) return;
  const loaded = (await import('tclint:idn-tables')) as Tr46 & { default?: Tr46 };
  idn.tables = typeof loaded.toASCII === 'function' ? loaded : loaded.default!;
}
