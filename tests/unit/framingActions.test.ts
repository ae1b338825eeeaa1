import { describe, expect, it } from 'vitest';
import { applyChange, startHistory, undo } from '#renderer/exercises/document/history.js';
import type { ExerciseAction } from '#shared/exercises/action.js';
import {
  addCard,
  addTreeChild,
  addTreeSibling,
  citeSource,
  editCardText,
  mergeColumns,
  moveCard,
  nameColumn,
  orderColumnsBySize,
  removeBranch,
  reparentNode,
  setCollapsed,
  setCriterionMet,
  setCriterionNote,
  setFocusQuestion,
  setNodeText,
  setResolve,
  setStatementText,
  setTreeView,
  splitColumn,
  startColumn,
  tagCardGroup,
  uncite,
} from '#shared/exercises/framing/actions.js';
import {
  emptyConsensusDocument,
  emptyStatementDocument,
  emptyTreeDocument,
  zConsensusDocument,
  zStatementDocument,
  zTreeDocument,
  type ConsensusDocument,
  type TreeDocument,
} from '#shared/exercises/framing/schema.js';

/** Runs actions in turn, as the view would one after another. */
function run<Doc>(doc: Doc, ...steps: ((d: Doc) => Doc)[]): Doc {
  return steps.reduce((d, step) => step(d), doc);
}

/** Five loose cards a-e, written by two groups. */
const fiveCards = (): ConsensusDocument =>
  run(
    emptyConsensusDocument(),
    ...['a', 'b', 'c', 'd', 'e'].map(
      (id, i) => (d: ConsensusDocument) =>
        addCard.perform(d, { id, text: `Gagasan ${id}`, group: i < 2 ? 'Perempuan' : '' }),
    ),
  );

/** Two columns: k1 with a, b, c and k2 with d; e stays loose. */
const clustered = (): ConsensusDocument =>
  run(
    fiveCards(),
    (d) => startColumn.perform(d, { columnId: 'k1', cardIds: ['a', 'b'] }),
    (d) => moveCard.perform(d, { cardId: 'c', columnId: 'k1' }),
    (d) => startColumn.perform(d, { columnId: 'k2', cardIds: ['d'] }),
  );

