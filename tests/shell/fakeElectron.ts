import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module that records what the shell asks for: windows and
 * their options, IPC handlers, the menu, app events, protocol handlers, messages sent.
 * Electron itself cannot run on the build machines; this checks the wiring instead.
 */
type Handler = (...args: unknown[]) => unknown;

export class FakeWebContents {
  readonly events = new Map<string, Handler>();
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: Handler | null = null;
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  on(event: string, fn: Handler): this {
    this.events.set(event, fn);
    return this;
  }
  once(event: string, fn: Handler): this {
    return this.on(event, fn);
  }
  setWindowOpenHandler(fn: Handler): void {
    this.windowOpenHandler = fn;
  }
}

export class FakeBrowserWindow {
  readonly webContents = new FakeWebContents();
  readonly events = new Map<string, Handler>();
  url = '';
  title = '';
  focused = 0;
  constructor(readonly options: Record<string, unknown>) {
    recorded.windows.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.url = url;
    return Promise.resolve();
  }
  once(event: string, fn: Handler): this {
    this.events.set(event, fn);
    return this;
  }
  on(event: string, fn: Handler): this {
    return this.once(event, fn);
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {
    this.focused += 1;
  }
  maximize(): void {}
  show(): void {}
  setTitle(title: string): void {
    this.title = title;
  }
  destroy(): void {}
}

export const recorded = {
  windows: [] as FakeBrowserWindow[],
  ipcHandlers: new Map<string, Handler>(),
  appEvents: new Map<string, Handler>(),
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  fetched: [] as string[],
  menuTemplate: null as unknown,
  exposed: new Map<string, unknown>(),
  userData: '',
  setPaths: new Map<string, string>(),
  singleInstance: true,
  quit: vi.fn(),
};

export function fakeElectronModule() {
  return {
    app: {
      requestSingleInstanceLock: () => recorded.singleInstance,
      on: (event: string, fn: Handler) => recorded.appEvents.set(event, fn),
      whenReady: () => Promise.resolve(),
      getPath: (name: string) => recorded.setPaths.get(name) ?? recorded.userData,
      setPath: (name: string, value: string) => recorded.setPaths.set(name, value),
      quit: recorded.quit,
      isPackaged: false,
      addRecentDocument: vi.fn(),
    },
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: (channel: string, fn: Handler) => recorded.ipcHandlers.set(channel, fn) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => recorded.privilegedSchemes.push(schemes),
      handle: (scheme: string, fn: (request: Request) => Response) => recorded.protocolHandlers.set(scheme, fn),
    },
    net: {
      fetch: (url: string) => {
        recorded.fetched.push(url);
        return Promise.resolve(new Response('ok'));
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => {
        recorded.menuTemplate = template;
        return template;
      },
      setApplicationMenu: vi.fn(),
    },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => recorded.exposed.set(key, api) },
    ipcRenderer: { invoke: vi.fn(async (...args: unknown[]) => args), on: vi.fn(), removeListener: vi.fn() },
  };
}
