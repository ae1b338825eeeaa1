import { useEffect } from 'react';
import { useApp } from '../AppContext.js';
import { useExportPdf } from '../screens/useExportPdf.js';
import { ctrlKey, isTyping, useKeymap } from '../useKeymap.js';

/**
 * The commands an open exercise answers, from the menu or the keyboard: undo and redo
 * (of the typing when a text field has focus, since the menu's Ctrl+Z reaches us even
 * then; Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z in the browser) and export of its session.
 */
export function useExerciseCommands(
  sessionId: string,
  undo: () => void,
  redo: () => void,
  /** The menu's "Proyeksikan": enters projection mode, or leaves it. */
  project?: () => void,
): () => Promise<void> {
  const { setScreenCommands } = useApp();
  const exportPdf = useExportPdf(sessionId);
  useEffect(() => {
    setScreenCommands((command) => {
      if ((command === 'undo' || command === 'redo') && isTyping(document.activeElement)) document.execCommand(command);
      else if (command === 'undo') undo();
      else if (command === 'redo') redo();
      else if (command === 'exportPdf') void exportPdf();
      else if (command === 'project' && project) project();
      else return false;
      return true;
    });
    return () => setScreenCommands(null);
  }, [exportPdf, project, redo, setScreenCommands, undo]);
  useKeymap([
    { keyTest: ctrlKey('z'), run: undo },
    { keyTest: (e) => ctrlKey('y')(e) || ctrlKey('z', true)(e), run: redo },
  ]);
  return exportPdf;
}
