import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { bytesOf, communityWithSession, makeBackend } from '../support/coreFixtures.js';

/** Bytes that start like a JPEG and do not compress away; `seed` makes each photo differ. */
function fakeJpeg(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 31 + seed * 17 + ((i * i) >> 7)) % 256;
  bytes.set([0xff, 0xd8, 0xff], 0);
  return bytes;
}

/**
 * A file with two stored photos of which only the first is on a map, and optionally an
 * exercise whose stored body is damaged; closed again.
 */
async function fileWithTwoPhotos(damagedBody?: string) {
  const fixture = await communityWithSession();
  const { call, backend, session } = fixture;
  const kept = fakeJpeg(600_000, 1);
  const stray = fakeJpeg(600_000, 2);
  const keptId = (await call('photo.store', { data: kept.toString('base64'), width: 2400, height: 1800 })).id;
  const strayId = (await call('photo.store', { data: stray.toString('base64'), width: 2400, height: 1800 })).id;
  const map = await call('exercise.create', { sessionId: session.id, type: 'resourceMap', title: 'Peta' });
  await call('exercise.save', {
    id: map.id,
    baseVersion: 1,
    body: { ...emptyResourceMapDocument(), photo: { id: keptId, width: 2400, height: 1800 } },
  });
  if (damagedBody !== undefined) {
    const broken = await call('exercise.create', { sessionId: session.id, type: 'resourceMap', title: 'Rusak' });
    backend.openFile!.db.prepare('UPDATE exercises SET body = ? WHERE id = ?').run(damagedBody, broken.id);
  }
  backend.openFile!.close();
  return { ...fixture, kept, keptId, strayId, mapId: map.id };
}

async function reopen(file: string) {
  const again = makeBackend();
  again.backend.openPath(file);
  return again;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('photos no exercise shows', () => {
  it('are removed when the file is opened, and the file shrinks', async () => {
    const { file, kept, keptId, strayId } = await fileWithTwoPhotos();
    const sizeBefore = fs.statSync(file).size;
    const again = await reopen(file);
    expect(await again.send('photo.get', { id: strayId })).toMatchObject({
      ok: false,
      error: { code: 'photo_missing' },
    });
    const stored = await again.call('photo.get', { id: keptId });
    expect(Buffer.from(stored.data, 'base64').equals(kept)).toBe(true);
    again.backend.openFile!.close();
    expect(fs.statSync(file).size).toBeLessThan(sizeBefore - 500_000);
  });

  it('are kept in a file opened read-only, which is not touched', async () => {
    const { file, keptId, strayId } = await fileWithTwoPhotos();
    const before = bytesOf(file);
    // A write-protected USB stick: the file and its folder refuse writing.
    const accessSync = fs.accessSync;
    vi.spyOn(fs, 'accessSync').mockImplementation((target, mode) => {
      if (mode !== undefined && (mode & fs.constants.W_OK) !== 0) throw new Error('EROFS: read-only file system');
      accessSync(target, mode);
    });
    const again = await reopen(file);
    expect(again.backend.openFile!.readOnly).toBe(true);
    await again.call('photo.get', { id: keptId });
    await again.call('photo.get', { id: strayId });
    again.backend.openFile!.close();
    expect(bytesOf(file).equals(before)).toBe(true);
  });

  it('are all kept when an exercise cannot be read (damage never costs a photo)', async () => {
    const notJson = '{"schemaVersion": 2, "resou';
    const notAMap = JSON.stringify({ ...emptyResourceMapDocument(), resources: 7 });
    for (const damaged of [notJson, notAMap]) {
      const { file, keptId, strayId } = await fileWithTwoPhotos(damaged);
      const again = await reopen(file);
      await again.call('photo.get', { id: keptId });
      await again.call('photo.get', { id: strayId });
      again.backend.openFile!.close();
    }
  });

  it('are kept while this run of the app had the file open before (its undo may bring them back)', async () => {
    const { file, backend, strayId, call, send } = await fileWithTwoPhotos();
    backend.openPath(file);
    expect(await send('photo.get', { id: strayId })).toMatchObject({ ok: true });
    await call('community.close', {});
    const nextRun = await reopen(file);
    expect(await nextRun.send('photo.get', { id: strayId })).toMatchObject({
      ok: false,
      error: { code: 'photo_missing' },
    });
  });

  it('are kept in a copy saved as, which carries on the work on screen', async () => {
    const { file, dir } = await fileWithTwoPhotos();
    const run = makeBackend();
    run.backend.openPath(file); // the first open of this run tidies the original
    // A photo stored and then no longer shown (replaced on the map): undo may bring it back.
    const later = await run.call('photo.store', { data: fakeJpeg(1000, 3).toString('base64'), width: 10, height: 10 });
    const copy = path.join(dir, 'salinan.rembug');
    run.host.savePaths.push(copy);
    await run.call('community.saveCopyAs', {});
    expect(run.backend.openFile!.path).toBe(copy);
    expect(await run.send('photo.get', { id: later.id })).toMatchObject({ ok: true });
  });
});
