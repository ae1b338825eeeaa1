import { describe, expect, it } from 'vitest';
import { emptyResourceMapDocument, type ResourceMapDocument } from '../../shared/exercises/resources/schema.js';
import { communityWithSession, fgd } from '../support/coreFixtures.js';

describe('the community resource list', () => {
  it('offers resources named on earlier maps, in any session, to the next map', async () => {
    const { call, session } = await communityWithSession();
    const first = await call('exercise.create', { sessionId: session.id, type: 'resourceMap', title: 'Peta 1' });
    const resource = (name: string, capital: ResourceMapDocument['resources'][number]['capital']) => ({
      id: name,
      name,
      capital,
      description: '',
      owner: '',
      rating: 3,
      problems: {},
      x: 0,
      y: 0,
    });
    await call('exercise.save', {
      id: first.id,
      baseVersion: 1,
      body: {
        ...emptyResourceMapDocument(),
        resources: [resource('Sawah irigasi', 'natural'), resource('Arisan PKK', 'social')],
      },
    });
    const later = await call('session.create', { ...fgd, title: 'FGD kedua', date: '2026-06-01' });
    const second = await call('exercise.create', { sessionId: later.id, type: 'resourceMap', title: 'Peta 2' });
    await call('exercise.save', {
      id: second.id,
      baseVersion: 1,
      body: { ...emptyResourceMapDocument(), resources: [resource('Koperasi', 'financial')] },
    });
    expect(await call('resource.list', {})).toEqual([
      { name: 'Arisan PKK', capital: 'social' },
      { name: 'Koperasi', capital: 'financial' },
      { name: 'Sawah irigasi', capital: 'natural' },
    ]);
  });
});
