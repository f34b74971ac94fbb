import type { AnyRule, Plugin } from './rule.js';
import { createTypeTable, STANDARD_TYPES, type IndicatorTypeDeclaration } from './type-table.js';

/** The plugins' type declarations, checked: each name once, none a standard type's. */
export function declaredTypes(plugins: readonly Plugin[], problems: string[]): IndicatorTypeDeclaration[] {
  const byName = new Map<string, { declaration: IndicatorTypeDeclaration; plugin: Plugin }>();
  for (const plugin of plugins) {
    if (plugin.types === undefined) continue;
    const where = `plugin "${plugin.meta.name}"`;
    if (!Array.isArray(plugin.types)) {
      problems.push(`${where}: types must be an array of { name, fields }`);
      continue;
    }
    for (const declaration of plugin.types as readonly IndicatorTypeDeclaration[]) {
      const trouble = declarationProblem(declaration);
      if (trouble) {
        problems.push(`${where}: indicator type ${JSON.stringify(declaration?.name ?? null)}: ${trouble}`);
        continue;
      }
      const standard = STANDARD_TYPES.find(declaration.name);
      if (standard) {
        problems.push(`${where}: declares indicator type "${declaration.name}", which is ThreatConnect's standard type "${standard.name}"`);
        continue;
      }
      const key = declaration.name.toLowerCase();
      const earlier = byName.get(key);
      if (!earlier) byName.set(key, { declaration, plugin });
      else if (earlier.declaration.name !== declaration.name || earlier.declaration.fields.join('\0') !== declaration.fields.join('\0')) {
        problems.push(`${where}: declares indicator type "${declaration.name}" differently from plugin "${earlier.plugin.meta.name}"`);
      }
    }
  }
  return [...byName.values()].map((entry) => entry.declaration);
}

function declarationProblem(declaration: IndicatorTypeDeclaration): string | undefined {
  if (!declaration || typeof declaration !== 'object') return 'must be an object { name, fields }';
  if (typeof declaration.name !== 'string' || declaration.name.trim() === '' || declaration.name.trim() !== declaration.name) {
    return 'name must be a non-empty string without surrounding whitespace';
  }
  const { fields } = declaration;
  if (!Array.isArray(fields) || fields.length === 0 || fields.some((f) => typeof f !== 'string' || f === '')) return 'fields must be a non-empty array of field names';
  if (new Set(fields).size !== fields.length) return 'fields must not repeat a name';
  return undefined;
}

/** Third-party plugins that check a type of their own without declaring it keep working: the rule names it. */
export function typesNamedByRules(rules: readonly { rule: AnyRule }[], declared: readonly IndicatorTypeDeclaration[]): IndicatorTypeDeclaration[] {
  const table = createTypeTable(declared);
  const named = new Map<string, IndicatorTypeDeclaration>();
  for (const { rule } of rules) {
    for (const type of rule.meta.types ?? []) {
      if (typeof type === 'string' && type !== '' && !table.resolve(type) && !named.has(type)) named.set(type, { name: type, fields: table.fieldsOf(type) });
    }
  }
  return [...named.values()];
}
