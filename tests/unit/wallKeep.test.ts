import { describe, expect, it } from 'vitest';
import { keepUnchanged } from '#renderer/exercises/document/wallSource.js';

const circle = (id: string, x: number) => ({ id, name: id, x, y: 0 });

/** The audience's documents share what did not change, so its views redraw only what did. */
describe('keepUnchanged: a new wall document sharing the unchanged parts of the one before', () => {
  const before = {
    schemaVersion: 1,
    colourBy: 'relation',
    institutions: [circle('a', 0), circle('b', 10), circle('c', 20)],
  };

  it('a nudge of one circle: the others are the same objects, the document and its list are new', () => {
    const after = keepUnchanged(before, {
      ...structuredClone(before),
      institutions: [circle('a', 0), circle('b', 20), circle('c', 20)],
    });
    expect(after).toEqual({ ...before, institutions: [circle('a', 0), circle('b', 20), circle('c', 20)] });
    expect(after).not.toBe(before);
    expect(after.institutions).not.toBe(before.institutions);
    expect(after.institutions[0]).toBe(before.institutions[0]);
    expect(after.institutions[1]).not.toBe(before.institutions[1]);
    expect(after.institutions[2]).toBe(before.institutions[2]);
  });

  it('matches list items by id, so a removal or an insertion keeps the others', () => {
    const after = keepUnchanged(before, {
      ...structuredClone(before),
      institutions: [circle('z', 5), circle('a', 0), circle('c', 20)],
    });
    expect(after.institutions[1]).toBe(before.institutions[0]);
    expect(after.institutions[2]).toBe(before.institutions[2]);
    expect(after.institutions.map((i) => i.id)).toEqual(['z', 'a', 'c']);
  });

  it('an equal document is the one before; a changed key or a dropped key is not', () => {
    expect(keepUnchanged(before, structuredClone(before))).toBe(before);
    const recoloured = keepUnchanged(before, { ...structuredClone(before), colourBy: 'kind' });
    expect(recoloured.colourBy).toBe('kind');
    expect(recoloured.institutions).toBe(before.institutions);
    const { colourBy: _dropped, ...rest } = structuredClone(before);
    expect(keepUnchanged(before, rest)).toEqual(rest);
    expect(keepUnchanged(before, rest)).not.toBe(before);
    expect(keepUnchanged(null, before)).toBe(before);
  });
});
