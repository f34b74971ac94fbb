import { applyChanges, asChanges, type Engine, type LintMessage, type Subject } from '@tclint/core';
import type { DiagnosableSubject, Diagnosis, DiagnoseResult } from './diagnosis.js';
import { INDICATOR_FORMAT_CLASS, indicatorFormatDiagnoses } from './indicator-format.js';
import { unrecognizedDiagnosis } from './unrecognized.js';

/**
 * Runs the error-class rules on a subject and, for a rejected indicator
 * create, the indicator rules on the request body. A failure nothing
 * recognizes gets an explicit `unrecognized` diagnosis. Never throws.
 */
export function diagnoseWith<S extends DiagnosableSubject>(engine: Engine, subject: S): DiagnoseResult<S> {
  let diagnoses: Diagnosis[];
  let output: S | undefined;
  try {
    const fixed = engine.fix(subject);
    diagnoses = engine.check(subject).messages.map(fromMessage);
    output = fixed.output;
    if (subject.kind === 'exchange') {
      const format = indicatorFormatDiagnoses(engine, subject);
      diagnoses.push(...format.diagnoses);
      if (format.body !== undefined) output = applyChanges((output ?? subject) as Subject, [{ field: 'request.body', value: format.body }]) as S;
    }
  } catch (error) {
    diagnoses = [internalDiagnosis(error)];
  }
  if (!diagnoses.some(explains)) {
    const unrecognized = unrecognizedDiagnosis(subject);
    if (unrecognized) diagnoses.push(unrecognized);
  }
  const result: DiagnoseResult<S> = {
    subject,
    diagnoses,
    errorCount: diagnoses.filter((d) => d.severity === 'error').length,
    warningCount: diagnoses.filter((d) => d.severity === 'warning').length,
  };
  if (output) result.output = output;
  return result;
}

/** Whether a diagnosis explains the failure: an error-class finding, or an indicator-format error (a warning about a body does not explain a 400). */
function explains(diagnosis: Diagnosis): boolean {
  if (diagnosis.classId === 'internal') return false;
  return diagnosis.classId !== INDICATOR_FORMAT_CLASS || diagnosis.severity === 'error';
}

function fromMessage(message: LintMessage): Diagnosis {
  const diagnosis: Diagnosis = {
    classId: message.classId ?? (message.internal ? 'internal' : namespaceOf(message.ruleId)),
    ruleId: message.ruleId,
    severity: message.severity,
    message: message.message,
    evidence: message.evidence ?? [],
    remedies: message.remedies ?? [],
  };
  if (message.fix) diagnosis.fix = asChanges(message.fix).length === 1 ? asChanges(message.fix)[0]! : message.fix;
  if (message.field !== undefined) diagnosis.field = message.field;
  if (message.docsUrl) diagnosis.docsUrl = message.docsUrl;
  return diagnosis;
}

function namespaceOf(ruleId: string): string {
  const slash = ruleId.lastIndexOf('/');
  return slash > 0 ? ruleId.slice(0, slash) : ruleId;
}

function internalDiagnosis(error: unknown): Diagnosis {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    classId: 'internal',
    ruleId: 'tclint/internal-error',
    severity: 'error',
    message: `tclint failed while diagnosing: ${reason}`,
    evidence: [],
    remedies: ['Report this at https://github.com/tclint/tclint/issues with the input that caused it (remove credentials first).'],
  };
}
