import { defineRule } from '@tclint/core';
import { KEY_NAME, REGISTRY_ROOTS } from '../constants.js';
import { docsUrl } from '../docs-url.js';
import { display } from '../display.js';
import { keyRoot as keyRootParse } from '../key-root.js';

const roots = REGISTRY_ROOTS.join(', ');

/** The Key Name starts with one of ThreatConnect's nine registry roots, spelled out in upper case. */
export const keyRoot = defineRule({
  meta: {
    id: 'key-root',
    subject: 'indicator',
    types: ['Registry Key'],
    description: 'Key Name starts with one of the registry roots ThreatConnect accepts, written in full and in upper case',
    docsUrl: docsUrl('key-root'),
    messages: {
      leadingWhitespace: 'Key Name {{value}} has whitespace before the root; it must start with the root: {{fixed}}',
      regeditPrefix: 'Key Name {{value}} starts with regedit\'s address-bar prefix {{prefix}}; it must start with the root: {{fixed}}',
      providerPrefix: 'Key Name {{value}} starts with the PowerShell provider prefix {{prefix}}; it must start with the root: {{fixed}}',
      nativePath: 'Key Name {{value}} is a native NT registry path ({{written}}); write the root as {{root}}: {{fixed}}',
      powershellDrive: 'Key Name {{value}} uses the PowerShell drive {{written}}; write the root as {{root}}: {{fixed}}',
      abbreviation: 'Key Name {{value}} starts with the abbreviation {{written}}; ThreatConnect wants the full root name {{root}}: {{fixed}}',
      rootCase: 'Key Name {{value}} starts with {{written}}; root names are upper case: {{fixed}}',
      missing: 'Key Name is missing; it must be a key path that starts with a registry root, e.g. HKEY_LOCAL_MACHINE\\Software',
      unsupportedRoot:
        'Key Name {{value}} starts with {{written}}, a root ThreatConnect does not accept ({{root}} existed only on Windows 95, 98 and ME); it must start with one of: {{roots}}',
      unknownNative:
        'Key Name {{value}} is a native NT registry path under {{written}}, which has no ThreatConnect root; only \\REGISTRY\\MACHINE (HKEY_LOCAL_MACHINE) and \\REGISTRY\\USER (HKEY_USERS) convert',
      forwardSlash:
        'Key Name {{value}} separates the root with "/" ({{written}}); registry paths use "\\". Not fixed: "/" is a legal character inside key names, so only you know which ones are separators',
      unknownRoot: 'Key Name {{value}} starts with {{written}}, which is not a registry root ThreatConnect accepts; it must start with one of: {{roots}}',
    },
    fixable: true,
    severity: 'error',
  },
  check(subject, ctx) {
    const key = subject.values[KEY_NAME];
    const parsed = ctx.analyze(keyRootParse, key);
    if (parsed.kind === 'valid') return;
    if (parsed.kind === 'missing') return ctx.report({ messageId: 'missing', field: KEY_NAME });
    const value = display(key ?? '');
    if (parsed.kind !== 'fixable') {
      const messageId = parsed.kind === 'unsupported' ? 'unsupportedRoot' : parsed.kind === 'unknown' ? 'unknownRoot' : parsed.kind;
      const root = parsed.kind === 'unsupported' ? parsed.root : undefined;
      return ctx.report({ messageId, data: { value, written: display(parsed.written), root, roots }, field: KEY_NAME });
    }
    const fix = { field: KEY_NAME, value: parsed.fixed };
    const data = { value, fixed: display(parsed.fixed), written: display(parsed.written), prefix: display(parsed.prefix), root: parsed.root };
    for (const messageId of parsed.departures) ctx.report({ messageId, data, field: KEY_NAME, fix });
  },
});
