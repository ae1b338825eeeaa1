import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Journey } from '#shared/model/journey.js';
import { startApp, type AppHarness } from '../support/appHarness.js';
import { tempDir, testResultsDir } from '../support/paths.js';
import { pdfImageCount, pdfPagesToPng, pdfText } from '../support/pdf.js';
import { countOf, textOf, visible } from '../support/waits.js';

/** The journey as the backend has it: what the screen must show, whatever the sample holds. */
async function journeyOf(app: AppHarness): Promise<Journey> {
  return app.backend.handlers['journey.get']({});
}

describe('the programme journey, the community home screen, at 1024x768', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens the sample on its journey: three phases, every step with its status, sessions by step', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /Buka contoh/ }).click();
    await visible(page.getByRole('heading', { name: 'Perjalanan program' }));
    const journey = await journeyOf(app);
    const path = page.getByRole('list', { name: 'Jalur program', exact: true });
    for (const phase of ['Dialog', 'Penemukenalan', 'Pengembangan'])
      await visible(path.getByRole('heading', { name: phase }));
    await countOf(path.locator('.journey-node'), 17);
    // Every session of the file is under its step, once.
    const held = journey.steps.flatMap((s) => s.sessions.map((x) => ({ step: s.step, title: x.title })));
    expect(held.length).toBeGreaterThan(0);
    for (const { step, title } of held)
      await visible(page.getByTestId(`step-${step}`).getByRole('button', { name: new RegExp(title) }));
    // The current step is marked on the path and named with its techniques.
    expect(journey.current).not.toBeNull();
    await expect(page.getByTestId(`node-${journey.current!.step}`).getAttribute('aria-current')).resolves.toBe('step');
    await visible(page.getByTestId('journey-current').getByRole('list'));
    await app.screenshot('journey-01-sample');
    await page.getByTestId(`step-${journey.current!.step}`).scrollIntoViewIfNeeded();
    await app.screenshot('journey-01b-current-step-card');
    await page.getByTestId('journey-current').scrollIntoViewIfNeeded();
    await app.screenshot('journey-01c-current-techniques');
  });

  it('shows attendance by gender and the agreements of each session', async () => {
    const { page } = app;
    const journey = await journeyOf(app);
    const session = journey.steps
      .flatMap((s) => s.sessions.map((x) => ({ ...x, step: s.step })))
      .find((s) => s.attendance.total > 0 && s.agreements.length > 0)!;
    const row = page.getByTestId(`step-${session.step}`).locator('.session-list > li', { hasText: session.title });
    const a = session.attendance;
    await textOf(row, new RegExp(`${a.total} hadir: ${a.female} P, ${a.male} L, ${a.youth} pemuda`));
    await visible(row.getByText(session.agreements[0]!));
  });

  it('lets the facilitator set a step status with the keyboard, kept in the file', async () => {
    const { page } = app;
    const select = page.getByLabel('Status Membangun kepercayaan');
    await select.focus();
    await select.selectOption('done');
    await textOf(page.getByTestId('node-trust'), /Selesai/);
    await visible(page.getByTestId('step-trust').getByText('Ditetapkan fasilitator.'));
    const stored = (await journeyOf(app)).steps.find((s) => s.step === 'trust')!;
    expect(stored).toMatchObject({ chosen: 'done', status: 'done' });
    // Back to the suggestion.
    await select.selectOption('');
    await visible(page.getByTestId('step-trust').getByText(/^Disarankan:/));
    expect((await journeyOf(app)).steps.find((s) => s.step === 'trust')!.chosen).toBeNull();
    await select.selectOption('under_way');
  });

  it('projects as a wall view: the path and the current step only, large', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Tampilan dinding' }).click();
    await expect(page.locator('.journey-steps').isHidden()).resolves.toBe(true);
    const nodeFont = await page
      .locator('.journey-node .node-label')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(nodeFont).toBeGreaterThanOrEqual(20);
    await app.screenshot('journey-02-wall-view');
    await page.keyboard.press('Escape');
    await expect(page.locator('.journey-steps').isHidden()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Tampilan dinding' }).click();
    // A step on the path leads back to its card, focused for the keyboard.
    await page.getByTestId('node-preparation').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.journey-steps').isHidden()).resolves.toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('journey-step-preparation-title');
  });

  it('starts a session for the current step with its techniques, the exercises made with it', async () => {
    const { page } = app;
    const before = await journeyOf(app);
    const current = before.current!;
    await page.getByRole('button', { name: 'Mulai pertemuan dengan teknik ini' }).click();
    const dialog = page.getByRole('dialog');
    await visible(dialog.getByRole('heading', { name: /^Pertemuan baru: / }));
    const types = await dialog.locator('.journey-start-types input[type=checkbox]').count();
    await dialog.getByLabel(/Judul/).fill('Pertemuan langkah berikutnya');
    await dialog.getByLabel('Tanggal').fill('2026-12-01');
    await app.screenshot('journey-03-start-session');
    await dialog.getByRole('button', { name: 'Simpan', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Pertemuan langkah berikutnya' }));
    const after = await journeyOf(app);
    const made = after.steps
      .find((s) => s.step === current.step)!
      .sessions.find((s) => s.title === 'Pertemuan langkah berikutnya')!;
    expect(made.exercises).toHaveLength(types);
    await countOf(page.locator('.exercise-list li'), types);
    await page.getByRole('button', { name: 'Rembug', exact: true }).click();
    await visible(
      page.getByTestId(`step-${current.step}`).getByRole('button', { name: /Pertemuan langkah berikutnya/ }),
    );
  });

  it('exports the programme report: path, sessions in order, agreements, participation as vector', async () => {
    const { page } = app;
    const pdf = path.join(tempDir('journey-pdf'), 'perjalanan.pdf');
    app.host.savePaths.push(pdf);
    await page.getByRole('button', { name: 'Laporan perjalanan program (PDF)' }).click();
    await visible(page.getByText(/Laporan disimpan/), 30_000);
    const text = pdfText(pdf, { raw: true }).replace(/\s+/g, ' ');
    const journey = await journeyOf(app);
    expect(text).toContain('Jalur program');
    expect(text).toContain('Partisipasi dari waktu ke waktu');
    const titles = journey.steps
      .flatMap((s) => s.sessions)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((s, i) => `${i + 1}. ${s.title}`);
    const at = titles.map((title) => text.indexOf(title));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const agreement of journey.steps.flatMap((s) => s.sessions.flatMap((x) => x.agreements)).slice(0, 5))
      expect(text).toContain(agreement.replace(/\s+/g, ' ').slice(0, 30));
    expect(pdfImageCount(pdf)).toBe(0);
    pdfPagesToPng(pdf, path.join(testResultsDir, 'journey-04-report'), 4);
  });

  it('shows the status chosen earlier after the app restarts', async () => {
    const { page } = app;
    await app.restart();
    await page.getByRole('button', { name: /^Desa Sukamaju/ }).click();
    await expect(page.getByLabel('Status Membangun kepercayaan').inputValue()).resolves.toBe('under_way');
    await textOf(page.getByTestId('node-trust'), /Berjalan/);
  });

  it('follows the language: the path, statuses and suggestions in English', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Programme journey' }));
    await textOf(page.getByTestId('node-trust'), /Under way/);
    await visible(
      page.getByRole('list', { name: 'Programme path', exact: true }).getByRole('heading', { name: 'Discovery' }),
    );
    await expect(page.getByLabel('Status of Building trust').inputValue()).resolves.toBe('under_way');
    await app.screenshot('journey-05-english');
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Perjalanan program' }));
  });
});
