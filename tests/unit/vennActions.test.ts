import { describe, expect, it } from 'vitest';
import {
  addInstitution,
  moveInstitution,
  nudgeInstitution,
  removeInstitution,
  setColourBy,
  updateInstitution,
} from '#shared/exercises/venn/actions.js';
import { emptyVennDocument, zVennDocument } from '#shared/exercises/venn/schema.js';

describe('Venn actions', () => {
  const one = addInstitution.perform(emptyVennDocument(), { id: 'pkk', name: 'PKK', kind: 'community' });

  it('adds a medium, neutral institution that the schema accepts', () => {
    expect(one.institutions).toMatchObject([{ id: 'pkk', name: 'PKK', importance: 2, relation: 'neutral' }]);
    expect(zVennDocument.safeParse(one).success).toBe(true);
    const two = addInstitution.perform(one, { id: 'bpd', name: 'BPD', kind: 'government' });
    const [a, b] = two.institutions;
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(0);
  });

  it('refuses an empty name or a repeated id by returning the same document', () => {
    expect(addInstitution.perform(one, { id: 'x', name: '  ', kind: 'community' })).toBe(one);
    expect(addInstitution.perform(one, { id: 'pkk', name: 'Lagi', kind: 'community' })).toBe(one);
    expect(updateInstitution.perform(one, { id: 'pkk', change: { name: ' ' } })).toBe(one);
    expect(updateInstitution.perform(one, { id: 'nobody', change: { importance: 4 } })).toBe(one);
    expect(removeInstitution.perform(one, { id: 'nobody' })).toBe(one);
  });

  it('moves, nudges, re-rates and removes', () => {
    const moved = moveInstitution.perform(one, { id: 'pkk', x: 100, y: -50 });
    expect(moved.institutions[0]).toMatchObject({ x: 100, y: -50 });
    expect(nudgeInstitution.perform(moved, { id: 'pkk', dx: -10, dy: 1 }).institutions[0]).toMatchObject({
      x: 90,
      y: -49,
    });
    expect(updateInstitution.perform(moved, { id: 'pkk', change: { importance: 4 } }).institutions[0]!.importance).toBe(
      4,
    );
    expect(removeInstitution.perform(moved, { id: 'pkk' }).institutions).toEqual([]);
  });

  it('says how undo takes each: colour-by is a view setting, nudges merge, the rest are steps', () => {
    expect(setColourBy.history).toBe('none');
    expect(nudgeInstitution.history).toBe('merge');
    for (const a of [addInstitution, updateInstitution, moveInstitution, removeInstitution])
      expect(a.history).toBe('step');
    expect(setColourBy.perform(one, 'kind').colourBy).toBe('kind');
    expect(setColourBy.perform(one, 'relation')).toBe(one);
  });
});
