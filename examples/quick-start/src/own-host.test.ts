import { RuleTester } from '@tclint/rule-tester';
import { mine } from '../tclint.config.mjs';

new RuleTester().run(mine, 'own-host', {
  valid: ['www.example.com', 'acme-corp.example.net', 'notacme-corp.example'],
  invalid: [
    { value: 'vpn.acme-corp.example', errors: [{ messageId: 'own', message: '"vpn.acme-corp.example" is one of our own hosts; never send it as an indicator' }] },
    { value: 'ACME-CORP.example', errors: ['own'] },
  ],
});
