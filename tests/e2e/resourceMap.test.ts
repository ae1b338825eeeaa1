import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { openSampleSession, startApp, type AppHarness } from '../support/appHarness.js';
import { tempDir, testResultsDir } from '../support/paths.js';
import { pdfImageCount, pdfPagesToPng, pdfText } from '../support/pdf.js';
import { nodeCentre } from '../support/konva.js';
import { countOf, textOf, visible } from '../support/waits.js';
import { headCommand } from '../support/exerciseHead.js';

const resources: [string, string, number][] = [
  ['Sawah irigasi', 'Alam', 4],
  ['Hutan bambu', 'Alam', 2],
  ['Mata air Cikahuripan', 'Alam', 3],
  ['Kelompok tani', 'Sosial', 4],
  ['Arisan PKK', 'Sosial', 3],
  ['Jalan desa', 'Fisik', 1],
  ['Koperasi simpan pinjam', 'Keuangan', 2],
  ['Bidan desa', 'Manusia', 5],
];

describe('potential and resource mapping', () => {
  let app: AppHarness;
  let sessionId = '';
  const doc = async (): Promise<ResourceMapDocument> => {
    const session = await app.backend.handlers['session.get']({ id: sessionId });
    const ex = session.exercises.find((e) => e.type === 'resourceMap')!;
    return (await app.backend.handlers['exercise.get']({ id: ex.id })).body as ResourceMapDocument;
  };

  beforeAll(async () => {
    app = await startApp();
    sessionId = await openSampleSession(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('places 8 resources of several capitals with ratings and problems', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: 'Peta sumber daya baru' }).click();
    await page.getByRole('button', { name: 'Tambah sumber daya' }).click();
    await textOf(page.getByRole('alert'), 'Nama tidak boleh kosong.');
    for (const [name, capital, rating] of resources) {
      await page.getByLabel('Sumber daya baru').fill(name);
      await page.getByRole('radiogroup', { name: 'Modal' }).first().getByRole('radio', { name: capital }).click();
      await page.getByRole('button', { name: 'Tambah sumber daya' }).click();
      await page
        .getByRole('radiogroup', { name: 'Kemampuan (0-5)' })
        .getByRole('radio', { name: String(rating), exact: true })
        .click();
    }
    await expect
      .poll(async () => (await doc()).resources.map((r) => [r.name, r.rating]))
      .toEqual(resources.map(([n, , r]) => [n, r]));
    // The last one selected: the road has a problem with a note.
    await page.getByTestId('map-canvas').focus();
    const road = (await doc()).resources.find((r) => r.name === 'Jalan desa')!;
    const at = await page.evaluate((id) => {
      type KNode = { getClientRect(): { x: number; y: number; width: number; height: number } };
      const konva = (
        window as unknown as { Konva: { stages: { findOne(s: string): KNode; container(): HTMLElement }[] } }
      ).Konva;
      const stage = konva.stages[konva.stages.length - 1]!;
      const r = stage.findOne(`.resource-${id}`).getClientRect();
      const b = stage.container().getBoundingClientRect();
      return { x: b.left + r.x + r.width / 2, y: b.top + r.y + r.height / 2 };
    }, road.id);
    await page.mouse.click(at.x, at.y);
    await page.getByRole('checkbox', { name: 'Tidak sesuai kebutuhan' }).check();
    await page
      .getByLabel('Catatan masalah: Tidak sesuai kebutuhan')
      .fill('Rusak saat hujan, truk panen tidak bisa lewat');
    await page.getByLabel('Catatan masalah: Tidak sesuai kebutuhan').blur();
    await expect
      .poll(async () => (await doc()).resources.find((r) => r.name === 'Jalan desa')!.problems)
      .toEqual({
        notResponsive: 'Rusak saat hujan, truk panen tidak bisa lewat',
      });
    await app.screenshot('50-resource-map');
  });

  it('draws a road and a rice field, and hides a layer', async () => {
    const { page } = app;
    const screen = (x: number, y: number) =>
      page.evaluate(
        ([wx, wy]) => {
          type KStage = {
            getAbsoluteTransform(): { point(p: { x: number; y: number }): { x: number; y: number } };
            container(): HTMLElement;
          };
          const konva = (window as unknown as { Konva: { stages: KStage[] } }).Konva;
          const stage = konva.stages[konva.stages.length - 1]!;
          const p = stage.getAbsoluteTransform().point({ x: wx!, y: wy! });
          const b = stage.container().getBoundingClientRect();
          return { x: b.left + p.x, y: b.top + p.y };
        },
        [x, y],
      );
    await page.getByRole('radio', { name: 'Jalan', exact: true }).click();
    for (const [x, y] of [
      [-200, 100],
      [0, 120],
    ] as const) {
      const at = await screen(x, y);
      await page.mouse.click(at.x, at.y);
    }
    const end = await screen(200, 130);
    await page.mouse.dblclick(end.x, end.y);
    await expect.poll(async () => (await doc()).shapes.map((sh) => sh.layer)).toEqual(['roads']);
    await page.getByRole('radio', { name: 'Area', exact: true }).click();
    await page.getByLabel('Jenis area').selectOption({ label: 'Sawah' });
    for (const [x, y] of [
      [-200, -150],
      [-60, -160],
      [-70, -60],
      [-190, -50],
    ] as const) {
      const at = await screen(x, y);
      await page.mouse.click(at.x, at.y);
    }
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await doc()).shapes.map((sh) => [sh.layer, sh.areaKind ?? null, sh.points.length]))
      .toEqual([
        ['roads', null, 6],
        ['areas', 'ricefield', 8],
      ]);
    await app.screenshot('53-map-drawn');
    await page.getByRole('checkbox', { name: 'Jalan' }).uncheck();
    await expect.poll(async () => (await doc()).hiddenLayers).toEqual(['roads']);
    // Hiding a layer is a way of looking, not an edit: undo takes back the area drawn
    // before it and leaves the layer hidden; redo brings the area back.
    await page.getByRole('button', { name: 'Urungkan' }).click();
    await expect.poll(async () => (await doc()).shapes.map((sh) => sh.layer)).toEqual(['roads']);
    expect((await doc()).hiddenLayers).toEqual(['roads']);
    await page.getByRole('button', { name: 'Ulangi' }).click();
    await expect.poll(async () => (await doc()).shapes.map((sh) => sh.layer)).toEqual(['roads', 'areas']);
    expect((await doc()).hiddenLayers).toEqual(['roads']);
    await page.getByRole('checkbox', { name: 'Jalan' }).check();
    await expect.poll(async () => (await doc()).hiddenLayers).toEqual([]);
    await page.getByRole('radio', { name: 'Pilih / geser' }).click();
    // A wrong road is clicked and deleted (markers hidden, so the click finds the road); undo brings it back.
    await page.getByRole('checkbox', { name: 'Sumber daya' }).uncheck();
    const onRoad = await screen(-100, 110);
    await page.mouse.click(onRoad.x, onRoad.y);
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await doc()).shapes.map((sh) => sh.layer)).toEqual(['areas']);
    await page.getByRole('button', { name: 'Urungkan' }).click();
    await expect.poll(async () => (await doc()).shapes.map((sh) => sh.layer)).toEqual(['roads', 'areas']);
    await page.getByRole('checkbox', { name: 'Sumber daya' }).check();
    await expect.poll(async () => (await doc()).hiddenLayers).toEqual([]);
  });

  it('undoes and redoes, shows the table by capital and the pentagon', async () => {
    const { page } = app;
    const road = (await doc()).resources.find((r) => r.name === 'Jalan desa')!;
    const at = await nodeCentre(page, `resource-${road.id}`);
    await page.mouse.click(at.x, at.y);
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await doc()).resources.length).toBe(7);
    await page.getByRole('button', { name: 'Urungkan' }).click();
    await expect.poll(async () => (await doc()).resources.length).toBe(8);
    await page.getByRole('button', { name: 'Ulangi' }).click();
    await expect.poll(async () => (await doc()).resources.length).toBe(7);
    await page.getByRole('button', { name: 'Urungkan' }).click();
    await expect.poll(async () => (await doc()).resources.length).toBe(8);
    await page.getByRole('tab', { name: 'Tabel' }).click();
    await countOf(page.getByTestId('resources-natural').locator('tbody tr'), 3);
    await page.getByLabel('Saring menurut masalah').selectOption({ label: 'Tidak sesuai kebutuhan' });
    await visible(page.getByTestId('resources-physical'));
    await countOf(page.getByTestId('resources-natural'), 0);
    await page.getByRole('tab', { name: 'Segilima aset' }).click();
    // Natural: (4 + 2 + 3) / 3 / 5 = 0,60; human 5 / 5 = 1,00 (Indonesian writes the decimal comma).
    await textOf(page.getByTestId('pentagon-values').locator('tr', { hasText: 'Alam' }), /Alam\s*3\s*0,60/);
    await textOf(page.getByTestId('pentagon-values').locator('tr', { hasText: 'Manusia' }), /Manusia\s*1\s*1,00/);
    await app.screenshot('51-asset-pentagon');
  });

  it('puts a phone photo of the paper map behind the drawing, scaled down; refuses a file that is not an image', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Peta' }).click();
    const dir = tempDir('photo');
    const notImage = path.join(dir, 'peta.jpg');
    fs.writeFileSync(notImage, 'bukan gambar');
    app.host.imagePaths.push(notImage);
    await page.getByRole('button', { name: 'Foto peta kertas' }).click();
    await textOf(page.getByRole('alert'), 'Berkas "peta.jpg" bukan gambar JPEG, PNG atau WebP.');
    const photo = path.join(dir, 'peta-desa.jpg');
    fs.writeFileSync(photo, await jpegOf(app, 3200, 2400));
    app.host.imagePaths.push(photo);
    await page.getByRole('button', { name: 'Foto peta kertas' }).click();
    await expect
      .poll(async () => (await doc()).photo, { timeout: 20_000 })
      .toMatchObject({ width: 2400, height: 1800 });
    await app.screenshot('55-map-photo');
  });

  it('scales a huge photo (12,000 x 9,000) down, and refuses a damaged one with a message', async () => {
    const { page } = app;
    const dir = tempDir('huge');
    const damaged = path.join(dir, 'rusak.jpg');
    fs.writeFileSync(damaged, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5000, 7)]));
    app.host.imagePaths.push(damaged);
    await page.getByRole('button', { name: 'Foto peta kertas' }).click();
    await textOf(
      page.locator('.toolbar [role="alert"]'),
      'Gambar rusak dan tidak bisa dibuka. Coba foto ulang peta kertasnya.',
    );
    const huge = path.join(dir, 'besar.jpg');
    fs.writeFileSync(huge, await jpegOf(app, 12_000, 9_000));
    app.backend.openFile!.db.pragma('wal_checkpoint(TRUNCATE)');
    const fileBefore = fs.statSync(app.backend.openFile!.path).size;
    const previous = (await doc()).photo!.id;
    app.host.imagePaths.push(huge);
    await page.getByRole('button', { name: 'Foto peta kertas' }).click();
    await expect.poll(async () => (await doc()).photo?.id, { timeout: 60_000 }).not.toBe(previous);
    expect((await doc()).photo).toMatchObject({ width: 2400, height: 1800 });
    const kept = Buffer.from(
      (await app.backend.handlers['photo.get']({ id: (await doc()).photo!.id })).data,
      'base64',
    ).length;
    app.backend.openFile!.db.pragma('wal_checkpoint(TRUNCATE)');
    const growth = fs.statSync(app.backend.openFile!.path).size - fileBefore;
    // The file grows by the scaled photo (and the small document change), not by the original.
    expect(growth).toBeLessThan(kept + 64 * 1024);
    expect(growth).toBeLessThan(fs.statSync(huge).size);
  });

  it('duplicates the map as "after", changes it, and compares the two with both pentagons', async () => {
    const { page } = app;
    await headCommand(page, 'Gandakan sebagai diagram baru');
    await visible(page.getByRole('heading', { name: /\(sesudah\)/ }));
    await page.getByRole('tab', { name: 'Peta' }).click();
    await page.getByLabel('Sumber daya baru').fill('BUMDes');
    await page.getByRole('radiogroup', { name: 'Modal' }).first().getByRole('radio', { name: 'Keuangan' }).click();
    await page.getByRole('button', { name: 'Tambah sumber daya' }).click();
    await page.getByRole('tab', { name: 'Segilima aset' }).click();
    // The field, not the list of changes named after it.
    await page.getByLabel('Bandingkan dengan peta', { exact: true }).selectOption({ index: 1 });
    await textOf(page.getByTestId('map-changes'), /Baru: BUMDes/);
    expect(await page.locator('.pentagon-chart polyline[stroke-dasharray]').count()).toBe(1);
    await app.screenshot('54-map-compare');
  });

  it('finds it all after a restart, and the PDF lists every resource with the pentagon', async () => {
    const { page } = app;
    const before = await doc();
    await app.restart();
    await page.getByRole('button', { name: /^Desa Sukamaju/ }).click();
    await page.getByText('FGD pemetaan kelembagaan').click();
    expect(await doc()).toEqual(before);
    const pdf = path.join(tempDir('map-pdf'), 'map.pdf');
    app.host.savePaths.push(pdf);
    // The session's own button: the session screen has no exercise head.
    await page.getByRole('button', { name: 'Ekspor PDF' }).click();
    await visible(page.getByText(/PDF disimpan/), 20_000);
    const text = pdfText(pdf, { raw: true }).replace(/\s+/g, ' ');
    for (const [name] of resources) expect(text).toContain(name);
    expect(text).toContain('Segilima aset');
    // The pentagon's values with the Indonesian decimal comma.
    expect(text).toMatch(/Alam \d+ \d,\d\d/);
    expect(text).not.toMatch(/Alam \d+ \d\.\d\d/);
    expect(text).toContain('Rusak saat hujan, truk panen tidak bisa lewat');
    // The photo is the only raster in the report: drawings and labels stay vector.
    expect(pdfImageCount(pdf)).toBeGreaterThanOrEqual(1);
    pdfPagesToPng(pdf, path.join(testResultsDir, '52-map-report'), 12);
  });
});

