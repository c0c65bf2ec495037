import { join } from 'node:path';
import type { DesktopShell } from '../desktop/desktop-shell';

/** What the stand-in was asked to do, in order, for a test to check. */
export interface FolderShellRecording {
  readonly saveDialogs: {
    readonly title: string;
    readonly defaultFileName: string;
    readonly extensions: readonly string[];
  }[];
  readonly opened: string[];
  readonly shown: string[];
}

/**
 * FOR THE TEST BRIDGE ONLY (browser tests, `npm run dev:web`): a DesktopShell without a desktop.
 * The "save dialog" accepts the suggested name in the folder the test gives (or answers "cancel"
 * when `cancelSaves` is set), and "Open" / "Show in folder" are recorded, never performed: a
 * browser test must not launch programs on the machine running it.
 */
export const createFolderDesktopShell = (
  folder: string,
  options: { readonly cancelSaves?: () => boolean } = {},
): DesktopShell & { readonly recording: FolderShellRecording } => {
  const recording: FolderShellRecording = { saveDialogs: [], opened: [], shown: [] };
  return {
    recording,
    chooseSavePath: (request) => {
      recording.saveDialogs.push({
        title: request.title,
        defaultFileName: request.defaultFileName,
        extensions: request.filters.flatMap((f) => f.extensions),
      });
      return Promise.resolve(options.cancelSaves?.() ? undefined : join(folder, request.defaultFileName));
    },
    openPath: (path) => {
      recording.opened.push(path);
      return Promise.resolve();
    },
    showInFolder: (path) => {
      recording.shown.push(path);
    },
  };
};
