import type { Palette } from './color.js';
import type { ConfiguredLinter } from './node-api.js';
import type { Output } from './output.js';

/** Says once per run which patterns of the user's indicator types cannot be used (their types' values get no verdict from them). */
export async function warnIndicatorTypes(linter: ConfiguredLinter, stderr: Output, colors: Palette): Promise<void> {
  const loaded = linter.indicatorTypes;
  if (!loaded) return;
  for (const warning of loaded.warnings) await stderr.write(`${colors.yellow('tclint: warning:')} ${loaded.file ?? 'indicatorTypes'}: ${warning}\n`);
}
