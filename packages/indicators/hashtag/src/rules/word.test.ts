import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'word', {
  valid: ['#apt28', '#APT28', '#CVE_2024_3094', '#_a', '#1a', 'apt28', '#apt 28', '#apt\t28', ' #apt28 ', '#', '', { name: 'missing field', values: {} }],
  invalid: [
    {
      value: '#c2-server',
      errors: [
        {
          messageId: 'character',
          field: 'Hashtag',
          data: { character: '"-"', position: 4 },
          message: 'Hashtag "#c2-server" has "-" at position 4; ThreatConnect\'s Hashtag pattern accepts only ASCII letters, digits and _ after the #. Not fixed: only you know what the tag should be',
        },
      ],
    },
    { value: '#勒索软件', errors: [{ messageId: 'character', data: { character: '"勒" (U+52D2)', position: 2 } }] },
    { value: '##double', errors: [{ messageId: 'character', data: { character: '"#"', position: 2 } }] },
    { value: '#c2.server', errors: [{ messageId: 'character', data: { character: '"."' } }] },
    { value: '#[.]com', errors: [{ messageId: 'character', data: { character: '"["' } }] },
    { value: '#a\\b', errors: [{ messageId: 'character', data: { character: '"\\\\"' } }] },
    { value: '#hi😀', errors: [{ messageId: 'character', data: { character: '"😀" (U+1F600)', position: 4 } }] },
    { name: 'position counts surrounding whitespace and a missing #', value: ' apt-28', errors: [{ messageId: 'character', data: { position: 5 } }] },
    { value: '#4471', errors: [{ messageId: 'noLetter', message: 'Hashtag "#4471" has no letter; ThreatConnect\'s Hashtag pattern needs at least one letter A-Z after the # ("#4471" reads as a number). Not fixed' }] },
    { value: '#___', errors: ['noLetter'] },
    { value: '#apt28_', errors: [{ messageId: 'underscoreEnd', message: 'Hashtag "#apt28_" ends with _; ThreatConnect\'s Hashtag pattern needs a letter or digit at the end. Not fixed' }] },
  ],
});
