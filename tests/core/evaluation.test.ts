import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvaluationDocument } from '#shared/exercises/evaluation/schema.js';
import type { SuccessesDocument } from '#shared/exercises/successes/schema.js';
import { emptyVennDocument } from '#shared/exercises/venn/schema.js';
import { testResultsDir } from '../support/paths.js';
import { pdfImageCount, pdfPagesToPng, pdfText } from '../support/pdf.js';
import { sampleCommunityBackend } from '../support/sampleBackend.js';

/**
 * The sample's end of Development, through the real backend on a real file: the success
 * board and the group evaluation, the before/after gathered from the whole community up to
 * the evaluation's day, and both printed in their sessions' PDFs (values as text, charts
 * as vector).
 */
describe('successes and the participatory evaluation, in the sample community', () => {
  const { call, send, host, dir, sessionNamed } = sampleCommunityBackend();
  const exerciseOf = async (title: string, type: 'successes' | 'evaluation') => {
    const session = await sessionNamed(title);
    const summary = session.exercises.find((e) => e.type === type)!;
    return { session, exercise: await call('exercise.get', { id: summary.id }) };
  };

  it('gathers the before/after from every session up to the evaluation: first vs latest Venn, the USG re-scored', async () => {
    const { exercise } = await exerciseOf('Evaluasi partisipatif program air bersih', 'evaluation');
    const gathered = await call('evaluation.sources', { exerciseId: exercise.id });
    expect(gathered.gatheredOn).toBe('2026-11-12');
    expect(gathered.venn!.before.title).toBe('Kondisi sekarang (sebelum)');
    expect(gathered.venn!.after.title).toBe('Kelembagaan setelah program');
    expect(gathered.venn!.rows.some((r) => r.status === 'added')).toBe(true);
    // One potential map only: no pentagon to compare yet, and it says nothing false.
    expect(gathered.pentagon).toBeNull();
    const usg = gathered.rankings.find((r) => r.after.title === 'Prioritas masalah desa setelah program (USG)')!;
    expect(usg.before.title).toBe('Prioritas masalah desa (USG)');
    const water = usg.rows.find((r) => r.name === 'Air bersih kurang di musim kemarau')!;
    expect(water.moved).toBeLessThan(0);
    // The four indicators of the monitoring sessions, judged on the evaluation's day.
    expect(gathered.indicators).toHaveLength(4);
    expect(gathered.indicators.every((i) => i.latest !== null)).toBe(true);
    // The sample keeps what the view would gather, so its PDF prints it without opening the view.
    expect((exercise.body as EvaluationDocument).beforeAfter).toEqual(gathered);
  });

  it('looks back from its own day: a later session does not change what the evaluation compares', async () => {
    const { exercise } = await exerciseOf('Evaluasi partisipatif program air bersih', 'evaluation');
    const before = await call('evaluation.sources', { exerciseId: exercise.id });
    const later = await call('session.create', {
      title: 'Pertemuan tahun depan',
      date: '2027-02-04',
      place: 'Balai Desa Sukamaju',
      facilitators: 'Rina Marlina',
      kind: 'fgd',
      phase: 'development',
      step: 'sustainability',
      agenda: '',
      notes: '',
      agreements: [],
    });
    const venn = await call('exercise.create', { sessionId: later.id, type: 'venn', title: 'Venn 2027' });
    await call('exercise.save', { id: venn.id, baseVersion: 1, body: emptyVennDocument() });
    expect(await call('evaluation.sources', { exerciseId: exercise.id })).toEqual(before);
    // Asked for an exercise that is not an evaluation: refused as not found, nothing written.
    const refused = await send('evaluation.sources', { exerciseId: venn.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('not_found');
    await call('session.delete', { id: later.id });
  });

  it('prints the evaluation: chart as vector, answers and reasons by group, the before/after tables', async () => {
    const { session } = await exerciseOf('Evaluasi partisipatif program air bersih', 'evaluation');
    const report = path.join(dir, 'evaluasi.pdf');
    host.savePaths.push(report);
    await call('report.exportSessionPdf', { sessionId: session.id, language: 'id' });
    const text = pdfText(report, { raw: true }).replace(/\s+/g, ' ');
    for (const expected of [
      'Evaluasi partisipatif: Evaluasi akhir program air bersih',
      'Apakah program menjawab masalah yang kita pilih?',
      'Perempuan: Ya',
      'Pemuda: Sebagian',
      'Sebagian: RW 04 dan RW 05 masih menunggu pipa',
      'Belum: Pemuda jarang diundang rapat pengelola air',
      'kelompok berbeda pendapat',
      'Sebelum dan sesudah',
      'Diagram Venn: yang pertama dan yang terbaru',
      'Kondisi sekarang (sebelum) (12 Mar 2026) dibandingkan dengan Kelembagaan setelah program (12 Nov 2026)',
      'Peringkat yang diulang',
      'Air bersih kurang di musim kemarau',
      'Kemajuan indikator',
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/Air bersih kurang di musim kemarau (I|II|III|IV|V)=? (I|II|III|IV|V)=? turun \d/);
    // The chart and the Venn diagrams are vector: not a single raster in the report.
    expect(pdfImageCount(report)).toBe(0);
    pdfPagesToPng(report, path.join(testResultsDir, 'evaluation-core-session'), 4);
  });

  it('prints the success board with its milestones, dates and who made them happen', async () => {
    const { session, exercise } = await exerciseOf('Syukuran air mengalir di RW 02', 'successes');
    const board = exercise.body as SuccessesDocument;
    // People named on the board are the attendance list's, by id.
    const dedi = board.successes[0]!.contributors.find((c) => c.name === 'Dedi Supriadi')!;
    expect(session.participants.map((p) => p.id)).toContain(dedi.participantId);
    const report = path.join(dir, 'keberhasilan.pdf');
    host.savePaths.push(report);
    await call('report.exportSessionPdf', { sessionId: session.id, language: 'id' });
    const text = pdfText(report, { raw: true }).replace(/\s+/g, ' ');
    for (const expected of [
      'Penemukenalan keberhasilan: Papan keberhasilan air bersih',
      '2 dari 3 tonggak tercapai',
      'Air mengalir ke 40 rumah di RW 02',
      'Tercapai 10 Agu 2026',
      'Belum tercapai',
      'Dicek bersama Ketua RW 02 dari rumah ke rumah',
      'Kelompok Tani Subur Makmur',
    ])
      expect(text).toContain(expected);
    expect(pdfImageCount(report)).toBe(0);
    pdfPagesToPng(report, path.join(testResultsDir, 'successes-core-session'), 2);
  });
  it('puts the success board on an A4 poster: reached milestones only, values as text, vector', async () => {
    const { exercise } = await exerciseOf('Syukuran air mengalir di RW 02', 'successes');
    const poster = path.join(dir, 'poster-keberhasilan.pdf');
    host.savePaths.push(poster);
    await call('report.exportPoster', { exerciseId: exercise.id, size: 'A4', language: 'id' });
    const text = pdfText(poster, { raw: true }).replace(/\s+/g, ' ');
    for (const expected of [
      'Desa Sukamaju',
      'Papan keberhasilan',
      '2 dari 3 tonggak tercapai',
      'Bak penampung mata air Cibeureum',
      'Air mengalir ke 40 rumah di RW 02',
      'Tercapai 18 Jul 2026',
    ])
      expect(text).toContain(expected);
    // Not reached yet: on the wall, not on the notice board.
    expect(text).not.toContain('15 RT punya tandon air hujan');
    expect(pdfImageCount(poster)).toBe(0);
    pdfPagesToPng(poster, path.join(testResultsDir, 'successes-core-poster'), 1);
  });
});
