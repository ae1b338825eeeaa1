import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import { formatMonthParts } from '#shared/i18n/format.js';
import { startApp, type AppHarness } from '../support/appHarness.js';
import { axeViolations } from '../support/axe.js';
import { tempDir, testResultsDir } from '../support/paths.js';
import { pdfImageCount, pdfInfo, pdfPagesToPng, pdfText } from '../support/pdf.js';
import { visible } from '../support/waits.js';
import { headCommand } from '../support/exerciseHead.js';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const flat = (file: string): string => pdfText(file, { raw: true }).replace(/\s+/g, ' ');

/**
 * The notice board: from the community's journey the facilitator packs the month's
 * posters into one PDF; from an exercise's head, one poster in A4 or A3.
 */
describe('posters for the notice board', () => {
  let app: AppHarness;
  const work = tempDir('poster');

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('packs the chosen posters of April into one PDF from the journey, by keyboard', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /Buka contoh/ }).click();
    await visible(page.getByRole('heading', { name: 'Perjalanan program' }));
    await page.getByRole('button', { name: 'Poster bulan ini' }).click();
    const dialog = page.getByRole('dialog', { name: 'Poster bulan ini: pilih yang akan dicetak' });
    await visible(dialog);
    // The dialog starts on its first field: the newest month with a poster, ticked, its posters listed.
    const listed = await app.backend.handlers['poster.list']({});
    const newest = listed[0]!;
    const [year, month] = newest.date.split('-').map(Number);
    const newestMonth = dialog.getByRole('checkbox', {
      name: formatMonthParts('id', year! * 12 + month! - 1).join(' '),
      exact: true,
    });
    await expect.poll(() => newestMonth.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(newestMonth.isChecked()).resolves.toBe(true);
    await visible(dialog.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(newest.title)}`) }));
    // April instead: Space unticks the newest month (the list empties and says so), then April.
    await page.keyboard.press('Space');
    await visible(dialog.getByText('Belum ada latihan dengan poster di bulan yang dipilih.'));
    await expect(dialog.getByRole('button', { name: /^Simpan 0 poster/ }).isDisabled()).resolves.toBe(true);
    await dialog.getByRole('checkbox', { name: 'Apr 2026', exact: true }).check();
    const april = [
      'Pohon masalah dan tujuan: air bersih',
      'Lokakarya konsensus air bersih',
      'Pilihan kegiatan pertama',
    ];
    for (const title of [...april, 'Solusi air bersih Sukamaju', 'Perbandingan sumber air'])
      await visible(dialog.getByRole('checkbox', { name: new RegExp(`^${title}`) }));
    await expect(
      dialog.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(newest.title)}`) }).count(),
    ).resolves.toBe(0);
    // Three posters: the statement and the pairwise ranking (9 April) are left out.
    await dialog.getByRole('checkbox', { name: /^Solusi air bersih Sukamaju/ }).uncheck();
    await dialog.getByRole('checkbox', { name: /^Perbandingan sumber air/ }).uncheck();
    await dialog.getByRole('radio', { name: 'A3' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await app.screenshot('poster-pack-dialog');

    const pack = path.join(work, 'poster-april.pdf');
    app.host.savePaths.push(pack);
    await dialog.getByRole('button', { name: 'Simpan 3 poster sebagai satu PDF' }).click();
    await visible(page.getByText(/3 poster disimpan: .*poster-april\.pdf/), 20_000);
    await expect(dialog.count()).resolves.toBe(0);
    const info = pdfInfo(pack);
    expect(info['Page size']).toContain('(A3');
    // The tree has its problem and objective sheets, the vote one per group (women, men).
    expect(Number(info['Pages'])).toBeGreaterThanOrEqual(3);
    const text = flat(pack);
    for (const expected of ['Pohon masalah', 'Pohon tujuan', 'Kartu:', 'Pemungutan suara', 'Desa Sukamaju'])
      expect(text).toContain(expected);
    expect(text).not.toContain('Rencana kegiatan');
    expect(pdfImageCount(pack)).toBe(0);
    pdfPagesToPng(pack, path.join(testResultsDir, 'poster-e2e-pack'), Number(info['Pages']));
  });

  it('prints one poster from an exercise head: size asked in a dialog, the Venn diagram as vector text', async () => {
    const { page } = app;
    await page.getByText('FGD pemetaan kelembagaan').first().click();
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: /^Yang kita inginkan \(sesudah\)/ }).click();
    await visible(page.getByRole('heading', { name: 'Yang kita inginkan (sesudah)' }));
    await headCommand(page, 'Poster');
    const dialog = page.getByRole('dialog', { name: 'Poster untuk papan informasi' });
    await visible(dialog);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Poster A4');
    expect(await axeViolations(page)).toEqual([]);
    await app.screenshot('poster-size-dialog');

    const poster = path.join(work, 'poster-venn.pdf');
    app.host.savePaths.push(poster);
    await page.keyboard.press('Enter');
    await visible(page.getByText(/Poster disimpan: .*poster-venn\.pdf/), 20_000);
    // The focus is back on the head's button that led there (its More menu).
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Lainnya');
    expect(pdfInfo(poster)['Page size']).toContain('(A4');
    const session = await app.backend.handlers['session.get']({
      id: (await app.backend.handlers['community.current']({}))!.sessions.find(
        (s) => s.title === 'FGD pemetaan kelembagaan',
      )!.id,
    });
    const venn = session.exercises.find((e) => e.title === 'Yang kita inginkan (sesudah)')!;
    const body = (await app.backend.handlers['exercise.get']({ id: venn.id })).body as VennDocument;
    const text = flat(poster);
    for (const institution of body.institutions.filter((i) => i.name.length <= 16))
      expect(text).toContain(institution.name);
    expect(text).toContain('Mendukung');
    expect(pdfImageCount(poster)).toBe(0);
    pdfPagesToPng(poster, path.join(testResultsDir, 'poster-e2e-venn'), 1);
  });
});
