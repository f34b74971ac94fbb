import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIO } from './io.js';
import { Progress, progressDelayMs, progressFor } from './progress.js';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

describe('progress bar', () => {
  it('draws nothing when disabled (stderr is not a terminal)', () => {
    const out = capture();
    let now = 0;
    const progress = new Progress(out.stream, { enabled: false, now: () => now });
    progress.begin('big.csv', 1000);
    now = 5000;
    progress.update(10, 500);
    progress.clear();
    expect(out.text()).toBe('');
  });

  it('waits for the delay, then draws the share of bytes read, and erases itself', () => {
    const out = capture();
    let now = 0;
    const progress = new Progress(out.stream, { enabled: true, now: () => now, delayMs: 1000, columns: 80 });
    progress.begin('big.csv', 1000);
    progress.update(1, 10);
    expect(out.text()).toBe('');
    now = 1500;
    progress.update(1234, 500);
    expect(out.text()).toMatch(/^\r\x1b\[2Kbig\.csv {2}\[#+-+\] {2}50% {2}1,234 records$/);
    progress.clear();
    expect(out.text().endsWith('\r\x1b[2K')).toBe(true);
  });

  it('shows a count and bytes when the size is unknown (stdin)', () => {
    const progress = new Progress(new PassThrough(), { enabled: true });
    progress.begin('<stdin>');
    progress.update(1, 2048);
    expect(progress.render()).toBe('<stdin>  1 record  2.0 KiB');
  });

  it('waits TCLINT_PROGRESS_DELAY_MS (whole ms) before it draws, else 1 s', () => {
    expect(progressDelayMs({})).toBe(1000);
    expect(progressDelayMs({ TCLINT_PROGRESS_DELAY_MS: '0' })).toBe(0);
    expect(progressDelayMs({ TCLINT_PROGRESS_DELAY_MS: ' 250 ' })).toBe(250);
    for (const value of ['', 'soon', '-1', '1.5', '1e3']) expect(progressDelayMs({ TCLINT_PROGRESS_DELAY_MS: value }), value).toBe(1000);
  });

  it('draws on the first update with a delay of 0, on a terminal only', () => {
    const terminal = capture();
    const io: CliIO = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: terminal.stream, env: { TCLINT_PROGRESS_DELAY_MS: '0' }, cwd: '/', stderrIsTTY: true, columns: 80 };
    const progress = progressFor(io);
    progress.begin('few.csv', 10);
    progress.update(1, 10);
    expect(terminal.text()).toMatch(/^\r\x1b\[2Kfew\.csv {2}\[#+\] 100% {2}1 record$/);
    const pipe = capture();
    const piped = progressFor({ ...io, stderr: pipe.stream, stderrIsTTY: false });
    piped.begin('few.csv', 10);
    piped.update(1, 10);
    expect(pipe.text()).toBe('');
  });
});
