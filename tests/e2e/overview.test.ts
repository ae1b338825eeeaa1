import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from '../support/appHarness.js';
import {
  copyVillage,
  damageCommunityFile,
  folderListing,
  makeNewerCommunityFile,
  writeVillageTemplate,
} from '../support/overviewFixtures.js';
import { tempDir, testResultsDir } from '../support/paths.js';
import { pdfPagesToPng, pdfText } from '../support/pdf.js';
import { countOf, textOf, visible } from '../support/waits.js';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Nine villages at different points of the programme (1 to 5 sessions of 10 women and 8 men). */
const villages = [
  { file: 'cibodas.rembug', name: 'Desa Cibodas', keep: 5 },
  { file: 'sukamaju.rembug', name: 'Desa Sukamaju', keep: 4 },
  { file: 'ampel.rembug', name: 'Desa Ampel', keep: 3 },
  { file: 'batu.rembug', name: 'Desa Batu', keep: 2 },
  { file: 'melati.rembug', name: 'Desa Melati', keep: 1 },
  { file: 'ngada.rembug', name: 'Desa Beiwali', keep: 5 },
  { file: 'pacet.rembug', name: 'Desa Pacet', keep: 4 },
  { file: 'wae-rebo.rembug', name: 'Desa Wae Rebo', keep: 3 },
  { file: 'tugu.rembug', name: 'Desa Tugu', keep: 2 },
];
const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name);

