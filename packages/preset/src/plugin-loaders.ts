import type { Plugin } from '@tclint/core';

/**
 * An official plugin that is not loaded yet: what it checks, and how to load
 * it. A run that needs only some types loads only their packages (tr46,
 * ipaddr.js and the error classes stay unread when nothing needs them).
 */
export interface PluginLoader {
  /** The plugin's namespace, the prefix of its rule ids (`asn`). */
  readonly namespace: string;
  /** Its npm package (`@tclint/indicator-asn`). */
  readonly packageName: string;
  /** The ThreatConnect indicator types its rules check; empty for an error class. */
  readonly types: readonly string[];
  /** An error class: its rules diagnose exchanges, messages and apps, not indicators. */
  readonly errorClass: boolean;
  load(): Promise<Plugin>;
}

const loader = (namespace: string, packageName: string, types: readonly string[], load: () => Promise<{ plugin: Plugin }>): PluginLoader => ({
  namespace,
  packageName,
  types,
  errorClass: types.length === 0,
  load: () => load().then((module) => module.plugin),
});

/** The official plugins as loaders, in the order of `OFFICIAL_PLUGINS` (which decides rule order and inference ties). */
export const OFFICIAL_PLUGIN_LOADERS: readonly PluginLoader[] = [
  loader('address', '@tclint/indicator-address', ['Address'], () => import('@tclint/indicator-address')),
  loader('email-address', '@tclint/indicator-email-address', ['EmailAddress'], () => import('@tclint/indicator-email-address')),
  loader('file', '@tclint/indicator-file', ['File'], () => import('@tclint/indicator-file')),
  loader('host', '@tclint/indicator-host', ['Host'], () => import('@tclint/indicator-host')),
  loader('url', '@tclint/indicator-url', ['URL'], () => import('@tclint/indicator-url')),
  loader('asn', '@tclint/indicator-asn', ['ASN'], () => import('@tclint/indicator-asn')),
  loader('cidr', '@tclint/indicator-cidr', ['CIDR'], () => import('@tclint/indicator-cidr')),
  loader('email-subject', '@tclint/indicator-email-subject', ['Email Subject'], () => import('@tclint/indicator-email-subject')),
  loader('hashtag', '@tclint/indicator-hashtag', ['Hashtag'], () => import('@tclint/indicator-hashtag')),
  loader('mutex', '@tclint/indicator-mutex', ['Mutex'], () => import('@tclint/indicator-mutex')),
  loader('registry-key', '@tclint/indicator-registry-key', ['Registry Key'], () => import('@tclint/indicator-registry-key')),
  loader('user-agent', '@tclint/indicator-user-agent', ['User Agent'], () => import('@tclint/indicator-user-agent')),
  loader('defanged', '@tclint/indicator-defanged', ['Host', 'URL', 'Address', 'CIDR', 'EmailAddress'], () => import('@tclint/indicator-defanged')),
  loader('signature', '@tclint/error-signature', [], () => import('@tclint/error-signature')),
  loader('timestamp', '@tclint/error-timestamp', [], () => import('@tclint/error-timestamp')),
  loader('access-denied', '@tclint/error-access-denied', [], () => import('@tclint/error-access-denied')),
  loader('unauthorized', '@tclint/error-unauthorized', [], () => import('@tclint/error-unauthorized')),
  loader('tcex-main', '@tclint/error-tcex-main', [], () => import('@tclint/error-tcex-main')),
];

/** What a run checks, for `neededLoaders`. */
export interface PluginNeeds {
  /** Indicator types (ThreatConnect names): only the packages that check one of them. Absent: every indicator package (values whose type is inferred need them all). */
  types?: readonly string[];
  /** The error classes too (default true). */
  errorClasses?: boolean;
}

/** The official loaders a run needs, in `OFFICIAL_PLUGINS` order. */
export function neededLoaders(needs: PluginNeeds = {}): PluginLoader[] {
  const types = needs.types === undefined ? undefined : new Set(needs.types);
  return OFFICIAL_PLUGIN_LOADERS.filter((l) => (l.errorClass ? needs.errorClasses !== false : types === undefined || l.types.some((t) => types.has(t))));
}

/** Loads the official plugins a run needs (every one by default), in `OFFICIAL_PLUGINS` order. */
export function loadOfficialPlugins(needs: PluginNeeds = {}): Promise<Plugin[]> {
  return Promise.all(neededLoaders(needs).map((l) => l.load()));
}
