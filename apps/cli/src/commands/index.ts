import type { Command } from '../command.js';

/** A command as `tclint --help` lists it; its code is read only when it runs (or shows its help). */
export interface CommandEntry {
  name: string;
  /** One line for `tclint --help`. */
  summary: string;
  load(): Promise<Command>;
}

// Each command is a dynamic import: the bundle splits there, so `tclint check` parses none of diagnose, sign or types.
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'check', summary: 'check indicator records and report problems', load: async () => (await import('./check.js')).checkCommand },
  { name: 'fix', summary: 'write the input back with fixes applied', load: async () => (await import('./fix.js')).fixCommand },
  { name: 'diagnose', summary: 'explain ThreatConnect API errors (exchanges, HAR files, messages, TcEx apps)', load: async () => (await import('./diagnose.js')).diagnoseCommand },
  { name: 'sign', summary: 'print the Timestamp and Authorization headers for a request', load: async () => (await import('./sign.js')).signCommand },
  { name: 'types', summary: "save your ThreatConnect instance's indicator types (tclint types pull)", load: async () => (await import('./types.js')).typesCommand },
  { name: 'rules', summary: "list the loaded rules, their severities and docs; print one rule's docs", load: async () => (await import('./rules.js')).rulesCommand },
  { name: 'init', summary: 'write a starter tclint.config.json', load: async () => (await import('./init.js')).initCommand },
];

export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}
