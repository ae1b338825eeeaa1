/**
 * The summary as a live region, out of sight. It stays in the page while the canvas is
 * there, so a change (a circle added, another selected, a marker dragged into another
 * band) is announced without moving the focus.
 */
export function CanvasLiveSummary({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} className="visually-hidden" role="status" aria-live="polite">
      {text}
    </p>
  );
}

// The words themselves are pure (canvasSummaries.ts); the canvases take them from here with the component.
export { mapCanvasText, treeCanvasText, vennCanvasText, type CanvasText } from './canvasSummaries.js';
