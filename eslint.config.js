// Type-aware lint with the architecture's layer rules written as lint rules (docs/ARCHITECTURE.md,
// "Rules lint and tests enforce").
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { boundariesPlugin } from './eslint.boundaries.js';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'events',
  'worker_threads',
];

/** Import rules per layer. Exported so tests can show a deliberate violation is reported. */
export const layerRules = {
  shared: {
    patterns: [
      { regex: '^electron(/.*)?$', message: 'shared/ runs anywhere: it may not import electron.' },
      { group: nodeBuiltins, message: 'shared/ runs anywhere: it may not import Node built-ins.' },
      {
        regex: '^(react|react-dom)(/.*)?$|^@tiptap/',
        message: 'shared/ runs anywhere: it may not import React or UI libraries.',
      },
      {
        group: ['**/renderer/**', '**/electron/**'],
        message: 'shared/ may not import from renderer/ or electron/.',
      },
    ],
  },
  renderer: {
    patterns: [
      {
        regex: '^electron(/.*)?$',
        message: 'renderer/ is sandboxed: it reaches main only through window.tandem.',
      },
      { group: ['**/electron/**'], message: 'renderer/ may not import from electron/.' },
      { group: nodeBuiltins, message: 'renderer/ is sandboxed: no Node built-ins.' },
    ],
  },
  electron: {
    patterns: [{ group: ['**/renderer/**'], message: 'electron/ may not import from renderer/.' }],
  },
};

const R = 'renderer/src/';

/**
 * Main's logic that runs in plain Node: the disk mirror, sync, sharing's logic (identity, pairing,
 * consent), backup and atomic files. Their few Electron adapters are *.electron.ts files.
 */
const ELECTRON_FREE = [
  'electron/main/mirror/',
  'electron/main/sync/',
  'electron/main/sharingLogic/',
  'electron/main/backup/',
  'electron/main/files/',
];

/**
 * Inside each process, imports run one way (eslint.boundaries.js resolves every relative import
 * to a path before it compares). Exported so tests can show a deliberate violation is reported.
 */
export const importBoundaries = {
  featureFaces: {
    root: `${R}features/`,
    message:
      "A feature uses another only through its index: import from '../{feature}' and export what " +
      'it needs from features/{feature}/index.ts, or move a helper several features use to ' +
      'services/ or ui/.',
  },
  boundaries: [
    {
      files: [`${R}features/`],
      mayNotImport: [`${R}app/`],
      message:
        'features/ sit below app/: read services with useAppServices (services/), or let app/ pass ' +
        'what a feature needs as a prop.',
    },
    {
      files: [`${R}services/`],
      mayNotImport: [`${R}app/`, `${R}features/`],
      message: 'services/ sit below app/ and features/: they may use ui/, data/ and i18n/ only.',
    },
    {
      files: [`${R}ui/`],
      mayNotImport: [`${R}app/`, `${R}features/`, `${R}services/`],
      message: 'ui/ sits below services/, features/ and app/: it may use data/ and i18n/ only.',
    },
    {
      files: [`${R}data/`, `${R}i18n/`],
      mayNotImport: [`${R}app/`, `${R}features/`, `${R}services/`, `${R}ui/`],
      message:
        "data/ and i18n/ are the renderer's ground floor: they import nothing of the renderer above them.",
    },
    {
      files: ['electron/'],
      except: ['.electron.ts'],
      mayNotImport: ['electron', '*.electron'],
      typesAllowed: true,
      message:
        'Only files named *.electron.ts import the electron module, or a module that does, at run ' +
        'time: put the Electron call in such an adapter and hand the rest what it needs.',
    },
    {
      files: ELECTRON_FREE,
      except: ['.electron.ts'],
      mayNotImport: ['electron'],
      message:
        'Electron-free logic (runs and is tested in plain Node): no electron, not even its types; ' +
        'an adapter named *.electron.ts does the Electron part.',
    },
    {
      files: ['electron/main/'],
      except: ['electron/main/ipc/', '.electron.ts'],
      mayNotImport: ['electron/main/ipc/'],
      message:
        "Main's services sit below ipc/, which routes each channel to them: a service never imports " +
        'ipc/, and its interface belongs to the module that implements it.',
    },
  ],
};

const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'indexedDB',
  'location',
  'HTMLElement',
].map((name) => ({
  name,
  message: 'shared/ runs anywhere: no DOM globals.',
}));

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'bench/results/**',
      'coverage/**',
      'tests/lint/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', layerRules.shared],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', layerRules.renderer] } },
  { files: ['electron/**/*.ts'], rules: { 'no-restricted-imports': ['error', layerRules.electron] } },
  {
    files: ['renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    plugins: { tandem: boundariesPlugin },
    rules: { 'tandem/import-boundaries': ['error', importBoundaries] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  { files: ['*.js'], ...tseslint.configs.disableTypeChecked },
  // Packaging hooks electron-builder loads with require(): plain CommonJS, outside every tsconfig.
  {
    files: ['build/**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable' },
      parserOptions: { projectService: false, project: null },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
);
