/**
 * The standard `__main__.py` of a TcEx App: Python runs it for `python .`
 * in the App directory (and for a packaged App); it imports `run` from
 * `run.py` and calls it, as the TcEx App templates do.
 */
export const STANDARD_MAIN_PY = `"""Entry point: \`python .\` in the App directory runs the App."""
# first-party
from run import run

run()
`;

const MAX_STATEMENT = 200;

function isLibLauncher(content: string, programMain: string | undefined): boolean {
  if (!content.includes('lib_') || !content.includes('subprocess')) return false;
  const module = programMain?.replace(/\.py$/, '');
  return content.includes('programMain') || (module !== undefined && module !== '' && content.includes(`${module}.py`));
}

/**
 * Whether a `__main__.py` runs the App: it imports `run` from the `run`
 * module (`from run import run [as x]`, or `import run [as m]`) and calls it
 * as a statement. The legacy TcEx launchers count too: the 2018 template's,
 * which puts a `lib_*` directory on the path and runs `<programMain>.py` (read
 * from install.json) in a subprocess, and the `AppLib` class that does the same.
 */
export function mainRunsApp(content: string, programMain?: string): boolean {
  if (content.includes('AppLib') && content.includes('run_app')) return true;
  if (isLibLauncher(content, programMain)) return true;
  const functions = new Set<string>();
  const modules = new Set<string>();
  const calls: string[] = [];
  for (const rawLine of content.split('\n', 10000)) {
    const hash = rawLine.indexOf('#');
    const line = (hash === -1 ? rawLine : rawLine.slice(0, hash)).trim();
    if (line === '' || line.length > MAX_STATEMENT) continue;
    const words = line.split(/\s+/);
    if (words[0] === 'from' && words[1] === 'run' && words[2] === 'import') {
      for (const item of words.slice(3).join(' ').replace(/[()]/g, '').split(',')) {
        const [name, as, alias] = item.trim().split(/\s+/);
        if (name === 'run') functions.add(as === 'as' && alias ? alias : 'run');
      }
    } else if (words[0] === 'import') {
      for (const item of words.slice(1).join(' ').split(',')) {
        const [name, as, alias] = item.trim().split(/\s+/);
        if (name === 'run') modules.add(as === 'as' && alias ? alias : 'run');
      }
    } else calls.push(line.replace(/\s+/g, ''));
  }
  const callForms = new Set<string>();
  for (const f of functions) callForms.add(`${f}()`);
  for (const m of modules) callForms.add(`${m}.run()`);
  return calls.some((call) => callForms.has(call) || callForms.has(call.replace(/^sys\.exit\((.*)\)$/, '$1')));
}
