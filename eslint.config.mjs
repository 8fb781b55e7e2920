import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { builtinModules } from 'node:module'

// Layering (DESIGN.md): src/shared is pure TypeScript; the renderer never reaches main.
const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'))
const sharedForbidden = [
  'electron',
  'react',
  'react-dom',
  'better-sqlite3',
  'exceljs',
  'pdfkit',
  ...nodeBuiltins,
  ...nodeBuiltins.map((m) => `node:${m}`)
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-output/**', '.native/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', '**/src/main', '@main/*'], message: 'The renderer talks to main through the contract only.' },
            { group: ['electron', 'better-sqlite3', 'exceljs', 'pdfkit', 'node:*'], message: 'No Node or Electron in the renderer.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: sharedForbidden.map((name) => ({ name, message: 'src/shared is pure TypeScript (DESIGN.md).' })),
          patterns: [
            { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared depends on nothing above it.' },
            { group: ['node:*', 'electron/*', 'exceljs/*', 'pdfkit/*', 'react/*', 'react-dom/*'], message: 'src/shared is pure TypeScript (DESIGN.md).' }
          ]
        }
      ]
    }
  }
)
