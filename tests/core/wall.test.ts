import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyVennDocument, type Institution, type VennDocument } from '#shared/exercises/venn/schema.js';
import type { WallState } from '#shared/model/wall.js';
import { bytesOf, communityWithSession, fgd, village } from '../support/coreFixtures.js';

const institution = (name: string, importance: Institution['importance']): Institution => ({
  id: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  kind: 'community',
  relation: 'supportive',
  importance,
  x: 40,
  y: -30,
  notes: '',
});

const withInstitutions = (...institutions: Institution[]): VennDocument => ({ ...emptyVennDocument(), institutions });
const namesOn = (state: WallState): string[] =>
  ((state.exercise?.body as VennDocument | undefined)?.institutions ?? []).map((i) => i.name);

/**
 * The wall's backend (electron/core/wall.ts) through the real dispatcher on a real file:
 * what the audience is sent, when, and that a malformed document changes nothing.
 */
describe('the wall: what the audience window is sent', () => {
  let fixture: Awaited<ReturnType<typeof communityWithSession>>;
  let vennId = '';
  let rankingId = '';
  const sent: WallState[] = [];

  beforeAll(async () => {
    fixture = await communityWithSession();
    const venn = await fixture.call('exercise.create', {
      sessionId: fixture.session.id,
      type: 'venn',
      title: 'Kondisi sekarang',
    });
    vennId = venn.id;
    await fixture.call('exercise.save', {
      id: vennId,
      baseVersion: venn.version,
      body: withInstitutions(institution('Pemerintah Desa', 4)),
    });
    rankingId = (
      await fixture.call('exercise.create', { sessionId: fixture.session.id, type: 'pairwise', title: 'Prioritas' })
    ).id;
    fixture.backend.wall.onChange((state) => sent.push(state));
  });

  it('shows nothing until an exercise is put on the wall, then the exercise as stored', async () => {
    expect(await fixture.call('wall.current', {})).toMatchObject({ mode: 'live', exercise: null });
    expect(await fixture.call('wall.status', {})).toEqual({ audienceOpen: false, mode: 'live', exerciseId: null });
    const status = await fixture.call('wall.show', { exerciseId: vennId });
    expect(status).toMatchObject({ mode: 'live', exerciseId: vennId });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.exercise).toMatchObject({ id: vennId, type: 'venn', title: 'Kondisi sekarang', version: 2 });
    expect(namesOn(sent[0]!)).toEqual(['Pemerintah Desa']);
    expect(await fixture.call('wall.current', {})).toEqual(sent[0]);
  });

  it('relays every published change at once, and writes nothing to the file', async () => {
    const before = bytesOf(fixture.file);
    const result = await fixture.call('wall.publish', {
      exerciseId: vennId,
      title: 'Kondisi sekarang',
      version: 2,
      body: withInstitutions(institution('Pemerintah Desa', 4), institution('Posyandu Mawar', 2)),
    });
    expect(result).toEqual({ shown: true });
    expect(namesOn(sent.at(-1)!)).toEqual(['Pemerintah Desa', 'Posyandu Mawar']);
    expect(sent.at(-1)!.revision).toBeGreaterThan(sent.at(-2)!.revision);
    // The wall is a view: the file still holds what its own save wrote.
    expect(bytesOf(fixture.file).equals(before)).toBe(true);
    const stored = (await fixture.call('exercise.get', { id: vennId })).body as VennDocument;
    expect(stored.institutions.map((i) => i.name)).toEqual(['Pemerintah Desa']);
  });

  it('refuses a malformed document in words, and the audience keeps what it shows', async () => {
    const shownBefore = await fixture.call('wall.current', {});
    const eventsBefore = sent.length;
    const fileBefore = bytesOf(fixture.file);
    const walBefore = fs.existsSync(`${fixture.file}-wal`) ? bytesOf(`${fixture.file}-wal`) : null;
    const malformed: unknown[] = [
      withInstitutions({ ...institution('BPD', 3), importance: 9 as Institution['importance'] }),
      withInstitutions({ ...institution('BPD', 3), name: '   ' }),
      { schemaVersion: 1, institutions: 'Pemerintah Desa' },
      null,
      'a Venn',
      { ...withInstitutions(institution('BPD', 3)), schemaVersion: 999 },
    ];
    for (const body of malformed) {
      const refused = await fixture.send('wall.publish', {
        exerciseId: vennId,
        title: 'Kondisi sekarang',
        version: 2,
        body,
      });
      expect(refused.ok).toBe(false);
      if (refused.ok) continue;
      expect(refused.error.code).toBe('invalid_input');
      expect(refused.error.params?.reason).toMatch(/^(invalid|empty_name|outside_scale|too_long)$/);
    }
    // The empty name is refused as the user would be told for a save.
    const emptyName = await fixture.send('wall.publish', {
      exerciseId: vennId,
      title: 'Kondisi sekarang',
      version: 2,
      body: withInstitutions({ ...institution('BPD', 3), name: '   ' }),
    });
    expect(!emptyName.ok && emptyName.error.params).toMatchObject({
      field: 'institutions.0.name',
      reason: 'empty_name',
    });
    expect(sent).toHaveLength(eventsBefore);
    expect(await fixture.call('wall.current', {})).toEqual(shownBefore);
    expect(bytesOf(fixture.file).equals(fileBefore)).toBe(true);
    if (walBefore) expect(bytesOf(`${fixture.file}-wal`).equals(walBefore)).toBe(true);
    // A title the contract refuses never reaches the wall either.
    const untitled = await fixture.send('wall.publish', {
      exerciseId: vennId,
      title: '',
      version: 2,
      body: withInstitutions(),
    });
    expect(untitled.ok).toBe(false);
    expect(await fixture.call('wall.current', {})).toEqual(shownBefore);
  });

  it('a document of an exercise that is no longer on the wall changes nothing', async () => {
    const shownBefore = await fixture.call('wall.current', {});
    const result = await fixture.call('wall.publish', {
      exerciseId: rankingId,
      title: 'Prioritas',
      version: 1,
      body: (await fixture.call('exercise.get', { id: rankingId })).body,
    });
    expect(result).toEqual({ shown: false });
    expect(await fixture.call('wall.current', {})).toEqual(shownBefore);
  });

  it('frozen keeps the picture while the presenter goes on; live again shows the newest', async () => {
    await fixture.call('wall.setMode', { mode: 'frozen' });
    const frozen = await fixture.call('wall.current', {});
    expect(frozen.mode).toBe('frozen');
    expect(namesOn(frozen)).toEqual(['Pemerintah Desa', 'Posyandu Mawar']);
    const eventsBefore = sent.length;
    for (const name of ['BPD', 'PKK'])
      await fixture.call('wall.publish', {
        exerciseId: vennId,
        title: 'Kondisi sekarang',
        version: 2,
        body: withInstitutions(
          institution('Pemerintah Desa', 4),
          institution('Posyandu Mawar', 2),
          institution(name, 3),
        ),
      });
    expect(sent).toHaveLength(eventsBefore);
    expect(await fixture.call('wall.current', {})).toEqual(frozen);
    await fixture.call('wall.setMode', { mode: 'live' });
    expect(namesOn(sent.at(-1)!)).toEqual(['Pemerintah Desa', 'Posyandu Mawar', 'PKK']);
  });

  it('black shows nothing, not even the exercise; live again shows it', async () => {
    await fixture.call('wall.setMode', { mode: 'black' });
    expect(sent.at(-1)).toMatchObject({ mode: 'black', exercise: null });
    expect(await fixture.call('wall.current', {})).toMatchObject({ mode: 'black', exercise: null });
    await fixture.call('wall.setMode', { mode: 'live' });
    expect(namesOn(sent.at(-1)!)).toEqual(['Pemerintah Desa', 'Posyandu Mawar', 'PKK']);
  });

  it('showing another exercise goes live with it, as stored; an unknown one is refused', async () => {
    await fixture.call('wall.setMode', { mode: 'frozen' });
    const status = await fixture.call('wall.show', { exerciseId: rankingId });
    expect(status).toMatchObject({ mode: 'live', exerciseId: rankingId });
    expect(sent.at(-1)!.exercise).toMatchObject({ id: rankingId, type: 'pairwise', title: 'Prioritas' });
    const unknown = await fixture.send('wall.show', { exerciseId: 'no-such-exercise' });
    expect(!unknown.ok && unknown.error.code).toBe('not_found');
    expect(sent.at(-1)!.exercise?.id).toBe(rankingId);
  });

  it('shows a rename of the exercise on the wall at once, and a frozen wall when it goes live', async () => {
    await fixture.call('wall.show', { exerciseId: vennId });
    await fixture.call('exercise.rename', { id: vennId, title: 'Kondisi sekarang (sebelum)' });
    expect(sent.at(-1)!.exercise?.title).toBe('Kondisi sekarang (sebelum)');
    await fixture.call('wall.setMode', { mode: 'frozen' });
    await fixture.call('exercise.rename', { id: vennId, title: 'Kondisi awal' });
    expect(sent.at(-1)!.exercise?.title).toBe('Kondisi sekarang (sebelum)');
    await fixture.call('wall.setMode', { mode: 'live' });
    expect(sent.at(-1)!.exercise?.title).toBe('Kondisi awal');
    // Another exercise's rename leaves the wall alone.
    const before = sent.length;
    await fixture.call('exercise.rename', { id: rankingId, title: 'Prioritas air' });
    expect(sent).toHaveLength(before);
  });

  it('keeps the work on the wall through "save a copy as"; another file, or none, takes it off', async () => {
    await fixture.call('wall.show', { exerciseId: vennId });
    const sentBefore = sent.length;
    // The copy carries on the same work: the projector keeps showing it.
    fixture.host.savePaths.push(path.join(fixture.dir, 'cibodas-salinan.rembug'));
    await fixture.call('community.saveCopyAs', {});
    expect(sent).toHaveLength(sentBefore);
    expect((await fixture.call('wall.current', {})).exercise?.id).toBe(vennId);
    // Another village's file: the room must not go on seeing Cibodas's diagram.
    fixture.host.savePaths.push(path.join(fixture.dir, 'sukamaju.rembug'));
    await fixture.call('community.create', { ...village, name: 'Desa Sukamaju' });
    expect(sent.at(-1)).toMatchObject({ mode: 'live', exercise: null });
    expect(await fixture.call('wall.status', {})).toMatchObject({ exerciseId: null });
    // Closing the file leaves the wall empty too.
    const session = await fixture.call('session.create', { ...fgd, title: 'FGD Sukamaju' });
    const venn = await fixture.call('exercise.create', { sessionId: session.id, type: 'venn', title: 'Sukamaju' });
    await fixture.call('wall.show', { exerciseId: venn.id });
    expect((await fixture.call('wall.current', {})).exercise?.title).toBe('Sukamaju');
    await fixture.call('community.close', {});
    expect(await fixture.call('wall.current', {})).toMatchObject({ exercise: null });
  });
});
