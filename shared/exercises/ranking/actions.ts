import { sameNameKey } from '../../model/text.js';
import { defineAction } from '../action.js';
import type { Numbering, RankGroup, RankItem } from './schema.js';

// The ranking exercises' edits are named actions (`../action.ts`); these are the pieces
// the three types share.

/** Whether a list already holds the name (case and outer spaces ignored). */
export function hasName(items: readonly { name: string }[], name: string): boolean {
  return items.some((i) => sameNameKey(i.name) === sameNameKey(name));
}

/** An empty name, or one another entry of the list already has, is refused. */
export function refuseName(list: readonly { id: string; name: string }[], name: string, ownId?: string) {
  if (!name.trim()) return 'empty_name';
  return hasName(
    list.filter((x) => x.id !== ownId),
    name,
  )
    ? 'duplicate_name'
    : null;
}

/** Replaces one entry of a list by id. */
export function updateById<T extends { id: string }>(list: readonly T[], id: string, change: (x: T) => T): T[] {
  return list.map((x) => (x.id === id ? change(x) : x));
}

/** Applies a change to every group's record (choices, cells, ballots). */
export function mapGroups<V>(record: Readonly<Record<string, V>>, f: (value: V) => V): Record<string, V> {
  return Object.fromEntries(Object.entries(record).map(([g, v]) => [g, f(v)]));
}

/** What every ranking document has. */
export interface RankingDocument {
  question: string;
  items: RankItem[];
  groups: RankGroup[];
  numbering: Numbering;
}

/** The edits every ranking type shares, typed for one type's document. */
export function sharedActions<D extends RankingDocument>() {
  return {
    setQuestion: defineAction<D, { question: string }>({
      name: 'setQuestion',
      history: 'step',
      perform: (doc, { question }) => (question === doc.question ? doc : { ...doc, question }),
    }),
    addItem: defineAction<D, { id: string; name: string }>({
      name: 'addItem',
      history: 'step',
      refuse: (doc, { name }) => refuseName(doc.items, name),
      perform: (doc, { id, name }) => ({ ...doc, items: [...doc.items, { id, name }] }),
    }),
    /** Corrects a name in place: the item keeps its id, so its choices or scores stay. */
    renameItem: defineAction<D, { id: string; name: string }>({
      name: 'renameItem',
      history: 'step',
      refuse: (doc, { id, name }) => refuseName(doc.items, name, id),
      perform: (doc, { id, name }) =>
        doc.items.some((i) => i.id === id && i.name !== name)
          ? { ...doc, items: updateById(doc.items, id, (i) => ({ ...i, name })) }
          : doc,
    }),
    addGroup: defineAction<D, { id: string; name: string }>({
      name: 'addGroup',
      history: 'step',
      refuse: (doc, { name }) => refuseName(doc.groups, name),
      perform: (doc, { id, name }) => ({ ...doc, groups: [...doc.groups, { id, name: name.trim() }] }),
    }),
    /** How ranks are written (1, 1, 3 or I, I, II) is a view of the same result: no undo step. */
    setNumbering: defineAction<D, { numbering: Numbering }>({
      name: 'setNumbering',
      history: 'none',
      perform: (doc, { numbering }) => (numbering === doc.numbering ? doc : { ...doc, numbering }),
    }),
  };
}

/** Removing an item takes what was recorded for it along (choices, scores, votes); the view warns first. */
export function removeItemAction<D extends RankingDocument>(withoutItem: (doc: D, id: string) => Partial<D>) {
  return defineAction<D, { id: string }>({
    name: 'removeItem',
    history: 'step',
    perform: (doc, { id }) =>
      doc.items.some((i) => i.id === id)
        ? { ...doc, items: doc.items.filter((i) => i.id !== id), ...withoutItem(doc, id) }
        : doc,
  });
}
