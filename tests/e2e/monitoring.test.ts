import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorsDocument } from '#shared/exercises/indicators/schema.js';
import type { MonitoringDocument } from '#shared/exercises/monitoring/schema.js';
import { openSampleSession, sampleBefore, startApp, type AppHarness } from '../support/appHarness.js';
import { axeViolations } from '../support/axe.js';
import { repoRoot, tempDir, testResultsDir } from '../support/paths.js';
import { pdfImageCount, pdfText } from '../support/pdf.js';
import { textOf, visible } from '../support/waits.js';
import { headCommand } from '../support/exerciseHead.js';

const pipe = 'Memasang pipa 1,2 km ke RW 01, 02 dan 03';
const tanks = 'Membangun tiga tandon dan keran umum';
const committee = 'Membentuk kelompok pengelola air dan aturan iurannya';

/**
 * Development, after the sample's action plan: the team sets four indicators from the
 * plan, records two monitoring sessions (a typo and another unit asked about, a file that
 * is not a picture refused, the tanks stuck with their obstacle) and reads the overview on
 * the wall.
 */
describe('indicators and monitoring on the projector', () => {
  let app: AppHarness;
  const sessions: Record<'indicators' | 'july' | 'october', string> = { indicators: '', july: '', october: '' };
  const work = tempDir('monitoring');
  const bodyOf = async <T>(sessionId: string, type: string): Promise<T> => {
    const session = await app.backend.handlers['session.get']({ id: sessionId });
    const ex = session.exercises.find((e) => e.type === type)!;
    return (await app.backend.handlers['exercise.get']({ id: ex.id })).body as T;
  };
  /** From an exercise page or a session back to the community's list, then into a session. */
  const openSession = async (title: string): Promise<void> => {
    const { page } = app;
    const listed = page.getByText(title, { exact: true }).first();
    const back = page.getByRole('button', { name: 'Kembali' }).first();
    // Back until the session is listed, each step once the view has come: between the
    // exercise's page and the session's, neither shows (the session is read meanwhile).
    for (let i = 0; i < 3; i += 1) {
      await listed.or(back).first().waitFor();
      if (await listed.isVisible()) break;
      const pressed = await back.elementHandle();
      await back.click();
      await pressed?.waitForElementState('hidden');
    }
    await listed.click();
    await page.getByRole('tab', { name: /Latihan/ }).click();
  };
  const session = (title: string, date: string, step: 'success' | 'sustainability') =>
    app.backend.handlers['session.create']({
      title,
      date,
      place: 'Balai Desa Sukamaju',
      facilitators: 'Rina Marlina',
      kind: 'fgd',
      phase: 'development',
      step,
      agenda: '',
      notes: '',
      agreements: [],
    });

  beforeAll(async () => {
    app = await startApp();
    await openSampleSession(app);
    await sampleBefore(app, ['indicators', 'monitoring', 'successes', 'evaluation']);
    sessions.indicators = (await session('Menyusun indikator (uji)', '2026-05-28', 'success')).id;
    sessions.july = (await session('Pemantauan Juli (uji)', '2026-07-30', 'success')).id;
    sessions.october = (await session('Pemantauan Oktober (uji)', '2026-10-22', 'sustainability')).id;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('defines four indicators from the action plan; a due date before the baseline is refused, nothing typed lost', async () => {
    const { page } = app;
    await openSession('Menyusun indikator (uji)');
    await page.getByRole('button', { name: 'Indikator baru' }).click();
    await visible(page.getByRole('heading', { name: 'Indikator', exact: true }));
    const form = page.getByRole('region', { name: 'Indikator baru' });
    const indicators = [
      [`Kegiatan: ${pipe}`, 'Rumah di RW 01, 02 dan 03 yang mendapat air pipa', 'rumah', '0', '120', '2026-12-31'],
      [`Kegiatan: ${tanks}`, 'RT punya tandon air hujan', 'RT', '3', '15', '2027-01-31'],
      [`Kegiatan: ${committee}`, 'Perempuan dalam pengurus kelompok pengelola air', 'orang', '0', '2', '2026-07-31'],
      [null, 'Keluarga yang berjalan lebih dari 15 menit untuk air', 'KK', '310', '60', '2027-06-30'],
    ] as const;
    for (const [i, [link, name, unit, baseline, target, due]] of indicators.entries()) {
      if (link) {
        await form.getByLabel('Memantau').selectOption({ label: link });
        // Choosing an activity offers its "done when" as a first draft of what to count.
        if (i === 0)
          expect(await form.getByLabel('Apa yang dihitung').inputValue()).toContain('Air sampai di ujung pipa');
      } else {
        const goal = await form.getByLabel('Memantau').locator('option', { hasText: 'Tujuan:' }).first().textContent();
        await form.getByLabel('Memantau').selectOption({ label: goal! });
      }
      await form.getByLabel('Apa yang dihitung').fill(name);
      await form.getByLabel('Satuan').fill(unit);
      await form.getByLabel('Nilai awal (angka)').fill(baseline);
      expect(await form.getByLabel('Tanggal nilai awal').inputValue()).toBe('2026-05-28');
      await form.getByLabel('Target (angka)').fill(target);
      if (i === 1) {
        // Bad input: the due date before the baseline's date.
        await form.getByLabel('Batas waktu').fill('2026-01-31');
        await form.getByRole('button', { name: 'Tambah indikator' }).click();
        await textOf(form.getByRole('alert'), /Batas waktu tidak boleh sebelum tanggal nilai awal/);
        expect(await form.getByLabel('Apa yang dihitung').inputValue()).toBe(name);
        expect(await form.getByLabel('Target (angka)').inputValue()).toBe(target);
        await app.screenshot('monitoring-05-due-before-baseline');
      }
      await form.getByLabel('Batas waktu').fill(due);
      await form.getByRole('button', { name: 'Tambah indikator' }).click();
      await visible(page.getByTestId('indicator-list').getByText(name, { exact: true }));
    }
    await textOf(
      page.getByTestId('indicator-list').locator('li').nth(1),
      /Dari 3 RT \(28 Mei 2026\) menjadi 15 RT paling lambat 31 Jan 2027/,
    );
    await app.screenshot('monitoring-10-indicators');
    const saved = await bodyOf<IndicatorsDocument>(sessions.indicators, 'indicators');
    expect(saved.indicators.map((i) => [i.name, i.unit, i.baseline.value, i.target.value, i.target.date])).toEqual(
      indicators.map(([, name, unit, baseline, target, due]) => [name, unit, Number(baseline), Number(target), due]),
    );
    expect(saved.indicators.map((i) => (i.link?.kind === 'activity' ? i.link.label : i.link?.kind))).toEqual([
      pipe,
      tanks,
      committee,
      'objective',
    ]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('records the July session: a typo and another unit asked about, a file that is not a picture refused', async () => {
    const { page } = app;
    await openSession('Pemantauan Juli (uji)');
    await page.getByRole('button', { name: 'Pemantauan baru' }).click();
    const card = (name: string) => page.getByRole('region', { name, exact: true });
    // A typo: 1500 houses where 0 to 120 were expected is asked about; "Perbaiki" keeps the typed value.
    const pipeCard = card('Rumah di RW 01, 02 dan 03 yang mendapat air pipa');
    await pipeCard.getByLabel('Nilai (rumah)').fill('1500');
    await pipeCard.getByLabel('Diukur oleh').fill('Asep Saepudin');
    await pipeCard.getByRole('button', { name: 'Simpan pengukuran' }).click();
    const dialog = page.getByRole('dialog', { name: 'Periksa lagi' });
    await textOf(dialog, /Nilai 1\.500 rumah jauh di luar angka sejauh ini \(0 rumah sampai 120 rumah\)/);
    await app.screenshot('monitoring-15-far-outside');
    await dialog.getByRole('button', { name: 'Perbaiki' }).click();
    expect(await pipeCard.getByLabel('Nilai (rumah)').inputValue()).toBe('1500');
    await pipeCard.getByLabel('Nilai (rumah)').fill('0');
    await pipeCard.getByRole('button', { name: 'Simpan pengukuran' }).click();
    // Another unit: "3 rumah" for an indicator counted in RT.
    const tankCard = card('RT punya tandon air hujan');
    await tankCard.getByLabel('Nilai (RT)').fill('3 rumah');
    await tankCard.getByRole('button', { name: 'Simpan pengukuran' }).click();
    await textOf(dialog, /Satuan indikator ini "RT", tetapi tertulis "rumah"/);
    await dialog.getByRole('button', { name: 'Perbaiki' }).click();
    await tankCard.getByLabel('Nilai (RT)').fill('3');
    // A text file offered as the evidence photo: refused in words, the measurement not lost.
    const notAPicture = path.join(work, 'bukan-foto.jpg');
    fs.writeFileSync(notAPicture, 'ini catatan, bukan foto');
    app.host.imagePaths.push(notAPicture);
    await tankCard.getByRole('button', { name: 'Tambah foto bukti' }).click();
    await visible(page.getByText('Berkas "bukan-foto.jpg" bukan gambar JPEG, PNG atau WebP.').first());
    expect(await tankCard.getByLabel('Nilai (RT)').inputValue()).toBe('3');
    app.host.imagePaths.push(path.join(repoRoot, 'electron/core/sample/paper-map.jpg'));
    await tankCard.getByRole('button', { name: 'Tambah foto bukti' }).click();
    await visible(tankCard.getByText('Foto terlampir'));
    await tankCard.getByRole('button', { name: 'Simpan pengukuran' }).click();
    const committeeCard = card('Perempuan dalam pengurus kelompok pengelola air');
    await committeeCard.getByLabel('Nilai (orang)').fill('2');
    await committeeCard.getByLabel('Tanggal ukur').fill('2026-07-09');
    await committeeCard.getByRole('button', { name: 'Simpan pengukuran' }).click();
    const walkCard = card('Keluarga yang berjalan lebih dari 15 menit untuk air');
    await walkCard.getByLabel('Nilai (KK)').fill('290');
    await walkCard.getByRole('button', { name: 'Simpan pengukuran' }).click();
    await textOf(committeeCard, /Tercapai: 2 orang, 100% dari jalan/);

    await page.getByRole('tab', { name: 'Status kegiatan' }).click();
    await page.getByLabel(`Status kegiatan ${committee}`).selectOption('done');
    await page.getByLabel(`Status kegiatan ${pipe}`).selectOption('under_way');
    await app.screenshot('monitoring-20-july-activities');
    const july = await bodyOf<MonitoringDocument>(sessions.july, 'monitoring');
    expect(july.measurements.map((m) => [m.value, m.date, m.photoId !== null])).toEqual([
      [0, '2026-07-30', false],
      [3, '2026-07-30', true],
      [2, '2026-07-09', false],
      [290, '2026-07-30', false],
    ]);
    expect(july.measurements[0]!.measuredBy).toBe('Asep Saepudin');
    expect(july.statuses.map((s) => [s.label, s.status])).toEqual([
      [committee, 'done'],
      [pipe, 'under_way'],
    ]);
  });

  it('records October with the tanks stuck and their obstacle, and shows the overview on the wall', async () => {
    const { page } = app;
    await openSession('Pemantauan Oktober (uji)');
    await page.getByRole('button', { name: 'Pemantauan baru' }).click();
    const card = (name: string) => page.getByRole('region', { name, exact: true });
    // The July values are there to compare with.
    await textOf(card('RT punya tandon air hujan'), /Terakhir: 3 RT \(30 Jul 2026\)/);
    for (const [name, unit, value] of [
      ['Rumah di RW 01, 02 dan 03 yang mendapat air pipa', 'rumah', '85'],
      ['RT punya tandon air hujan', 'RT', '4'],
      ['Keluarga yang berjalan lebih dari 15 menit untuk air', 'KK', '180'],
    ] as const) {
      await card(name).getByLabel(`Nilai (${unit})`).fill(value);
      await card(name).getByRole('button', { name: 'Simpan pengukuran' }).click();
    }
    await app.screenshot('monitoring-30-october-measure');
    await page.getByRole('tab', { name: 'Status kegiatan' }).click();
    // The committee stays done from July; the tanks get stuck.
    expect(await page.getByLabel(`Status kegiatan ${committee}`).inputValue()).toBe('done');
    await page.getByLabel(`Status kegiatan ${tanks}`).selectOption('stuck');
    await visible(page.getByText('Tulis kendalanya, supaya bisa dibahas bersama.'));
    const obstacle = 'Semen bantuan desa belum datang; dana desa tahap II belum cair';
    await page.getByLabel(`Kendala: ${tanks}`).fill(obstacle);
    await page.getByLabel(`Kendala: ${tanks}`).press('Enter');
    await expect
      .poll(async () => (await bodyOf<MonitoringDocument>(sessions.october, 'monitoring')).statuses)
      .toEqual([{ planExerciseId: expect.any(String), activityId: 'a4', label: tanks, status: 'stuck', obstacle }]);
    await app.screenshot('monitoring-40-october-stuck');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Ringkasan dinding' }).click();
    const overview = page.getByRole('application', { name: 'Ringkasan semua indikator' });
    await visible(overview.locator('canvas'));
    const statuses = page.getByTestId('overview-statuses');
    await textOf(statuses, /Rumah di RW 01, 02 dan 03 yang mendapat air pipa: Sesuai jadwal: 85 rumah, 71% dari jalan/);
    await textOf(statuses, /RT punya tandon air hujan: Tertinggal: 4 RT, 8% dari jalan/);
    await textOf(statuses, /Perempuan dalam pengurus kelompok pengelola air: Tercapai: 2 orang, 100% dari jalan/);
    await textOf(page.getByTestId('stuck-activities'), `${tanks} — ${obstacle}`);
    await app.screenshot('monitoring-50-overview');
    await page.getByLabel('Grafik indikator').selectOption({ label: 'RT punya tandon air hujan' });
    const chart = page.getByRole('application', { name: 'Perkembangan: RT punya tandon air hujan' });
    await visible(chart.locator('canvas'));
    await chart.scrollIntoViewIfNeeded();
    await app.screenshot('monitoring-60-progress-chart');
    expect(await axeViolations(page)).toEqual([]);

    // The indicator-progress poster for the notice board, from the exercise's head.
    await headCommand(page, 'Poster');
    const dialog = page.getByRole('dialog', { name: 'Poster untuk papan informasi' });
    const poster = path.join(work, 'poster-pemantauan.pdf');
    app.host.savePaths.push(poster);
    await dialog.getByRole('button', { name: 'Poster A4' }).click();
    await visible(page.getByText(/Poster disimpan: .*poster-pemantauan\.pdf/), 20_000);
    const posterText = pdfText(poster, { raw: true }).replace(/\s+/g, ' ');
    expect(posterText).toContain('Tertinggal: 4 RT, 8% dari jalan');
    expect(posterText).toContain(obstacle);
    expect(pdfImageCount(poster)).toBe(0);
    // The session PDF: the overview, the measurements, the activities with the obstacle.
    const report = path.join(work, 'pemantauan-oktober.pdf');
    app.host.savePaths.push(report);
    await headCommand(page, 'Ekspor PDF');
    await expect.poll(() => fs.existsSync(report), { timeout: 20_000 }).toBe(true);
    const reportText = pdfText(report, { raw: true }).replace(/\s+/g, ' ');
    for (const expected of ['Ringkasan untuk dinding', 'Sesuai jadwal: 85 rumah, 71% dari jalan', 'Macet', obstacle])
      expect(reportText).toContain(expected);
    expect(pdfImageCount(report)).toBe(0);
    fs.copyFileSync(poster, path.join(testResultsDir, 'monitoring-e2e-poster.pdf'));
  });

  it('names an indicator whose activity was deleted from the plan, and keeps it', async () => {
    const { page } = app;
    const community = (await app.backend.handlers['community.current']({}))!;
    const planning = community.sessions.find((s) => s.title === 'Penyusunan rencana kegiatan air bersih')!;
    const planSummary = (await app.backend.handlers['session.get']({ id: planning.id })).exercises.find(
      (e) => e.type === 'actionPlan',
    )!;
    const plan = await app.backend.handlers['exercise.get']({ id: planSummary.id });
    const body = plan.body as { activities: { id: string; what: string }[] };
    await app.backend.handlers['exercise.save']({
      id: plan.id,
      baseVersion: plan.version,
      body: { ...body, activities: body.activities.filter((a) => a.what !== tanks) },
    });
    await openSession('Menyusun indikator (uji)');
    // The exercise made in the first test (not the "Indikator baru" button).
    await page
      .locator('.exercise-list li > button:first-child')
      .filter({ hasText: /^Indikator/ })
      .first()
      .click();
    const list = page.getByTestId('indicator-list');
    await textOf(
      list.getByRole('note'),
      `Kegiatan "${tanks}" sudah dihapus dari rencana kegiatan. Indikator ini tetap disimpan; pilih kegiatan lain bila perlu.`,
    );
    await visible(list.getByText('RT punya tandon air hujan', { exact: true }));
    await app.screenshot('monitoring-70-activity-deleted');
    expect((await bodyOf<IndicatorsDocument>(sessions.indicators, 'indicators')).indicators).toHaveLength(4);
  });
});
