import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHarness } from '../support/appHarness.js';
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

  it('deletes a diagram from the session after asking', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Kembali' }).click();
    await page.getByRole('button', { name: 'Hapus: Yang kita inginkan (sesudah)' }).click();
    await textOf(page.getByRole('dialog'), /Hapus latihan "Yang kita inginkan \(sesudah\)"\?/);
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus', exact: true }).click();
    await countOf(page.locator('.exercise-list li'), 1);
    const session = (await app.backend.handlers['community.current']({}))!.sessions.find((s) => s.exerciseCount > 0)!;
    expect(session.exerciseCount).toBe(1);
  });
});
