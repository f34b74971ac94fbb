import { ConfigError, INDICATOR_TYPES } from '@tclint/core';
import { IndicatorTypesError } from '@tclint/tc-types';
import type { LinterSettings, ProblemRow, ProblemTable, Reply, Request, RuleRow } from '../protocol.js';
import { runCheck } from './check-job.js';
import { runDiagnose } from './diagnose-job.js';
import { createLinterCache, IndicatorTypesFileError, type LinterCache } from './linter-for.js';
import { mayNeedIdn } from './may-need-idn.js';
import { runWithIdn, type Post } from './with-idn.js';

/** The part of a dedicated worker's global scope this file uses (the page's tsconfig has the DOM types, not the worker's). */
interface WorkerScope {
  postMessage(message: Reply, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Request>) => void): void;
}

const scope = self as unknown as WorkerScope;
const cache = createLinterCache();
const post = (reply: Reply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);
/** The worker's state: the jobs waiting (one runs at a time, in the order asked), and the rows of the last check. */
const state: { queue: Promise<void>; lastCheck?: { id: number; rows: Record<ProblemTable, ProblemRow[]> } } = { queue: Promise.resolve() };

scope.addEventListener('message', (event) => {
  const request = event.data;
  state.queue = state.queue.then(() => handle(request, cache));
});

async function handle(request: Request, cache: LinterCache): Promise<void> {
  try {
    if (request.kind === 'describe') return describe(request.id, request.settings, cache);
    if (request.kind === 'rows') {
      const rows = state.lastCheck?.id === request.check ? state.lastCheck.rows[request.table] : undefined;
      if (!rows) post({ kind: 'failed', id: request.id, message: 'These results are gone: run the check again.' });
      else post({ kind: 'rows', id: request.id, rows: rows.slice(request.from, request.to) });
      return;
    }
    if (request.kind === 'check') state.lastCheck = undefined;
    const bytes = new Uint8Array(request.input.bytes);
    const name = request.input.name;
    const run = async (send: Post) => {
      const linter = cache.linterFor(request.settings);
      if (request.kind === 'check') {
        const rows = await runCheck(linter, { id: request.id, bytes, format: request.format, ...(name !== undefined && { name }), ...(request.type !== undefined && { type: request.type }) }, send);
        state.lastCheck = rows && { id: request.id, rows };
      } else {
        await runDiagnose(linter, { id: request.id, bytes, format: request.format, ...(name !== undefined && { name }), ...(request.secretKey && { secretKey: request.secretKey }) }, send);
      }
    };
    await runWithIdn(request.id, mayNeedIdn(bytes), run, post);
  } catch (error) {
    post(failure(request.id, error));
  }
}

function describe(id: number, settings: LinterSettings, cache: LinterCache): void {
  const linter = cache.linterFor(settings);
  const rules: RuleRow[] = linter.rules().map((rule) => ({
    id: rule.id,
    description: rule.description,
    defaultSeverity: rule.defaultSeverity,
    severity: rule.severity,
    fixable: rule.fixable,
    ...(rule.types !== undefined && { types: rule.types }),
    ...(rule.classId !== undefined && { classId: rule.classId }),
    ...(rule.docsUrl !== undefined && { docsUrl: rule.docsUrl }),
  }));
  const model = cache.indicatorTypesFor(settings);
  const types = INDICATOR_TYPES.map((t) => t.name);
  const indicatorTypes = model
    ? { source: 'yours' as const, types: model.types.length, custom: model.types.filter((t) => !types.includes(t.name)).map((t) => t.name), ...(model.about !== undefined && { about: model.about }) }
    : { source: 'recorded' as const, types: types.length, custom: [] };
  post({ kind: 'described', id, rules, types, indicatorTypes });
}

function failure(id: number, error: unknown): Reply {
  if (error instanceof ConfigError) return { kind: 'failed', id, message: 'The rule settings are not valid.', problems: error.problems.map(String) };
  if (error instanceof IndicatorTypesError) return { kind: 'failed', id, message: 'The indicator-types file is not a valid ThreatConnect indicatorTypes reply.', problems: error.problems.map((p) => `${p.path}: ${p.message}`) };
  if (error instanceof IndicatorTypesFileError) return { kind: 'failed', id, message: error.message };
  return { kind: 'failed', id, message: error instanceof Error ? error.message : String(error) };
}
