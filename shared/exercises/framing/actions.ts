/**
 * Every edit of the solution-framing exercises as a named action (consensus board, problem
 * and objective tree, framed statement), built on the pure functions beside this file.
 * An edit that is refused (unknown card, a cycle, an empty card, a full board) returns the
 * same document, so it costs no undo step and no save.
 *
 * Text fields are committed when the field loses focus, so each finished edit is one
 * `step`. Folding a branch and the problem/objective switch are ways of looking at the
 * tree (`none`): undo never brings an old view back.
 */
import { defineAction } from '../action.js';
import {
  mergeColumns as mergeBoardColumns,
  moveCard as moveBoardCard,
  nameColumn as nameBoardColumn,
  newColumn,
  orderBySize,
  splitColumn as splitBoardColumn,
  type Board,
} from './consensus.js';
import type { ConsensusDocument, StatementDocument, TreeDocument } from './schema.js';
import type { DirectionCriterion } from './statement.js';
import {
  addChild,
  addSibling,
  checkReparent,
  removeBranch as removeTreeBranch,
  reparent,
  type Side,
  type TreeNode,
  type TreeView,
} from './tree.js';

/** The schema's limits: an edit past them would be refused on save, so it is refused here. */
const maxCards = 400;
const maxColumns = 60;
const maxNodes = 500;
const maxCites = 60;

// Consensus board ---------------------------------------------------------------------------

const hasCard = (doc: ConsensusDocument, cardId: string): boolean => doc.cards.some((c) => c.id === cardId);
const hasColumn = (doc: ConsensusDocument, columnId: string): boolean => doc.columns.some((c) => c.id === columnId);

/** Applies a board operation to the document; an operation that changed nothing keeps it. */
function onBoard(doc: ConsensusDocument, operate: (board: Board) => Board): ConsensusDocument {
  const before: Board = { cards: doc.cards, loose: doc.loose, columns: doc.columns };
  const after = operate(before);
  // The board functions rebuild the board even when nothing moves (a card dropped where it was).
  if (JSON.stringify(after) === JSON.stringify(before)) return doc;
  return { ...doc, cards: after.cards, loose: after.loose, columns: after.columns };
}

function changeCard(doc: ConsensusDocument, cardId: string, field: 'text' | 'group', value: string) {
  const card = doc.cards.find((c) => c.id === cardId);
  if (!card || card[field] === value) return doc;
  return { ...doc, cards: doc.cards.map((c) => (c.id === cardId ? { ...c, [field]: value } : c)) };
}

export const setFocusQuestion = defineAction<ConsensusDocument, { text: string }>({
  name: 'setFocusQuestion',
  history: 'step',
  perform: (doc, { text }) => (doc.focusQuestion === text ? doc : { ...doc, focusQuestion: text }),
});

/** A new card joins the loose cards, last; an empty card is refused (the schema's rule). */
export const addCard = defineAction<ConsensusDocument, { id: string; text: string; group: string }>({
  name: 'addCard',
  history: 'step',
  perform: (doc, { id, text, group }) =>
    text.trim() === '' || hasCard(doc, id) || doc.cards.length >= maxCards
      ? doc
      : { ...doc, cards: [...doc.cards, { id, text, group }], loose: [...doc.loose, id] },
});

export const editCardText = defineAction<ConsensusDocument, { cardId: string; text: string }>({
  name: 'editCardText',
  history: 'step',
  perform: (doc, { cardId, text }) => (text.trim() === '' ? doc : changeCard(doc, cardId, 'text', text)),
});

/** Which group wrote the card (e.g. "Perempuan"); empty takes the tag off. */
export const tagCardGroup = defineAction<ConsensusDocument, { cardId: string; group: string }>({
  name: 'tagCardGroup',
  history: 'step',
  perform: (doc, { cardId, group }) => changeCard(doc, cardId, 'group', group),
});

/** A card dropped on a column (null: back to the loose cards); a column left empty goes. */
export const moveCard = defineAction<ConsensusDocument, { cardId: string; columnId: string | null; index?: number }>({
  name: 'moveCard',
  history: 'step',
  perform: (doc, { cardId, columnId, index }) =>
    !hasCard(doc, cardId) || (columnId !== null && !hasColumn(doc, columnId))
      ? doc
      : onBoard(doc, (board) => moveBoardCard(board, cardId, columnId, index)),
});

