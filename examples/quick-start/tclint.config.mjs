// A rule of your own, defined in the config that uses it, beside the official rules.
import { definePlugin, defineRule, preview } from '@tclint/core';
import { OFFICIAL_PLUGINS, recommendedOf } from '@tclint/preset';

const ownHost = defineRule({
  meta: {
    id: 'own-host',
    subject: 'indicator',
    types: ['Host'],
    description: 'Our own hosts are never indicators',
    messages: { own: '{{host}} is one of our own hosts; never send it as an indicator' },
    severity: 'error',
  },
  check(subject, context) {
    const host = subject.values.hostName;
    if (host !== undefined && /(^|\.)acme\.example\.com$/i.test(host)) context.report({ messageId: 'own', data: { host: preview(host) }, field: 'hostName' });
  },
});

export const mine = definePlugin({ meta: { name: 'mine', namespace: 'mine' }, rules: { 'own-host': ownHost } });

export default [...OFFICIAL_PLUGINS.map(recommendedOf), mine.configs.recommended];
