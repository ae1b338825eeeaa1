import { describe, expect, it } from 'vitest';
import {
  doubleClickTime,
  draftPoints,
  drawingStep,
  idle,
  type DrawingEvent,
  type DrawingState,
  type DrawingTool,
} from '#shared/exercises/resources/tools.js';

/** Runs events through a tool from idle; the state after each. */
function run(tool: DrawingTool, events: DrawingEvent[]): DrawingState[] {
  const states: DrawingState[] = [];
  let state: DrawingState = idle;
  for (const event of events) {
    state = drawingStep(tool, state, event);
    states.push(state);
  }
  return states;
}
const last = <T>(list: T[]): T => list[list.length - 1]!;
const down = (x: number, y: number, time = 0): DrawingEvent => ({ type: 'pointerDown', x, y, time });

describe('line tools: road, river, boundary', () => {
  const road: DrawingTool = { layer: 'roads' };

  it('add a corner per press and finish on Enter', () => {
    const states = run(road, [down(0, 0, 0), down(100.4, 20.6, 1000), { type: 'enter' }]);
    expect(draftPoints(states[1]!)).toEqual([0, 0, 100, 21]);
    expect(last(states)).toEqual({ phase: 'done', shape: { layer: 'roads', points: [0, 0, 100, 21] } });
  });

  it('finish on a double-click: the second press on the same spot adds no corner', () => {
    const states = run({ layer: 'rivers' }, [
      down(0, 0, 0),
      down(50, 0, 1000),
      down(200, 10, 2000),
      down(205, 12, 2100),
    ]);
    expect(last(states)).toEqual({ phase: 'done', shape: { layer: 'rivers', points: [0, 0, 50, 0, 200, 10] } });
  });

  it('two presses on one spot slowly, or quickly far apart, are two corners', () => {
    const slow = run(road, [down(0, 0, 0), down(0, 0, doubleClickTime + 10)]);
    expect(last(slow)).toMatchObject({ phase: 'drawing', points: [0, 0, 0, 0] });
    const apart = run(road, [down(0, 0, 0), down(80, 0, 100)]);
    expect(last(apart)).toMatchObject({ phase: 'drawing', points: [0, 0, 80, 0] });
  });

  it('cancel on Escape, and a single corner finished is cancelled', () => {
    expect(last(run(road, [down(0, 0), down(50, 50, 1000), { type: 'escape' }]))).toEqual({ phase: 'cancelled' });
    expect(last(run({ layer: 'boundary' }, [down(0, 0), { type: 'enter' }]))).toEqual({ phase: 'cancelled' });
  });

  it('ignore moves and releases, and keys while idle', () => {
    const states = run(road, [{ type: 'enter' }, { type: 'escape' }, down(0, 0), { type: 'pointerMove', x: 9, y: 9 }]);
    expect(states.slice(0, 2)).toEqual([idle, idle]);
    expect(last(states)).toMatchObject({ phase: 'drawing', points: [0, 0] });
    expect(drawingStep(road, last(states), { type: 'pointerUp' })).toBe(last(states));
  });

  it('start afresh after a finished shape', () => {
    const done = last(run(road, [down(0, 0), down(10, 0, 1000), { type: 'enter' }]));
    expect(drawingStep(road, done, down(500, 500, 5000))).toMatchObject({ phase: 'drawing', points: [500, 500] });
  });
});

describe('area tool', () => {
  const area: DrawingTool = { layer: 'areas', areaKind: 'ricefield' };

  it('needs three corners and keeps its kind', () => {
    expect(last(run(area, [down(0, 0), down(10, 0, 1000), { type: 'enter' }]))).toEqual({ phase: 'cancelled' });
    expect(last(run(area, [down(0, 0), down(10, 0, 1000), down(10, 10, 2000), { type: 'enter' }]))).toEqual({
      phase: 'done',
      shape: { layer: 'areas', points: [0, 0, 10, 0, 10, 10], areaKind: 'ricefield' },
    });
  });
});

describe('pen tool', () => {
  const pen: DrawingTool = { layer: 'pen' };

  it('draws one stroke from press to release, skipping tiny moves', () => {
    const states = run(pen, [
      down(0, 0),
      { type: 'pointerMove', x: 2, y: 1 },
      { type: 'pointerMove', x: 10.2, y: 0 },
      { type: 'pointerMove', x: 20, y: 5 },
      { type: 'pointerUp' },
    ]);
    expect(draftPoints(states[1]!)).toEqual([0, 0]);
    expect(last(states)).toEqual({ phase: 'done', shape: { layer: 'pen', points: [0, 0, 10, 0, 20, 5] } });
  });

  it('a click without moving draws nothing; moves without a press are ignored; Escape cancels', () => {
    expect(last(run(pen, [down(0, 0), { type: 'pointerUp' }]))).toEqual({ phase: 'cancelled' });
    expect(last(run(pen, [{ type: 'pointerMove', x: 50, y: 50 }]))).toEqual(idle);
    expect(last(run(pen, [down(0, 0), { type: 'pointerMove', x: 30, y: 0 }, { type: 'escape' }]))).toEqual({
      phase: 'cancelled',
    });
  });
});

describe('text tool', () => {
  it('places the typed text where pressed, and nothing when no text is typed', () => {
    expect(drawingStep({ layer: 'labels', text: 'Balai desa' }, idle, down(12.3, 40.7))).toEqual({
      phase: 'done',
      shape: { layer: 'labels', points: [12, 41], text: 'Balai desa' },
    });
    expect(drawingStep({ layer: 'labels', text: '  ' }, idle, down(0, 0))).toEqual(idle);
  });
});
