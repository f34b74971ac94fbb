declare const __TCLINT_VERSION__: string | undefined;

/** The package version, inlined at build time (tsup `define`). */
export const VERSION: string = typeof __TCLINT_VERSION__ === 'string' ? __TCLINT_VERSION__ : '0.0.0-dev';
