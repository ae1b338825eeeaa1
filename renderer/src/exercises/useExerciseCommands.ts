import { useEffect } from 'react';
import { useApp } from '../AppContext.js';
import { useExportPdf } from '../screens/useExportPdf.js';

/** Whether keys typed now belong to a text field rather than to the exercise. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable)
  );
}

/**
 * The menu commands an open exercise answers: undo, redo (of the typing when a text field
 * has focus, since the menu's Ctrl+Z reaches us even then) and export of its session.
 */
export function useExerciseCommands(sessionId: string, undo: () => void, redo: () => void): () => Promise<void> {
  const { setScreenCommands } = useApp();
  const exportPdf = useExportPdf(sessionId);
  useEffect(() => {
    setScreenCommands((command) => {
      if ((command === 'undo' || command === 'redo') && isTyping(document.activeElement)) document.execCommand(command);
      else if (command === 'undo') undo();
      else if (command === 'redo') redo();
      else if (command === 'exportPdf') void exportPdf();
      else return false;
      return true;
    });
    return () => setScreenCommands(null);
  }, [exportPdf, redo, setScreenCommands, undo]);
  return exportPdf;
}
