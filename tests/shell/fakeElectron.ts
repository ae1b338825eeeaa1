import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module that records what the shell asks for: windows and
 * their options, IPC handlers and listeners, the menu, app events, permission handlers,
 * protocol handlers, messages sent. Electron itself cannot run on the build machines;
 * this checks the wiring instead. Events behave as Electron's do where the shell relies
 * on it: several listeners per event, a window's `close` can be prevented, `destroy`
 * skips `close`, and every new web contents is announced as `web-contents-created`.
 */
type Handler = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Handler[]>();
  on(event: string, fn: Handler): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  once(event: string, fn: Handler): this {
    return this.on(event, fn);
  }
  removeListener(event: string, fn: Handler): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== fn),
    );
    return this;
  }
  /** Calls every listener of the event, as Electron would emit it. */
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

/** An event object whose `preventDefault` is recorded, as Electron passes to listeners. */
export function fakeEvent(fields: Record<string, unknown> = {}) {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault: vi.fn(function (this: { defaultPrevented: boolean }) {
      this.defaultPrevented = true;
    }),
  };
}

export class FakeWebContents extends Emitter {
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: Handler | null = null;
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(fn: Handler): void {
    this.windowOpenHandler = fn;
  }
  printToPDF(): Promise<Buffer> {
    return Promise.resolve(Buffer.from('%PDF-fake'));
  }
}

export class FakeBrowserWindow extends Emitter {
  readonly webContents = new FakeWebContents();
  url = '';
  loadedFile = '';
  title = '';
  focused = 0;
  destroyed = false;
  /** The page's beforeunload cancels the unload (Electron then emits `will-prevent-unload`). */
  pageHoldsUnload = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    recorded.windows.push(this);
    recorded.appEvents.get('web-contents-created')?.(fakeEvent(), this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.url = url;
    return Promise.resolve();
  }
  loadFile(file: string): Promise<void> {
    this.loadedFile = file;
    return Promise.resolve();
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
  /** Shown without taking the focus (the audience window: the presenter keeps typing). */
  shownInactive = false;
  showInactive(): void {
    this.shownInactive = true;
  }
  /** Where the window is: its options' bounds, as Electron places a new window. */
  getBounds(): { x: number; y: number; width: number; height: number } {
    const { x = 0, y = 0, width = 800, height = 600 } = this.options as Record<string, number>;
    return { x, y, width, height };
  }
  setTitle(title: string): void {
    this.title = title;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /**
   * As Electron: `close` may be prevented by a listener; then the page's beforeunload may
   * hold the unload (`will-prevent-unload`, whose preventDefault overrides it); otherwise
   * the window goes.
   */
  close(): void {
    if (this.destroyed) return;
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    if (this.pageHoldsUnload) {
      const unload = fakeEvent();
      this.webContents.emit('will-prevent-unload', unload);
      if (!unload.defaultPrevented) return;
    }
    this.destroy();
  }
  /** As Electron: gone at once, without `close`. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

export const recorded = {
  windows: [] as FakeBrowserWindow[],
  ipcHandlers: new Map<string, Handler>(),
  ipcListeners: new Map<string, Handler[]>(),
  appEvents: new Map<string, Handler>(),
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  fetched: [] as string[],
  menuTemplate: null as unknown,
  exposed: new Map<string, unknown>(),
  userData: '',
  setPaths: new Map<string, string>(),
  singleInstance: true,
  isPackaged: false,
  /** `app.getAppPath()`: the project folder under `electron .`, as here. */
  appPath: process.cwd(),
  permissionRequestHandler: null as Handler | null,
  permissionCheckHandler: null as Handler | null,
  quit: vi.fn(),
  rendererSent: [] as unknown[][],
  /** The displays attached, as `screen.getAllDisplays()` answers: the laptop's own screen unless a test plugs more. */
  displays: [{ id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } }] as FakeDisplay[],
};

export interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/** Electron's `screen`: the displays attached, and their `display-added` / `display-removed` events. */
const fakeScreen = Object.assign(new Emitter(), {
  getAllDisplays: (): FakeDisplay[] => [...recorded.displays],
  getPrimaryDisplay: (): FakeDisplay => recorded.displays[0]!,
  /** The display holding the middle of the rectangle, else the primary one (as Electron answers). */
  getDisplayMatching: (rect: { x: number; y: number; width: number; height: number }): FakeDisplay => {
    const [cx, cy] = [rect.x + rect.width / 2, rect.y + rect.height / 2];
    const holds = (d: FakeDisplay): boolean =>
      cx >= d.bounds.x && cx < d.bounds.x + d.bounds.width && cy >= d.bounds.y && cy < d.bounds.y + d.bounds.height;
    return recorded.displays.find(holds) ?? recorded.displays[0]!;
  },
});

/** A display plugged in (a projector's cable), announced as Electron does. */
export function plugDisplay(display: FakeDisplay): void {
  recorded.displays.push(display);
  fakeScreen.emit('display-added', fakeEvent(), display);
}

/** A display unplugged: gone from the list, then announced. */
export function unplugDisplay(id: number): void {
  const display = recorded.displays.find((d) => d.id === id);
  if (!display) throw new Error(`no display ${id}`);
  recorded.displays = recorded.displays.filter((d) => d !== display);
  fakeScreen.emit('display-removed', fakeEvent(), display);
}

/** Sends an IPC message to the shell's `ipcMain.on` listeners, as a page's `ipcRenderer.send` would. */
export function sendToMain(channel: string, event: unknown, ...args: unknown[]): void {
  for (const listener of recorded.ipcListeners.get(channel) ?? []) listener(event, ...args);
}

export function fakeElectronModule() {
  return {
    app: {
      requestSingleInstanceLock: () => recorded.singleInstance,
      on: (event: string, fn: Handler) => recorded.appEvents.set(event, fn),
      whenReady: () => Promise.resolve(),
      getPath: (name: string) => recorded.setPaths.get(name) ?? recorded.userData,
      setPath: (name: string, value: string) => recorded.setPaths.set(name, value),
      getAppPath: () => recorded.appPath,
      quit: recorded.quit,
      get isPackaged() {
        return recorded.isPackaged;
      },
      addRecentDocument: vi.fn(),
    },
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (channel: string, fn: Handler) => recorded.ipcHandlers.set(channel, fn),
      on: (channel: string, fn: Handler) =>
        recorded.ipcListeners.set(channel, [...(recorded.ipcListeners.get(channel) ?? []), fn]),
      removeListener: (channel: string, fn: Handler) =>
        recorded.ipcListeners.set(
          channel,
          (recorded.ipcListeners.get(channel) ?? []).filter((l) => l !== fn),
        ),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Handler) => {
          recorded.permissionRequestHandler = fn;
        },
        setPermissionCheckHandler: (fn: Handler) => {
          recorded.permissionCheckHandler = fn;
        },
      },
    },
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
    screen: fakeScreen,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => recorded.exposed.set(key, api) },
    ipcRenderer: {
      invoke: vi.fn(async (...args: unknown[]) => args),
      send: vi.fn((...args: unknown[]) => recorded.rendererSent.push(args)),
      on: vi.fn(),
      removeListener: vi.fn(),
    },
  };
}