describe('consensus board actions', () => {
  it('adds cards to the loose pile in the order written, and refuses an empty card or a repeated id', () => {
    const doc = fiveCards();
    expect(doc.loose).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(doc.cards[0]).toEqual({ id: 'a', text: 'Gagasan a', group: 'Perempuan' });
    expect(zConsensusDocument.safeParse(doc).success).toBe(true);
    expect(addCard.perform(doc, { id: 'f', text: '   ', group: '' })).toBe(doc);
    expect(addCard.perform(doc, { id: 'a', text: 'Lagi', group: '' })).toBe(doc);
  });

  it('edits a card and tags its group; an empty text or an unknown card is refused', () => {
    const doc = fiveCards();
    expect(editCardText.perform(doc, { cardId: 'c', text: 'Tandon air' }).cards[2]!.text).toBe('Tandon air');
    expect(tagCardGroup.perform(doc, { cardId: 'c', group: 'Pemuda' }).cards[2]!.group).toBe('Pemuda');
    expect(tagCardGroup.perform(doc, { cardId: 'a', group: '' }).cards[0]!.group).toBe('');
    expect(editCardText.perform(doc, { cardId: 'c', text: ' ' })).toBe(doc);
    expect(editCardText.perform(doc, { cardId: 'zz', text: 'Apa' })).toBe(doc);
    expect(editCardText.perform(doc, { cardId: 'a', text: 'Gagasan a' })).toBe(doc);
    expect(tagCardGroup.perform(doc, { cardId: 'a', group: 'Perempuan' })).toBe(doc);
  });

  it('starts columns with symbols, moves cards in and back, and a column left empty goes', () => {
    const doc = clustered();
    expect(doc.columns.map((c) => [c.id, c.symbol, c.cardIds])).toEqual([
      ['k1', '★', ['a', 'b', 'c']],
      ['k2', '●', ['d']],
    ]);
    expect(doc.loose).toEqual(['e']);
    expect(zConsensusDocument.safeParse(doc).success).toBe(true);
    const back = moveCard.perform(doc, { cardId: 'd', columnId: null });
    expect(back.columns.map((c) => c.id)).toEqual(['k1']);
    expect(back.loose).toEqual(['e', 'd']);
    const first = moveCard.perform(doc, { cardId: 'c', columnId: 'k1', index: 0 });
    expect(first.columns[0]!.cardIds).toEqual(['c', 'a', 'b']);
  });

  it('refuses a move to an unknown column, of an unknown card, or to where the card already is', () => {
    const doc = clustered();
    expect(moveCard.perform(doc, { cardId: 'a', columnId: 'nowhere' })).toBe(doc);
    expect(moveCard.perform(doc, { cardId: 'zz', columnId: 'k1' })).toBe(doc);
    expect(moveCard.perform(doc, { cardId: 'e', columnId: null })).toBe(doc);
    expect(startColumn.perform(doc, { columnId: 'k1', cardIds: ['e'] })).toBe(doc);
    expect(startColumn.perform(doc, { columnId: 'k3', cardIds: [] })).toBe(doc);
    expect(startColumn.perform(doc, { columnId: 'k3', cardIds: ['zz'] })).toBe(doc);
  });

  it('splits some cards of a column into a new one, never the whole column', () => {
    const doc = clustered();
    const split = splitColumn.perform(doc, { columnId: 'k1', cardIds: ['c'], newColumnId: 'k3' });
    expect(split.columns.map((c) => [c.id, c.cardIds])).toEqual([
      ['k1', ['a', 'b']],
      ['k2', ['d']],
      ['k3', ['c']],
    ]);
    expect(split.columns[2]!.symbol).toBe('▲');
    expect(splitColumn.perform(doc, { columnId: 'k1', cardIds: ['a', 'b', 'c'], newColumnId: 'k3' })).toBe(doc);
    expect(splitColumn.perform(doc, { columnId: 'k1', cardIds: ['d'], newColumnId: 'k3' })).toBe(doc);
    expect(splitColumn.perform(doc, { columnId: 'k1', cardIds: ['c'], newColumnId: 'k2' })).toBe(doc);
  });

  it('merges a column into another, which keeps its title and symbol', () => {
    const doc = nameColumn.perform(clustered(), { columnId: 'k2', title: 'Jaga sumber mata air' });
    const merged = mergeColumns.perform(doc, { into: 'k2', from: 'k1' });
    expect(merged.columns).toEqual([
      { id: 'k2', title: 'Jaga sumber mata air', symbol: '●', cardIds: ['d', 'a', 'b', 'c'] },
    ]);
    expect(mergeColumns.perform(doc, { into: 'k1', from: 'k1' })).toBe(doc);
    expect(mergeColumns.perform(doc, { into: 'nowhere', from: 'k1' })).toBe(doc);
    expect(mergeColumns.perform(doc, { into: 'k1', from: 'nowhere' })).toBe(doc);
  });

  it('names columns, orders them largest first, and writes the focus question and the resolve step', () => {
    const doc = run(
      clustered(),
      (d) => moveCard.perform(d, { cardId: 'e', columnId: 'k2' }),
      (d) => moveCard.perform(d, { cardId: 'a', columnId: 'k2' }),
      (d) => nameColumn.perform(d, { columnId: 'k1', title: 'Tampung air hujan di rumah' }),
    );
    expect(doc.columns[0]!.title).toBe('Tampung air hujan di rumah');
    expect(nameColumn.perform(doc, { columnId: 'nowhere', title: 'Judul' })).toBe(doc);
    expect(nameColumn.perform(doc, { columnId: 'k1', title: 'Tampung air hujan di rumah' })).toBe(doc);
    expect(orderColumnsBySize.perform(doc).columns.map((c) => c.id)).toEqual(['k2', 'k1']);
    const ordered = orderColumnsBySize.perform(doc);
    expect(orderColumnsBySize.perform(ordered)).toBe(ordered);
    const asked = setFocusQuestion.perform(doc, { text: 'Apa yang bisa kita lakukan?' });
    expect(asked.focusQuestion).toBe('Apa yang bisa kita lakukan?');
    expect(setFocusQuestion.perform(asked, { text: 'Apa yang bisa kita lakukan?' })).toBe(asked);
    const resolved = setResolve.perform(doc, { field: 'nextSteps', text: 'Pengurus air dibentuk' });
    expect(resolved.resolve).toEqual({ meaning: '', nextSteps: 'Pengurus air dibentuk' });
    expect(setResolve.perform(resolved, { field: 'nextSteps', text: 'Pengurus air dibentuk' })).toBe(resolved);
  });
});

/** focal <- f1 (cause) <- f1a; focal <- up (effect). */
const smallTree = (): TreeDocument =>
  run(
    emptyTreeDocument(),
    (d) => addTreeChild.perform(d, { parentId: 'focal', id: 'f1', side: 'cause' }),
    (d) => addTreeChild.perform(d, { parentId: 'f1', id: 'f1a' }),
    (d) => addTreeChild.perform(d, { parentId: 'focal', id: 'up', side: 'effect' }),
  );

