import { sameNameKey } from '../../model/text.js';
import type { Numbering, RankGroup, RankItem } from './schema.js';

/**
 * The edits of the ranking exercises as pure, named actions: each takes a document and its
 * arguments and returns a new document, or the same one when the edit is refused or
 * changes nothing (so no undo step is made). The views only call them.
 *
 * `history` says how undo takes the edit (see the renderer's document history):
 * - `step`: one undo step (a click, a finished rename);
 * - `merge`: consecutive edits with the same `mergeKey` join one step (typing in a cell);
 * - `none`: a view setting, applied to every remembered state, never an undo step.
 */
export type ActionHistory = 'step' | 'merge' | 'none';

/** Why an edit is refused, as the `errors.*` message the view shows. */
export type Refusal =
  'empty_name' | 'duplicate_name' | 'outside_scale' | 'too_many_seeds' | 'no_dots_left' | 'stack_capped';

export interface Action<D, A> {
  name: string;
  history: ActionHistory;
  /** For `merge`: the key that joins edits (the cell being typed in). */
  mergeKey?: (args: A) => string;
  /** Why the edit cannot be made, or null; `perform` then returns the document unchanged. */
  refuse: (doc: D, args: A) => Refusal | null;
  perform: (doc: D, args: A) => D;
}

interface ActionSpec<D, A> {
  name: string;
  history: ActionHistory;
  mergeKey?: (args: A) => string;
  refuse?: (doc: D, args: A) => Refusal | null;
  /** The edit itself, run only when `refuse` finds nothing against it. */
  change: (doc: D, args: A) => D;
}

export function defineAction<D, A>({ refuse = () => null, change, ...rest }: ActionSpec<D, A>): Action<D, A> {
  return { ...rest, refuse, perform: (doc, args) => (refuse(doc, args) ? doc : change(doc, args)) };
}

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

/** Replaces one entry of a list by id; the list itself when nothing changes. */
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
      change: (doc, { question }) => (question === doc.question ? doc : { ...doc, question }),
    }),
    addItem: defineAction<D, { id: string; name: string }>({
      name: 'addItem',
      history: 'step',
      refuse: (doc, { name }) => refuseName(doc.items, name),
      change: (doc, { id, name }) => ({ ...doc, items: [...doc.items, { id, name }] }),
    }),
    /** Corrects a name in place: the item keeps its id, so its choices or scores stay. */
    renameItem: defineAction<D, { id: string; name: string }>({
      name: 'renameItem',
      history: 'step',
      refuse: (doc, { id, name }) => refuseName(doc.items, name, id),
      change: (doc, { id, name }) =>
        doc.items.some((i) => i.id === id && i.name !== name)
          ? { ...doc, items: updateById(doc.items, id, (i) => ({ ...i, name })) }
          : doc,
    }),
    addGroup: defineAction<D, { id: string; name: string }>({
      name: 'addGroup',
      history: 'step',
      refuse: (doc, { name }) => refuseName(doc.groups, name),
      change: (doc, { id, name }) => ({ ...doc, groups: [...doc.groups, { id, name: name.trim() }] }),
    }),
    /** How ranks are written (1, 1, 3 or I, I, II) is a view of the same result: no undo step. */
    setNumbering: defineAction<D, { numbering: Numbering }>({
      name: 'setNumbering',
      history: 'none',
      change: (doc, { numbering }) => (numbering === doc.numbering ? doc : { ...doc, numbering }),
    }),
  };
}

/** Removing an item takes what was recorded for it along (choices, scores, votes); the view warns first. */
export function removeItemAction<D extends RankingDocument>(withoutItem: (doc: D, id: string) => Partial<D>) {
  return defineAction<D, { id: string }>({
    name: 'removeItem',
    history: 'step',
    change: (doc, { id }) =>
      doc.items.some((i) => i.id === id)
        ? { ...doc, items: doc.items.filter((i) => i.id !== id), ...withoutItem(doc, id) }
        : doc,
  });
}
