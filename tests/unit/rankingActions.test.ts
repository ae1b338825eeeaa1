import { describe, expect, it } from 'vitest';
import { matrixActions } from '#shared/exercises/ranking/matrixActions.js';
import { pairwiseActions } from '#shared/exercises/ranking/pairwiseActions.js';
import {
  emptyMatrixDocument,
  emptyPairwiseDocument,
  emptyVoteDocument,
  zMatrixDocument,
  zPairwiseDocument,
  zVoteDocument,
  type MatrixDocument,
  type PairwiseDocument,
  type VoteDocument,
} from '#shared/exercises/ranking/schema.js';
import { voteActions } from '#shared/exercises/ranking/voteActions.js';

/** Every action is pure: it returns a new document, or the very same one when refused or idle. */

const pairwiseDoc = (): PairwiseDocument => ({
  ...emptyPairwiseDocument(),
  items: [
    { id: 'a', name: 'Air bersih' },
    { id: 'b', name: 'Jalan desa' },
    { id: 'c', name: 'Posyandu' },
  ],
  choices: { all: { 'a|b': { choice: 'first', reason: 'sehat' }, 'b|c': { choice: 'equal' } } },
});

const matrixDoc = (): MatrixDocument => ({
  ...emptyMatrixDocument(),
  items: [
    { id: 'o1', name: 'Sumur bor' },
    { id: 'o2', name: 'Pipa mata air' },
  ],
  criteria: [
    { id: 'c1', name: 'Murah', weight: 1 },
    { id: 'c2', name: 'Dekat', weight: 1 },
  ],
  template: 'usg',
  scoring: { kind: 'scale', min: 1, max: 5 },
  cells: { all: { o1: { c1: 4, c2: 2 }, o2: { c1: 3 } } },
});

const voteDoc = (): VoteDocument => ({
  ...emptyVoteDocument(),
  items: [
    { id: 'x', name: 'Jalan' },
    { id: 'y', name: 'Air' },
    { id: 'z', name: 'Pasar' },
  ],
  dotsPerVoter: 2,
  ballots: {
    all: [
      { id: 'v1', participantId: null, label: 'Pemilih 1', dots: { x: 1, y: 1 }, order: [] },
      { id: 'v2', participantId: 'p1', label: 'Siti', dots: { y: 1 }, order: ['z', 'x'] },
    ],
  },
});

describe('shared ranking actions (shown on pairwise)', () => {
  const { setQuestion, addItem, renameItem, addGroup, setNumbering } = pairwiseActions;

  it('sets the question; the same question changes nothing', () => {
    const doc = pairwiseDoc();
    expect(setQuestion.perform(doc, { question: 'Mana yang mendesak?' }).question).toBe('Mana yang mendesak?');
    expect(setQuestion.perform(doc, { question: '' })).toBe(doc);
  });

  it('adds an item; an empty or repeated name is refused and the document stays', () => {
    const doc = pairwiseDoc();
    expect(addItem.perform(doc, { id: 'd', name: 'Sampah' }).items.at(-1)).toEqual({ id: 'd', name: 'Sampah' });
    expect(addItem.refuse(doc, { id: 'd', name: '  ' })).toBe('empty_name');
    expect(addItem.perform(doc, { id: 'd', name: '  ' })).toBe(doc);
    expect(addItem.refuse(doc, { id: 'd', name: ' air BERSIH ' })).toBe('duplicate_name');
    expect(addItem.perform(doc, { id: 'd', name: ' air BERSIH ' })).toBe(doc);
  });

  it('renames in place, keeping the choices; its own name in other case is allowed, another item’s is not', () => {
    const doc = pairwiseDoc();
    const next = renameItem.perform(doc, { id: 'a', name: 'Air Bersih' });
    expect(next.items[0]).toEqual({ id: 'a', name: 'Air Bersih' });
    expect(next.choices).toBe(doc.choices);
    expect(renameItem.perform(doc, { id: 'a', name: 'posyandu' })).toBe(doc);
    expect(renameItem.refuse(doc, { id: 'a', name: 'posyandu' })).toBe('duplicate_name');
    expect(renameItem.perform(doc, { id: 'a', name: 'Air bersih' })).toBe(doc);
    expect(renameItem.perform(doc, { id: 'nobody', name: 'Baru' })).toBe(doc);
  });

  it('adds a group by its trimmed name; a repeated one is refused', () => {
    const doc = pairwiseDoc();
    expect(addGroup.perform(doc, { id: 'w', name: ' Perempuan ' }).groups).toEqual([
      { id: 'all', name: '' },
      { id: 'w', name: 'Perempuan' },
    ]);
    const twice = addGroup.perform(doc, { id: 'w', name: 'Perempuan' });
    expect(addGroup.perform(twice, { id: 'w2', name: 'perempuan' })).toBe(twice);
  });

  it('numbering is a view setting: no undo step', () => {
    const doc = pairwiseDoc();
    expect(setNumbering.history).toBe('none');
    expect(setNumbering.perform(doc, { numbering: 'roman' }).numbering).toBe('roman');
    expect(setNumbering.perform(doc, { numbering: 'competition' })).toBe(doc);
  });
});