describe('tree actions', () => {
  it('adds causes below and effects above; children take their parent side; siblings share a parent', () => {
    const doc = smallTree();
    expect(doc.nodes.map((n) => [n.id, n.parentId, n.side])).toEqual([
      ['focal', null, 'cause'],
      ['f1', 'focal', 'cause'],
      ['f1a', 'f1', 'cause'],
      ['up', 'focal', 'effect'],
    ]);
    const beside = addTreeSibling.perform(doc, { nodeId: 'up', id: 'up2' });
    expect(beside.nodes.at(-1)).toMatchObject({ id: 'up2', parentId: 'focal', side: 'effect' });
    // Beside the focal problem there is no room: a cause is added under it.
    expect(addTreeSibling.perform(doc, { nodeId: 'focal', id: 'c2' }).nodes.at(-1)).toMatchObject({
      parentId: 'focal',
      side: 'cause',
    });
    expect(zTreeDocument.safeParse(beside).success).toBe(true);
  });

  it('refuses a box under an unknown parent or with an id already used', () => {
    const doc = smallTree();
    expect(addTreeChild.perform(doc, { parentId: 'nowhere', id: 'x' })).toBe(doc);
    expect(addTreeChild.perform(doc, { parentId: 'f1', id: 'up' })).toBe(doc);
    expect(addTreeSibling.perform(doc, { nodeId: 'nowhere', id: 'x' })).toBe(doc);
    expect(addTreeSibling.perform(doc, { nodeId: 'f1', id: 'f1a' })).toBe(doc);
  });

  it('writes the problem and the objective of a box', () => {
    const doc = run(
      smallTree(),
      (d) => setNodeText.perform(d, { nodeId: 'f1', field: 'problem', text: 'Pipa bocor' }),
      (d) => setNodeText.perform(d, { nodeId: 'f1', field: 'objective', text: 'Pipa terawat' }),
    );
    expect(doc.nodes[1]).toMatchObject({ problem: 'Pipa bocor', objective: 'Pipa terawat' });
    expect(setNodeText.perform(doc, { nodeId: 'f1', field: 'problem', text: 'Pipa bocor' })).toBe(doc);
    expect(setNodeText.perform(doc, { nodeId: 'nowhere', field: 'problem', text: 'Apa' })).toBe(doc);
  });

  it('removes a branch with everything below it, never the focal problem', () => {
    const doc = smallTree();
    expect(removeBranch.perform(doc, { nodeId: 'f1' }).nodes.map((n) => n.id)).toEqual(['focal', 'up']);
    expect(removeBranch.perform(doc, { nodeId: 'focal' })).toBe(doc);
    expect(removeBranch.perform(doc, { nodeId: 'nowhere' })).toBe(doc);
  });

  it('re-parents a branch, which takes the new side; refuses a cycle and the focal problem', () => {
    const doc = smallTree();
    const moved = reparentNode.perform(doc, { nodeId: 'f1', parentId: 'up' });
    expect(moved.nodes.map((n) => [n.id, n.parentId, n.side])).toEqual([
      ['focal', null, 'cause'],
      ['f1', 'up', 'effect'],
      ['f1a', 'f1', 'effect'],
      ['up', 'focal', 'effect'],
    ]);
    expect(zTreeDocument.safeParse(moved).success).toBe(true);
    // Onto the focal problem, the drop decides the side.
    const flipped = reparentNode.perform(doc, { nodeId: 'f1a', parentId: 'focal', side: 'effect' });
    expect(flipped.nodes[2]).toMatchObject({ parentId: 'focal', side: 'effect' });
    expect(reparentNode.perform(doc, { nodeId: 'f1', parentId: 'f1a' })).toBe(doc);
    expect(reparentNode.perform(doc, { nodeId: 'f1', parentId: 'f1' })).toBe(doc);
    expect(reparentNode.perform(doc, { nodeId: 'focal', parentId: 'f1' })).toBe(doc);
    expect(reparentNode.perform(doc, { nodeId: 'f1', parentId: 'nowhere' })).toBe(doc);
    expect(reparentNode.perform(doc, { nodeId: 'f1a', parentId: 'f1' })).toBe(doc);
  });

  it('folds and unfolds a branch, and switches between the problem and the objective view', () => {
    const doc = smallTree();
    const folded = setCollapsed.perform(doc, { nodeId: 'f1', collapsed: true });
    expect(folded.nodes[1]!.collapsed).toBe(true);
    expect(setCollapsed.perform(folded, { nodeId: 'f1', collapsed: true })).toBe(folded);
    expect(setCollapsed.perform(folded, { nodeId: 'f1', collapsed: false }).nodes[1]!.collapsed).toBe(false);
    expect(setCollapsed.perform(doc, { nodeId: 'nowhere', collapsed: true })).toBe(doc);
    const objective = setTreeView.perform(doc, 'objective');
    expect(objective.view).toBe('objective');
    expect(setTreeView.perform(objective, 'objective')).toBe(objective);
  });
});

