import { defineAction } from '../action.js';
import { mapGroups, removeItemAction, sharedActions } from './actions.js';
import { pairKey, withoutItem, type Pair, type PairChoice } from './pairwise.js';
import type { PairwiseDocument } from './schema.js';

type Doc = PairwiseDocument;
type Cell = NonNullable<Doc['choices'][string][string]>;

/** A cell of one group's grid: the pair in list order, as `pairsOf` gives it. */
interface CellArgs {
  groupId: string;
  pair: Pair;
}

/** The group exists and the pair is two of its items in list order. */
function known(doc: Doc, { groupId, pair }: CellArgs): boolean {
  const at = (id: string) => doc.items.findIndex((i) => i.id === id);
  return doc.groups.some((g) => g.id === groupId) && at(pair.first) >= 0 && at(pair.first) < at(pair.second);
}

const cellOf = (doc: Doc, { groupId, pair }: CellArgs): Cell | undefined =>
  doc.choices[groupId]?.[pairKey(pair.first, pair.second)];

/** The document with the cell, or the same document when the cell already reads so. */
function withCell(doc: Doc, { groupId, pair }: CellArgs, cell: Cell): Doc {
  const before = cellOf(doc, { groupId, pair });
  if (before && before.choice === cell.choice && before.reason === cell.reason) return doc;
  const group = { ...(doc.choices[groupId] ?? {}), [pairKey(pair.first, pair.second)]: cell };
  return { ...doc, choices: { ...doc.choices, [groupId]: group } };
}

/** A reason is kept only when it says something. */
const cellWith = (choice: PairChoice, reason: string | undefined): Cell =>
  reason?.trim() ? { choice, reason } : { choice };

export const pairwiseActions = {
  ...sharedActions<Doc>(),
  removeItem: removeItemAction<Doc>((doc, id) => ({ choices: mapGroups(doc.choices, (c) => withoutItem(c, id)) })),
  /**
   * Records the preferred item of a pair (or "equal"). The cell's reason stays unless a
   * reason typed before choosing comes with it.
   */
  choose: defineAction<Doc, CellArgs & { choice: PairChoice; reason?: string }>({
    name: 'choose',
    history: 'step',
    perform: (doc, args) => {
      if (!known(doc, args)) return doc;
      return withCell(doc, args, cellWith(args.choice, args.reason ?? cellOf(doc, args)?.reason));
    },
  }),
  /** The group's reason for a pair already chosen; typing it is one undo step per cell. */
  setReason: defineAction<Doc, CellArgs & { reason: string }>({
    name: 'setReason',
    history: 'merge',
    mergeKey: ({ groupId, pair }) => `reason|${groupId}|${pairKey(pair.first, pair.second)}`,
    perform: (doc, args) => {
      const before = cellOf(doc, args);
      return before ? withCell(doc, args, cellWith(before.choice, args.reason)) : doc;
    },
  }),
};
