// The real tr46, under the name build.mjs gives it, so that only idn.ts can load it (as a chunk of its own).
declare module 'tclint:idn-tables' {
  export function toASCII(domain: string, options?: object): string | null;
  export function toUnicode(domain: string, options?: object): { domain: string; error: boolean };
}
