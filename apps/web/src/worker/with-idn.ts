import type { Reply } from '../protocol.js';
import { idnLoaded, loadIdn, takeIdnMiss } from './idn.js';

export type Post = (reply: Reply, transfer?: Transferable[]) => void;

/**
 * Runs a job with the IDN tables loaded first when its input `mayNeed` them
 * (`mayNeedIdn`), without them otherwise. Should a rule ask for them all the
 * same, the run's last reply is held back, the page is told to start over
 * (`restart`) and the job runs again with the tables: a result never depends
 * on the guess.
 */
export async function runWithIdn(id: number, mayNeed: boolean, run: (send: Post) => Promise<void>, post: Post): Promise<void> {
  if (mayNeed && !idnLoaded()) {
    post({ kind: 'progress', id, bytes: 0, total: 0, records: 0, problems: 0, phase: 'loading-idn' });
    await loadIdn();
  }
  takeIdnMiss();
  let last: Parameters<Post> | undefined;
  let missed = false;
  try {
    await run((reply, transfer) => {
      if (reply.kind === 'progress') post(reply, transfer);
      else last = [reply, transfer];
    });
  } catch (error) {
    if (!takeIdnMiss()) throw error;
    missed = true;
  }
  if (!missed && !takeIdnMiss()) {
    if (last) post(...last);
    return;
  }
  post({ kind: 'restart', id });
  await loadIdn();
  await run(post);
}
