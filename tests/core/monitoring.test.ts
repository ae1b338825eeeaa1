import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActionPlanDocument } from '#shared/exercises/actionPlan/schema.js';
import { communityMonitoring } from '#shared/exercises/monitoring/progress.js';
import type { MonitoringDocument } from '#shared/exercises/monitoring/schema.js';
import { repoRoot, testResultsDir } from '../support/paths.js';
import { pdfImageCount, pdfPagesToPng, pdfText } from '../support/pdf.js';
import { sampleCommunityBackend } from '../support/sampleBackend.js';

/**
 * The sample village's monitoring read back through the real backend: four indicators from
 * its action plan, two monitoring sessions, the tanks stuck for want of cement; the session
 * PDF with the overview and the charts as vectors; an activity deleted from the plan; a
 * measurement's photo kept in the file and printed.
 */
describe('monitoring across the community', () => {
  const { call, send, host, dir, sessionNamed } = sampleCommunityBackend();
  const gathered = async (title: string) => {
    const session = await sessionNamed(title);
    const sources = await call('monitoring.sources', { sessionId: session.id });
    return { session, sources, monitoring: communityMonitoring(sources.exercises, sources.sessionDate) };
  };

  it('gathers the indicators and both sessions as of October: on track, behind, reached, the tanks stuck', async () => {
    const { sources, monitoring } = await gathered('Pemantauan bulan Oktober');
    expect(sources.sessionDate).toBe('2026-10-22');
    expect(monitoring.indicators.map((i) => [i.indicator.name, i.progress.status, i.progress.latest?.value])).toEqual([
      ['Rumah di RW 01, 02 dan 03 yang mendapat air pipa', 'on_track', 85],
      ['RT punya tandon air hujan', 'behind', 4],
      ['Perempuan dalam pengurus kelompok pengelola air', 'reached', 2],
      ['Keluarga yang masih berjalan lebih dari 15 menit untuk mengambil air', 'on_track', 180],
    ]);
    expect(monitoring.stuck).toHaveLength(1);
    expect(monitoring.stuck[0]).toMatchObject({
      label: 'Membangun tiga tandon dan keran umum',
      date: '2026-10-22',
    });
    expect(monitoring.stuck[0]!.obstacle).toContain('dana desa tahap II belum cair');
    // Activities keep the plan's order; the pipe is still under way, the committee done since July.
    expect(monitoring.activities.slice(0, 4).map((a) => a.status)).toEqual(['done', 'done', 'under_way', 'stuck']);
  });

  it('looks from its own day: the July session does not see what October measured', async () => {
    const { sources, monitoring } = await gathered('Pemantauan bulan Juli');
    expect(sources.exercises.map((e) => e.title)).not.toContain('Pemantauan Oktober 2026');
    const pipe = monitoring.indicators.find((i) => i.indicator.id === 'ind-pipa')!;
    expect(pipe.progress.latest?.value).toBe(0);
    expect(monitoring.stuck).toEqual([]);
  });

  it('prints the October session: the overview and each chart as vectors, the values, statuses and the obstacle', async () => {
    const { session } = await gathered('Pemantauan bulan Oktober');
    const report = path.join(dir, 'pemantauan.pdf');
    host.savePaths.push(report);
    await call('report.exportSessionPdf', { sessionId: session.id, language: 'id' });
    const text = pdfText(report, { raw: true }).replace(/\s+/g, ' ');
    for (const expected of [
      'Pemantauan: Pemantauan Oktober 2026',
      'Ringkasan untuk dinding',
      'RT punya tandon air hujan',
      'Tertinggal: 4 RT, 8% dari jalan',
      'Tercapai: 2 orang, 100% dari jalan',
      'Sesuai jadwal: 85 rumah, 71% dari jalan',
      'Macet',
      'Semen 40 sak bantuan desa belum datang',
      'Batas waktu: 31 Jan 2027',
      'Satu tandon baru di RT 07',
    ])
      expect(text).toContain(expected);
    expect(pdfImageCount(report)).toBe(0);
    pdfPagesToPng(report, path.join(testResultsDir, 'monitoring-core-session'), 3);
  });

  it('exports the indicator-progress poster: overview, stuck activity and one chart per indicator, all vector', async () => {
    const { session } = await gathered('Pemantauan bulan Oktober');
    const monitoring = session.exercises.find((e) => e.type === 'monitoring')!;
    const poster = path.join(dir, 'poster-pemantauan.pdf');
    host.savePaths.push(poster);
    expect(await call('report.exportPoster', { exerciseId: monitoring.id, size: 'A3', language: 'id' })).toEqual({
      path: poster,
      fileName: 'poster-pemantauan.pdf',
    });
    const text = pdfText(poster, { raw: true }).replace(/\s+/g, ' ');
    for (const expected of [
      'Pemantauan Oktober 2026',
      'Ringkasan untuk dinding',
      'Tertinggal: 4 RT, 8% dari jalan',
      'Kegiatan macet',
      'Membangun tiga tandon dan keran umum',
      'Dari 3 RT (28 Mei 2026) menjadi 15 RT paling lambat 31 Jan 2027',
    ])
      expect(text).toContain(expected);
    // The July poster shows July: what October measured is not on it.
    const july = (await gathered('Pemantauan bulan Juli')).session.exercises.find((e) => e.type === 'monitoring')!;
    const julyPoster = path.join(dir, 'poster-juli.pdf');
    host.savePaths.push(julyPoster);
    await call('report.exportPoster', { exerciseId: july.id, size: 'A4', language: 'id' });
    expect(pdfText(julyPoster, { raw: true }).replace(/\s+/g, ' ')).not.toContain('85 rumah');
    expect(pdfImageCount(poster)).toBe(0);
    pdfPagesToPng(poster, path.join(testResultsDir, 'monitoring-core-poster'), 2);
  });

  it('prints the indicators session with baseline, target, due date and what each watches', async () => {
    const { session } = await gathered('Menyusun indikator keberhasilan air bersih');
    const report = path.join(dir, 'indikator.pdf');
    host.savePaths.push(report);
    await call('report.exportSessionPdf', { sessionId: session.id, language: 'id' });
    const text = pdfText(report, { raw: true }).replace(/\s+/g, ' ');
    for (const expected of ['Indikator: Indikator program air bersih', '310 KK', 'Kegiatan: Memasang pipa 1,2 km'])
      expect(text).toContain(expected);
  });

  it('names an indicator whose activity was deleted from the plan, and keeps its status and measurements', async () => {
    const planning = await sessionNamed('Penyusunan rencana kegiatan air bersih');
    const planSummary = planning.exercises.find((e) => e.type === 'actionPlan')!;
    const plan = await call('exercise.get', { id: planSummary.id });
    const body = plan.body as ActionPlanDocument;
    await call('exercise.save', {
      id: plan.id,
      baseVersion: plan.version,
      body: { ...body, activities: body.activities.filter((a) => a.id !== 'a4') },
    });
    const { monitoring } = await gathered('Pemantauan bulan Oktober');
    const tanks = monitoring.indicators.find((i) => i.indicator.id === 'ind-tandon')!;
    expect(tanks.linkMissing).toBe(true);
    expect(tanks.measurements.map((m) => m.value)).toEqual([3, 4]);
    expect(monitoring.stuck[0]).toMatchObject({ activityId: 'a4', missing: true });
    expect(monitoring.indicators.filter((i) => i.linkMissing)).toHaveLength(1);
    await call('exercise.save', { id: plan.id, baseVersion: plan.version + 1, body });
  });

  it('keeps a measurement photo in the file and prints it; a file that is not a picture is refused', async () => {
    const { session } = await gathered('Pemantauan bulan Oktober');
    const summary = session.exercises.find((e) => e.type === 'monitoring')!;
    const exercise = await call('exercise.get', { id: summary.id });
    const jpeg = fs.readFileSync(path.join(repoRoot, 'electron/core/sample/paper-map.jpg'));
    const { id: photoId } = await call('photo.store', { data: jpeg.toString('base64'), width: 800, height: 600 });
    const body = exercise.body as MonitoringDocument;
    const withPhoto = {
      ...body,
      measurements: body.measurements.map((m, i) => (i === 1 ? { ...m, photoId } : m)),
    };
    await call('exercise.save', { id: exercise.id, baseVersion: exercise.version, body: withPhoto });
    const report = path.join(dir, 'pemantauan-foto.pdf');
    host.savePaths.push(report);
    await call('report.exportSessionPdf', { sessionId: session.id, language: 'id' });
    expect(pdfImageCount(report)).toBe(1);
    // A text file passed off as a photo: refused in the user's words, nothing stored.
    const refused = await send('photo.store', {
      data: Buffer.from('bukan gambar').toString('base64'),
      width: 1,
      height: 1,
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('not_an_image');
    expect((await call('exercise.get', { id: exercise.id })).body).toEqual(withPhoto);
  });
});
