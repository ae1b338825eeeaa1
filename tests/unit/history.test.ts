import { describe, expect, it } from 'vitest';
import { applyChange, historyLimit, redo, startHistory, undo } from '#renderer/exercises/document/history.js';

type Doc = { view: 'a' | 'b'; value: number };
const set =
  (value: number) =>
  (d: Doc): Doc => ({ ...d, value });

describe('undo history', () => {
  it('takes each step once and undoes and redoes it', () => {
    let h = startHistory<Doc>({ view: 'a', value: 0 });
    h = applyChange(h, set(1));
    h = applyChange(h, set(2));
    expect(undo(h).present.value).toBe(1);
    expect(redo(undo(h)).present.value).toBe(2);
    expect(undo(undo(undo(h))).present.value).toBe(0);
  });

  it('makes typing in one cell one step, and a new cell a new step', () => {
    let h = startHistory<Doc>({ view: 'a', value: 0 });
    for (const v of [1, 12, 123]) h = applyChange(h, set(v), { history: 'merge', mergeKey: 'cell-1' });
    expect(h.past).toHaveLength(1);
    h = applyChange(h, set(4), { history: 'merge', mergeKey: 'cell-2' });
    expect(h.past).toHaveLength(2);
    expect(undo(h).present.value).toBe(123);
    expect(undo(undo(h)).present.value).toBe(0);
  });

  it('keeps a view setting out of the history and out of undo', () => {
    let h = startHistory<Doc>({ view: 'a', value: 0 });
    h = applyChange(h, set(1));
    h = applyChange(h, (d) => ({ ...d, view: 'b' }), { history: 'none' });
    expect(h.past).toHaveLength(1);
    const back = undo(h);
    expect(back.present).toEqual({ view: 'b', value: 0 });
    expect(redo(back).present).toEqual({ view: 'b', value: 1 });
  });

  it('ignores a change that changes nothing and drops redo after a new change', () => {
    const start = startHistory<Doc>({ view: 'a', value: 0 });
    expect(applyChange(start, (d) => d)).toBe(start);
    const h = applyChange(undo(applyChange(start, set(1))), set(5));
    expect(h.future).toEqual([]);
  });

  it(`keeps the last ${historyLimit} steps`, () => {
    let h = startHistory<Doc>({ view: 'a', value: 0 });
    for (let i = 1; i <= historyLimit + 10; i += 1) h = applyChange(h, set(i));
    expect(h.past).toHaveLength(historyLimit);
    expect(h.past[0]!.value).toBe(10);
  });
});
