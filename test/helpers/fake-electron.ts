/**
 * A stand-in for the `electron` module that records what main does. Tests import `fake` to
 * inspect the recording and to fire app events; `reset()` between tests.
 */
type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }
  removeListener(name: string, listener: Listener): this {
    this.listeners.set(
      name,
      (this.listeners.get(name) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  emit(name: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(name) ?? []).map((l) => l(...args));
  }
}

export class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly sent: { channel: string; payload: unknown }[] = [];
  readonly mainFrame = { url: '' };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
}

export class BrowserWindow extends Emitter {
  static readonly created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {
    fake.focused += 1;
  }
  show(): void {}
}

const permission = {
  requestHandler: undefined as Listener | undefined,
  checkHandler: undefined as Listener | undefined,
  headersHandler: undefined as Listener | undefined,
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: Listener) => {
      permission.requestHandler = handler;
    },
    setPermissionCheckHandler: (handler: Listener) => {
      permission.checkHandler = handler;
    },
    webRequest: {
      onHeadersReceived: (handler: Listener) => {
        permission.headersHandler = handler;
      },
    },
  },
};

class FakeApp extends Emitter {
  gotLock = true;
  quitCalls = 0;
  readyResolve: (() => void) | undefined;
  private ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  userData = '/tmp/fcd-fake-user-data';
  requestSingleInstanceLock(): boolean {
    return this.gotLock;
  }
  quit(): void {
    this.quitCalls += 1;
  }
  whenReady(): Promise<void> {
    return this.ready;
  }
  documents = '/tmp/fcd-fake-documents';
  getPath(name: string): string {
    if (name === 'documents') return this.documents;
    if (name !== 'userData') throw new Error(`fake app.getPath(${name}) not modelled`);
    return this.userData;
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  resetReady(): void {
    this.ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  }
}

export const app = new FakeApp();

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, handler: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  },
};

export const ipcRenderer = Object.assign(new Emitter(), {
  invoked: [] as { channel: string; payload: unknown }[],
  invoke(channel: string, payload: unknown): Promise<unknown> {
    this.invoked.push({ channel, payload });
    return Promise.resolve({ ok: true, value: { channel } });
  },
});

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response>): void {
    this.handlers.set(scheme, handler);
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

/**
 * safeStorage's async API as Electron 45 has it. `available` and `backend` are the switches a
 * test flips (Linux `basic_text` = no keyring). The "ciphertext" is the text reversed, XORed and
 * tagged: enough to prove callers never write plaintext, and that decrypt undoes encrypt.
 */
const SAFE_STORAGE_TAG = 'fake-safe-storage:';
const scramble = (bytes: Buffer): Buffer => Buffer.from(bytes.map((b) => b ^ 0xa5).reverse());
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown',
  calls: [] as string[],
  isAsyncEncryptionAvailable(): Promise<boolean> {
    this.calls.push('isAsyncEncryptionAvailable');
    return Promise.resolve(this.available);
  },
  getSelectedStorageBackend() {
    this.calls.push('getSelectedStorageBackend');
    return this.backend;
  },
  encryptStringAsync(plainText: string): Promise<Buffer> {
    this.calls.push('encryptStringAsync');
    if (!this.available) return Promise.reject(new Error('Encryption is not available.'));
    return Promise.resolve(Buffer.concat([Buffer.from(SAFE_STORAGE_TAG), scramble(Buffer.from(plainText, 'utf8'))]));
  },
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
    this.calls.push('decryptStringAsync');
    const tag = encrypted.subarray(0, SAFE_STORAGE_TAG.length).toString();
    if (tag !== SAFE_STORAGE_TAG) return Promise.reject(new Error('Error while decrypting the ciphertext provided.'));
    return Promise.resolve({ shouldReEncrypt: false, result: scramble(encrypted.subarray(SAFE_STORAGE_TAG.length)).toString('utf8') });
  },
  // The deprecated sync API is deliberately absent: code that reaches for it fails here.
};

/** The native save dialog: records each call; `answer` is what the "user" picks (undefined = cancel). */
export const dialog = {
  calls: [] as { window: unknown; options: Record<string, unknown> }[],
  answer: undefined as string | undefined,
  showSaveDialog(windowOrOptions: unknown, maybeOptions?: Record<string, unknown>): Promise<{ canceled: boolean; filePath?: string }> {
    const options = (maybeOptions ?? windowOrOptions) as Record<string, unknown>;
    this.calls.push({ window: maybeOptions ? windowOrOptions : undefined, options });
    return Promise.resolve(this.answer === undefined ? { canceled: true } : { canceled: false, filePath: this.answer });
  },
};

/** shell.openPath resolves with an error string ('' on success), as Electron's does. */
export const shell = {
  opened: [] as string[],
  shown: [] as string[],
  openError: '',
  openPath(path: string): Promise<string> {
    this.opened.push(path);
    return Promise.resolve(this.openError);
  },
  showItemInFolder(path: string): void {
    this.shown.push(path);
  },
};

export const fake = {
  app,
  ipcMain,
  ipcRenderer,
  contextBridge,
  protocol,
  permission,
  safeStorage,
  dialog,
  shell,
  focused: 0,
  reset(): void {
    app.listeners.clear();
    app.gotLock = true;
    app.quitCalls = 0;
    app.resetReady();
    ipcMain.handlers.clear();
    ipcRenderer.listeners.clear();
    ipcRenderer.invoked.length = 0;
    contextBridge.exposed.clear();
    protocol.privileged.length = 0;
    protocol.handlers.clear();
    BrowserWindow.created.length = 0;
    permission.requestHandler = permission.checkHandler = permission.headersHandler = undefined;
    safeStorage.available = true;
    safeStorage.backend = 'gnome_libsecret';
    safeStorage.calls.length = 0;
    dialog.calls.length = 0;
    dialog.answer = undefined;
    shell.opened.length = 0;
    shell.shown.length = 0;
    shell.openError = '';
    fake.focused = 0;
  },
};
