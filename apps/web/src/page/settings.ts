import type { RuleSetting as ConfigRuleSetting } from '@tclint/core';
import type { LinterSettings, Reply, RuleRow } from '../protocol.js';
import { el, plural } from './dom.js';
import type { WorkerClient } from './worker-client.js';

export interface SettingsParts {
  details: HTMLDetailsElement;
  typeSelect: HTMLSelectElement;
  rulesTable: HTMLElement;
  rulesStatus: HTMLElement;
  rulesReset: HTMLButtonElement;
  configFile: HTMLInputElement;
  configDownload: HTMLButtonElement;
  typesFile: HTMLInputElement;
  typesReset: HTMLButtonElement;
  typesStatus: HTMLElement;
}

export interface Settings {
  /** What a run is configured with now. */
  current(): LinterSettings;
}

const SEVERITIES = ['off', 'warn', 'error'] as const;

/**
 * The options a config file would give: rule severities (set one by one, or
 * from a tclint.config.json), the type of untyped values, and the user's own
 * indicator-types reply. The rules are listed when the options are opened.
 */
export function setUpSettings(parts: SettingsParts, client: WorkerClient): Settings {
  const rules: Record<string, ConfigRuleSetting> = {};
  let indicatorTypes: { name: string; text: string } | undefined;
  let described = false;
  const selects = new Map<string, HTMLSelectElement>();

  const settings = (): LinterSettings => ({ rules: { ...rules }, ...(indicatorTypes && { indicatorTypes: indicatorTypes.text }) });
  const countChanged = () => {
    const changed = Object.keys(rules).length;
    parts.rulesStatus.textContent = changed ? `${plural(changed, 'rule')} set differently from the recommended config.` : 'Every rule at its recommended severity.';
  };

  const showRules = (list: readonly RuleRow[], types: readonly string[]) => {
    if (parts.typeSelect.options.length === 1) for (const type of types) parts.typeSelect.append(el('option', { value: type }, type));
    selects.clear();
    const rows = list.map((rule) => {
      const select = el('select', { 'aria-label': `Severity of ${rule.id}` }, el('option', { value: '' }, `recommended (${rule.defaultSeverity})`), ...SEVERITIES.map((s) => el('option', { value: s }, s)));
      const given = rules[rule.id];
      select.value = typeof given === 'string' && (SEVERITIES as readonly string[]).includes(given) ? given : '';
      select.addEventListener('change', () => {
        if (select.value === '') delete rules[rule.id];
        else rules[rule.id] = select.value as ConfigRuleSetting;
        countChanged();
      });
      selects.set(rule.id, select);
      const name = rule.docsUrl ? el('a', { href: rule.docsUrl, target: '_blank', rel: 'noopener noreferrer' }, rule.id) : el('code', {}, rule.id);
      return el('tr', {}, el('td', { class: 'rule' }, name), el('td', {}, rule.description), el('td', {}, select));
    });
    const head = el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Rule'), el('th', { scope: 'col' }, 'What it checks'), el('th', { scope: 'col' }, 'Severity')));
    parts.rulesTable.replaceChildren(el('table', {}, el('caption', { class: 'visually-hidden' }, 'Rules and their severities'), head, el('tbody', {}, ...rows)));
    countChanged();
  };

  const describe = (onDone?: (reply: Reply) => void) => {
    client.send({ kind: 'describe', settings: settings() }, (reply) => {
      if (reply.kind === 'described') {
        showRules(reply.rules, reply.types);
        described = true;
      }
      onDone?.(reply);
    });
  };

  parts.details.addEventListener('toggle', () => {
    if (parts.details.open && !described) {
      parts.rulesTable.textContent = 'Loading the rules…';
      describe();
    }
  });

  parts.rulesReset.addEventListener('click', () => {
    for (const id of Object.keys(rules)) delete rules[id];
    for (const select of selects.values()) select.value = '';
    countChanged();
  });

  parts.configDownload.addEventListener('click', () => {
    const text = `${JSON.stringify({ rules }, null, 2)}\n`;
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = el('a', { href: url, download: 'tclint.config.json' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });

  parts.configFile.addEventListener('change', async () => {
    const file = parts.configFile.files?.[0];
    if (!file) return;
    const given = readConfigRules(await file.text());
    if (typeof given === 'string') {
      parts.rulesStatus.textContent = `${file.name}: ${given}`;
      return;
    }
    for (const id of Object.keys(rules)) delete rules[id];
    Object.assign(rules, given);
    for (const [id, select] of selects) {
      const setting = rules[id];
      select.value = typeof setting === 'string' && (SEVERITIES as readonly string[]).includes(setting) ? setting : '';
    }
    parts.rulesStatus.textContent = `Using the rules of ${file.name} (${plural(Object.keys(given).length, 'setting')}); the page has the official rules only, so "plugins" and "extends" are not read.`;
  });

  parts.typesFile.addEventListener('change', async () => {
    const file = parts.typesFile.files?.[0];
    if (!file) return;
    const previous = indicatorTypes;
    indicatorTypes = { name: file.name, text: await file.text() };
    parts.typesStatus.textContent = `Reading ${file.name}…`;
    describe((reply) => {
      if (reply.kind === 'described' && reply.indicatorTypes.source === 'yours') {
        const custom = reply.indicatorTypes.custom.length ? `; custom types: ${reply.indicatorTypes.custom.join(', ')}` : '';
        parts.typesStatus.textContent = `Using ${file.name}: ${plural(reply.indicatorTypes.types, 'indicator type')}${custom}.`;
        parts.typesReset.hidden = false;
      } else if (reply.kind === 'failed') {
        indicatorTypes = previous;
        parts.typesFile.value = '';
        parts.typesStatus.replaceChildren(`${file.name} was not used. ${reply.message}`, ...(reply.problems?.length ? [el('ul', {}, ...reply.problems.slice(0, 20).map((p) => el('li', {}, p)))] : []));
      }
    });
  });
  parts.typesReset.addEventListener('click', () => {
    indicatorTypes = undefined;
    parts.typesFile.value = '';
    parts.typesReset.hidden = true;
    parts.typesStatus.textContent = 'Using the recorded reply.';
  });

  return { current: settings };
}

/** The `rules` of a tclint.config.json, or why there are none. */
export function readConfigRules(text: string): Record<string, ConfigRuleSetting> | string {
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return 'not a tclint.config.json (expected an object with "rules")';
  const given = (config as { rules?: unknown }).rules;
  if (given === undefined) return 'has no "rules"';
  if (typeof given !== 'object' || given === null || Array.isArray(given)) return '"rules" must be an object of rule ids and severities';
  return given as Record<string, ConfigRuleSetting>;
}