/** A JPEG "photo" drawn by Chromium: fields, a road and a river, at the given size. */
async function jpegOf(app: AppHarness, width: number, height: number): Promise<Buffer> {
  const page = await app.browser.newPage();
  try {
    const data = await page.evaluate(
      ([w, h]) => {
        const canvas = document.createElement('canvas');
        canvas.width = w!;
        canvas.height = h!;
        const c = canvas.getContext('2d')!;
        c.fillStyle = '#f5e9c8';
        c.fillRect(0, 0, w!, h!);
        c.fillStyle = '#9bd18b';
        c.fillRect(w! * 0.1, h! * 0.1, w! * 0.35, h! * 0.3);
        c.strokeStyle = '#6b4f2a';
        c.lineWidth = 40;
        c.beginPath();
        c.moveTo(0, h! * 0.6);
        c.lineTo(w!, h! * 0.5);
        c.stroke();
        c.strokeStyle = '#3b82f6';
        c.beginPath();
        c.moveTo(w! * 0.7, 0);
        c.lineTo(w! * 0.6, h!);
        c.stroke();
        return canvas.toDataURL('image/jpeg', 0.9).split(',')[1]!;
      },
      [width, height],
    );
    return Buffer.from(data, 'base64');
  } finally {
    await page.close();
  }
}
