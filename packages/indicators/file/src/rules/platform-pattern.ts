import { defineAnalysis, defineRule, type RuleMeta } from '@tclint/core';
import { platformPatternRule } from '@tclint/tc-types';
import { docsUrl } from '../docs-url.js';
import { HASH_FIELDS } from '../fields.js';
import { findLabelledHashes } from '../labels.js';

const pattern = platformPatternRule({ type: 'File', docsUrl: docsUrl('platform-pattern') });

/**
 * The File values as ThreatConnect's patterns are asked about them: an empty
 * field holds no hash (a summary leaves it out), and a labelled hash is
 * checked in the field its length names, where file/label reports it, so the
 * backstop does not report it a second time in the field a summary put it in.
 */
export function valuesForPattern(values: Readonly<Record<string, string>>): Record<string, string> {
  const view: Record<string, string> = {};
  for (const field of HASH_FIELDS) if (values[field]) view[field] = values[field];
  for (const found of findLabelledHashes(values)) {
    if (found.reportedIn === found.field) continue;
    delete view[found.field];
    view[found.reportedIn] = values[found.field]!;
  }
  return view;
}

const patternView = defineAnalysis('file/pattern-view', valuesForPattern);

/** ThreatConnect's own File patterns (32, 40, 64 hex digits), as a backstop: see `valuesForPattern`. */
export const platformPattern = defineRule({
  meta: pattern.meta as RuleMeta<'indicator'>,
  check(subject, ctx) {
    pattern.check({ ...subject, values: ctx.analyze(patternView, subject.values) }, ctx);
  },
});
