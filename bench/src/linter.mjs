/**
 * The linter the in-process figures use: `@tclint/node`'s `createLinter`
 * with every official package, plus any indicator package of this repo that
 * is built but not (yet) among the official ones, so every type has its
 * rules. Falls back to core's engine with each plugin's recommended config
 * when `@tclint/node` is not built.
 */
const INDICATOR_PACKAGES = ['address', 'asn', 'cidr', 'defanged', 'email-address', 'email-subject', 'file', 'hashtag', 'host', 'mutex', 'registry-key', 'url', 'user-agent'];

export async function indicatorPlugins() {
  const plugins = [];
  const missing = [];
  for (const name of INDICATOR_PACKAGES) {
    try {
      plugins.push((await import(`@tclint/indicator-${name}`)).plugin);
    } catch {
      missing.push(name);
    }
  }
  return { plugins, missing };
}

export async function benchLinter() {
  const { plugins, missing } = await indicatorPlugins();
  try {
    const node = await import('@tclint/node');
    const official = new Set(node.OFFICIAL_PLUGINS.map((p) => p.meta.namespace));
    const extra = plugins.filter((p) => !official.has(p.meta.namespace));
    const linter = node.createLinter({ plugins: [...node.OFFICIAL_PLUGINS, ...extra] });
    return { linter, via: '@tclint/node createLinter', extra: extra.map((p) => p.meta.name), missing, node };
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    const { createEngine } = await import('@tclint/core');
    const plugins_ = Object.fromEntries(plugins.map((p) => [p.meta.namespace, p]));
    const engine = createEngine({ config: [{ plugins: plugins_ }, ...plugins.map((p) => p.configs.recommended)] });
    return { linter: engine, via: '@tclint/core createEngine (apps/node is not built)', extra: [], missing };
  }
}