describe('pairwise actions', () => {
  const { removeItem, choose, setReason } = pairwiseActions;
  const pair = { first: 'b', second: 'c' };

  it('removes an item with every choice it was part of', () => {
    const doc = pairwiseDoc();
    const next = removeItem.perform(doc, { id: 'b' });
    expect(next.items.map((i) => i.id)).toEqual(['a', 'c']);
    expect(next.choices).toEqual({ all: {} });
    expect(zPairwiseDocument.parse(next)).toEqual(next);
    expect(removeItem.perform(doc, { id: 'nobody' })).toBe(doc);
  });

  it('records a choice as one step, keeping the reason unless a new one comes with it', () => {
    const doc = pairwiseDoc();
    expect(choose.history).toBe('step');
    const ab = { groupId: 'all', pair: { first: 'a', second: 'b' } };
    expect(choose.perform(doc, { ...ab, choice: 'second' }).choices.all!['a|b']).toEqual({
      choice: 'second',
      reason: 'sehat',
    });
    expect(choose.perform(doc, { ...ab, choice: 'second', reason: 'murah' }).choices.all!['a|b']).toEqual({
      choice: 'second',
      reason: 'murah',
    });
    expect(choose.perform(doc, { groupId: 'all', pair, choice: 'first' }).choices.all!['b|c']).toEqual({
      choice: 'first',
    });
    // A new group's first choice starts its grid.
    const women = pairwiseActions.addGroup.perform(doc, { id: 'w', name: 'Perempuan' });
    expect(choose.perform(women, { groupId: 'w', pair, choice: 'second' }).choices.w).toEqual({
      'b|c': { choice: 'second' },
    });
  });

  it('refuses a choice that changes nothing, a pair out of list order, or an unknown group', () => {
    const doc = pairwiseDoc();
    expect(choose.perform(doc, { groupId: 'all', pair, choice: 'equal' })).toBe(doc);
    expect(choose.perform(doc, { groupId: 'all', pair: { first: 'c', second: 'b' }, choice: 'first' })).toBe(doc);
    expect(choose.perform(doc, { groupId: 'all', pair: { first: 'a', second: 'gone' }, choice: 'first' })).toBe(doc);
    expect(choose.perform(doc, { groupId: 'nobody', pair, choice: 'first' })).toBe(doc);
  });

  it('a reason typed into a cell is one undo step per cell; empty clears it; none without a choice', () => {
    const doc = pairwiseDoc();
    expect(setReason.history).toBe('merge');
    expect(setReason.mergeKey!({ groupId: 'all', pair, reason: 'x' })).toBe(
      setReason.mergeKey!({ groupId: 'all', pair, reason: 'xy' }),
    );
    expect(setReason.mergeKey!({ groupId: 'all', pair, reason: 'x' })).not.toBe(
      setReason.mergeKey!({ groupId: 'all', pair: { first: 'a', second: 'b' }, reason: 'x' }),
    );
    expect(setReason.perform(doc, { groupId: 'all', pair, reason: 'sama pentingnya' }).choices.all!['b|c']).toEqual({
      choice: 'equal',
      reason: 'sama pentingnya',
    });
    const ab = { groupId: 'all', pair: { first: 'a', second: 'b' } };
    expect(setReason.perform(doc, { ...ab, reason: '' }).choices.all!['a|b']).toEqual({ choice: 'first' });
    expect(setReason.perform(doc, { ...ab, reason: 'sehat' })).toBe(doc);
    expect(setReason.perform(doc, { groupId: 'all', pair: { first: 'a', second: 'c' }, reason: 'x' })).toBe(doc);
  });
});

