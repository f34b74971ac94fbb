import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Self time per function of a V8 `.cpuprofile` (from `node --cpu-prof`):
 * each sample's time delta is charged to the node it landed in. Returns
 * `{ totalMs, functions: [{ name, where, selfMs, percent }], files: [...] }`,
 * heaviest first; `root` shortens file paths.
 */
export function summarizeProfile(path, { root = process.cwd() } = {}) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const functions = new Map();
  const files = new Map();
  let total = 0;
  for (const [id, us] of selfUs) {
    const { callFrame } = byId.get(id);
    const file = shortFile(callFrame.url, root);
    const name = callFrame.functionName || (callFrame.url ? '(anonymous)' : '(program)');
    const where = callFrame.url ? `${file}:${callFrame.lineNumber + 1}` : '';
    const key = `${name}@${where}`;
    const entry = functions.get(key) ?? { name, where, selfMs: 0 };
    entry.selfMs += us / 1000;
    functions.set(key, entry);
    const fileKey = callFrame.url ? file : name;
    files.set(fileKey, (files.get(fileKey) ?? 0) + us / 1000);
    total += us / 1000;
  }
  const withPercent = (list) => list.sort((a, b) => b.selfMs - a.selfMs).map((e) => ({ ...e, percent: (100 * e.selfMs) / total }));
  return {
    totalMs: total,
    functions: withPercent([...functions.values()]),
    files: withPercent([...files].map(([file, selfMs]) => ({ file, selfMs }))),
  };
}

function shortFile(url, root) {
  if (!url) return '';
  if (url.startsWith('node:')) return url;
  const path = url.startsWith('file:') ? fileURLToPath(url) : url;
  const rel = relative(root, path);
  return rel.startsWith('..') ? path : rel;
}
