import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { emptyVennDocument, type Institution, type VennDocument } from '#shared/exercises/venn/schema.js';
import { communityWithSession } from '../support/coreFixtures.js';

const institution = (id: string, name: string, x = 0): Institution => ({
  id,
  name,
  kind: 'government',
  relation: 'supportive',
  importance: 2,
  x,
  y: 0,
  notes: '',
});

const venn = (...institutions: Institution[]): VennDocument => ({ ...emptyVennDocument(), institutions });

async function withVenn() {
  const fixture = await communityWithSession();
  const exercise = await fixture.call('exercise.create', {
    sessionId: fixture.session.id,
    type: 'venn',
    title: 'Venn',
  });
  const names = async () => (await fixture.call('stakeholder.list', {})).map((s) => s.name);
  return { ...fixture, exercise, names };
}

describe('autosave, edit after edit', () => {
  it('keeps every save of a moved circle, and suggests each name once', async () => {
    const { call, exercise, names } = await withVenn();
    let version = exercise.version;
    for (let x = 1; x <= 5; x += 1)
      version = (
        await call('exercise.save', {
          id: exercise.id,
          baseVersion: version,
          body: venn(institution('a', 'Posyandu', x)),
        })
      ).version;
    expect(version).toBe(6);
    expect((await call('exercise.get', { id: exercise.id })).body).toEqual(venn(institution('a', 'Posyandu', 5)));
    expect(await names()).toEqual(['Posyandu']);
  });

  it('a name given only in a refused save is suggested once a save of it is kept', async () => {
    const { send, call, exercise, names } = await withVenn();
    await call('exercise.save', { id: exercise.id, baseVersion: 1, body: venn(institution('a', 'Posyandu')) });
    const renamed = venn(institution('a', 'Karang Taruna'));
    // A stale base version: refused, nothing written, the new name not kept.
    const stale = await send('exercise.save', { id: exercise.id, baseVersion: 1, body: renamed });
    expect(stale.ok || stale.error.code).toBe('stale_version');
    expect(await names()).toEqual(['Posyandu']);
    await call('exercise.save', { id: exercise.id, baseVersion: 2, body: renamed });
    expect(await names()).toEqual(['Karang Taruna', 'Posyandu']);
  });

  it('a renamed circle adds its new name to the suggestions on the next save', async () => {
    const { call, exercise, names } = await withVenn();
    await call('exercise.save', { id: exercise.id, baseVersion: 1, body: venn(institution('a', 'Posyandu')) });
    await call('exercise.save', { id: exercise.id, baseVersion: 2, body: venn(institution('a', 'Posyandu', 40)) });
    await call('exercise.save', {
      id: exercise.id,
      baseVersion: 3,
      body: venn(institution('a', 'Posyandu', 40), institution('b', 'BPD')),
    });
    expect(await names()).toEqual(['BPD', 'Posyandu']);
  });

  it('an exercise deleted after it was saved is not written again', async () => {
    const { send, call, exercise, file } = await withVenn();
    await call('exercise.save', { id: exercise.id, baseVersion: 1, body: venn(institution('a', 'Posyandu')) });
    await call('exercise.delete', { id: exercise.id });
    const again = await send('exercise.save', { id: exercise.id, baseVersion: 2, body: venn(institution('a', 'BPD')) });
    expect(again.ok || again.error.code).toBe('not_found');
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM exercises').get()).toEqual({ n: 0 });
    db.close();
  });

  it('a body a newer Rembug wrote after this one saved it is still never overwritten', async () => {
    const { send, call, exercise, file } = await withVenn();
    await call('exercise.save', { id: exercise.id, baseVersion: 1, body: venn(institution('a', 'Posyandu')) });
    const newer = JSON.stringify({ ...venn(), schemaVersion: 99, comesLater: true });
    const db = new Database(file);
    db.prepare('UPDATE exercises SET body = ? WHERE id = ?').run(newer, exercise.id);
    const saved = await send('exercise.save', { id: exercise.id, baseVersion: 2, body: venn(institution('a', 'BPD')) });
    expect(saved.ok || saved.error.code).toBe('newer_version');
    expect(db.prepare('SELECT body FROM exercises WHERE id = ?').get(exercise.id)).toEqual({ body: newer });
    db.close();
  });

  const storedBodies: [string, string, 'newer_version' | 'saved'][] = [
    ['written by a newer Rembug', '{"schemaVersion":2,"colourBy":"relation","institutions":[]}', 'newer_version'],
    ['with its version further in', '{"colourBy":"relation","schemaVersion":2,"institutions":[]}', 'newer_version'],
    ['spaced out by another program', '{ "schemaVersion" : 2 }', 'newer_version'],
    ['with a fractional version', '{"schemaVersion":1.5}', 'newer_version'],
    ['with a version of ten digits', '{"schemaVersion":1000000000,"more":true}', 'newer_version'],
    ['of this Rembug', '{"schemaVersion":1,"colourBy":"relation","institutions":[]}', 'saved'],
    ['whose version is not a number', '{"schemaVersion":"2"}', 'saved'],
    ['that is not JSON', 'Posyandu', 'saved'],
  ];
  for (const [what, stored, outcome] of storedBodies) {
    it(`a stored body ${what} is ${outcome === 'saved' ? 'saved over' : 'kept, the save refused'}`, async () => {
      const { send, exercise, file } = await withVenn();
      const db = new Database(file);
      db.prepare('UPDATE exercises SET body = ? WHERE id = ?').run(stored, exercise.id);
      const saved = await send('exercise.save', {
        id: exercise.id,
        baseVersion: 1,
        body: venn(institution('a', 'BPD')),
      });
      const row = db.prepare('SELECT body, version FROM exercises WHERE id = ?').get(exercise.id);
      db.close();
      if (outcome === 'saved') {
        expect(saved.ok && saved.value).toEqual({ version: 2 });
        expect(row).toEqual({ body: JSON.stringify(venn(institution('a', 'BPD'))), version: 2 });
      } else {
        expect(saved.ok || saved.error.code).toBe('newer_version');
        expect(row).toEqual({ body: stored, version: 1 });
      }
    });
  }
});
