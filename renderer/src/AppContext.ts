import { createContext, useContext } from 'react';
import type { OpenCommunity } from '#shared/ipc/contract.js';
import type { Language } from '#shared/i18n/languages.js';
import type { MenuCommand } from '#shared/ipc/contract.js';
import type { ExerciseTypeName } from '#shared/exercises/registry.js';

export type Route =
  | { name: 'start' }
  | { name: 'community' }
  /** The backups of the open community file, or of the file just refused as damaged. */
  | { name: 'backups'; of: 'open' | 'damaged' }
  | { name: 'session'; sessionId: string }
  | { name: 'exercise'; sessionId: string; exerciseId: string; type: ExerciseTypeName };

export interface AppServices {
  community: OpenCommunity | null;
  setCommunity: (community: OpenCommunity | null) => void;
  /** Re-reads the open community (after sessions change). */
  refreshCommunity: () => Promise<void>;
  navigate: (route: Route) => void;
  /** Shows a backend or unexpected error in the banner, translated. */
  showError: (error: unknown) => void;
  notify: (message: string) => void;
  language: Language;
  setLanguage: (language: Language) => void;
  saveCopyAs: () => Promise<boolean>;
  /** Registers the handler of menu commands that belong to the current screen (undo, export). */
  setScreenCommands: (handler: ((command: MenuCommand) => boolean) | null) => void;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp outside AppContext');
  return services;
}
