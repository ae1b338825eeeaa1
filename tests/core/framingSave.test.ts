import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  emptyConsensusDocument,
  emptyStatementDocument,
  emptyTreeDocument,
  type ConsensusDocument,
} from '#shared/exercises/framing/schema.js';
import { communityWithSession } from '../support/coreFixtures.js';

async function withExercise(type: 'consensus' | 'tree' | 'statement') {
  const fixture = await communityWithSession();
  const exercise = await fixture.call('exercise.create', { sessionId: fixture.session.id, type, title: 'Bingkai' });
  return { ...fixture, exercise };
}

describe('framing documents the backend refuses, leaving the saved one', () => {
  it('an empty card, and a column without cards', async () => {
    const { send, call, exercise } = await withExercise('consensus');
    const card = (id: string, text: string) => ({ id, text, group: '' });
    const emptyCard: ConsensusDocument = { ...emptyConsensusDocument(), cards: [card('a', '  ')], loose: ['a'] };
    expect(await send('exercise.save', { id: exercise.id, baseVersion: 1, body: emptyCard })).toMatchObject({
      ok: false,
      error: { params: { reason: 'empty_card' } },
    });
    const emptyColumn: ConsensusDocument = {
      ...emptyConsensusDocument(),
      cards: [card('a', 'Tandon')],
      loose: ['a'],
      columns: [{ id: 'k', title: '', symbol: '★', cardIds: [] }],
    };
    expect(await send('exercise.save', { id: exercise.id, baseVersion: 1, body: emptyColumn })).toMatchObject({
      ok: false,
      error: { params: { reason: 'empty_column' } },
    });
    expect(await call('exercise.get', { id: exercise.id })).toMatchObject({
      version: 1,
      body: emptyConsensusDocument(),
    });
  });

  it('a tree with a cycle', async () => {
    const { send, exercise } = await withExercise('tree');
    const base = emptyTreeDocument();
    const node = (id: string, parentId: string) => ({
      id,
      parentId,
      side: 'cause' as const,
      problem: id,
      objective: '',
      collapsed: false,
    });
    const body = { ...base, nodes: [...base.nodes, node('a', 'b'), node('b', 'a')] };
    expect(await send('exercise.save', { id: exercise.id, baseVersion: 1, body })).toMatchObject({
      ok: false,
      error: { params: { reason: 'tree_cycle' } },
    });
  });

  it('a poster of a statement too long to read from two metres, before any file is written', async () => {
    const { send, call, exercise, host, dir } = await withExercise('statement');
    await call('exercise.save', {
      id: exercise.id,
      baseVersion: 1,
      body: { ...emptyStatementDocument(), text: 'Kita akan bekerja bersama. '.repeat(30) },
    });
    const target = path.join(dir, 'poster.pdf');
    host.savePaths.push(target);
    expect(await send('report.exportPoster', { exerciseId: exercise.id, size: 'A4', language: 'id' })).toMatchObject({
      ok: false,
      error: { code: 'poster_too_long' },
    });
    expect(fs.existsSync(target)).toBe(false);
  });
});
