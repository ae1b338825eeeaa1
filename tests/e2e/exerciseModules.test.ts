import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerExerciseType } from '#shared/exercises/registry.js';
import { buildExtraTypeRenderer } from '../extra-type/build.js';
import { checklistDefinition, type Checklist } from '../extra-type/shared/definition.js';
import { openSampleSession, startApp, type AppHarness } from '../support/appHarness.js';
import { tempDir } from '../support/paths.js';
import { pdfText } from '../support/pdf.js';
import { textOf, visible } from '../support/waits.js';
import { headCommand } from '../support/exerciseHead.js';

/**
 * Every exercise is one module: a type defined only under tests/ joins the app (list,
 * autosave, undo, PDF) with no file of the app changed, and every type shares one page
 * shell, so a save that failed is sent again after "save a copy as" for each of them.
 */
describe('exercise types as modules', () => {
  let app: AppHarness;
  let sessionId = '';
  const work = tempDir('modules');
  const exerciseBody = async <T>(title: string): Promise<T> => {
    const session = await app.backend.handlers['session.get']({ id: sessionId });
    const ex = session.exercises.find((e) => e.title === title)!;
    return (await app.backend.handlers['exercise.get']({ id: ex.id })).body as T;
  };

  beforeAll(async () => {
    registerExerciseType(checklistDefinition);
    app = await startApp({ rendererDir: await buildExtraTypeRenderer() });
    sessionId = await openSampleSession(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a type registered from tests/ is offered, autosaves, undoes and lands in the PDF', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: 'Daftar periksa baru' }).click();
    await visible(page.getByRole('heading', { name: 'Daftar periksa' }));
    for (const item of ['Perbaiki pipa dusun II', 'Bentuk pengurus air']) {
      await page.getByLabel('Butir baru').fill(item);
      await page.getByLabel('Butir baru').press('Enter');
    }
    await page.getByLabel('Perbaiki pipa dusun II').check();
    await textOf(page.getByTestId('save-status'), 'Tersimpan');
    await expect
      .poll(async () => (await exerciseBody<Checklist>('Daftar periksa')).items.map((i) => [i.text, i.done]))
      .toEqual([
        ['Perbaiki pipa dusun II', true],
        ['Bentuk pengurus air', false],
      ]);
    await page.getByRole('button', { name: 'Urungkan' }).click();
    await expect.poll(async () => (await exerciseBody<Checklist>('Daftar periksa')).items[0]!.done).toBe(false);
    expect(await page.getByLabel('Perbaiki pipa dusun II').isChecked()).toBe(false);
    await app.screenshot('60-extra-type');
    // Undo and redo survive leaving the exercise and coming back within the session.
    await page.getByRole('button', { name: 'Kembali' }).click();
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page
      .locator('.exercise-list')
      .getByRole('button', { name: /^Daftar periksa/ })
      .click();
    await page.getByRole('button', { name: 'Ulangi' }).click();
    await expect.poll(async () => (await exerciseBody<Checklist>('Daftar periksa')).items[0]!.done).toBe(true);
    expect(await page.getByLabel('Perbaiki pipa dusun II').isChecked()).toBe(true);

    const pdf = path.join(work, 'sesi.pdf');
    app.host.savePaths.push(pdf);
    await headCommand(page, 'Ekspor PDF');
    await visible(page.getByText(/PDF disimpan/), 20_000);
    const text = pdfText(pdf, { raw: true }).replace(/\s+/g, ' ');
    expect(text).toContain('Daftar periksa');
    expect(text).toContain('Perbaiki pipa dusun II');
    expect(text).toContain('Bentuk pengurus air');
    // The session's own exercises are still there, in their own sections.
    expect(text).toContain('Diagram Venn');
  });

  /** One small edit per type, as a facilitator makes it. */
  type Edit = readonly [button: string, edit: (page: Page) => Promise<void>];
  const edits: Edit[] = [
    [
      'Diagram Venn baru',
      async (page) => {
        await page.getByLabel('Nama lembaga').first().fill('Kelompok Wanita Tani');
        await page.getByLabel('Nama lembaga').first().press('Enter');
      },
    ],
    ...['Ranking berpasangan baru', 'Matriks skor baru', 'Pemungutan suara baru'].map(
      (button) =>
        [
          button,
          async (page: Page) => {
            await page.getByLabel('Nama pilihan').fill('Sumur bor');
            await page.getByLabel('Nama pilihan').press('Enter');
          },
        ] as Edit,
    ),
    [
      'Lokakarya konsensus baru',
      async (page) => {
        await page.getByLabel('Tulis gagasan, lalu Enter').fill('Tandon air hujan');
        await page.getByLabel('Tulis gagasan, lalu Enter').press('Enter');
      },
    ],
    [
      'Pohon masalah baru',
      async (page) => {
        await page.getByLabel('Masalah', { exact: true }).fill('Air bersih sulit');
        await page.getByLabel('Masalah', { exact: true }).blur();
      },
    ],
    [
      'Rumusan solusi baru',
      async (page) => {
        await page.getByLabel('Rumusan solusi (satu kalimat sederhana)').fill('Warga membangun tandon');
        await page.getByLabel('Rumusan solusi (satu kalimat sederhana)').blur();
      },
    ],
    [
      'Peta sumber daya baru',
      async (page) => {
        await page.getByLabel('Sumber daya baru').fill('Mata air');
        await page.getByRole('button', { name: 'Tambah sumber daya' }).click();
      },
    ],
    [
      'Daftar periksa baru',
      async (page) => {
        await page.getByLabel('Butir baru').fill('Rapat pengurus');
        await page.getByLabel('Butir baru').press('Enter');
      },
    ],
  ];

  it.each(edits)('%s: a save the file refused is sent again after "save a copy as"', async (button, edit) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Kembali' }).click();
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: button }).click();
    await textOf(page.getByTestId('save-status'), 'Tersimpan');
    const session = await app.backend.handlers['session.get']({ id: sessionId });
    const exerciseId = session.exercises.at(-1)!.id;
    const stored = async () => (await app.backend.handlers['exercise.get']({ id: exerciseId })).body;
    const before = await stored();
    // The file stops taking writes, as on a write-protected stick (root ignores file modes).
    app.backend.openFile!.db.pragma('query_only = ON');
    await edit(page);
    await textOf(page.getByTestId('save-status'), 'Belum tersimpan');
    expect(await stored()).toEqual(before);
    const copy = path.join(work, `salinan-${button.replace(/\W+/g, '-')}.rembug`);
    app.host.savePaths.push(copy);
    await page.getByRole('alert').getByRole('button', { name: 'Simpan salinan sebagai…' }).click();
    await textOf(page.getByTestId('save-status'), 'Tersimpan');
    expect(app.backend.openFile!.path).toBe(copy);
    expect(await stored()).not.toEqual(before);
  });
});
