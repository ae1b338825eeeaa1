import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import { startApp, type AppHarness } from '../support/appHarness.js';
import { dragBy, nodeCentre } from '../support/konva.js';
import { tempDir, testResultsDir } from '../support/paths.js';
import { pdfImageCount, pdfInfo, pdfPagesToPng, pdfText } from '../support/pdf.js';
import { countOf, textOf, visible } from '../support/waits.js';
import { headCommand } from '../support/exerciseHead.js';

const institutions = [
  'Pemerintah Desa',
  'Posyandu Mawar',
  'Kelompok Tani Maju',
  'Masjid Nurul Huda',
  'Koperasi',
  'Rentenir',
];

/**
 * One facilitator's session from an empty machine to the PDF, driven with mouse and
 * keyboard against the real backend and a real community file.
 */
describe('a facilitator runs a Venn diagram session', () => {
  let app: AppHarness;
  const work = tempDir('flow');
  const communityPath = path.join(work, 'Desa Mekarsari.rembug');
  let exerciseId = '';
  let sessionId = '';

  const doc = async (id = exerciseId): Promise<VennDocument> =>
    (await app.backend.handlers['exercise.get']({ id })).body as VennDocument;
  const byName = (d: VennDocument, name: string) => d.institutions.find((i) => i.name === name)!;
  /** Waits until the file holds what the user just did (autosave, no save button). */
  const stored = <T>(read: (d: VennDocument) => T, id?: string) =>
    expect.poll(async () => read(await doc(id)), { timeout: 10_000 });
  const saved = () => textOf(app.page.getByTestId('save-status'), /Tersimpan|Saved/);

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates a community file where the facilitator chooses', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Komunitas baru' }).click();
    await page.getByLabel(/Nama komunitas/).fill('Desa Mekarsari');
    await page.getByLabel('Desa', { exact: true }).fill('Mekarsari');
    await page.getByLabel('Kecamatan').fill('Cibeber');
    await page.getByLabel('Kabupaten').fill('Cianjur');
    await page.getByLabel('Provinsi').fill('Jawa Barat');
    app.host.savePaths.push(communityPath);
    await page.getByRole('button', { name: 'Buat dan simpan berkas' }).click();
    await visible(page.getByRole('heading', { name: 'Desa Mekarsari' }));
    expect(fs.existsSync(communityPath)).toBe(true);
  });

  it('creates a session and takes attendance with the keyboard', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Pertemuan baru' }).click();
    await page.getByLabel(/Judul/).fill('FGD kelembagaan RW 03');
    await page.getByLabel('Tanggal').fill('2026-11-20');
    await page.getByLabel('Tempat').fill('Balai Desa Mekarsari');
    await page.getByLabel('Tahap').selectOption('discovery');
    await page.getByLabel('Langkah').selectOption('resources');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'FGD kelembagaan RW 03' }));
    await page.getByRole('tab', { name: /Daftar hadir/ }).click();
    const people: [string, 'Perempuan' | 'Laki-laki', string][] = [
      ['Ibu Sri', 'Perempuan', 'Dewasa (30-59)'],
      ['', 'Perempuan', 'Pemuda (15-29)'],
      ['Pak Odih', 'Laki-laki', 'Lansia (60+)'],
      ['Kang Ujang', 'Laki-laki', 'Dewasa (30-59)'],
    ];
    for (const [name, gender, age] of people) {
      await page.getByRole('radio', { name: gender }).click();
      await page.getByRole('radio', { name: age }).click();
      await page.getByLabel('Nama (boleh kosong)').fill(name);
      await page.getByLabel('Nama (boleh kosong)').press('Enter');
      await page
        .getByText(name || 'Tanpa nama')
        .first()
        .waitFor();
    }
    await textOf(page.getByTestId('count-total'), '4');
    await textOf(page.getByTestId('count-female'), '2');
    await textOf(page.getByTestId('count-male'), '2');
    await page.getByRole('tab', { name: /Kesepakatan/ }).click();
    await page.getByLabel('Kesepakatan').fill('Posyandu buka setiap tanggal 5');
    await page.getByLabel('Kesepakatan').press('Enter');
    await visible(page.getByText('Posyandu buka setiap tanggal 5'));
    await app.screenshot('10-session');
    sessionId = (await app.backend.handlers['community.current']({}))!.sessions[0]!.id;
  });

  it('builds a Venn diagram of six institutions, drags and resizes them', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: 'Diagram Venn baru' }).click();
    const nameInput = page.getByLabel('Nama lembaga').first();
    for (const name of institutions) {
      await nameInput.fill(name);
      await nameInput.press('Enter');
    }
    await countOf(page.getByTestId('institution-table').locator('li'), 6);
    exerciseId = (await app.backend.handlers['session.get']({ id: sessionId })).exercises[0]!.id;
    await stored((d) => d.institutions.map((i) => i.name)).toEqual(institutions);

    // Select Pemerintah Desa by clicking its circle, make it very important with key 4.
    const gov = byName(await doc(), 'Pemerintah Desa');
    const at = await nodeCentre(page, `institution-${gov.id}`);
    await page.mouse.click(at.x, at.y);
    await page.keyboard.press('4');
    await stored((d) => byName(d, 'Pemerintah Desa').importance).toBe(4);
    await page.getByRole('radio', { name: 'Mendukung' }).click();
    await stored((d) => byName(d, 'Pemerintah Desa').relation).toBe('supportive');

    // Drag it onto the community circle: it becomes "very close".
    const from = await nodeCentre(page, `institution-${gov.id}`);
    const centre = await nodeCentre(page, 'community');
    await dragBy(page, from, centre.x - from.x, centre.y - from.y);
    await stored((d) =>
      Math.round(Math.hypot(byName(d, 'Pemerintah Desa').x, byName(d, 'Pemerintah Desa').y) / 20),
    ).toBe(0);
    await textOf(page.getByTestId('institution-table').locator('li', { hasText: 'Pemerintah Desa' }), /Sangat dekat/);

    // The harmful moneylender: relation by button, size by key.
    const rentenir = byName(await doc(), 'Rentenir');
    const r = await nodeCentre(page, `institution-${rentenir.id}`);
    await page.mouse.click(r.x, r.y);
    await page.getByRole('radio', { name: 'Merugikan' }).click();
    // The diagram's keys act while it has the focus (the choice just clicked has it now).
    await page.getByTestId('venn-canvas').focus();
    await page.keyboard.press('3');
    await stored((d) => byName(d, 'Rentenir')).toMatchObject({ relation: 'harmful', importance: 3 });
    await saved();
    await app.screenshot('11-venn-diagram');
  });

  it('undoes and redoes with keys and buttons, and Delete removes', async () => {
    const { page } = app;
    expect(byName(await doc(), 'Rentenir').importance).toBe(3);
    await page.keyboard.press('Control+z');
    await stored((d) => byName(d, 'Rentenir').importance).toBe(2);
    await page.getByRole('button', { name: 'Ulangi' }).click();
    await stored((d) => byName(d, 'Rentenir').importance).toBe(3);
    // The diagram's keys act while it has the focus (the redo button has it now).
    await page.getByTestId('venn-canvas').focus();
    await page.keyboard.press('Delete');
    await countOf(page.getByTestId('institution-table').locator('li'), 5);
    await stored((d) => d.institutions.length).toBe(5);
    await page.getByRole('button', { name: 'Urungkan' }).click();
    await countOf(page.getByTestId('institution-table').locator('li'), 6);
    await stored((d) => d.institutions.length).toBe(6);
    // Arrow keys nudge the selected circle by 10 units.
    await page
      .getByTestId('institution-table')
      .locator('strong', { hasText: /^Rentenir$/ })
      .click();
    const x = byName(await doc(), 'Rentenir').x;
    await page.keyboard.press('ArrowRight');
    await stored((d) => byName(d, 'Rentenir').x).toBe(x + 10);
    await saved();
  });

  it('finds the same diagram after the app restarts and the file is reopened', async () => {
    const { page } = app;
    const expected = await doc();
    await app.restart();
    await page.getByRole('button', { name: /^Desa Mekarsari/ }).click();
    await page.getByText('FGD kelembagaan RW 03').click();
    await page.getByRole('button', { name: /^Diagram Venn kelembagaan/ }).click();
    await countOf(page.getByTestId('institution-table').locator('li'), 6);
    expect(await doc()).toEqual(expected);
    await textOf(page.getByTestId('institution-table').locator('li').first(), /Pemerintah Desa/);
  });

  it('duplicates the diagram as "after", changes it, and compares the two', async () => {
    const { page } = app;
    await headCommand(page, 'Gandakan sebagai diagram baru');
    await visible(page.getByRole('heading', { name: /\(sesudah\)/ }));
    const exercises = (await app.backend.handlers['session.get']({ id: sessionId })).exercises;
    expect(exercises).toHaveLength(2);
    const afterId = exercises[1]!.id;
    const koperasi = byName(await doc(afterId), 'Koperasi');
    await page
      .getByTestId('institution-table')
      .locator('strong', { hasText: /^Koperasi$/ })
      .click();
    await page.keyboard.press('4');
    await stored((d) => byName(d, 'Koperasi').importance, afterId).toBe(4);
    const from = await nodeCentre(page, `institution-${koperasi.id}`);
    const gov = await nodeCentre(page, `institution-${byName(await doc(afterId), 'Pemerintah Desa').id}`);
    await dragBy(page, from, gov.x - from.x, gov.y - from.y);
    await stored((d) => byName(d, 'Koperasi').x, afterId).not.toBe(koperasi.x);
    await saved();
    await page.getByLabel('Bandingkan dengan').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Bandingkan' }).click();
    const row = page.getByTestId('compare-table').locator('tr', { hasText: 'Koperasi' });
    await textOf(row, /2 → 4/);
    await textOf(row, /Pemerintah Desa/);
    await app.screenshot('12-venn-compare');
  });

  it('switches to English and every visible label follows', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await visible(page.getByRole('heading', { name: /^Comparison:/ }));
    await visible(page.getByRole('columnheader', { name: 'Ties gained' }));
    const settings = await app.backend.handlers['settings.get']({});
    expect(settings.language).toBe('en');
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    await visible(page.getByRole('heading', { name: /^Perbandingan:/ }));
  });

  it('exports the session as a PDF with vector diagrams and real text', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Kembali' }).click();
    await page.getByRole('button', { name: 'Kembali' }).click();
    const pdfPath = path.join(work, 'laporan.pdf');
    app.host.savePaths.push(pdfPath);
    await page.getByRole('button', { name: 'Ekspor PDF' }).click();
    await visible(page.getByText(/PDF disimpan/), 20_000);
    const text = pdfText(pdfPath);
    for (const name of institutions) expect(text).toContain(name);
    expect(text).toContain('FGD kelembagaan RW 03');
    expect(text).toContain('Daftar hadir');
    expect(text).toContain('Posyandu buka setiap tanggal 5');
    expect(text).toContain('Perbandingan:'); // the before/after table
    expect(pdfInfo(pdfPath)['Page size']).toMatch(/\(A4\)/);
    // Diagrams are vector: no raster image anywhere in the report.
    expect(pdfImageCount(pdfPath)).toBe(0);
    pdfPagesToPng(pdfPath, path.join(testResultsDir, '13-report-page'), 3);
    expect(app.outsideRequests).toEqual([]);
  });
});
