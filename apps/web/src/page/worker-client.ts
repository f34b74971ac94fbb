import type { Reply, Request } from '../protocol.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type RequestBody = DistributiveOmit<Request, 'id'>;

const TERMINAL = new Set<Reply['kind']>(['described', 'checked', 'diagnosed', 'rows', 'wrong-format', 'failed']);

export interface WorkerClient {
  /** Sends a request; `onReply` gets every reply to it, the last one terminal (`failed` when the worker dies or the job is cancelled). */
  send(body: RequestBody, onReply: (reply: Reply) => void, transfer?: Transferable[]): void;
  /** Stops every running job (the worker is ended; the next request starts a new one). */
  cancel(): void;
}

/** The engine runs in a worker, started on the first request: the first screen loads only the page's own script. */
export function createWorkerClient(): WorkerClient {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, (reply: Reply) => void>();
  const failAll = (message: string) => {
    const handlers = [...pending.entries()];
    pending.clear();
    for (const [id, onReply] of handlers) onReply({ kind: 'failed', id, message });
  };
  const start = (): Worker => {
    const started = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'tclint' });
    started.addEventListener('message', (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const onReply = pending.get(reply.id);
      if (TERMINAL.has(reply.kind)) pending.delete(reply.id);
      onReply?.(reply);
    });
    started.addEventListener('error', (event) => {
      event.preventDefault();
      worker = undefined;
      started.terminate();
      failAll(`The checker stopped: ${event.message || 'it could not be loaded'}`);
    });
    return started;
  };
  return {
    send(body, onReply, transfer = []) {
      worker ??= start();
      const id = nextId++;
      pending.set(id, onReply);
      worker.postMessage({ ...body, id } as Request, transfer);
    },
    cancel() {
      worker?.terminate();
      worker = undefined;
      failAll('Cancelled.');
    },
  };
}
