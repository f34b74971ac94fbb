import { setUpCheckView } from './check-view.js';
import { setUpDiagnoseView } from './diagnose-view.js';
import { byId } from './dom.js';
import { setUpSettings } from './settings.js';
import { setUpTabs } from './tabs.js';
import { createWorkerClient } from './worker-client.js';

const client = createWorkerClient();
const settings = setUpSettings(
  {
    details: document.querySelector<HTMLDetailsElement>('#check-form details.options')!,
    typeSelect: byId('check-type'),
    rulesTable: byId('rules-table'),
    rulesStatus: byId('rules-status'),
    rulesReset: byId('rules-reset'),
    configFile: byId('config-file'),
    configDownload: byId('config-download'),
    typesFile: byId('indicator-types-file'),
    typesReset: byId('indicator-types-reset'),
    typesStatus: byId('indicator-types-status'),
  },
  client,
);
const tabs = setUpTabs(byId('main').querySelector('[role="tablist"]')!);
const diagnoseView = setUpDiagnoseView(client, settings);
setUpCheckView(client, settings, (input) => {
  tabs.select(byId('tab-diagnose'));
  byId('tab-diagnose').focus();
  diagnoseView.diagnose(input);
});

// a file dropped anywhere else would make the browser leave the page for it
for (const type of ['dragover', 'drop'] as const) {
  window.addEventListener(type, (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
}