/** A new column from the given cards (a pair, usually), with the next free symbol. */
export const startColumn = defineAction<ConsensusDocument, { columnId: string; cardIds: readonly string[] }>({
  name: 'startColumn',
  history: 'step',
  perform: (doc, { columnId, cardIds }) =>
    cardIds.length === 0 ||
    !cardIds.every((id) => hasCard(doc, id)) ||
    hasColumn(doc, columnId) ||
    doc.columns.length >= maxColumns
      ? doc
      : onBoard(doc, (board) => newColumn(board, cardIds, columnId)),
});

/** Some cards of a column become a column of their own; a whole column is not split. */
export const splitColumn = defineAction<
  ConsensusDocument,
  { columnId: string; cardIds: readonly string[]; newColumnId: string }
>({
  name: 'splitColumn',
  history: 'step',
  perform: (doc, { columnId, cardIds, newColumnId }) => {
    const source = doc.columns.find((c) => c.id === columnId);
    if (!source || hasColumn(doc, newColumnId) || !cardIds.every((id) => source.cardIds.includes(id))) return doc;
    return onBoard(doc, (board) => splitBoardColumn(board, columnId, cardIds, newColumnId));
  },
});

/** The cards of `from` join `into`, which keeps its title and symbol. */
export const mergeColumns = defineAction<ConsensusDocument, { into: string; from: string }>({
  name: 'mergeColumns',
  history: 'step',
  perform: (doc, { into, from }) =>
    hasColumn(doc, into) ? onBoard(doc, (board) => mergeBoardColumns(board, into, from)) : doc,
});

export const nameColumn = defineAction<ConsensusDocument, { columnId: string; title: string }>({
  name: 'nameColumn',
  history: 'step',
  perform: (doc, { columnId, title }) => onBoard(doc, (board) => nameBoardColumn(board, columnId, title)),
});

/** ToP names the largest cluster first: the columns are put in that order. */
export const orderColumnsBySize = defineAction<ConsensusDocument, void>({
  name: 'orderColumnsBySize',
  history: 'step',
  perform: (doc) => onBoard(doc, orderBySize),
});

export type ResolveField = keyof ConsensusDocument['resolve'];

/** The resolve step: what the group agrees the columns mean, and the next steps. */
export const setResolve = defineAction<ConsensusDocument, { field: ResolveField; text: string }>({
  name: 'setResolve',
  history: 'step',
  perform: (doc, { field, text }) =>
    doc.resolve[field] === text ? doc : { ...doc, resolve: { ...doc.resolve, [field]: text } },
});

// Problem and objective tree ------------------------------------------------------------------

const nodeOf = (doc: TreeDocument, nodeId: string): TreeNode | undefined => doc.nodes.find((n) => n.id === nodeId);

/** A new box may not reuse an id nor grow the tree past what the schema keeps. */
const canAdd = (doc: TreeDocument, id: string): boolean => !nodeOf(doc, id) && doc.nodes.length < maxNodes;

/** A box below (a cause) or, on the focal problem only, above (an effect). */
export const addTreeChild = defineAction<TreeDocument, { parentId: string; id: string; side?: Side }>({
  name: 'addTreeChild',
  history: 'step',
  perform: (doc, { parentId, id, side }) =>
    nodeOf(doc, parentId) && canAdd(doc, id) ? { ...doc, nodes: addChild(doc.nodes, parentId, id, side) } : doc,
});

/** A box beside another, on the same parent; beside the focal problem means a new cause. */
export const addTreeSibling = defineAction<TreeDocument, { nodeId: string; id: string }>({
  name: 'addTreeSibling',
  history: 'step',
  perform: (doc, { nodeId, id }) =>
    nodeOf(doc, nodeId) && canAdd(doc, id) ? { ...doc, nodes: addSibling(doc.nodes, nodeId, id) } : doc,
});

export type NodeTextField = 'problem' | 'objective';

/** A box's problem wording or its positive objective (one node holds both). */
export const setNodeText = defineAction<TreeDocument, { nodeId: string; field: NodeTextField; text: string }>({
  name: 'setNodeText',
  history: 'step',
  perform: (doc, { nodeId, field, text }) => {
    const node = nodeOf(doc, nodeId);
    return node && node[field] !== text
      ? { ...doc, nodes: doc.nodes.map((n) => (n.id === nodeId ? { ...n, [field]: text } : n)) }
      : doc;
  },
});

