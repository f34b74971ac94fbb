import { ConfigError, INDICATOR_TYPES } from '@tclint/core';
import { IndicatorTypesError } from '@tclint/tc-types';
import type { Reply, Request, RuleRow } from '../protocol.js';
import { runCheck } from './check-job.js';
import { runDiagnose } from './diagnose-job.js';
import { idnLoaded, loadIdn, takeIdnMiss } from './idn.js';
import { createLinterCache, IndicatorTypesFileError, type LinterCache } from './linter-for.js';
import { mayNeedIdn } from './may-need-idn.js';

/** The part of a dedicated worker's global scope this file uses (the page's tsconfig has the DOM types, not the worker's). */
interface WorkerScope {
  postMessage(message: Reply, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Request>) => void): void;
}

const scope = self as unknown as WorkerScope;
const cache = createLinterCache();
const post = (reply: Reply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);
// one job at a time, in the order asked
let queue: Promise<void> = Promise.resolve();

scope.addEventListener('message', (event) => {
  const request = event.data;
  queue = queue.then(() => handle(request, cache));
});

async function handle(request: Request, cache: LinterCache): Promise<void> {
  try {
    if (request.kind === 'describe') return describe(request.id, request.settings, cache);
    const bytes = new Uint8Array(request.input.bytes);
    const name = request.input.name;
    if (mayNeedIdn(bytes) && !idnLoaded()) {
      post({ kind: 'progress', id: request.id, bytes: 0, total: bytes.length, records: 0, phase: 'loading-idn' });
      await loadIdn();
    }
    const run = async (send: typeof post) => {
      const linter = cache.linterFor(request.settings);
      if (request.kind === 'check') {
        await runCheck(linter, { id: request.id, bytes, format: request.format, ...(name !== undefined && { name }), ...(request.type !== undefined && { type: request.type }) }, send);
      } else {
        await runDiagnose(linter, { id: request.id, bytes, format: request.format, ...(name !== undefined && { name }), ...(request.secretKey && { secretKey: request.secretKey }) }, send);
      }
    };
    takeIdnMiss();
    // the last reply waits until it is known that no rule missed the IDN tables
    let last: Parameters<typeof post> | undefined;
    let missed = false;
    try {
      await run((reply, transfer) => {
        if (reply.kind === 'progress' || reply.kind === 'rows') post(reply, transfer);
        else last = [reply, transfer];
      });
    } catch (error) {
      if (!takeIdnMiss()) throw error;
      missed = true;
    }
    if (missed || takeIdnMiss()) {
      // a name needed the IDN tables that the first look at the bytes did not foresee: the same run again, with them
      post({ kind: 'restart', id: request.id });
      await loadIdn();
      await run(post);
    } else if (last) post(...last);
  } catch (error) {
    post(failure(request.id, error));
  }
}

function describe(id: number, settings: Request['settings'], cache: LinterCache): void {
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
