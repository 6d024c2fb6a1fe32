// The lint rules: ESLint's and typescript-eslint's recommended sets, and a few of the
// project's own conventions that a script can hold better than a review:
// - text a person reads comes from the message catalogue (src/i18n), so code under
//   src/ writes no `{ en, es }` sentence pair and asks no `lang === 'es'`;
// - errors are told apart with `instanceof`, not by matching their names;
// - no `any` in the product's code (tests and benchmarks may poke at loose data).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'src/interview/web/static/**', 'bench/real-pages/**', 'examples/**/site/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', performance: 'readonly', structuredClone: 'readonly', AbortController: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', queueMicrotask: 'readonly', setImmediate: 'readonly', NodeJS: 'readonly', fetch: 'readonly', AbortSignal: 'readonly' },
    },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // Control characters in patterns are deliberate here: input is cleaned of them.
      'no-control-regex': 'off',
    },
  },
  {
    // Code that runs inside a page (page.evaluate) sees the browser's globals.
    files: ['docs/*.js', 'test/**/*screenshot*.js'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly' } },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/i18n/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error',
        {
          selector: "BinaryExpression[operator=/^[!=]==?$/][right.value='es'][left.name=/^(lang|l)$/], BinaryExpression[operator=/^[!=]==?$/][right.value='es'][left.property.name='lang']",
          message: 'Text for a language comes from the message catalogue (src/i18n): use t(lang, id) instead of asking whether lang is es.',
        },
        {
          selector: "ObjectExpression:has(> Property[key.name='en'][value.type=/Literal$/]):has(> Property[key.name='es'][value.type=/Literal$/])",
          message: 'A sentence in both languages belongs in the message catalogue (src/i18n): use localized(id, values).',
        },
        {
          selector: "BinaryExpression[operator=/^[!=]==?$/] > MemberExpression[property.name='name'][object.type!='ThisExpression']",
          message: 'Tell errors apart with instanceof, not by their name.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.js', '*.config.{js,ts}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
