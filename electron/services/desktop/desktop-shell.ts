/** A file type the save dialog offers (`{ name: 'PDF', extensions: ['pdf'] }`). */
export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface SaveDialogRequest {
  readonly title: string;
  /** A bare file name; the dialog opens in the user's documents folder. */
  readonly defaultFileName: string;
  readonly filters: readonly FileFilter[];
}

/**
 * What the desktop offers besides windows: a native save dialog, opening a file with its default
 * program, and showing it in its folder. Main implements it with Electron's `dialog` and `shell`;
 * the test bridge with a folder stand-in. Services call only this, so they never import electron.
 */
export interface DesktopShell {
  /** The path the user chose, or undefined when they cancelled. */
  chooseSavePath(request: SaveDialogRequest): Promise<string | undefined>;
  /** Open with the default program; rejects with the OS's reason when it cannot. */
  openPath(path: string): Promise<void>;
  showInFolder(path: string): void;
}
