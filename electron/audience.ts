import { screen, type BrowserWindow, type Display } from 'electron';
import { ipcEventChannel, type ShellEvent } from '#shared/ipc/contract.js';
import type { Wall } from './core/wall.js';
import { createAudienceWindow } from './windows.js';

/**
 * Presenter view on two screens (issue 11): while a second display is attached (the
 * projector beside the laptop, at start or plugged in later), an audience window fills it
 * and shows the wall; the presenter's window keeps the full editor. Unplugging that
 * display closes the window. The wall's changes go to the audience window only; the main
 * window is told when an audience window opens or closes, so its controls appear. With
 * one screen nothing opens: the facilitator uses projection mode instead.
 */
export function attachAudience(
  main: BrowserWindow,
  wall: Wall,
  options: { preloadPath: string; devTools: boolean },
): void {
  let audience: BrowserWindow | null = null;
  let audienceDisplay: number | null = null;

  const send = (target: BrowserWindow | null, event: ShellEvent): void => {
    if (target && !target.isDestroyed()) target.webContents.send(ipcEventChannel, event);
  };
  const told = (open: boolean): void => {
    wall.setAudienceOpen(open);
    send(main, { type: 'audience', open });
  };
  const stopForwarding = wall.onChange((state) => send(audience, { type: 'wall', state }));

  /** The first display other than the one the presenter's window is on. */
  const projector = (): Display | undefined => {
    const presenter = screen.getDisplayMatching(main.getBounds()).id;
    return screen.getAllDisplays().find((display) => display.id !== presenter);
  };

  const openOn = (display: Display): void => {
    const opened = createAudienceWindow(options.preloadPath, display.bounds, { devTools: options.devTools });
    audience = opened;
    audienceDisplay = display.id;
    opened.on('closed', () => {
      if (audience !== opened) return;
      audience = null;
      audienceDisplay = null;
      told(false);
    });
    told(true);
  };

  const update = (): void => {
    if (main.isDestroyed() || audience) return;
    const display = projector();
    if (display) openOn(display);
  };

  const onAdded = (): void => update();
  const onRemoved = (_event: unknown, display: Display): void => {
    if (display.id === audienceDisplay) audience?.close();
    // A third display may still be there to take the wall.
    update();
  };
  screen.on('display-added', onAdded);
  screen.on('display-removed', onRemoved);
  main.on('closed', () => {
    screen.removeListener('display-added', onAdded);
    screen.removeListener('display-removed', onRemoved);
    stopForwarding();
    audience?.close();
  });
  update();
}
