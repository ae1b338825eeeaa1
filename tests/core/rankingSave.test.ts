import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  emptyMatrixDocument,
  emptyPairwiseDocument,
  emptyVoteDocument,
  type MatrixDocument,
  type VoteDocument,
} from '#shared/exercises/ranking/schema.js';
import { communityWithSession } from '../support/coreFixtures.js';
import { matrixBodyVersion1 } from '../support/rankingFixtures.js';

async function withExercise(type: 'pairwise' | 'matrix' | 'vote') {
  const fixture = await communityWithSession();
  const exercise = await fixture.call('exercise.create', { sessionId: fixture.session.id, type, title: 'Ranking' });
  return { ...fixture, exercise };
}

const items = (...names: string[]) => names.map((name, i) => ({ id: `i${i}`, name }));

describe('ranking documents the backend refuses, leaving the saved one', () => {
  it('duplicate item names', async () => {
    const { send, call, exercise } = await withExercise('pairwise');
    const result = await send('exercise.save', {
      id: exercise.id,
      baseVersion: 1,
      body: { ...emptyPairwiseDocument(), items: items('Air bersih', ' air bersih') },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', params: { reason: 'duplicate_name' } } });
    expect(await call('exercise.get', { id: exercise.id })).toMatchObject({
      version: 1,
      body: emptyPairwiseDocument(),
    });
  });

  it('an empty criterion, a score outside the scale, and more seeds than a column has', async () => {
    const { send, exercise } = await withExercise('matrix');
    const base: MatrixDocument = {
      ...emptyMatrixDocument(),
      items: items('Sumur', 'Pipa'),
      criteria: [{ id: 'c', name: 'Murah', weight: 1 }],
    };
    const cases: [MatrixDocument, string][] = [
      [{ ...base, criteria: [{ id: 'c', name: ' ', weight: 1 }] }, 'empty_name'],
      [{ ...base, cells: { all: { i0: { c: 6 } } } }, 'outside_scale'],
      [
        { ...base, scoring: { kind: 'seeds', seedsPerCriterion: 10 }, cells: { all: { i0: { c: 6 }, i1: { c: 5 } } } },
        'too_many_seeds',
      ],
      // U × S × G multiplies plain scores; weights or seeds cannot be multiplied.
      [{ ...base, combine: 'product', weights: 'points' }, 'product_needs_scores'],
      [{ ...base, combine: 'product', scoring: { kind: 'seeds', seedsPerCriterion: 10 } }, 'product_needs_scores'],
      // GMP scores run 1-3.
      [
        { ...base, template: 'gmp', scoring: { kind: 'scale', min: 1, max: 3 }, cells: { all: { i0: { c: 4 } } } },
        'outside_scale',
      ],
    ];
    for (const [body, reason] of cases)
      expect(await send('exercise.save', { id: exercise.id, baseVersion: 1, body })).toMatchObject({
        ok: false,
        error: { params: { reason } },
      });
  });

  it('a voter with more dots than allowed, or over the stacking cap', async () => {
    const { send, exercise } = await withExercise('vote');
    const ballot = (dots: Record<string, number>) => ({
      id: 'b',
      participantId: null,
      label: 'Pemilih 1',
      dots,
      order: [],
    });
    const base: VoteDocument = { ...emptyVoteDocument(), items: items('Jalan', 'Air'), dotsPerVoter: 2 };
    expect(
      await send('exercise.save', {
        id: exercise.id,
        baseVersion: 1,
        body: { ...base, ballots: { all: [ballot({ i0: 2, i1: 1 })] } },
      }),
    ).toMatchObject({ ok: false, error: { params: { reason: 'no_dots_left' } } });
    expect(
      await send('exercise.save', {
        id: exercise.id,
        baseVersion: 1,
        body: { ...base, maxPerOption: 1, ballots: { all: [ballot({ i0: 2 })] } },
      }),
    ).toMatchObject({ ok: false, error: { params: { reason: 'stack_capped' } } });
    expect(
      await send('exercise.save', {
        id: exercise.id,
        baseVersion: 1,
        body: { ...base, ballots: { all: [ballot({ i0: 1, i1: 1 })] } },
      }),
    ).toEqual({ ok: true, value: { version: 2 } });
  });

  it('a matrix saved by the first version opens as a summed custom matrix and keeps its scores', async () => {
    const { backend, file, call, exercise } = await withExercise('matrix');
    const v1 = matrixBodyVersion1();
    // Write the body as the earlier Rembug stored it, straight into the file.
    backend.openFile?.close();
    const db = new Database(file);
    db.prepare('UPDATE exercises SET body = ? WHERE id = ?').run(JSON.stringify(v1), exercise.id);
    db.close();
    await call('community.openRecent', { path: file });
    const opened = await call('exercise.get', { id: exercise.id });
    expect(opened.body).toEqual({ ...v1, schemaVersion: 2, template: 'custom', combine: 'sum' });
    // Saving it again writes the current version.
    expect(await call('exercise.save', { id: exercise.id, baseVersion: opened.version, body: opened.body })).toEqual({
      version: opened.version + 1,
    });
  });
});
