import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs config module without type declarations
import { layers } from '../../../eslint.layers.mjs';

/** Lint one snippet as if it lived at `filePath`, with exactly the layering rules the repo uses. */
const lint = async (filePath: string, code: string): Promise<string[]> => {
  const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: layers as never, cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
};

describe('layering lint rules', () => {
  it('shared/ may not import Node built-ins', async () => {
    expect(await lint('shared/parsers/bad.ts', "import { readFileSync } from 'node:fs';\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Node built-ins/),
    ]);
    expect(await lint('shared/parsers/bad.ts', "import * as path from 'path';\n")).toHaveLength(1);
  });

  it('shared/ may not import electron', async () => {
    expect(await lint('shared/model/bad.ts', "import { app } from 'electron';\n")).toHaveLength(1);
  });

  it('shared/ may not touch DOM or Node globals', async () => {
    const messages = await lint(
      'shared/diagnosis/bad.ts',
      'export const x = [window.name, document.title, process.env];\n',
    );
    expect(messages).toHaveLength(3);
    expect(messages.every((m) => m.startsWith('no-restricted-globals'))).toBe(true);
  });

  it('shared/ may not reach into electron/ or renderer/', async () => {
    expect(await lint('shared/report/bad.ts', "import { x } from '../../electron/services/log';\n")).toHaveLength(1);
    expect(await lint('shared/report/bad.ts', "import { x } from '../../renderer/src/api';\n")).toHaveLength(1);
  });

  it('Node services and the CLI may not import electron', async () => {
    expect(await lint('electron/services/ssh/bad.ts', "import { safeStorage } from 'electron';\n")).toEqual([
      expect.stringMatching(/never import electron/),
    ]);
    expect(await lint('electron/cli/commands/bad.ts', "import electron from 'electron';\n")).toHaveLength(1);
  });

  it('the renderer may not import Node, electron, or the privileged side', async () => {
    expect(await lint('renderer/src/bad.ts', "import { readFile } from 'node:fs/promises';\n")).toHaveLength(1);
    expect(await lint('renderer/src/bad.tsx', "import { ipcRenderer } from 'electron';\n")).toHaveLength(1);
    expect(
      await lint('renderer/src/bad.ts', "import { dispatch } from '../../electron/services/ipc/dispatch';\n"),
    ).toHaveLength(1);
    expect(await lint('renderer/src/bad.ts', 'export const env = process.env;\n')).toHaveLength(1);
  });

  it('ipcMain and ipcRenderer only in their wrapper modules', async () => {
    expect(await lint('electron/main/window.ts', "import { ipcMain } from 'electron';\n")).toHaveLength(1);
    expect(await lint('electron/main/ipc.ts', "import { ipcMain } from 'electron';\n")).toEqual([]);
    expect(await lint('electron/preload/other.ts', "import { ipcRenderer } from 'electron';\n")).toHaveLength(1);
    expect(await lint('electron/preload/index.ts', "import { ipcRenderer } from 'electron';\n")).toEqual([]);
  });

  it('accepts code that respects the layers', async () => {
    expect(await lint('shared/model/ok.ts', "import { z } from 'zod';\nexport const s = z.string();\n")).toEqual([]);
    expect(
      await lint(
        'renderer/src/ok.ts',
        "import { CHECK_IDS } from '../../shared/model/check';\nexport const n = CHECK_IDS.length;\n",
      ),
    ).toEqual([]);
  });
});
