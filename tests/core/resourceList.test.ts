import { describe, expect, it } from 'vitest';
import { emptyResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { communityWithSession, fgd, mapResource } from '../support/coreFixtures.js';

describe('the community resource list', () => {
  it('offers resources named on earlier maps, in any session, to the next map', async () => {
    const { call, session } = await communityWithSession();
    const first = await call('exercise.create', { sessionId: session.id, type: 'resourceMap', title: 'Peta 1' });
    await call('exercise.save', {
      id: first.id,
      baseVersion: 1,
      body: {
        ...emptyResourceMapDocument(),
        resources: [mapResource('Sawah irigasi', 'natural'), mapResource('Arisan PKK', 'social')],
      },
    });
    const later = await call('session.create', { ...fgd, title: 'FGD kedua', date: '2026-06-01' });
    const second = await call('exercise.create', { sessionId: later.id, type: 'resourceMap', title: 'Peta 2' });
    await call('exercise.save', {
      id: second.id,
      baseVersion: 1,
      body: { ...emptyResourceMapDocument(), resources: [mapResource('Koperasi', 'financial')] },
    });
    expect(await call('resource.list', {})).toEqual([
      { name: 'Arisan PKK', capital: 'social' },
      { name: 'Koperasi', capital: 'financial' },
      { name: 'Sawah irigasi', capital: 'natural' },
    ]);
  });
});
