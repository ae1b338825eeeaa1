import { useCallback, useEffect, useRef, useState } from 'react';
import {
  draftPoints,
  drawingStep,
  idle,
  type DrawingEvent,
  type DrawingState,
  type DrawingTool,
  type DrawnShape,
} from '#shared/exercises/resources/tools.js';

/**
 * Drives the pure drawing machine of the current tool and hands each finished shape to
 * `onShape`. The state is also kept in a ref: a double-click's second press arrives
 * before React re-renders and must see the corner the first press added.
 */
export function useDrawing(tool: DrawingTool | null, onShape: (shape: DrawnShape) => void) {
  const stateRef = useRef<DrawingState>(idle);
  const [state, setState] = useState<DrawingState>(idle);

  const settle = useCallback((next: DrawingState) => {
    const kept = next.phase === 'done' || next.phase === 'cancelled' ? idle : next;
    stateRef.current = kept;
    setState(kept);
  }, []);

  const send = useCallback(
    (event: DrawingEvent) => {
      if (!tool) return;
      const next = drawingStep(tool, stateRef.current, event);
      if (next === stateRef.current) return;
      if (next.phase === 'done') onShape(next.shape);
      settle(next);
    },
    [onShape, settle, tool],
  );

  // Another tool (or none) drops what was being drawn.
  const layer = tool?.layer;
  useEffect(() => settle(idle), [layer, settle]);

  return { draft: draftPoints(state), drawing: state.phase === 'drawing', send };
}
