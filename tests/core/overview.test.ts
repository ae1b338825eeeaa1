import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readOverview } from '../../electron/core/overview.js';
import type { OverviewCommunity, OverviewRow } from '#shared/model/overview.js';
import { fgd, makeBackend } from '../support/coreFixtures.js';
import {
  copyVillage,
  damageCommunityFile,
  folderListing,
  makeNewerCommunityFile,
  templateFacts,
  writeVillageTemplate,
} from '../support/overviewFixtures.js';
import { tempDir } from '../support/paths.js';

let template = '';
beforeAll(async () => {
  template = await writeVillageTemplate(tempDir('overview-template'));
}, 60_000);

afterEach(() => {
  vi.useRealTimers();
});

const community = (rows: OverviewRow[], fileName: string): OverviewCommunity => {
  const row = rows.find((r) => r.fileName === fileName);
  if (row?.kind !== 'community') throw new Error(`${fileName} is ${JSON.stringify(row)}`);
  return row;
};
const reasonOf = (rows: OverviewRow[], fileName: string): string | undefined => {
  const row = rows.find((r) => r.fileName === fileName);
  return row?.kind === 'refused' ? row.reason : row?.kind;
};

describe('programme overview of a folder', () => {
  it('lists every community with step, last session, attendance, indicators and stuck work; damaged, newer and foreign files with their reason; nothing written', async () => {
    const { host, call } = makeBackend();
    const folder = tempDir('overview-folder');
    copyVillage(template, path.join(folder, 'cibodas.rembug'), { name: 'Desa Cibodas' });
    copyVillage(template, path.join(folder, 'sukamaju.rembug'), { name: 'Desa Sukamaju', keepSessions: 2 });
    copyVillage(template, path.join(folder, 'rusak.rembug'), { name: 'Desa Rusak' });
    damageCommunityFile(path.join(folder, 'rusak.rembug'));
    copyVillage(template, path.join(folder, 'baru.rembug'), { name: 'Desa Baru' });
    makeNewerCommunityFile(path.join(folder, 'baru.rembug'));
    fs.writeFileSync(path.join(folder, 'catatan.rembug'), 'Catatan rapat koordinasi, bukan berkas Rembug.\n');
    const foreign = new Database(path.join(folder, 'lain.rembug'));
    foreign.exec('CREATE TABLE t (x)');
    foreign.close();
    // Not listed: other files, a hidden twin, and a sub-folder's files (one level only).
    fs.writeFileSync(path.join(folder, 'laporan.docx'), 'x');
    fs.writeFileSync(path.join(folder, '._cibodas.rembug'), 'AppleDouble');
    fs.mkdirSync(path.join(folder, 'arsip'));
    copyVillage(template, path.join(folder, 'arsip', 'lama.rembug'), { name: 'Desa Lama' });
    const before = folderListing(folder);
    const arsipBefore = folderListing(path.join(folder, 'arsip'));

    const overview = await readOverview(folder, { today: templateFacts.judgedAt });
    expect(overview.rows.map((r) => r.fileName)).toEqual([
      'baru.rembug',
      'catatan.rembug',
      'cibodas.rembug',
      'lain.rembug',
      'rusak.rembug',
      'sukamaju.rembug',
    ]);
    expect(reasonOf(overview.rows, 'baru.rembug')).toBe('newer_version');
    expect(reasonOf(overview.rows, 'catatan.rembug')).toBe('not_rembug_file');
    expect(reasonOf(overview.rows, 'lain.rembug')).toBe('not_rembug_file');
    expect(reasonOf(overview.rows, 'rusak.rembug')).toBe('damaged_file');
    expect(community(overview.rows, 'cibodas.rembug')).toEqual({
      kind: 'community',
      fileName: 'cibodas.rembug',
      name: 'Desa Cibodas',
      place: 'Cibodas, Cianjur',
      current: templateFacts.current,
      lastSession: templateFacts.lastSession,
      sessions: templateFacts.sessions,
      attendance: { women: templateFacts.women, men: templateFacts.men, total: templateFacts.total },
      indicators: templateFacts.indicators,
      stuck: [templateFacts.stuck],
      damagedExercises: 0,
    });
    // The first two sessions only: resources under way, no plan, no indicators, nothing stuck.
    const sukamaju = community(overview.rows, 'sukamaju.rembug');
    expect(sukamaju.current).toEqual({ phase: 'discovery', step: 'resources' });
    expect(sukamaju.lastSession).toBe('2026-02-14');
    expect(sukamaju.attendance).toEqual({ women: 20, men: 16, total: 36 });
    expect(sukamaju.indicators).toEqual({ reached: 0, on_track: 0, behind: 0, late: 0, no_data: 0 });
    expect(sukamaju.stuck).toEqual([]);

    expect(folderListing(folder)).toEqual(before);
    expect(folderListing(path.join(folder, 'arsip'))).toEqual(arsipBefore);

    // The same through the channel: the folder comes from the host's dialog, never the page.
    host.folderPaths.push(folder);
    const chosen = await call('overview.chooseFolder', {});
    expect(chosen?.rows.map((r) => r.kind)).toEqual(overview.rows.map((r) => r.kind));
    expect((await call('overview.refresh', {})).folder).toBe(folder);
    expect(await call('overview.chooseFolder', {})).toBeNull(); // cancelled
    expect(folderListing(folder)).toEqual(before);

    const missing = makeBackend();
    missing.host.folderPaths.push(path.join(folder, 'tidak-ada'));
    const refused = await missing.send('overview.chooseFolder', {});
    expect(refused.ok || refused.error.code).toBe('file_missing');
    const fresh = await makeBackend().send('overview.refresh', {});
    expect(fresh.ok || fresh.error.code).toBe('not_found');
  }, 60_000);

  it('reads a file another Rembug has open, with the saves still in its WAL, without its lock and without touching file, WAL, shm or lock', async () => {
    // The lock's minute refresh must not rewrite the lock file between the two listings.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const folder = tempDir('overview-locked');
    const file = path.join(folder, 'dipakai.rembug');
    copyVillage(template, file, { name: 'Desa Dipakai' });
    const other = makeBackend();
    other.host.openPaths.push(file);
    await other.call('community.openDialog', {});
    await other.call('session.create', { ...fgd, title: 'Evaluasi bersama', date: '2026-07-01' });
    await other.call('participant.add', {
      sessionId: (await other.call('community.current', {}))!.sessions.find((s) => s.title === 'Evaluasi bersama')!.id,
      fields: { name: 'Bu Ani', gender: 'female', ageGroup: 'adult', group: '' },
    });
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    expect(fs.existsSync(`${file}.lock`)).toBe(true);
    expect(fs.existsSync(`${file}-shm`)).toBe(true);
    const before = folderListing(folder);

    const overview = await readOverview(folder, { today: templateFacts.judgedAt });
    const row = community(overview.rows, 'dipakai.rembug');
    // The session and the person are only in the WAL: read from the snapshot all the same.
    expect(row.lastSession).toBe('2026-07-01');
    expect(row.sessions).toBe(templateFacts.sessions + 1);
    expect(row.attendance.women).toBe(templateFacts.women + 1);
    expect(folderListing(folder)).toEqual(before);

    // The open app still holds its file and writes on.
    await other.call('session.create', { ...fgd, title: 'Sesudahnya', date: '2026-07-02' });
    expect((await readOverview(folder)).rows[0]).toMatchObject({ lastSession: '2026-07-02' });
    await other.call('community.close', {});
  }, 60_000);

  it('lists a folder of 500 files, some damaged, some newer, some not Rembug, and leaves every byte as it was', async () => {
    const folder = tempDir('overview-500');
    for (let i = 0; i < 500; i += 1) {
      const name = `desa-${String(i).padStart(3, '0')}.rembug`;
      const target = path.join(folder, name);
      if (i % 50 === 7) fs.writeFileSync(target, `bukan rembug ${i}`);
      else {
        fs.copyFileSync(template, target);
        if (i % 50 === 13) damageCommunityFile(target);
        if (i % 50 === 29) makeNewerCommunityFile(target);
      }
    }
    const before = folderListing(folder);
    let progress = 0;
    const overview = await readOverview(folder, { onProgress: (done) => (progress = done) });
    expect(progress).toBe(500);
    expect(overview.rows).toHaveLength(500);
    const count = (what: string) =>
      overview.rows.filter((r) => (r.kind === 'refused' ? r.reason : r.kind) === what).length;
    expect([count('community'), count('damaged_file'), count('newer_version'), count('not_rembug_file')]).toEqual([
      470, 10, 10, 10,
    ]);
    expect(folderListing(folder)).toEqual(before);
  }, 240_000);

  it('exports the rows as CSV in the order asked: UTF-8 with BOM, semicolons', async () => {
    const { host, call, dir } = makeBackend();
    const folder = tempDir('overview-csv');
    copyVillage(template, path.join(folder, 'a.rembug'), { name: 'Desa Zamrud', keepSessions: 1 });
    copyVillage(template, path.join(folder, 'b.rembug'), { name: 'Desa Ampel' });
    fs.writeFileSync(path.join(folder, 'c.rembug'), 'bukan');
    host.folderPaths.push(folder);
    await call('overview.chooseFolder', {});
    const target = path.join(dir, 'ringkasan.csv');
    host.savePaths.push(target);
    const saved = await call('overview.exportCsv', { sort: { key: 'total', direction: 'desc' }, language: 'id' });
    expect(saved?.path).toBe(target);
    const bytes = fs.readFileSync(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines.map((l) => l.split(';').slice(0, 2).join(';'))).toEqual([
      'Berkas;Komunitas',
      'b.rembug;Desa Ampel',
      'a.rembug;Desa Zamrud',
      'c.rembug;',
    ]);
    expect(lines[1]).toContain(`;${templateFacts.total};`);
    expect(lines[3]).toMatch(/;Bukan berkas Rembug$/);
    host.savePaths.push(path.join(dir, 'english.csv'));
    await call('overview.exportCsv', { sort: { key: 'community', direction: 'asc' }, language: 'en' });
    expect(fs.readFileSync(path.join(dir, 'english.csv'), 'utf8')).toContain('File;Community;Village / district');
  }, 60_000);
});
