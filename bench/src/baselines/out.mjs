import { once } from 'node:events';

const LIMIT = 1 << 16;
let pending = '';

/** Appends text to stdout, writing in 64 KiB batches and waiting when the stream is full. */
export async function writeOut(text) {
  pending += text;
  if (pending.length >= LIMIT) await flushOut();
}

export async function flushOut() {
  if (pending === '') return;
  const ok = process.stdout.write(pending);
  pending = '';
  if (!ok) await once(process.stdout, 'drain');
}
