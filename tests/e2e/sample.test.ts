import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { startApp, type AppHarness } from '../support/appHarness.js';
import { tempDir, testResultsDir } from '../support/paths.js';
import { pdfImageCount, pdfPagesToPng, pdfText } from '../support/pdf.js';
import { countOf, textOf, visible } from '../support/waits.js';

describe('the bundled sample community, as a new user meets it', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens from the start screen and shows its sessions, attendance and diagrams', async () => {
    const { page } = app;
    await visible(page.getByRole('heading', { name: 'Selamat datang di Rembug' }));
    await app.screenshot('01-start-screen');
    await page.getByRole('button', { name: /Buka contoh/ }).click();
    await page.getByRole('heading', { name: 'Desa Sukamaju' }).waitFor();
    await visible(page.getByText('FGD pemetaan kelembagaan'));
    await app.screenshot('02-community');
    await page.getByText('FGD pemetaan kelembagaan').click();
    await page.getByRole('tab', { name: /Latihan/ }).waitFor();
    await app.screenshot('03-session-exercises');
    await page.getByRole('tab', { name: /Daftar hadir/ }).click();
    await textOf(page.getByTestId('count-total'), '24');
    await app.screenshot('04-session-attendance');
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: /^Kondisi sekarang/ }).click();
    await page.getByTestId('institution-table').waitFor();
    await countOf(page.getByTestId('institution-table').locator('li'), 12);
    await page.waitForTimeout(300);
    await app.screenshot('05-venn-sample');
    expect(app.outsideRequests).toEqual([]);
  });

  it('exports the sample session as a PDF with both diagrams and their comparison', async () => {
    const { page } = app;
    const pdf = path.join(tempDir('sample-pdf'), 'sukamaju.pdf');
    app.host.savePaths.push(pdf);
    await page.getByRole('button', { name: 'Kembali' }).click();
    await page.getByRole('button', { name: 'Ekspor PDF' }).click();
    await visible(page.getByText(/PDF disimpan/), 20_000);
    const text = pdfText(pdf);
    for (const name of ['Pemerintah Desa', 'Bank keliling (rentenir)', 'Koperasi Wanita Melati', 'LSM Bina Desa'])
      expect(text).toContain(name);
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Perbandingan: Kondisi sekarang (sebelum) → Yang kita inginkan (sesudah)',
    );
    expect(text).toContain('BUMDes membuka unit simpan pinjam');
    expect(pdfImageCount(pdf)).toBe(0);
    pdfPagesToPng(pdf, path.join(testResultsDir, '06-sample-report'), 6);
    await page.getByRole('button', { name: /^Kondisi sekarang/ }).waitFor();
  });

  it('deletes a diagram from the session after asking', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Hapus: Yang kita inginkan (sesudah)' }).click();
    await textOf(page.getByRole('dialog'), /Hapus latihan "Yang kita inginkan \(sesudah\)"\?/);
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus', exact: true }).click();
    await countOf(page.locator('.exercise-list li'), 1);
    const session = (await app.backend.handlers['community.current']({}))!.sessions.find((s) => s.exerciseCount > 0)!;
    expect(session.exerciseCount).toBe(1);
  });
});
