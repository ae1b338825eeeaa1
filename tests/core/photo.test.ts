import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { communityWithSession, makeBackend, mapResource } from '../support/coreFixtures.js';

/** Bytes that start like a JPEG; the backend stores what the renderer scaled, as given. */
function fakeJpeg(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 31 + 7) % 256;
  bytes[0] = 0xff;
  bytes[1] = 0xd8;
  bytes[2] = 0xff;
  return bytes;
}

describe('map photos inside the community file', () => {
  it('survive reopening byte for byte, and the file grows by about the photo only', async () => {
    const { call, backend, file, session } = await communityWithSession();
    backend.openFile!.db.pragma('wal_checkpoint(TRUNCATE)');
    const sizeBefore = fs.statSync(file).size;
    const photo = fakeJpeg(600_000);
    const { id } = await call('photo.store', { data: photo.toString('base64'), width: 2400, height: 1800 });
    backend.openFile!.db.pragma('wal_checkpoint(TRUNCATE)');
    const growth = fs.statSync(file).size - sizeBefore;
    expect(growth).toBeGreaterThan(photo.length * 0.95);
    expect(growth).toBeLessThan(photo.length * 1.05 + 16_384);
    // On a map, as in use: a photo no exercise shows is removed when the file is opened.
    const map = await call('exercise.create', { sessionId: session.id, type: 'resourceMap', title: 'Peta' });
    await call('exercise.save', {
      id: map.id,
      baseVersion: 1,
      body: { ...emptyResourceMapDocument(), photo: { id, width: 2400, height: 1800 } },
    });
    backend.openFile!.close();
    const again = makeBackend();
    again.backend.openPath(file);
    const stored = await again.call('photo.get', { id });
    expect(Buffer.from(stored.data, 'base64').equals(photo)).toBe(true);
    expect(stored).toMatchObject({ width: 2400, height: 1800 });
  });

  it('refuses a file that is not an image, and stores only JPEG', async () => {
    const { send, host, dir } = await communityWithSession();
    const text = path.join(dir, 'peta.jpg');
    fs.writeFileSync(text, 'bukan gambar');
    host.imagePaths.push(text);
    expect(await send('photo.pick', {})).toMatchObject({
      ok: false,
      error: { code: 'not_an_image', params: { file: 'peta.jpg' } },
    });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(await send('photo.store', { data: png.toString('base64'), width: 1, height: 1 })).toMatchObject({
      ok: false,
      error: { code: 'not_an_image' },
    });
  });

  it('hands a picked PNG to the renderer to scale', async () => {
    const { call, host, dir } = await communityWithSession();
    const png = path.join(dir, 'peta.png');
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
    host.imagePaths.push(png);
    expect(await call('photo.pick', {})).toMatchObject({ fileName: 'peta.png', mime: 'image/png' });
  });
});

describe('resources the backend refuses on a map', () => {
  it('a rating outside 0-5 and a resource without a name; the saved map stays', async () => {
    const { send, call, session } = await communityWithSession();
    const map = await call('exercise.create', { sessionId: session.id, type: 'resourceMap', title: 'Peta' });
    const resource = mapResource('Sawah', 'natural', 'r');
    const body = (r: object) => ({ ...emptyResourceMapDocument(), resources: [r] });
    expect(
      await send('exercise.save', { id: map.id, baseVersion: 1, body: body({ ...resource, rating: 7 }) }),
    ).toMatchObject({
      ok: false,
      error: { params: { reason: 'outside_scale' } },
    });
    expect(
      await send('exercise.save', { id: map.id, baseVersion: 1, body: body({ ...resource, name: ' ' }) }),
    ).toMatchObject({
      ok: false,
      error: { params: { reason: 'empty_name' } },
    });
    expect(
      await send('exercise.save', { id: map.id, baseVersion: 1, body: body({ ...resource, capital: undefined }) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect((await call('exercise.get', { id: map.id })).version).toBe(1);
  });
});
