import { RuleTester } from '@tclint/rule-tester';
import { plugin } from '../index.js';

new RuleTester().run(plugin, 'inner-whitespace', {
  valid: ['#apt28', '#apt_28', '#apt-28', ' #apt28 ', '#apt\t28', '#apt\n28', '#apt\u200b28', '', { name: 'missing field', values: {} }],
  invalid: [
    {
      value: '#apt 28',
      errors: [
        {
          messageId: 'innerWhitespace',
          field: 'Hashtag',
          data: { character: 'space (U+0020)', position: 5 },
          message:
            'Hashtag "#apt 28" has space (U+0020) at position 5; a hashtag is one word and ends at the first space. Not fixed: join the words (#apt28, #apt_28) or make one Hashtag of each',
        },
      ],
    },
    { name: 'position counts surrounding whitespace', value: '  #apt 28', errors: [{ messageId: 'innerWhitespace', data: { position: 7 } }] },
    { value: '#apt\u00a028', errors: [{ messageId: 'innerWhitespace', data: { character: 'no-break space (U+00A0)' } }] },
    { value: '#勒索\u3000软件', errors: [{ messageId: 'innerWhitespace', data: { character: 'ideographic space (U+3000)', position: 4 } }] },
    { value: '#a\u2003b', errors: [{ messageId: 'innerWhitespace', data: { character: 'space (U+2003)' } }] },
    { value: 'apt 28', errors: ['innerWhitespace'] },
    { value: '# apt28', errors: [{ messageId: 'innerWhitespace', data: { position: 2 } }] },
  ],
});
