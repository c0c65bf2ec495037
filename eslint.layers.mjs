// The layering rules of ARCHITECTURE.md, enforced by lint (test/unit/lint/layering.test.ts proves
// each one fires). Kept apart from eslint.config.mjs so the test lints against exactly these rules.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`), 'node:*'];

const noNode = { group: nodeBuiltins, message: 'This layer runs without Node: no Node built-ins.' };
const noElectron = { regex: '^electron(/|$)', message: 'Only electron/main and electron/preload may import electron.' };

/** DOM and Node globals that pure shared/ code must not touch. */
const domAndNodeGlobals = [
  'window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest',
  'WebSocket', 'HTMLElement', 'Element', 'self', 'process', 'Buffer', 'require', 'module', '__dirname', '__filename',
  'global', 'setImmediate',
].map((name) => ({ name, message: 'shared/ is pure TypeScript: no DOM or Node globals.' }));

const nodeGlobals = ['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global', 'setImmediate'].map(
  (name) => ({ name, message: 'The renderer has no Node: reach main through the api object.' }),
);

export const layers = [
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parser: tseslint.parser },
  },
  // First, so the stricter per-layer rules below override it for their files (flat config: last wins).
  {
    name: 'layers/ipc-only-in-wrappers',
    files: ['electron/**/*.ts'],
    // ipc.ts and the preload are the wrappers; index.ts/app-main.ts are the composition root that
    // hands ipcMain to ipc.ts (they import the module whole, which the rule cannot tell apart).
    ignores: ['electron/main/ipc.ts', 'electron/preload/index.ts', 'electron/main/index.ts', 'electron/main/app-main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'Use the contract: ipcMain only in electron/main/ipc.ts, ipcRenderer only in the preload.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'layers/shared-is-pure',
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noNode,
            noElectron,
            { group: ['react', 'react-dom', 'react-*', 'zustand', 'ws', 'ssh2', 'pdfmake', 'pdfmake/*', 'i18next'], message: 'shared/ may use only pure libraries (zod).' },
            { group: ['**/electron/**', '**/renderer/**', '../../electron', '../../renderer'], message: 'shared/ may not import from electron/ or renderer/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domAndNodeGlobals],
    },
  },
  {
    name: 'layers/services-without-electron',
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { ...noElectron, message: 'Node services and the CLI never import electron: pass what you need in (see ServiceDeps).' },
            { group: ['**/main/**', '**/preload/**', '**/renderer/**'], message: 'Services may not reach up into main, preload or the renderer.' },
          ],
        },
      ],
    },
  },
  {
    name: 'layers/renderer-only-through-the-bridge',
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noNode,
            { ...noElectron, message: 'The renderer reaches main only through the api object (renderer/src/api.ts).' },
            { group: ['**/electron/**', '../electron', '../../electron'], message: 'The renderer may import shared/ only, never the privileged side.' },
            { group: ['ssh2', 'ws', 'pdfmake', 'pdfmake/*'], message: 'Node-only packages belong to electron/services.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...nodeGlobals],
    },
  },
];
