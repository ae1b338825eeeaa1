import { describe, expect, it } from 'vitest';
import type { ExerciseAction } from '#shared/exercises/action.js';
import {
  editResourceText,
  hideLayer,
  moveResource,
  newResource,
  textMergeKey,
} from '#shared/exercises/resources/actions.js';
import { emptyResourceMapDocument, type ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { applyChange, startHistory, undo, type History } from '#renderer/exercises/document/history.js';

type Doc = ResourceMapDocument;
/** What `useExercise.perform` does, without React. */
const perform = <A>(h: History<Doc>, action: ExerciseAction<Doc, A>, args: A, mergeKey = action.name) =>
  applyChange(h, (d) => action.perform(d, args), { history: action.history, mergeKey });

const start = (): History<Doc> =>
  startHistory({ ...emptyResourceMapDocument(), resources: [newResource('sawah', 'Sawah', 'natural')] });

describe('the map actions in the undo history', () => {
  it('typing in one field is one step; another field is another', () => {
    let h = start();
    for (const text of ['K', 'Ke', 'Kel'])
      h = perform(h, editResourceText, { id: 'sawah', field: 'owner', text }, textMergeKey('sawah', 'owner'));
    h = perform(
      h,
      editResourceText,
      { id: 'sawah', field: 'description', text: 'Irigasi' },
      textMergeKey('sawah', 'description'),
    );
    expect(h.past).toHaveLength(2);
    h = undo(h);
    expect(h.present.resources[0]).toMatchObject({ owner: 'Kel', description: '' });
    h = undo(h);
    expect(h.present.resources[0]!.owner).toBe('');
  });

  it('a drag is one step; hiding a layer is none, and undo leaves it hidden', () => {
    let h = perform(start(), moveResource, { id: 'sawah', x: 200, y: 100 });
    h = perform(h, hideLayer, { layer: 'resources' });
    expect(h.past).toHaveLength(1);
    h = undo(h);
    expect(h.present.resources[0]).toMatchObject({ x: 0, y: 0 });
    expect(h.present.hiddenLayers).toEqual(['resources']);
  });
});