describe('matrix actions', () => {
  const a = matrixActions;
  const cell = { groupId: 'all', optionId: 'o2', criterionId: 'c2' };

  it('removes an option with its scores', () => {
    const doc = matrixDoc();
    const next = a.removeItem.perform(doc, { id: 'o1' });
    expect(next.items.map((i) => i.id)).toEqual(['o2']);
    expect(next.cells).toEqual({ all: { o2: { c1: 3 } } });
    expect(a.removeItem.perform(doc, { id: 'nobody' })).toBe(doc);
  });

  it('sets an option’s category', () => {
    const doc = matrixDoc();
    expect(a.setCategory.perform(doc, { itemId: 'o1', category: 'Padi' }).items[0]).toEqual({
      id: 'o1',
      name: 'Sumur bor',
      category: 'Padi',
    });
    expect(a.setCategory.perform(doc, { itemId: 'o1', category: '' })).toBe(doc);
  });

  it('adding or removing a criterion makes the matrix custom; removing drops its scores', () => {
    const doc = matrixDoc();
    const added = a.addCriterion.perform(doc, { id: 'c3', name: 'Awet' });
    expect(added.template).toBe('custom');
    expect(added.criteria.at(-1)).toEqual({ id: 'c3', name: 'Awet', weight: 1 });
    expect(a.addCriterion.refuse(doc, { id: 'c3', name: 'murah' })).toBe('duplicate_name');
    expect(a.addCriterion.perform(doc, { id: 'c3', name: '' })).toBe(doc);
    const removed = a.removeCriterion.perform(doc, { id: 'c1' });
    expect(removed).toMatchObject({ template: 'custom', cells: { all: { o1: { c2: 2 }, o2: {} } } });
    expect(a.removeCriterion.perform(doc, { id: 'nobody' })).toBe(doc);
  });

  it('renaming a criterion keeps the template and the scores', () => {
    const doc = matrixDoc();
    const next = a.renameCriterion.perform(doc, { id: 'c1', name: 'Terjangkau' });
    expect(next.criteria[0]!.name).toBe('Terjangkau');
    expect(next.template).toBe('usg');
    expect(next.cells).toBe(doc.cells);
    expect(a.renameCriterion.perform(doc, { id: 'c1', name: 'dekat' })).toBe(doc);
  });

  it('a template replaces criteria and scores; custom only relabels; the same template changes nothing', () => {
    const doc = matrixDoc();
    let n = 0;
    const args = { nameOf: (key: string) => key.toUpperCase(), newId: () => `t${(n += 1)}` };
    const gmp = a.chooseTemplate.perform(doc, { template: 'gmp', ...args });
    expect(gmp).toMatchObject({ template: 'gmp', scoring: { kind: 'scale', min: 1, max: 3 }, cells: {} });
    expect(gmp.criteria.map((c) => c.name)).toEqual(['GAWAT', 'MENDESAK', 'PENYEBARAN']);
    const custom = a.chooseTemplate.perform(doc, { template: 'custom', ...args });
    expect(custom).toEqual({ ...doc, template: 'custom' });
    expect(a.chooseTemplate.perform(doc, { template: 'usg', ...args })).toBe(doc);
  });

  it('another scale clears the scores and the template; seeds turn a product into a sum', () => {
    const doc = { ...matrixDoc(), combine: 'product' as const };
    const seeds = a.setScale.perform(doc, { scale: 'seeds' });
    expect(seeds).toMatchObject({
      cells: {},
      template: 'custom',
      combine: 'sum',
      scoring: { kind: 'seeds', seedsPerCriterion: 10 },
    });
    expect(zMatrixDocument.parse(seeds)).toEqual(seeds);
    expect(a.setScale.perform(doc, { scale: 'scale110' })).toMatchObject({ combine: 'product', cells: {} });
    expect(a.setScale.perform(doc, { scale: 'scale15' })).toBe(doc);
  });

  it('typing the seeds per criterion is one step and starts the seeds afresh', () => {
    const doc = a.setScale.perform(matrixDoc(), { scale: 'seeds' });
    expect(a.setSeedsPerCriterion.history).toBe('merge');
    expect(a.setSeedsPerCriterion.perform(doc, { seeds: 20 }).scoring).toEqual({
      kind: 'seeds',
      seedsPerCriterion: 20,
    });
    expect(a.setSeedsPerCriterion.perform(doc, { seeds: 0 })).toBe(doc);
    expect(a.setSeedsPerCriterion.perform(doc, { seeds: 10 })).toBe(doc);
    expect(a.setSeedsPerCriterion.perform(matrixDoc(), { seeds: 20 }).scoring.kind).toBe('scale');
  });

  it('multiplying sets equal weights; seeds cannot be multiplied', () => {
    const doc = { ...matrixDoc(), weights: 'points' as const };
    expect(a.setCombine.perform(doc, { combine: 'product' })).toMatchObject({ combine: 'product', weights: 'equal' });
    expect(a.setCombine.perform(doc, { combine: 'sum' })).toBe(doc);
    const seeds = a.setScale.perform(doc, { scale: 'seeds' });
    expect(a.setCombine.perform(seeds, { combine: 'product' })).toBe(seeds);
  });

  it('sharing points makes the matrix custom and summed', () => {
    const doc = { ...matrixDoc(), combine: 'product' as const };
    expect(a.setWeights.perform(doc, { weights: 'points' })).toMatchObject({
      weights: 'points',
      combine: 'sum',
      template: 'custom',
    });
    expect(a.setWeights.perform(doc, { weights: 'equal' })).toBe(doc);
  });

  it('a weight typed into its field is one step per criterion; outside 0-10 is refused', () => {
    const doc = matrixDoc();
    expect(a.setWeight.history).toBe('merge');
    expect(a.setWeight.mergeKey!({ criterionId: 'c1', weight: 3 })).not.toBe(
      a.setWeight.mergeKey!({ criterionId: 'c2', weight: 3 }),
    );
    expect(a.setWeight.perform(doc, { criterionId: 'c1', weight: 6 }).criteria[0]!.weight).toBe(6);
    expect(a.setWeight.refuse(doc, { criterionId: 'c1', weight: 11 })).toBe('outside_scale');
    expect(a.setWeight.perform(doc, { criterionId: 'c1', weight: 11 })).toBe(doc);
    expect(a.setWeight.perform(doc, { criterionId: 'c1', weight: 1 })).toBe(doc);
  });

  it('a typed score is one step per cell; outside the scale or not whole is refused', () => {
    const doc = matrixDoc();
    expect(a.typeScore.history).toBe('merge');
    expect(a.typeScore.mergeKey!({ ...cell, value: 1 })).toBe(a.typeScore.mergeKey!({ ...cell, value: 5 }));
    expect(a.typeScore.mergeKey!({ ...cell, value: 1 })).not.toBe(
      a.typeScore.mergeKey!({ ...cell, criterionId: 'c1', value: 1 }),
    );
    expect(a.typeScore.perform(doc, { ...cell, value: 5 }).cells.all!.o2).toEqual({ c1: 3, c2: 5 });
    expect(a.typeScore.refuse(doc, { ...cell, value: 6 })).toBe('outside_scale');
    expect(a.typeScore.perform(doc, { ...cell, value: 6 })).toBe(doc);
    expect(a.typeScore.perform(doc, { ...cell, value: 2.5 })).toBe(doc);
    expect(a.typeScore.perform(doc, { ...cell, criterionId: 'gone', value: 2 })).toBe(doc);
  });

  it('refuses more seeds than a column has', () => {
    const doc = { ...a.setScale.perform(matrixDoc(), { scale: 'seeds' }), cells: { all: { o1: { c1: 8 } } } };
    expect(a.typeScore.refuse(doc, { groupId: 'all', optionId: 'o2', criterionId: 'c1', value: 3 })).toBe(
      'too_many_seeds',
    );
    expect(a.typeScore.perform(doc, { groupId: 'all', optionId: 'o2', criterionId: 'c1', value: 2 }).cells.all).toEqual(
      { o1: { c1: 8 }, o2: { c1: 2 } },
    );
  });

  it('+ and − step a cell, an empty cell starting at the scale’s lowest score above 0', () => {
    const doc = matrixDoc();
    expect(a.stepScore.history).toBe('step');
    expect(a.stepScore.perform(doc, { ...cell, by: 1 }).cells.all!.o2!.c2).toBe(1);
    expect(a.stepScore.perform(doc, { ...cell, by: -1 })).toBe(doc);
    const o1 = { groupId: 'all', optionId: 'o1', criterionId: 'c1' };
    expect(a.stepScore.perform(doc, { ...o1, by: 1 }).cells.all!.o1!.c1).toBe(5);
    const full = a.stepScore.perform(doc, { ...o1, by: 1 });
    expect(a.stepScore.refuse(full, { ...o1, by: 1 })).toBe('outside_scale');
    expect(a.stepScore.perform(full, { ...o1, by: 1 })).toBe(full);
    expect(a.stepScore.perform(doc, { ...o1, by: -1 }).cells.all!.o1!.c1).toBe(3);
  });
});

