import { RuleTester } from '@tclint/rule-tester';
import { mine } from '../tclint.config.mjs';

new RuleTester().run(mine, 'own-host', {
  valid: ['www.example.com', 'acme.example.net', 'notacme.example.com'],
  invalid: [
    { value: 'vpn.acme.example.com', errors: [{ messageId: 'own', message: '"vpn.acme.example.com" is one of our own hosts; never send it as an indicator' }] },
    { value: 'ACME.Example.com', errors: ['own'] },
  ],
});
