import { describe, expect, it } from 'vitest';
import { tclintCli } from './commands.mjs';
import { measureStartup } from './startup.mjs';

const cli = tclintCli();
if (!cli) console.log('startup: the tclint CLI is not built: the start-up measurement is not tested');

describe('measureStartup', () => {
  it.runIf(cli)('runs node -e 0 and tclint check --type asn alternately and gives the ratios of their medians', async () => {
    const startup = await measureStartup({ cli, runs: 2 });
    expect(startup.commands.map((c) => c.id)).toEqual(['node', 'tclint']);
    const [node, tclint] = startup.commands;
    expect(startup.wallRatio).toBeCloseTo(tclint.wallMs / node.wallMs, 10);
    if (node.cpuMs) expect(startup.cpuRatio).toBeCloseTo(tclint.cpuMs / node.cpuMs, 10);
    expect(startup.runs).toBe(2);
  });

  it('refuses a CLI that crashes instead of reporting a fast start-up', async () => {
    await expect(measureStartup({ cli: '/nonexistent/tclint.js', runs: 1 })).rejects.toThrow(/did not report an asn\/ problem/);
  });
});