describe('programme overview across villages, at 1024x768', () => {
  let app: AppHarness;
  let folder = '';
  beforeAll(async () => {
    const work = tempDir('e2e-overview');
    const template = await writeVillageTemplate(work);
    folder = path.join(work, 'Program Air Bersih 2026');
    fs.mkdirSync(folder);
    for (const v of villages) copyVillage(template, path.join(folder, v.file), { name: v.name, keepSessions: v.keep });
    for (const damaged of ['rusak-usb.rembug', 'rusak-sinkron.rembug']) {
      copyVillage(template, path.join(folder, damaged), { name: 'Desa Rusak' });
      damageCommunityFile(path.join(folder, damaged));
    }
    copyVillage(template, path.join(folder, 'versi-baru.rembug'), { name: 'Desa Baru' });
    makeNewerCommunityFile(path.join(folder, 'versi-baru.rembug'));
    app = await startApp();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

  it('opens a folder of 12 files from the start screen: every community in a row, damaged and newer files with their reason', async () => {
    const { page } = app;
    const before = folderListing(folder);
    await page.getByRole('button', { name: 'Ringkasan banyak desa' }).click();
    const heading = await visible(page.getByRole('heading', { name: 'Ringkasan banyak desa' }));
    await expect(heading.evaluate((h) => h === document.activeElement)).resolves.toBe(true);
    await app.screenshot('overview-01-empty');
    app.host.folderPaths.push(folder);
    await page.getByRole('button', { name: 'Pilih folder…' }).click();
    const table = page.getByRole('table', { name: 'Ringkasan komunitas' });
    const rows = table.locator('tbody tr');
    await countOf(rows, 12);
    await visible(page.getByText('9 komunitas, 3 berkas tidak terbaca'));
    // By name first; the unreadable files last, by file name, each with its reason.
    const expected = [...villages].sort(byName).map((v) => v.name);
    for (const [i, name] of expected.entries()) await textOf(rows.nth(i).locator('th'), new RegExp(name));
    await textOf(rows.nth(9), /rusak-sinkron\.rembug.*Berkas rusak: pulihkan dari cadangan/);
    await textOf(rows.nth(10), /rusak-usb\.rembug.*Berkas rusak/);
    await textOf(rows.nth(11), /versi-baru\.rembug.*Dibuat Rembug versi lebih baru/);
    // A row: step, last session, attendance and the stuck activity with its obstacle.
    const cibodas = rows.filter({ hasText: 'Desa Cibodas' });
    await textOf(cibodas, /Pengembangan · Penemukenalan keberhasilan|Pengembangan ·/);
    await textOf(cibodas, /10 Jun 2026/);
    await expect(cibodas.locator('td.num').allTextContents()).resolves.toEqual(['50', '40', '90']);
    await textOf(cibodas, /Pelatihan kompos Kelompok Wanita Tani Melati: Mesin pencacah rusak/);
    await textOf(rows.filter({ hasText: 'Desa Melati' }), /Belum ada indikator.*Tidak ada/);
    await app.screenshot('overview-02-folder');
    expect(folderListing(folder)).toEqual(before);
  });

  it('sorts by any column, by mouse and keyboard, with the order told to assistive technology', async () => {
    const { page } = app;
    const rows = page.getByRole('table', { name: 'Ringkasan komunitas' }).locator('tbody tr');
    const total = page.getByRole('columnheader', { name: /Jumlah hadir/ });
    await total.getByRole('button').click();
    await expect(total.getAttribute('aria-sort')).resolves.toBe('descending');
    const byTotal = [...villages].sort((a, b) => b.keep - a.keep || byName(a, b)).map((v) => v.name);
    for (const [i, name] of byTotal.entries()) await textOf(rows.nth(i).locator('th'), new RegExp(name));
    await textOf(rows.nth(11), /versi-baru/); // unreadable files stay last
    await app.screenshot('overview-03-sorted-total');
    // Keyboard: the last-session column, ascending on the first press.
    const last = page.getByRole('columnheader', { name: /Pertemuan terakhir/ });
    await last.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(last.getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect(total.getAttribute('aria-sort')).resolves.toBe('none');
    await textOf(rows.nth(0).locator('th'), /Desa Melati/);
    await page.keyboard.press('Enter');
    await expect(last.getAttribute('aria-sort')).resolves.toBe('descending');
    await textOf(rows.nth(0).locator('th'), /Desa Beiwali/);
    // Back to the total, ascending, for the exports.
    await total.getByRole('button').click();
    await total.getByRole('button').click();
    await expect(total.getAttribute('aria-sort')).resolves.toBe('ascending');
    await textOf(rows.nth(0).locator('th'), /Desa Melati/);
  });

  it('exports the table as PDF and CSV in the order on screen', async () => {
    const { page } = app;
    const out = tempDir('e2e-overview-out');
    const order = [...villages].sort((a, b) => a.keep - b.keep || byName(a, b)).map((v) => v.name);

    const pdf = path.join(out, 'ringkasan.pdf');
    app.host.savePaths.push(pdf);
    await page.getByRole('button', { name: 'Ekspor PDF' }).click();
    await visible(page.getByText(`Disimpan: ${pdf}`));
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Ringkasan program banyak desa');
    expect(text).toContain('Diurutkan menurut Jumlah hadir (naik)');
    const positions = order.map((name) => text.indexOf(name));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Cells wrap inside their columns: their words are read in drawing order.
    const raw = pdfText(pdf, { raw: true }).replace(/\s+/g, ' ');
    expect(raw).toContain('Pelatihan kompos Kelompok Wanita Tani Melati: Mesin pencacah rusak, menunggu bantuan dinas');
    expect(text).toMatch(/rusak-usb\.rembug Berkas rusak/);
    expect(text).toMatch(/versi-baru\.rembug Dibuat Rembug versi lebih baru/);
    expect(text.indexOf('versi-baru.rembug')).toBeGreaterThan(positions.at(-1)!);
    pdfPagesToPng(pdf, path.join(testResultsDir, 'overview-05-pdf'), 1);

    const csv = path.join(out, 'ringkasan.csv');
    app.host.savePaths.push(csv);
    await page.getByRole('button', { name: 'Ekspor CSV' }).click();
    await visible(page.getByText(`Disimpan: ${csv}`));
    const bytes = fs.readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Berkas;Komunitas;Desa \/ kabupaten;Langkah sekarang;Pertemuan terakhir;/);
    expect(lines.slice(1, 10).map((l) => l.split(';')[1])).toEqual(order);
    expect(lines.find((l) => l.startsWith('cibodas.rembug;'))).toContain(';2026-06-10;5;50;40;90;');
    expect(lines.slice(10).map((l) => l.split(';')[0])).toEqual([
      'rusak-sinkron.rembug',
      'rusak-usb.rembug',
      'versi-baru.rembug',
    ]);
    expect(lines[12]).toMatch(/;Dibuat Rembug versi lebih baru: perbarui Rembug untuk membacanya$/);
    await app.screenshot('overview-04-exported');
  });

  it('has no WCAG 2.1 A/AA violation (axe-core), and goes back to the start screen', async () => {
    const { page } = app;
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(d: Document, o: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes).slice(0, 300)}`);
    });
    expect(violations).toEqual([]);
    await page.getByRole('button', { name: 'Kembali' }).click();
    await visible(page.getByRole('heading', { name: 'Selamat datang di Rembug' }));
  });
});
