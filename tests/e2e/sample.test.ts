import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startApp, type AppHarness } from '../support/appHarness.js';
import { tempDir, testResultsDir } from '../support/paths.js';
import { pdfImageCount, pdfPagesToPng, pdfText } from '../support/pdf.js';
import { countOf, textOf, visible } from '../support/waits.js';
import { exerciseTypeNames, type ExerciseTypeName } from '#shared/exercises/registry.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';

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

  it('walks the whole path: each session opens from the journey, each exercise type shows its part of the story', async () => {
    const { page } = app;
    // What a new user should find in each exercise of the sample, one mark per type.
    const result = () => page.getByRole('tab', { name: 'Hasil', exact: true }).click();
    const shows: Record<ExerciseTypeName, (body: unknown) => Promise<unknown>> = {
      venn: (body) =>
        countOf(page.getByTestId('institution-table').locator('li'), (body as VennDocument).institutions.length),
      matrix: async () => {
        await result();
        await textOf(page.getByTestId('result-table').locator('tbody tr').first(), /Hama wereng di sawah/);
      },
      resourceMap: () => visible(page.getByTestId('map-canvas')),
      pairwise: async () => {
        await result();
        await textOf(page.getByTestId('group-comparison'), /Pipa dari mata air Cibeureum/);
      },
      tree: () => visible(page.getByTestId('tree-canvas')),
      consensus: () => countOf(page.getByTestId('idea-card'), 15),
      vote: async () => {
        await result();
        await textOf(
          page.getByTestId('result-table').locator('tbody tr').first(),
          /Mengalirkan air mata air ke kampung/,
        );
      },
      statement: () => visible(page.getByText(/^Sebelum kemarau 2027/).first()),
      actionPlan: async () => {
        // The village brings about a quarter of the cost itself: 22,55 of 79,55 million.
        await textOf(page.getByTestId('plan-share'), /28/);
        await page.getByRole('tab', { name: 'Garis waktu' }).click();
        await visible(page.getByTestId('plan-timeline'));
      },
      indicators: () => textOf(page.getByTestId('indicator-list'), /RT punya tandon air hujan/),
      monitoring: async () => {
        await visible(page.getByTestId('measured-here'));
        await page.getByRole('tab', { name: 'Ringkasan dinding' }).click();
        await visible(page.getByTestId('monitoring-overview'));
      },
      successes: async () => {
        await page.getByRole('tab', { name: 'Papan keberhasilan' }).click();
        await visible(page.getByTestId('success-board'));
      },
      evaluation: async () => {
        await page.getByRole('tab', { name: 'Hasil berdampingan' }).click();
        await textOf(page.getByTestId('evaluation-side-by-side'), /Pemuda jarang diundang rapat pengelola air/);
      },
    };
    const community = (await app.backend.handlers['community.current']({}))!;
    const seen = new Set<string>();
    let shot = 0;
    for (const summary of [...community.sessions].reverse()) {
      await page.getByRole('button', { name: 'Kembali' }).click();
      await page
        .getByRole('button', { name: new RegExp(summary.title) })
        .first()
        .click();
      await page.getByRole('tab', { name: /Latihan/ }).waitFor();
      const session = await app.backend.handlers['session.get']({ id: summary.id });
      for (const exercise of session.exercises) {
        await page.getByRole('button', { name: new RegExp(`^${exercise.title.replace(/[()]/g, '\\$&')}`) }).click();
        const { body } = await app.backend.handlers['exercise.get']({ id: exercise.id });
        await shows[exercise.type as ExerciseTypeName](body);
        await page.waitForTimeout(300);
        shot += 1;
        await app.screenshot(`07-sample-${shot}-${exercise.type}`);
        seen.add(exercise.type);
        await page.getByRole('button', { name: 'Kembali' }).click();
        await page.getByRole('tab', { name: /Latihan/ }).waitFor();
      }
    }
    expect([...seen].sort()).toEqual([...exerciseTypeNames()].sort());
    expect(app.outsideRequests).toEqual([]);
  });

  it('exports the planning session with its plan as text and vector, and the map session with its photo', async () => {
    const { page } = app;
    const dir = tempDir('sample-pdfs');
    const exportPdf = async (name: string): Promise<string> => {
      const pdf = path.join(dir, name);
      app.host.savePaths.push(pdf);
      await page.getByRole('button', { name: 'Ekspor PDF' }).click();
      await expect.poll(() => fs.existsSync(pdf), { timeout: 20_000 }).toBe(true);
      return pdf;
    };
    await page.getByRole('button', { name: 'Kembali' }).click();
    await page
      .getByRole('button', { name: /Penyusunan rencana kegiatan air bersih/ })
      .first()
      .click();
    await textOf(page.getByRole('heading', { level: 1 }), /Penyusunan rencana kegiatan air bersih/);
    const plan = await exportPdf('rencana.pdf');
    const words = pdfText(plan).replace(/\s+/g, ' ');
    for (const word of ['Membentuk', 'Supriadi', 'Pamsimas', 'Swadaya', 'Tim pelaksana']) expect(words).toContain(word);
    expect(pdfImageCount(plan)).toBe(0);
    pdfPagesToPng(plan, path.join(testResultsDir, '08-sample-plan-report'), 6);

    await page.getByRole('button', { name: 'Kembali' }).click();
    await page
      .getByRole('button', { name: /Pemetaan potensi desa/ })
      .first()
      .click();
    const map = await exportPdf('peta.pdf');
    expect(pdfText(map)).toContain('Mata air Cibeureum');
    // The photo of the paper map is the one raster: the markers over it stay vector.
    expect(pdfImageCount(map)).toBe(1);
    pdfPagesToPng(map, path.join(testResultsDir, '09-sample-map-report'), 4);
  });

  it('deletes a diagram from the session after asking', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Kembali' }).click();
    await page
      .getByRole('button', { name: /FGD pemetaan kelembagaan/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Hapus: Yang kita inginkan (sesudah)' }).click();
    await textOf(page.getByRole('dialog'), /Hapus latihan "Yang kita inginkan \(sesudah\)"\?/);
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus', exact: true }).click();
    await countOf(page.locator('.exercise-list li'), 1);
    const session = (await app.backend.handlers['community.current']({}))!.sessions.find(
      (s) => s.title === 'FGD pemetaan kelembagaan',
    )!;
    expect(session.exerciseCount).toBe(1);
  });
});
