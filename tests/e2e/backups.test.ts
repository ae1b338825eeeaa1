import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from '../support/appHarness.js';
import { fgd, makeBackend, village } from '../support/coreFixtures.js';
import { largeVenn, zeroLastOverflowPage } from '../support/damage.js';
import { tempDir } from '../support/paths.js';
import { textOf, visible } from '../support/waits.js';

/** "29 Nov 2026, 10.05": a moment as the Indonesian screen writes it. */
const indonesianMoment = /\d{1,2} \w{3} \d{4}, \d{2}\.\d{2}/;

describe('the "Cadangan" screen, as a facilitator uses it', () => {
  let app: AppHarness;
  /** What the sample holds, as the backups screen words it: "N pertemuan, M latihan". */
  let holds = '';
  const work = tempDir('backups-ui');

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Renames the open community through its form, as a user would. */
  async function renameCommunity(name: string) {
    const { page } = app;
    await page.getByRole('button', { name: 'Ubah data komunitas' }).click();
    await page.getByLabel(/Nama komunitas/).fill(name);
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  }

  it('lists the backup made on opening, previews it read-only, and restores it as a new file with its exercises', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /Buka contoh/ }).click();
    await visible(page.getByRole('heading', { name: 'Desa Sukamaju' }));
    // What the sample holds, in the words of the backups screen (the sample grows with the app).
    const community = (await app.backend.handlers['community.current']({}))!;
    let exercises = 0;
    for (const s of community.sessions)
      exercises += (await app.backend.handlers['session.get']({ id: s.id })).exercises.length;
    holds = `${community.sessions.length} pertemuan, ${exercises} latihan`;
    await app.backend.backups.settled();
    await renameCommunity('Desa Sukamaju Baru');
    await visible(page.getByRole('heading', { name: 'Desa Sukamaju Baru' }));

    await page.getByRole('button', { name: 'Cadangan' }).click();
    await visible(page.getByRole('heading', { name: 'Cadangan', level: 1 }));
    await textOf(page.locator('.page-title .lead'), 'Cadangan berkas "desa-sukamaju.rembug"');
    const rows = page.getByRole('radiogroup', { name: 'Cadangan' }).getByRole('radio');
    const opening = rows.filter({ hasText: 'Saat dibuka' }).first();
    await visible(opening);
    await textOf(opening.locator('.backups-when'), indonesianMoment);
    await textOf(opening.locator('.backups-holds'), `Desa Sukamaju: ${holds}`);
    await textOf(opening.locator('.backups-size'), /^\d+(,\d)? (KB|MB)$/);
    // Keyboard first: the chosen backup has the focus, and the arrows move the choice.
    expect(await opening.getAttribute('aria-checked')).toBe('true');
    await opening.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    expect(await opening.getAttribute('aria-checked')).toBe('true');
    await app.screenshot('70-backups-list');

    await page.getByRole('button', { name: 'Lihat isinya' }).click();
    const banner = await visible(page.getByRole('status').filter({ hasText: 'Pratinjau cadangan' }));
    await textOf(
      banner.locator('span'),
      new RegExp(`^Pratinjau cadangan ${indonesianMoment.source} dari "desa-sukamaju\\.rembug": hanya-baca`),
    );
    await visible(page.getByRole('heading', { name: 'Desa Sukamaju', exact: true }));
    await app.screenshot('71-backup-preview');
    // A preview offers nothing that would change it: its actions are in the banner.
    for (const name of ['Ubah data komunitas', 'Pertemuan baru', 'Tutup berkas'])
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    await textOf(page.locator('.community-card .small'), 'Berkas: desa-sukamaju.rembug');

    const restored = path.join(work, 'sukamaju-pulihan.rembug');
    app.host.savePaths.push(restored);
    await banner.getByRole('button', { name: 'Pulihkan sebagai berkas baru' }).click();
    await textOf(
      page.getByRole('status').filter({ hasText: 'dipulihkan' }).locator('span'),
      /^Cadangan .+ dipulihkan ke "sukamaju-pulihan\.rembug"\.$/,
    );
    await visible(page.getByRole('heading', { name: 'Desa Sukamaju', exact: true }));
    expect(await page.getByText('Pratinjau cadangan').count()).toBe(0);
    expect((await app.backend.handlers['community.current']({}))?.path).toBe(restored);
    // The restored file opens with its exercises, on screen and whole.
    await page.getByText('FGD pemetaan kelembagaan').click();
    await visible(page.getByText('Kondisi sekarang (sebelum)'));
    await visible(page.getByText('Yang kita inginkan (sesudah)'));
    await app.screenshot('72-restored-as-new');
    await page.getByText('Kondisi sekarang (sebelum)').click();
    await visible(page.getByRole('heading', { name: 'Kondisi sekarang (sebelum)' }));
    const current = await app.backend.handlers['community.current']({});
    for (const session of current!.sessions)
      for (const exercise of (await app.backend.handlers['session.get']({ id: session.id })).exercises)
        expect((await app.backend.handlers['exercise.get']({ id: exercise.id })).title).toBe(exercise.title);
    // The file the user was working on keeps its change.
    const sample = new Database(path.join(app.userDataDir, 'samples', 'desa-sukamaju.rembug'), { readonly: true });
    expect(sample.prepare('SELECT name FROM community').get()).toEqual({ name: 'Desa Sukamaju Baru' });
    sample.close();
  });

  it('restores over the open file after a confirmation, keeping a backup of what it held', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Rembug' }).click();
    await app.backend.backups.settled();
    await renameCommunity('Nama sementara');
    await visible(page.getByRole('heading', { name: 'Nama sementara' }));

    await page.getByRole('button', { name: 'Cadangan' }).click();
    await textOf(page.locator('.page-title .lead'), 'Cadangan berkas "sukamaju-pulihan.rembug"');
    const newest = page.getByRole('radio').first();
    await textOf(newest.locator('.backups-holds'), new RegExp(`^Desa Sukamaju: ${holds}`));
    await page.getByRole('button', { name: 'Pulihkan menimpa berkas ini' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Pulihkan menimpa berkas?' }));
    await textOf(
      dialog.locator('p'),
      new RegExp(`^Isi "sukamaju-pulihan\\.rembug" akan diganti dengan cadangan ${indonesianMoment.source}\\.`),
    );
    // The safe choice has the focus: Enter alone does not replace the file.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Batal');
    await app.screenshot('73-confirm-restore-over');
    await dialog.getByRole('button', { name: 'Pulihkan menimpa berkas ini' }).click();
    await visible(page.getByRole('heading', { name: 'Desa Sukamaju', exact: true }));
    await textOf(
      page.getByRole('status').filter({ hasText: 'dipulihkan' }).locator('span'),
      /dipulihkan ke "sukamaju-pulihan\.rembug"/,
    );

    await app.backend.backups.settled();
    await page.getByRole('button', { name: 'Cadangan' }).click();
    const kept = page.getByRole('radio').filter({ hasText: 'Sebelum pemulihan' }).first();
    await textOf(kept.locator('.backups-holds'), `Nama sementara: ${holds}`);
    await app.screenshot('74-backup-before-restore');
  });

  it('restores one damaged exercise from the newest backup where it reads fine, beside its name', async () => {
    const { page } = app;
    const file = path.join(work, 'cibodas.rembug');
    const maker = makeBackend();
    maker.host.savePaths.push(file);
    await maker.call('community.create', village);
    const session = await maker.call('session.create', fgd);
    const venn = await maker.call('exercise.create', { sessionId: session.id, type: 'venn', title: 'Venn sebelum' });
    await maker.call('exercise.save', { id: venn.id, baseVersion: 1, body: largeVenn('a') });
    await maker.backend.backups.settled();
    await maker.call('community.close', {});

    // Opened in the app (backed up whole on this opening), closed, then a page of it fails.
    await page.getByRole('button', { name: 'Rembug' }).click();
    await page.getByRole('button', { name: 'Tutup berkas' }).click();
    app.host.openPaths.push(file);
    await page.getByRole('button', { name: 'Buka berkas komunitas' }).click();
    await visible(page.getByRole('heading', { name: 'Desa Cibodas' }));
    await app.backend.backups.settled();
    await page.getByRole('button', { name: 'Tutup berkas' }).click();
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.close();
    expect(zeroLastOverflowPage(file, venn.id)).toBe(true);

    app.host.openPaths.push(file);
    await page.getByRole('button', { name: 'Buka berkas komunitas' }).click();
    const notice = await visible(page.getByRole('alert').filter({ hasText: 'Latihan rusak' }));
    const restore = notice.getByRole('button', { name: /^Pulihkan dari cadangan / });
    await textOf(restore, new RegExp(`^Pulihkan dari cadangan ${indonesianMoment.source}$`));
    await app.screenshot('77-damaged-exercise-restore');
    await restore.click();
    await textOf(
      page.getByRole('status').filter({ hasText: 'dipulihkan' }).locator('span'),
      /^Latihan "Venn sebelum" dipulihkan dari cadangan .+\.$/,
    );
    expect(await page.getByText('Latihan rusak').count()).toBe(0);
    await page.getByText(fgd.title).click();
    await page.getByText('Venn sebelum').click();
    await visible(page.getByRole('heading', { name: 'Venn sebelum' }));
    expect((await app.backend.handlers['exercise.get']({ id: venn.id })).body).toEqual(largeVenn('a'));
    await page.getByRole('button', { name: 'Rembug' }).click();
    await page.getByRole('button', { name: 'Tutup berkas' }).click();
  });

  it('sizes read as numbers in Indonesian; a restore over names the file it replaces; a file open read-only offers none', async () => {
    const { page } = app;
    const large = path.join(work, 'besar.rembug');
    const maker = makeBackend();
    maker.host.savePaths.push(large);
    await maker.call('community.create', { ...village, name: 'Desa Besar' });
    const session = await maker.call('session.create', fgd);
    for (let i = 0; i < 150; i += 1) {
      const venn = await maker.call('exercise.create', { sessionId: session.id, type: 'venn', title: `Venn ${i}` });
      await maker.call('exercise.save', { id: venn.id, baseVersion: 1, body: largeVenn(`v${i}`) });
    }
    await maker.backend.backups.settled();
    await maker.call('community.close', {});

    // Opened in the app (backed up there), then copied aside by hand: the same community under another name.
    app.host.openPaths.push(large);
    await page.getByRole('button', { name: 'Buka berkas komunitas' }).click();
    await visible(page.getByRole('heading', { name: 'Desa Besar' }));
    await app.backend.backups.settled();
    await page.getByRole('button', { name: 'Tutup berkas' }).click();
    const copy = path.join(work, 'besar-salinan.rembug');
    fs.copyFileSync(large, copy);
    app.host.openPaths.push(copy);
    await page.getByRole('button', { name: 'Buka berkas komunitas' }).click();
    await visible(page.getByRole('heading', { name: 'Desa Besar' }));
    await app.backend.backups.settled();

    await page.getByRole('button', { name: 'Cadangan' }).click();
    await textOf(page.locator('.page-title .lead'), 'Cadangan berkas "besar-salinan.rembug"');
    const ofOriginal = page.getByRole('radio').filter({ hasText: '· besar.rembug' }).first();
    await textOf(ofOriginal.locator('.backups-size'), /^\d,\d MB$/);
    await ofOriginal.click();
    await page.getByRole('button', { name: 'Lihat isinya' }).click();
    const banner = await visible(page.getByRole('status').filter({ hasText: 'Pratinjau cadangan' }));
    await textOf(banner.locator('span'), /dari "besar\.rembug": hanya-baca/);
    await banner.getByRole('button', { name: 'Pulihkan menimpa berkas ini' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Pulihkan menimpa berkas?' }));
    await textOf(dialog.locator('p'), /^Isi "besar-salinan\.rembug" akan diganti dengan cadangan /);
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await banner.getByRole('button', { name: 'Tutup pratinjau' }).click();
    await visible(page.getByRole('heading', { name: 'Desa Besar' }));
    await page.getByRole('button', { name: 'Tutup berkas' }).click();

    // Another Rembug has the copy open: this one looks read-only, and cannot restore over it.
    const other = makeBackend();
    other.backend.openPath(copy);
    app.host.openPaths.push(copy);
    await page.getByRole('button', { name: 'Buka berkas komunitas' }).click();
    await page.getByRole('button', { name: 'Buka hanya-baca' }).click();
    await visible(page.getByRole('heading', { name: 'Desa Besar' }));
    await page.getByRole('button', { name: 'Cadangan' }).click();
    await visible(page.getByRole('radio').first());
    await visible(page.getByRole('button', { name: 'Pulihkan sebagai berkas baru' }));
    expect(await page.getByRole('button', { name: 'Pulihkan menimpa berkas ini' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Lihat isinya' }).click();
    const looking = await visible(page.getByRole('status').filter({ hasText: 'Pratinjau cadangan' }));
    await visible(looking.getByRole('button', { name: 'Tutup pratinjau' }));
    expect(await looking.getByRole('button', { name: 'Pulihkan menimpa berkas ini' }).count()).toBe(0);
    await looking.getByRole('button', { name: 'Tutup pratinjau' }).click();
    // Back to the copy as it was: read-only, since the other Rembug still has it.
    await visible(page.getByRole('heading', { name: 'Desa Besar' }));
    expect(await app.backend.handlers['community.current']({})).toMatchObject({ path: copy, readOnlyReason: 'in_use' });
    await page.getByRole('button', { name: 'Tutup berkas' }).click();
    other.backend.openFile?.close();
  });

  it('offers the backups of a file refused as damaged, right in the error message', async () => {
    const { page } = app;
    const damaged = path.join(work, 'sukamaju-pulihan.rembug');
    await app.backend.backups.settled();
    const bytes = fs.readFileSync(damaged);
    for (let i = 4096; i < bytes.length; i += 1) bytes[i] = (i * 13) % 256;
    fs.writeFileSync(damaged, bytes);

    app.host.openPaths.push(damaged);
    await page.getByRole('button', { name: 'Buka berkas komunitas' }).click();
    const error = await visible(page.getByRole('alert').filter({ hasText: 'rusak' }));
    await app.screenshot('75-damaged-file-message');
    await error.getByRole('button', { name: 'Cadangan' }).click();
    await textOf(page.locator('.page-title .lead'), 'Cadangan berkas "sukamaju-pulihan.rembug"');
    await visible(page.getByRole('radio').first());
    await app.screenshot('76-backups-of-damaged-file');
    await page.getByRole('button', { name: 'Pulihkan menimpa berkas ini' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Pulihkan menimpa berkas ini' }).click();
    await visible(page.getByRole('heading', { name: 'Desa Sukamaju', exact: true }));
    expect((await app.backend.handlers['community.current']({}))?.path).toBe(damaged);
  });
});
