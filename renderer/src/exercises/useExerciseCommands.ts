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
 * The commands an open exercise answers, from the menu or the keyboard: undo and redo
 * (of the typing when a text field has focus, since the menu's Ctrl+Z reaches us even
 * then; Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z in the browser) and export of its session.
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
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (isTyping(e.target) || !(e.ctrlKey || e.metaKey) || document.querySelector('[role="dialog"]')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) undo();
      else if (key === 'y' || (key === 'z' && e.shiftKey)) redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [redo, undo]);
  return exportPdf;
}
