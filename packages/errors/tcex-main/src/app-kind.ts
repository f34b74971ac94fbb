import type { AppSubject } from '@tclint/core';
import { topLevelFiles } from './app.js';
import { readInstallJson } from './install-json.js';

/**
 * What runs the App, which decides the files it needs: ThreatConnect runs a
 * job (`Organization`) or playbook App as a directory (`python .`, through
 * `__main__.py`); it runs a service App's `programMain` file (`run.py`), and
 * an external App runs outside ThreatConnect (`python run.py`), without
 * `install.json`. `unknown`: nothing tells, so the App is held to a job App's needs.
 */
export type AppKind = 'job' | 'playbook' | 'service' | 'external' | 'unknown';

export interface AppKindReading {
  kind: AppKind;
  /** Where the kind was read, for evidence: `install.json "runtimeLevel": "TriggerService"`. */
  source: string;
}

// The module that holds the App class in each of ThreatConnect's TcEx templates.
const TEMPLATE_MODULES: readonly [string, AppKind][] = [
  ['job_app.py', 'job'],
  ['playbook_app.py', 'playbook'],
  ['service_app.py', 'service'],
  ['api_service_app.py', 'service'],
  ['external_app.py', 'external'],
];

/** The App's kind, from install.json's `runtimeLevel`, or else from the template module it has. */
export function appKind(subject: AppSubject): AppKindReading {
  const files = topLevelFiles(subject);
  const levels = files.has('install.json') ? runtimeLevels(subject.readFile('install.json') ?? '') : [];
  for (const level of levels) {
    const lower = level.toLowerCase();
    const kind: AppKind | undefined = lower === 'organization' ? 'job' : lower === 'playbook' ? 'playbook' : lower.endsWith('service') ? 'service' : undefined;
    if (kind) return { kind, source: `install.json "runtimeLevel": ${JSON.stringify(level.slice(0, 40))}` };
  }
  for (const [module, kind] of TEMPLATE_MODULES) {
    if (files.has(module)) return { kind, source: `${module} (the module of ThreatConnect's ${kind} App template)` };
  }
  return { kind: 'unknown', source: 'neither install.json nor the files say how the App runs' };
}

/** Whether ThreatConnect runs the App as a directory, which Python can do only through `__main__.py`. */
export function runsAsDirectory(kind: AppKind): boolean {
  return kind === 'job' || kind === 'playbook' || kind === 'unknown';
}

function runtimeLevels(text: string): string[] {
  const level = readInstallJson(text)?.runtimeLevel;
  const list = Array.isArray(level) ? level : [level];
  return list.filter((v): v is string => typeof v === 'string');
}
