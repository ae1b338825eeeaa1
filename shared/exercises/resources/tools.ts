/**
 * The drawing tools of the map as small pure state machines, so the view only feeds them
 * pointer and key events and commits what they finish:
 * - road, river, boundary and area: a press adds a corner; Enter or a double-click (a
 *   second press on the same spot soon after) finishes; Escape cancels;
 * - pen: press, move, release is one stroke;
 * - text: a press places the typed label.
 * A shape with too few points when finished is cancelled rather than kept.
 */
import { minimumCoordinates } from './actions.js';
import type { AreaKind, MapLayer, MapShape } from './schema.js';

/** What the current tool draws: its layer, and the area kind or label text it uses. */
export interface DrawingTool {
  layer: MapLayer;
  areaKind?: AreaKind;
  text?: string;
}

/** A finished shape without its id (the view gives it one). */
export type DrawnShape = Omit<MapShape, 'id'>;

export type DrawingState =
  | { phase: 'idle' }
  | {
      phase: 'drawing';
      /** x0, y0, x1, y1, ... in map units. */
      points: number[];
      /** The last press, to tell a double-click from two corners. */
      lastPress: { x: number; y: number; time: number } | null;
    }
  | { phase: 'done'; shape: DrawnShape }
  | { phase: 'cancelled' };

export type DrawingEvent =
  | { type: 'pointerDown'; x: number; y: number; time: number }
  | { type: 'pointerMove'; x: number; y: number }
  | { type: 'pointerUp' }
  | { type: 'enter' }
  | { type: 'escape' };

export const idle: DrawingState = { phase: 'idle' };

/** Two presses within this time (ms) and distance (map units) are a double-click. */
export const doubleClickTime = 450;
export const doubleClickDistance = 12;
/** A pen stroke keeps a point only when the pointer moved this far, so strokes stay small. */
export const penStep = 4;

function finish(tool: DrawingTool, points: number[]): DrawingState {
  if (points.length < minimumCoordinates[tool.layer]) return { phase: 'cancelled' };
  return {
    phase: 'done',
    shape: { layer: tool.layer, points, ...(tool.layer === 'areas' ? { areaKind: tool.areaKind ?? 'other' } : {}) },
  };
}

function placeLabel(tool: DrawingTool, x: number, y: number): DrawingState {
  const text = tool.text ?? '';
  return text.trim() ? { phase: 'done', shape: { layer: 'labels', points: [x, y], text } } : idle;
}

function extendStroke(state: DrawingState, x: number, y: number): DrawingState {
  if (state.phase !== 'drawing') return state;
  const { points } = state;
  const lastX = points[points.length - 2] ?? 0;
  const lastY = points[points.length - 1] ?? 0;
  if (Math.hypot(x - lastX, y - lastY) < penStep) return state;
  return { ...state, points: [...points, Math.round(x), Math.round(y)] };
}

function cornerPress(tool: DrawingTool, state: DrawingState, x: number, y: number, time: number): DrawingState {
  const drawing = state.phase === 'drawing' ? state : null;
  const last = drawing?.lastPress ?? null;
  if (drawing && last && time - last.time < doubleClickTime && Math.hypot(last.x - x, last.y - y) < doubleClickDistance)
    return finish(tool, drawing.points);
  return { phase: 'drawing', points: [...(drawing?.points ?? []), x, y], lastPress: { x, y, time } };
}

/** The next state of a drawing tool after one event. Coordinates are rounded to map units. */
export function drawingStep(tool: DrawingTool, state: DrawingState, event: DrawingEvent): DrawingState {
  // A finished or cancelled shape is over; the next event starts afresh.
  const current = state.phase === 'done' || state.phase === 'cancelled' ? idle : state;
  switch (event.type) {
    case 'pointerDown': {
      const x = Math.round(event.x);
      const y = Math.round(event.y);
      if (tool.layer === 'labels') return placeLabel(tool, x, y);
      if (tool.layer === 'pen') return { phase: 'drawing', points: [x, y], lastPress: null };
      return cornerPress(tool, current, x, y, event.time);
    }
    case 'pointerMove':
      return tool.layer === 'pen' ? extendStroke(current, event.x, event.y) : current;
    case 'pointerUp':
      return tool.layer === 'pen' && current.phase === 'drawing' ? finish(tool, current.points) : current;
    case 'enter':
      return current.phase === 'drawing' ? finish(tool, current.points) : current;
    case 'escape':
      return current.phase === 'drawing' ? { phase: 'cancelled' } : current;
  }
}

/** The points drawn so far, for the preview line. */
export function draftPoints(state: DrawingState): number[] {
  return state.phase === 'drawing' ? state.points : [];
}