/** A box and everything below it; the focal problem stays. */
export const removeBranch = defineAction<TreeDocument, { nodeId: string }>({
  name: 'removeBranch',
  history: 'step',
  perform: (doc, { nodeId }) => {
    const node = nodeOf(doc, nodeId);
    return node && node.parentId !== null ? { ...doc, nodes: removeTreeBranch(doc.nodes, nodeId) } : doc;
  },
});

/**
 * A branch dropped on another box; dropped on the focal problem, `side` says whether it
 * becomes a cause or an effect. A cycle or a move of the focal problem is refused
 * (`checkReparent` says why, for the view to show).
 */
export const reparentNode = defineAction<TreeDocument, { nodeId: string; parentId: string; side?: Side }>({
  name: 'reparentNode',
  history: 'step',
  perform: (doc, { nodeId, parentId, side }) => {
    if (!nodeOf(doc, parentId) || checkReparent(doc.nodes, nodeId, parentId)) return doc;
    const nodes = reparent(doc.nodes, nodeId, parentId, side);
    // Dropped back on its own parent, on the same side: nothing moved.
    return JSON.stringify(nodes) === JSON.stringify(doc.nodes) ? doc : { ...doc, nodes };
  },
});

/**
 * Folding a branch is a way of looking at a large tree, not an edit. It names the state
 * wanted rather than toggling, because a view setting is applied to every remembered
 * state too, and a toggle would flip each of those its own way.
 */
export const setCollapsed = defineAction<TreeDocument, { nodeId: string; collapsed: boolean }>({
  name: 'setCollapsed',
  history: 'none',
  perform: (doc, { nodeId, collapsed }) => {
    const node = nodeOf(doc, nodeId);
    return node && node.collapsed !== collapsed
      ? { ...doc, nodes: doc.nodes.map((n) => (n.id === nodeId ? { ...n, collapsed } : n)) }
      : doc;
  },
});

/** Problem tree or objective tree: the same tree read two ways. */
export const setTreeView = defineAction<TreeDocument, TreeView>({
  name: 'setTreeView',
  history: 'none',
  perform: (doc, view) => (doc.view === view ? doc : { ...doc, view }),
});

// Framed solution statement --------------------------------------------------------------------

export type StatementTextField = 'text' | 'explanation';
export type CitedSource = StatementDocument['cites'][number];

const sameSource = (a: CitedSource, b: Pick<CitedSource, 'exerciseId' | 'itemId'>): boolean =>
  a.exerciseId === b.exerciseId && a.itemId === b.itemId;

/** The one plain sentence, or the explanation under it. */
export const setStatementText = defineAction<StatementDocument, { field: StatementTextField; text: string }>({
  name: 'setStatementText',
  history: 'step',
  perform: (doc, { field, text }) => (doc[field] === text ? doc : { ...doc, [field]: text }),
});

/** A named cluster or objective the statement is built from, kept by its words today. */
export const citeSource = defineAction<StatementDocument, CitedSource>({
  name: 'citeSource',
  history: 'step',
  perform: (doc, source) =>
    doc.cites.some((c) => sameSource(c, source)) || doc.cites.length >= maxCites
      ? doc
      : { ...doc, cites: [...doc.cites, source] },
});

export const uncite = defineAction<StatementDocument, Pick<CitedSource, 'exerciseId' | 'itemId'>>({
  name: 'uncite',
  history: 'step',
  perform: (doc, source) =>
    doc.cites.some((c) => sameSource(c, source))
      ? { ...doc, cites: doc.cites.filter((c) => !sameSource(c, source)) }
      : doc,
});

type CriterionCheck = StatementDocument['criteria'][DirectionCriterion];

function changeCriterion<K extends keyof CriterionCheck>(
  doc: StatementDocument,
  criterion: DirectionCriterion,
  field: K,
  value: CriterionCheck[K],
): StatementDocument {
  const check = doc.criteria[criterion];
  if (check[field] === value) return doc;
  return { ...doc, criteria: { ...doc.criteria, [criterion]: { ...check, [field]: value } } };
}

/** The group agrees a direction criterion is met (or takes it back: flagged again). */
export const setCriterionMet = defineAction<StatementDocument, { criterion: DirectionCriterion; met: boolean }>({
  name: 'setCriterionMet',
  history: 'step',
  perform: (doc, { criterion, met }) => changeCriterion(doc, criterion, 'met', met),
});

export const setCriterionNote = defineAction<StatementDocument, { criterion: DirectionCriterion; note: string }>({
  name: 'setCriterionNote',
  history: 'step',
  perform: (doc, { criterion, note }) => changeCriterion(doc, criterion, 'note', note),
});
