import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBackend, village, fgd } from '../support/coreFixtures.js';
import { startApp, type AppHarness } from '../support/appHarness.js';
import { tempDir } from '../support/paths.js';
import { textOf, visible } from '../support/waits.js';

/** A community file, closed, with one session holding two exercises; returns their ids. */
async function communityOnDisk(file: string) {
  const { host, call } = makeBackend();
  host.savePaths.push(file);
  await call('community.create', village);
  const session = await call('session.create', fgd);
  const before = await call('exercise.create', { sessionId: session.id, type: 'venn', title: 'Venn sebelum' });
  const after = await call('exercise.create', { sessionId: session.id, type: 'vote', title: 'Pilihan warga' });
  await call('community.close', {});
  return { session, before, after };
}

describe('files that cannot be written, as the facilitator meets them', () => {
  let app: AppHarness;
  const work = tempDir('file-safety-ui');

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a file open on another laptop: who has it and since when, then a read-only look with a banner', async () => {
    const file = path.join(work, 'cibodas.rembug');
    const { before } = await communityOnDisk(file);
    const elsewhere = makeBackend();
    elsewhere.backend.openPath(file);
    const { page } = app;
    app.host.openPaths.push(file);
    await page.getByRole('button', { name: 'Buka berkas komunitas' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Berkas sedang dibuka di tempat lain' }));
    await textOf(
      dialog,
      /"cibodas\.rembug" sedang dibuka oleh .+ di komputer .+ sejak \d{1,2} \w{3} \d{4}, \d{2}\.\d{2}\./,
    );
    // The expected choice has the focus, so Enter takes it.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Buka hanya-baca');
    await app.screenshot('60-file-in-use');
    await page.keyboard.press('Enter');
    const banner = await visible(page.getByRole('status').filter({ hasText: 'Hanya melihat' }));
    await textOf(
      banner.locator('span'),
      'Hanya melihat: berkas ini sedang dibuka di Rembug lain, perubahan tidak disimpan.',
    );
    await visible(banner.getByRole('button', { name: 'Simpan salinan sebagai…' }));
    await visible(page.getByRole('heading', { name: 'Desa Cibodas' }));
    await app.screenshot('61-read-only-view');
    // Nothing that would change the file is offered; a change inside an exercise is refused
    // in words, and the other laptop's file is untouched.
    expect(await page.getByRole('button', { name: 'Ubah data komunitas' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Pertemuan baru' }).count()).toBe(0);
    await page.getByRole('button', { name: /FGD kelembagaan/ }).click();
    await page.getByRole('tab', { name: /Latihan/ }).click();
    expect(await page.getByRole('button', { name: 'Diagram Venn baru' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: /^Venn sebelum/ }).click();
    await page.getByLabel('Nama lembaga').first().fill('Karang Taruna');
    await page.getByLabel('Nama lembaga').first().press('Enter');
    await textOf(page.getByRole('alert'), /tidak dapat ditulis/);
    expect((await elsewhere.call('exercise.get', { id: before.id })).body).toMatchObject({ institutions: [] });
    await elsewhere.call('community.close', {});
  });

  it('Escape in the in-use question leaves the file alone', async () => {
    const file = path.join(work, 'sukamaju.rembug');
    await communityOnDisk(file);
    const elsewhere = makeBackend();
    elsewhere.backend.openPath(file);
    const { page } = app;
    await page.getByRole('button', { name: 'Rembug' }).click();
    await page.getByRole('button', { name: 'Tutup berkas' }).click();
    app.host.openPaths.push(file);
    await page.getByRole('button', { name: 'Buka berkas komunitas' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Berkas sedang dibuka di tempat lain' }));
    // Tab and Shift+Tab go round the dialog's own buttons, never to the page behind it.
    const focused = () =>
      page.evaluate(
        () => document.activeElement?.textContent?.trim() || document.activeElement?.getAttribute('aria-label'),
      );
    const focusInDialog = () => dialog.evaluate((el) => el.contains(document.activeElement));
    expect(await focused()).toBe('Buka hanya-baca');
    const seen: unknown[] = [];
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog()).toBe(true);
      seen.push(await focused());
    }
    expect(seen).toEqual(['Batal', 'Tutup', 'Buka hanya-baca']);
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('Tutup');
    expect(await focusInDialog()).toBe(true);
    await page.keyboard.press('Escape');
    await expectGone(page.getByRole('dialog'));
    const opener = await visible(page.getByRole('button', { name: 'Buka berkas komunitas' }));
    // The focus is back on the button that opened the question.
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    await elsewhere.call('community.close', {});
  });

  it('a damaged exercise is named on opening and in its session; the rest opens', async () => {
    const file = path.join(work, 'rusak.rembug');
    const { before, after } = await communityOnDisk(file);
    // Damage quick_check cannot see: a body that no longer parses (as after a zeroed page).
    const db = new Database(file);
    db.prepare('UPDATE exercises SET body = ? WHERE id = ?').run(
      '{"schemaVersion":1,"institutions":[\u0000',
      before.id,
    );
    db.close();
    const { page } = app;
    app.host.openPaths.push(file);
    await page.getByRole('button', { name: 'Buka berkas komunitas' }).click();
    const notice = await visible(page.locator('.damaged-notice'));
    await textOf(notice, /Latihan rusak, tidak dapat dibuka \(bagian lain aman\):\s*Venn sebelum \(FGD kelembagaan\)/);
    await app.screenshot('62-damaged-exercise');
    await page.getByRole('button', { name: /FGD kelembagaan/ }).click();
    await visible(page.getByRole('button', { name: /Venn sebelum\s*rusak/ }));
    await page.getByRole('button', { name: /^Venn sebelum/ }).click();
    await textOf(
      page.getByRole('alert'),
      'Latihan "Venn sebelum" rusak dan tidak dapat dibuka. Bagian lain komunitas aman. Pulihkan latihan ini dari cadangan.',
    );
    await page.getByRole('button', { name: /^Pilihan warga/ }).click();
    await visible(page.getByRole('heading', { name: 'Pilihan warga' }));
    expect(after.title).toBe('Pilihan warga');
    expect(fs.existsSync(file)).toBe(true);
  });

  it('a copy over a file another Rembug has open is refused in words, with no read-only look at a file it did not open', async () => {
    const held = path.join(work, 'dipegang.rembug');
    await communityOnDisk(held);
    const elsewhere = makeBackend();
    elsewhere.backend.openPath(held);
    const { page } = app;
    app.host.savePaths.push(held);
    await app.emit({ type: 'menu', command: 'saveCopyAs' });
    await textOf(
      page.getByRole('alert').filter({ hasText: 'dipegang' }),
      'Berkas "dipegang.rembug" sedang dibuka di Rembug lain. Tidak ada yang diubah.',
    );
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(app.backend.openFile!.path).toBe(path.join(work, 'rusak.rembug'));
    await elsewhere.call('community.close', {});
  });
});

async function expectGone(locator: import('playwright-core').Locator): Promise<void> {
  await locator.waitFor({ state: 'detached', timeout: 10_000 });
}
