import type { ConfigEntry } from '@tclint/core';
import { createLinter, type Linter } from '@tclint/preset';
import { INDICATOR_TYPES_SETTING, parseIndicatorTypes, type IndicatorTypes } from '@tclint/tc-types';
import type { LinterSettings } from '../protocol.js';

/** The linter of the last settings a job asked for: building one takes a few milliseconds, a job usually reuses it. */
export interface LinterCache {
  linterFor(settings: LinterSettings): Linter;
  indicatorTypesFor(settings: LinterSettings): IndicatorTypes | undefined;
}

/** Thrown when the user's indicator-types file is not JSON (a malformed reply throws IndicatorTypesError). */
export class IndicatorTypesFileError extends Error {
  override readonly name = 'IndicatorTypesFileError';
}

export function createLinterCache(): LinterCache {
  let last: { key: string; linter: Linter } | undefined;
  let types: { text: string; model: IndicatorTypes } | undefined;
  const indicatorTypesFor = (settings: LinterSettings): IndicatorTypes | undefined => {
    if (settings.indicatorTypes === undefined) return undefined;
    if (types?.text !== settings.indicatorTypes) types = { text: settings.indicatorTypes, model: parseIndicatorTypes(parseJson(settings.indicatorTypes)) };
    return types.model;
  };
  return {
    indicatorTypesFor,
    linterFor(settings) {
      const key = JSON.stringify([settings.rules, settings.indicatorTypes ?? null]);
      if (last?.key === key) return last.linter;
      const model = indicatorTypesFor(settings);
      // as `indicatorTypes` in a config file: every platform-pattern rule reads it from the settings
      const extraConfig: ConfigEntry[] = model ? [{ name: 'web/indicator-types', settings: { [INDICATOR_TYPES_SETTING]: model } }] : [];
      const linter = createLinter({ extraConfig, rules: settings.rules });
      last = { key, linter };
      return linter;
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new IndicatorTypesFileError(`the indicator-types file is not JSON: ${(error as Error).message}`);
  }
}