describe('vote actions', () => {
  const a = voteActions;

  it('until the first vote, adding an option sets the dots to about options / 4', () => {
    const empty = { ...voteDoc(), ballots: {} };
    const nine = ['p', 'q', 'r', 's', 't', 'u'].reduce(
      (doc, id) => a.addItem.perform(doc, { id, name: id.toUpperCase() }),
      empty,
    );
    expect(nine.items).toHaveLength(9);
    expect(nine.dotsPerVoter).toBe(2);
    const withVotes = a.addItem.perform(voteDoc(), { id: 'w', name: 'Sekolah' });
    expect(withVotes.dotsPerVoter).toBe(2);
    expect(a.addItem.perform(voteDoc(), { id: 'w', name: 'jalan' })).toEqual(voteDoc());
    const doc = voteDoc();
    expect(a.addItem.perform(doc, { id: 'w', name: 'jalan' })).toBe(doc);
  });

  it('removes an option from every ballot', () => {
    const doc = voteDoc();
    const next = a.removeItem.perform(doc, { id: 'x' });
    expect(next.ballots.all!.map((b) => [b.dots, b.order])).toEqual([
      [{ y: 1 }, []],
      [{ y: 1 }, ['z']],
    ]);
    expect(zVoteDocument.parse(next)).toEqual(next);
    expect(a.removeItem.perform(doc, { id: 'nobody' })).toBe(doc);
  });

  it('sets the mode, the cap, the hiding and the closing, each an undo step', () => {
    const doc = voteDoc();
    for (const action of [a.setMode, a.setCap, a.setHideUntilClosed, a.setClosed]) expect(action.history).toBe('step');
    expect(a.setMode.perform(doc, { mode: 'ranked' }).mode).toBe('ranked');
    expect(a.setMode.perform(doc, { mode: 'dots' })).toBe(doc);
    expect(a.setCap.perform(doc, { maxPerOption: 1 }).maxPerOption).toBe(1);
    expect(a.setCap.perform(doc, { maxPerOption: null })).toBe(doc);
    expect(a.setHideUntilClosed.perform(doc, { hide: true }).hideUntilClosed).toBe(true);
    expect(a.setHideUntilClosed.perform(doc, { hide: false })).toBe(doc);
    expect(a.setClosed.perform(doc, { closed: true }).closed).toBe(true);
    expect(a.setClosed.perform(doc, { closed: false })).toBe(doc);
  });

  it('fewer dots per voter than a voter already placed is refused', () => {
    const doc = voteDoc();
    expect(a.setDotsPerVoter.history).toBe('merge');
    expect(a.setDotsPerVoter.perform(doc, { dots: 3 }).dotsPerVoter).toBe(3);
    expect(a.setDotsPerVoter.refuse(doc, { dots: 1 })).toBe('no_dots_left');
    expect(a.setDotsPerVoter.perform(doc, { dots: 1 })).toBe(doc);
    expect(a.setDotsPerVoter.perform(doc, { dots: 0 })).toBe(doc);
    expect(a.setDotsPerVoter.perform(doc, { dots: 2 })).toBe(doc);
  });

  it('adds an anonymous ballot, and one per participant not yet voting', () => {
    const doc = voteDoc();
    const anon = a.addAnonymousBallot.perform(doc, { groupId: 'all', id: 'v3', label: 'Pemilih 3' });
    expect(anon.ballots.all!.at(-1)).toEqual({
      id: 'v3',
      participantId: null,
      label: 'Pemilih 3',
      dots: {},
      order: [],
    });
    let n = 0;
    const args = {
      groupId: 'all',
      participants: [
        { id: 'p1', name: 'Siti' },
        { id: 'p2', name: '' },
        { id: 'p3', name: 'Budi' },
      ],
      newId: () => `n${(n += 1)}`,
      unnamed: (k: number) => `Pemilih ${k}`,
    };
    expect(
      a.addParticipantBallots.perform(doc, args).ballots.all!.map((b) => [b.id, b.participantId, b.label]),
    ).toEqual([
      ['v1', null, 'Pemilih 1'],
      ['v2', 'p1', 'Siti'],
      ['n1', 'p2', 'Pemilih 3'],
      ['n2', 'p3', 'Budi'],
    ]);
    expect(a.addParticipantBallots.perform(doc, { ...args, participants: [{ id: 'p1', name: 'Siti' }] })).toBe(doc);
  });

  it('removes a ballot', () => {
    const doc = voteDoc();
    expect(a.removeBallot.perform(doc, { groupId: 'all', ballotId: 'v1' }).ballots.all!.map((b) => b.id)).toEqual([
      'v2',
    ]);
    expect(a.removeBallot.perform(doc, { groupId: 'all', ballotId: 'nobody' })).toBe(doc);
  });

  it('places dots within the allowance and the cap', () => {
    const doc = voteDoc();
    const v2 = { groupId: 'all', ballotId: 'v2' };
    expect(a.setDots.perform(doc, { ...v2, optionId: 'x', count: 1 }).ballots.all![1]!.dots).toEqual({ y: 1, x: 1 });
    expect(a.setDots.refuse(doc, { ...v2, optionId: 'x', count: 2 })).toBe('no_dots_left');
    expect(a.setDots.perform(doc, { ...v2, optionId: 'x', count: 2 })).toBe(doc);
    const capped = a.setCap.perform(doc, { maxPerOption: 1 });
    expect(a.setDots.refuse(capped, { ...v2, optionId: 'y', count: 2 })).toBe('stack_capped');
    expect(a.setDots.refuse(doc, { ...v2, optionId: 'y', count: -1 })).toBe('outside_scale');
    expect(a.setDots.perform(doc, { ...v2, optionId: 'y', count: 1 })).toBe(doc);
    expect(a.setDots.perform(doc, { ...v2, optionId: 'gone', count: 1 })).toBe(doc);
  });

  it('a ranked ballot takes the next rank, and gives it back when touched again', () => {
    const doc = voteDoc();
    const v2 = { groupId: 'all', ballotId: 'v2' };
    expect(a.toggleRanked.perform(doc, { ...v2, optionId: 'y' }).ballots.all![1]!.order).toEqual(['z', 'x', 'y']);
    expect(a.toggleRanked.perform(doc, { ...v2, optionId: 'z' }).ballots.all![1]!.order).toEqual(['x']);
    expect(a.toggleRanked.perform(doc, { ...v2, optionId: 'gone' })).toBe(doc);
    expect(a.toggleRanked.perform(doc, { groupId: 'all', ballotId: 'nobody', optionId: 'y' })).toBe(doc);
  });
});
