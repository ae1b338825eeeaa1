import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import { startApp, type AppHarness } from '../support/appHarness.js';
import { tempDir } from '../support/paths.js';
import { countOf, textOf, visible } from '../support/waits.js';

/** What a facilitator sees when something is wrong: a clear message, and nothing lost. */
describe('bad input and faults, as the user meets them', () => {
  let app: AppHarness;
  const work = tempDir('bad-ui');
  let exerciseId = '';
  const doc = async (): Promise<VennDocument> =>
    (await app.backend.handlers['exercise.get']({ id: exerciseId })).body as VennDocument;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a file that is not a Rembug file is refused with its name and what to do', async () => {
    const file = path.join(work, 'notulen rapat.rembug');
    fs.writeFileSync(file, 'bukan basis data');
    app.host.openPaths.push(file);
    await app.page.getByRole('button', { name: 'Buka berkas komunitas' }).click();
    await textOf(
      app.page.getByRole('alert'),
      'Berkas "notulen rapat.rembug" bukan berkas Rembug. Pilih berkas berakhiran .rembug.',
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('bukan basis data');
    await app.screenshot('20-refused-file');
  });

  it('an empty institution name is refused and nothing is saved', async () => {
    const { page } = app;
    app.host.savePaths.push(path.join(work, 'desa.rembug'));
    await page.getByRole('button', { name: 'Komunitas baru' }).click();
    await page.getByRole('button', { name: 'Buat dan simpan berkas' }).click();
    await textOf(page.getByRole('dialog').getByRole('alert'), 'Nama tidak boleh kosong.');
    await page.getByLabel(/Nama komunitas/).fill('Desa Uji');
    await page.getByRole('button', { name: 'Buat dan simpan berkas' }).click();
    await page.getByRole('button', { name: 'Pertemuan baru' }).click();
    await page.getByLabel(/Judul/).fill('Uji');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByRole('button', { name: 'Diagram Venn baru' }).click();
    await page.getByLabel('Nama lembaga').first().fill('    ');
    await page.getByLabel('Nama lembaga').first().press('Enter');
    await textOf(page.getByRole('alert'), 'Nama tidak boleh kosong.');
    const session = (await app.backend.handlers['community.current']({}))!.sessions[0]!;
    exerciseId = (await app.backend.handlers['session.get']({ id: session.id })).exercises[0]!.id;
    expect((await doc()).institutions).toEqual([]);
  });

  it('a 10,000-character name, emoji and right-to-left names are kept whole and drawn without breaking the layout', async () => {
    const { page } = app;
    const names = ['Kelompok ' + 'sangat panjang '.repeat(666), '👩🏽‍🌾 Tani Muda 🌾', 'مجلس القرية'];
    const input = page.getByLabel('Nama lembaga').first();
    for (const name of names) {
      await input.fill(name);
      await input.press('Enter');
    }
    await countOf(page.getByTestId('institution-table').locator('li'), 3);
    await expect.poll(async () => (await doc()).institutions.map((i) => i.name), { timeout: 10_000 }).toEqual(names);
    // The side panel and the page keep their width: nothing pushes the layout wider than the screen.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(1024);
    const sideBox = await page.locator('aside.side').boundingBox();
    expect(sideBox!.x + sideBox!.width).toBeLessThanOrEqual(1024);
    await app.screenshot('21-long-and-unicode-labels');
  });

  it('a full disk is reported, the last saved state stays, and "save a copy as" saves the change elsewhere', async () => {
    const { page } = app;
    const savedBefore = await doc();
    const db = app.backend.openFile!.db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const input = page.getByLabel('Nama lembaga').first();
    await input.fill('Koperasi ' + 'besar '.repeat(3000));
    await input.press('Enter');
    await textOf(page.getByRole('alert'), /^Penyimpanan penuh\./);
    await textOf(page.getByTestId('save-status'), 'Belum tersimpan');
    expect(await doc()).toEqual(savedBefore);
    await app.screenshot('22-disk-full');
    const copy = path.join(work, 'salinan.rembug');
    app.host.savePaths.push(copy);
    await page.getByRole('alert').getByRole('button', { name: 'Simpan salinan sebagai…' }).click();
    await textOf(page.getByTestId('save-status'), 'Tersimpan');
    expect(app.backend.openFile!.path).toBe(copy);
    expect((await doc()).institutions).toHaveLength(4);
    expect(app.outsideRequests).toEqual([]);
  });

  it('a missing recent file is shown as missing, not as a crash', async () => {
    const { page } = app;
    await app.restart();
    fs.rmSync(path.join(work, 'desa.rembug'));
    await page.reload();
    const missing = page.locator('.recent li', { hasText: 'Berkas tidak ditemukan' });
    await visible(missing);
    await textOf(missing, /^Desa Uji/);
    expect(await missing.getByRole('button', { name: /^Desa Uji/ }).isDisabled()).toBe(true);
    await app.screenshot('23-recent-missing');
  });
});
