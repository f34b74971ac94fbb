import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';
let gnuTime;

/** Whether /usr/bin/time is GNU time (`-f %M` gives the peak RSS in KiB, `%U %S` the CPU seconds). */
export function hasGnuTime() {
  if (gnuTime === undefined) {
    gnuTime = existsSync(TIME) && spawnSync(TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).stderr?.trim().match(/^\d+$/) !== null;
  }
  return gnuTime;
}

/** How peak RSS is measured on this machine, for the report. */
export function rssMethod() {
  return hasGnuTime() ? 'GNU time (%M, maximum resident set size)' : 'VmHWM polled from /proc/<pid>/status every 5 ms (a lower bound)';
}

/**
 * Runs one command to completion with stdout and stderr sent to files and
 * returns its wall time (spawn to exit, so process start-up is included),
 * exit code, peak resident set size and, with GNU time, its CPU time (user +
 * system, all threads): what the regression check compares, since waiting
 * for a busy machine's cores adds wall time but no CPU time.
 */
export async function runProcess(command, args, { stdoutPath, stderrPath, cwd, env } = {}) {
  const out = openSync(stdoutPath ?? '/dev/null', 'w');
  const err = openSync(stderrPath ?? '/dev/null', 'w');
  const rssFile = join(tmpdir(), `tclint-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const viaTime = hasGnuTime();
  const [file, argv] = viaTime ? [TIME, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, args];
  let peakKb = 0;
  let cpuMs;
  try {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { stdio: ['ignore', out, err], cwd, env: env ?? process.env });
    let poll;
    if (!viaTime) {
      poll = setInterval(() => {
        peakKb = Math.max(peakKb, vmHwmKb(child.pid));
      }, 5);
    }
    const code = await new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (exitCode, signal) => resolve(signal ? `signal ${signal}` : exitCode));
    });
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (poll) clearInterval(poll);
    if (viaTime) {
      const [rss, user, system] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
      peakKb = rss;
      cpuMs = (user + system) * 1000;
    }
    return { wallMs, code, peakRssKb: peakKb, cpuMs };
  } finally {
    closeSync(out);
    closeSync(err);
    rmSync(rssFile, { force: true });
  }
}

function vmHwmKb(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
