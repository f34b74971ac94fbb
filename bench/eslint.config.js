import root from '../eslint.config.js';

// The bench is plain Node ESM (.mjs): the root config plus Node's globals.
export default [
  ...root,
  {
    files: ['**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', performance: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly' },
    },
  },
];