describe('statement actions', () => {
  const source = { exerciseId: 'ex1', itemId: 'k1', label: 'Tampung air hujan di rumah' };

  it('writes the statement and its explanation', () => {
    const doc = setStatementText.perform(emptyStatementDocument(), { field: 'text', text: 'Warga membangun tandon.' });
    expect(doc.text).toBe('Warga membangun tandon.');
    const explained = setStatementText.perform(doc, { field: 'explanation', text: 'Sebelum kemarau.' });
    expect(explained).toMatchObject({ text: 'Warga membangun tandon.', explanation: 'Sebelum kemarau.' });
    expect(setStatementText.perform(explained, { field: 'text', text: 'Warga membangun tandon.' })).toBe(explained);
  });

  it('cites a source once and drops it again', () => {
    const doc = citeSource.perform(emptyStatementDocument(), source);
    expect(doc.cites).toEqual([source]);
    expect(citeSource.perform(doc, { ...source, label: 'Lain' })).toBe(doc);
    expect(uncite.perform(doc, { exerciseId: 'ex1', itemId: 'k1' }).cites).toEqual([]);
    expect(uncite.perform(doc, { exerciseId: 'ex1', itemId: 'other' })).toBe(doc);
    expect(zStatementDocument.safeParse(doc).success).toBe(true);
  });

  it('ticks a direction criterion and notes why', () => {
    const doc = run(
      emptyStatementDocument(),
      (d) => setCriterionMet.perform(d, { criterion: 'realistic', met: true }),
      (d) => setCriterionNote.perform(d, { criterion: 'realistic', note: 'Tenaga warga sendiri' }),
    );
    expect(doc.criteria.realistic).toEqual({ met: true, note: 'Tenaga warga sendiri' });
    expect(doc.criteria.measurable).toEqual({ met: false, note: '' });
    expect(setCriterionMet.perform(doc, { criterion: 'realistic', met: true })).toBe(doc);
    expect(setCriterionNote.perform(doc, { criterion: 'realistic', note: 'Tenaga warga sendiri' })).toBe(doc);
  });
});

describe('how undo takes the framing actions', () => {
  it('folding and the problem/objective switch are view settings; every other edit is one step', () => {
    const views: ExerciseAction<TreeDocument, never>[] = [setCollapsed, setTreeView];
    for (const a of views) expect(a.history).toBe('none');
    const steps = [
      setFocusQuestion,
      addCard,
      editCardText,
      tagCardGroup,
      moveCard,
      startColumn,
      splitColumn,
      mergeColumns,
      nameColumn,
      orderColumnsBySize,
      setResolve,
      addTreeChild,
      addTreeSibling,
      setNodeText,
      removeBranch,
      reparentNode,
      setStatementText,
      citeSource,
      uncite,
      setCriterionMet,
      setCriterionNote,
    ];
    for (const a of steps) expect(a.history, a.name).toBe('step');
    expect(new Set([...views, ...steps].map((a) => a.name)).size).toBe(views.length + steps.length);
  });

  it('undoing an added box keeps the objective view and the fold chosen since', () => {
    const perform = <A>(
      h: ReturnType<typeof startHistory<TreeDocument>>,
      action: ExerciseAction<TreeDocument, A>,
      args: A,
    ) => applyChange(h, (d) => action.perform(d, args), { history: action.history, mergeKey: action.name });
    let h = startHistory(smallTree());
    h = perform(h, addTreeChild, { parentId: 'f1', id: 'f1b' });
    h = perform(h, setTreeView, 'objective');
    h = perform(h, setCollapsed, { nodeId: 'f1', collapsed: true });
    expect(h.past).toHaveLength(1);
    h = undo(h);
    expect(h.present.nodes.map((n) => n.id)).toEqual(['focal', 'f1', 'f1a', 'up']);
    expect(h.present.view).toBe('objective');
    expect(h.present.nodes[1]!.collapsed).toBe(true);
  });
});
