import Database from 'better-sqlite3';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import { createCommunityFile } from '../../electron/core/db/openFile.js';
import { latestVersion } from '../../electron/core/db/migrations/index.js';
import { launchChromium } from '../support/chromium.js';
import { communityWithSession, makeBackend } from '../support/coreFixtures.js';
import { tempDir, testResultsDir } from '../support/paths.js';
import { pdfPagesToPng, pdfText } from '../support/pdf.js';

/** A small diagram as a facilitator drew it: three institutions around the village. */
const venn: VennDocument = {
  schemaVersion: 1,
  colourBy: 'relation',
  institutions: [
    {
      id: 'desa',
      name: 'Pemerintah Desa',
      kind: 'government',
      relation: 'supportive',
      importance: 4,
      x: 150,
      y: -60,
      notes: '',
    },
    {
      id: 'pkk',
      name: 'PKK',
      kind: 'community',
      relation: 'supportive',
      importance: 3,
      x: -170,
      y: 90,
      notes: 'Arisan',
    },
    {
      id: 'rentenir',
      name: 'Bank keliling',
      kind: 'private',
      relation: 'harmful',
      importance: 2,
      x: 420,
      y: 300,
      notes: '',
    },
  ],
};

/** Every column of every exercise row, as stored. */
function exerciseRows(file: string, columns: string): unknown[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT ${columns} FROM exercises ORDER BY id`).all();
  } finally {
    db.close();
  }
}

/**
 * Issue 11, before and after: "Gandakan" makes the "after" copy and the file remembers which
 * exercise it copied (migration 1050, `copy_of`), so the copy is marked SESUDAH / AFTER on
 * screen and on paper, even after its original is deleted; an older file opens with
 * nothing lost, a newer one is still refused.
 */
describe('before and after: the copy knows its original', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens a file made before migration 1050 with every exercise as it was, none of them a copy', async () => {
    const file = path.join(tempDir('before-after'), 'lama.rembug');
    // A file as Rembug wrote it at 1040: its own schema, rows written by SQL as that version did.
    const old = createCommunityFile(file, 1040);
    old.db.exec(`
      INSERT INTO community (id, name, created_at, updated_at) VALUES (1, 'Desa Lama', 'x', 'x');
      INSERT INTO sessions (id, title, date, kind, phase, step, created_at, updated_at)
        VALUES ('s1', 'FGD kelembagaan', '2026-05-02', 'fgd', 'discovery', 'resources', 'x', 'x');
    `);
    const insert = old.db.prepare(
      `INSERT INTO exercises (id, session_id, position, type, title, body, version, created_at, updated_at)
       VALUES (?, 's1', ?, 'venn', ?, ?, 3, '2026-05-02T08:00:00.000Z', '2026-05-02T09:00:00.000Z')`,
    );
    insert.run('e1', 1, 'Kondisi sekarang (sebelum)', JSON.stringify(venn));
    insert.run('e2', 2, 'Yang kita inginkan', JSON.stringify({ ...venn, colourBy: 'kind' }));
    const columns = 'id, session_id, position, type, title, body, version, created_at, updated_at';
    const before = exerciseRows(file, columns);
    old.db.close();

    const { call, host } = makeBackend();
    host.openPaths.push(file);
    await call('community.openDialog', {});
    expect(exerciseRows(file, columns)).toEqual(before);
    expect(exerciseRows(file, 'copy_of')).toEqual([{ copy_of: null }, { copy_of: null }]);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    db.close();

    const session = await call('session.get', { id: 's1' });
    expect(session.exercises.map((e) => [e.title, e.version, e.copyOf])).toEqual([
      ['Kondisi sekarang (sebelum)', 3, null],
      ['Yang kita inginkan', 3, null],
    ]);
    const opened = await call('exercise.get', { id: 'e1' });
    expect(opened).toMatchObject({ title: 'Kondisi sekarang (sebelum)', copyOf: null, copyOfTitle: null, body: venn });
    // Duplicating in the migrated file works as in a new one.
    const copy = await call('exercise.duplicate', { id: 'e1', title: 'Kondisi sekarang (sesudah)' });
    expect(copy).toMatchObject({ copyOf: 'e1', copyOfTitle: 'Kondisi sekarang (sebelum)', body: venn });
  });

  it('stores the original on the copy, keeps it on disk, and the copy outlives its deleted original', async () => {
    const { call, backend, file, session, host, dir } = await communityWithSession();
    host.browser = browser;
    const original = await call('exercise.create', { sessionId: session.id, type: 'venn', title: 'Kondisi sekarang' });
    await call('exercise.save', { id: original.id, baseVersion: original.version, body: venn });
    // Another diagram in between: the copy is still compared with its own original.
    const wish = await call('exercise.create', { sessionId: session.id, type: 'venn', title: 'Yang kita inginkan' });
    await call('exercise.save', { id: wish.id, baseVersion: wish.version, body: { ...venn, institutions: [] } });
    const copy = await call('exercise.duplicate', { id: original.id, title: 'Kondisi sekarang (sesudah)' });
    expect(copy).toMatchObject({
      sessionId: session.id,
      title: 'Kondisi sekarang (sesudah)',
      copyOf: original.id,
      copyOfTitle: 'Kondisi sekarang',
      body: venn,
    });
    expect(await call('exercise.get', { id: original.id })).toMatchObject({ copyOf: null, copyOfTitle: null });
    const listed = (await call('session.get', { id: session.id })).exercises;
    expect(listed.map((e) => [e.title, e.copyOf])).toEqual([
      ['Kondisi sekarang', null],
      ['Yang kita inginkan', null],
      ['Kondisi sekarang (sesudah)', original.id],
    ]);
    // The copy is edited on its own: the original keeps its diagram.
    const moved: VennDocument = { ...venn, institutions: venn.institutions.map((i) => ({ ...i, importance: 1 })) };
    await call('exercise.save', { id: copy.id, baseVersion: copy.version, body: moved });
    expect((await call('exercise.get', { id: original.id })).body).toEqual(venn);

    // On paper: the copy's section carries the SESUDAH band with its original's name; the original none.
    const report = path.join(dir, 'laporan.pdf');
    host.savePaths.push(report);
    await call('report.exportSessionPdf', { sessionId: session.id, language: 'id' });
    const text = pdfText(report, { raw: true }).replace(/\s+/g, ' ');
    expect(text).toContain(
      'SESUDAH Salinan dari “Kondisi sekarang” Diagram Venn kelembagaan: Kondisi sekarang (sesudah)',
    );
    expect(text.match(/SESUDAH/g)).toHaveLength(1);
    // Its printed comparison is with its original (every importance down), not with the diagram before it.
    expect(text).toContain('Perbandingan: Kondisi sekarang → Kondisi sekarang (sesudah)');
    expect(text).toContain('Pemerintah Desa 4 → 1 (−3)');
    pdfPagesToPng(report, path.join(testResultsDir, 'beforeAfter-report'), 5);

    // The notice-board poster of the copy says it too, above its title; the original's does not.
    const poster = path.join(dir, 'poster-sesudah.pdf');
    host.savePaths.push(poster);
    await call('report.exportPoster', { exerciseId: copy.id, size: 'A4', language: 'id' });
    const posterText = pdfText(poster, { raw: true }).replace(/\s+/g, ' ');
    expect(posterText).toContain('SESUDAH Salinan dari “Kondisi sekarang” Kondisi sekarang (sesudah)');
    pdfPagesToPng(poster, path.join(testResultsDir, 'beforeAfter-poster'), 1);
    const originalPoster = path.join(dir, 'poster-sebelum.pdf');
    host.savePaths.push(originalPoster);
    await call('report.exportPoster', { exerciseId: original.id, size: 'A4', language: 'id' });
    expect(pdfText(originalPoster, { raw: true })).not.toContain('SESUDAH');

    // The original is deleted: the copy opens, still the "after" one, its diagram whole.
    await call('exercise.delete', { id: original.id });
    backend.openFile?.close();
    expect(exerciseRows(file, 'title, copy_of')).toEqual(
      expect.arrayContaining([{ title: 'Kondisi sekarang (sesudah)', copy_of: original.id }]),
    );
    expect(exerciseRows(file, 'title')).not.toContainEqual({ title: 'Kondisi sekarang' });
    const again = makeBackend();
    again.host.browser = browser;
    again.host.openPaths.push(file);
    await again.call('community.openDialog', {});
    expect(await again.call('exercise.get', { id: copy.id })).toMatchObject({
      copyOf: original.id,
      copyOfTitle: null,
      body: moved,
    });
    const english = path.join(dir, 'report-en.pdf');
    again.host.savePaths.push(english);
    await again.call('report.exportSessionPdf', { sessionId: session.id, language: 'en' });
    expect(pdfText(english, { raw: true }).replace(/\s+/g, ' ')).toContain(
      'AFTER Copy of an exercise since deleted Stakeholder Venn diagram: Kondisi sekarang (sesudah)',
    );
  });

  it('still refuses a file from a newer Rembug, leaving it untouched', async () => {
    const { backend, file } = await communityWithSession();
    backend.openFile?.close();
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.pragma(`user_version = ${latestVersion + 10}`);
    db.close();
    const { send, host } = makeBackend();
    host.openPaths.push(file);
    const result = await send('community.openDialog', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'newer_version' } });
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(latestVersion + 10);
    after.close();
  });
});
