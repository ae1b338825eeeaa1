import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationDocument } from '#shared/exercises/evaluation/schema.js';
import type { SuccessesDocument } from '#shared/exercises/successes/schema.js';
import { vennWanted } from '../../electron/core/sample/sampleDocuments.js';
import { usgAfter } from '../../electron/core/sample/sampleEvaluation.js';
import { openSampleSession, sampleBefore, startApp, type AppHarness } from '../support/appHarness.js';
import { axeViolations } from '../support/axe.js';
import { tempDir, testResultsDir } from '../support/paths.js';
import { pdfImageCount, pdfPagesToPng, pdfText } from '../support/pdf.js';
import { textOf, visible } from '../support/waits.js';

const questions = [
  'Apakah program menjawab masalah yang kita pilih?',
  'Apakah program memenuhi kebutuhan warga?',
  'Apakah kegiatan berjalan sesuai cara yang kita sepakati?',
  'Apakah kegiatan berjalan tanpa hambatan berarti? (Alasan: apa hambatannya)',
];

/**
 * The end of the programme in the sample village, on the projector at 1024x768: the group
 * marks a success with a photo as evidence and who made it happen, three groups answer the
 * evaluation apart, everyone sees the answers side by side and the village's own before
 * and after, and the facilitator prints the session.
 */
describe('successes and the participatory evaluation on the projector', () => {
  let app: AppHarness;
  let sessionId = '';
  const bodyOf = async <T>(type: 'successes' | 'evaluation'): Promise<T> => {
    const session = await app.backend.handlers['session.get']({ id: sessionId });
    const ex = session.exercises.find((e) => e.type === type)!;
    return (await app.backend.handlers['exercise.get']({ id: ex.id })).body as T;
  };

  beforeAll(async () => {
    app = await startApp();
    await openSampleSession(app);
    await sampleBefore(app, ['indicators', 'monitoring', 'successes', 'evaluation']);
    // The evaluation meeting: the institutions drawn again and the problems scored again
    // (made here through the backend; the evaluation gathers them).
    const session = await app.backend.handlers['session.create']({
      title: 'Evaluasi akhir program air bersih',
      date: '2026-11-12',
      place: 'Balai Desa Sukamaju',
      facilitators: 'Rina Marlina',
      kind: 'evaluation',
      phase: 'development',
      step: 'evaluation',
      agenda: 'Evaluasi per kelompok; menggambar ulang kelembagaan; menilai ulang masalah',
      notes: '',
      agreements: [],
    });
    sessionId = session.id;
    await app.backend.handlers['participant.add']({
      sessionId,
      fields: { name: 'Dedi Supriadi', gender: 'male', ageGroup: 'adult', group: 'Kelompok Tani' },
    });
    for (const [type, title, body] of [
      ['venn', 'Kelembagaan setelah program', vennWanted()],
      ['matrix', 'Prioritas masalah desa setelah program (USG)', usgAfter()],
    ] as const) {
      const ex = await app.backend.handlers['exercise.create']({ sessionId, type, title });
      await app.backend.handlers['exercise.save']({ id: ex.id, baseVersion: 1, body });
    }
    await app.page
      .getByRole('button', { name: 'Kembali' })
      .first()
      .click()
      .catch(() => undefined);
    await app.page.getByText('Evaluasi akhir program air bersih').first().click();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('marks a success reached with its date, evidence, a photo and who made it happen; a date to come is refused', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: 'Papan keberhasilan baru' }).click();
    await visible(page.getByRole('heading', { name: 'Penemukenalan keberhasilan' }).first());
    const entry = page.getByLabel('Tonggak baru, lalu Enter');
    await entry.fill('Air mengalir ke 40 rumah di RW 02');
    await entry.press('Enter');
    await entry.fill('15 RT punya tandon air hujan');
    await entry.press('Enter');
    await expect.poll(async () => (await bodyOf<SuccessesDocument>('successes')).successes.length).toBe(2);

    await page.getByRole('button', { name: /Pilih tonggak 1/ }).click();
    const editor = page.getByRole('region', { name: 'Rincian tonggak 1' });
    await visible(editor);
    // A day that has not come yet: refused in words, nothing stored.
    await editor.getByLabel('Tanggal tercapai').fill('2099-01-05');
    await textOf(page.getByRole('alert').first(), 'Tanggal itu belum terjadi. Keberhasilan dicatat setelah tercapai.');
    expect((await bodyOf<SuccessesDocument>('successes')).successes[0]!.achievedOn).toBe('');
    await editor.getByLabel('Tanggal tercapai').fill('2026-08-10');
    await expect
      .poll(async () => (await bodyOf<SuccessesDocument>('successes')).successes[0]!.achievedOn)
      .toBe('2026-08-10');

    await editor.getByLabel('Bukti').fill('Dicek bersama Ketua RW 02 dari rumah ke rumah');
    await editor.getByLabel('Bukti').blur();
    // A file that is not an image: refused in words, nothing kept.
    const notImage = path.join(tempDir('evidence'), 'foto.jpg');
    fs.writeFileSync(notImage, 'bukan gambar');
    app.host.imagePaths.push(notImage);
    await editor.getByRole('button', { name: 'Tambah foto bukti' }).click();
    await textOf(page.getByRole('alert').first(), 'Berkas "foto.jpg" bukan gambar JPEG, PNG atau WebP.');
    expect((await bodyOf<SuccessesDocument>('successes')).successes[0]!.photoId).toBeNull();
    const photo = path.join(tempDir('evidence'), 'air-mengalir.jpg');
    fs.writeFileSync(photo, await jpegOf(app, 1600, 1200));
    app.host.imagePaths.push(photo);
    await editor.getByRole('button', { name: 'Tambah foto bukti' }).click();
    await expect
      .poll(async () => (await bodyOf<SuccessesDocument>('successes')).successes[0]!.photoId, { timeout: 20_000 })
      .not.toBeNull();
    await visible(editor.getByTestId('evidence-photo'));

    await editor
      .getByRole('group', { name: 'Saran: orang dari daftar hadir' })
      .getByRole('button', { name: '+ Dedi Supriadi' })
      .click();
    await editor.getByLabel('Nama orang atau lembaga').fill('PDAM Tirta Sukapura');
    await editor.getByRole('button', { name: 'Tambah lembaga' }).click();
    await expect
      .poll(async () => (await bodyOf<SuccessesDocument>('successes')).successes[0]!.contributors.map((c) => c.name))
      .toEqual(['Dedi Supriadi', 'PDAM Tirta Sukapura']);
    const first = (await bodyOf<SuccessesDocument>('successes')).successes[0]!;
    expect(first.evidence).toBe('Dicek bersama Ketua RW 02 dari rumah ke rumah');
    expect(first.contributors[0]!.participantId).not.toBeNull();
    await app.screenshot('evaluation-10-success-editor');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Papan keberhasilan' }).click();
    await visible(page.getByTestId('success-board'));
    await visible(page.getByText('1 dari 2 tonggak tercapai').first());
    await app.screenshot('evaluation-20-success-board');
  });

  it('runs the evaluation with three groups, one renamed, each answering with reasons; results side by side', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Kembali' }).first().click();
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: 'Evaluasi partisipatif baru' }).click();
    await visible(page.getByRole('heading', { name: 'Evaluasi partisipatif' }).first());

    // The village calls its youth group by its own name.
    await page.getByLabel('Nama kelompok 3').fill('Karang Taruna');
    await page.getByLabel('Nama kelompok 3').press('Enter');
    await expect
      .poll(async () => (await bodyOf<EvaluationDocument>('evaluation')).groups[2]!.name)
      .toBe('Karang Taruna');

    const answers: Record<string, [string, string][]> = {
      Perempuan: [
        ['Ya', 'Tidak perlu lagi mengangkut air dari RT 03'],
        ['Sebagian', 'RW 04 dan RW 05 masih menunggu pipa'],
        ['Ya', 'Iuran sesuai musyawarah'],
        ['Belum', 'Pipa bocor dua kali'],
      ],
      'Laki-laki': [
        ['Ya', 'Mata air terlindungi'],
        ['Sebagian', 'Sawah di hilir tetap kering'],
        ['Sebagian', 'Pembelian pipa tidak diumumkan'],
        ['Sebagian', 'Bentrok dengan musim tanam'],
      ],
      'Karang Taruna': [
        ['Sebagian', 'Baru satu RW yang mengalir'],
        ['Sebagian', 'Pemuda belum dilatih merawat pipa'],
        ['Belum', 'Pemuda jarang diundang rapat'],
        ['Sebagian', 'Bahan tandon terlambat'],
      ],
    };
    for (const [group, list] of Object.entries(answers)) {
      await page
        .getByRole('radiogroup', { name: 'Kelompok yang menjawab' })
        .getByRole('radio', { name: group })
        .click();
      for (const [i, [score, reason]] of list.entries()) {
        const scale = page.getByRole('radiogroup', { name: `Jawaban ${group}: ${questions[i]}` });
        if (group === 'Laki-laki') {
          // Keyboard first: in the scale, 1, 2 or 3 answers.
          await scale.getByRole('radio').first().focus();
          await page.keyboard.press(String(['Belum', 'Sebagian', 'Ya'].indexOf(score) + 1));
        } else await scale.getByRole('radio', { name: score }).click();
        const field = page.getByRole('textbox', { name: `Alasan ${group}: ${questions[i]}` });
        await field.fill(reason);
        await field.blur();
      }
    }
    await expect
      .poll(async () => {
        const doc = await bodyOf<EvaluationDocument>('evaluation');
        return doc.groups.map((g) => doc.questions.map((q) => doc.answers[g.id]?.[q.id]?.score ?? null));
      })
      .toEqual([
        [3, 2, 3, 1],
        [3, 2, 2, 2],
        [2, 2, 1, 2],
      ]);
    await app.screenshot('evaluation-30-answers');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Hasil berdampingan' }).click();
    await visible(page.getByTestId('evaluation-chart'));
    const table = page.getByTestId('evaluation-side-by-side');
    await textOf(table.locator('thead'), 'PertanyaanPerempuanLaki-lakiKarang TarunaBersama');
    await visible(table.getByText('Belum: Pemuda jarang diundang rapat'));
    await visible(table.getByText('kelompok berbeda pendapat').first());
    await app.screenshot('evaluation-40-side-by-side');
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows the village's own before and after: first vs latest Venn, the problems scored again", async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Sebelum dan sesudah' }).click();
    const section = page.getByTestId('before-after');
    await visible(section.getByRole('heading', { name: 'Diagram Venn: yang pertama dan yang terbaru' }));
    await visible(
      section.getByText(/Kondisi sekarang \(sebelum\) \(12 Mar 2026\) dibandingkan dengan Kelembagaan setelah program/),
    );
    const usg = section.getByRole('table', {
      name: 'Peringkat yang diulang: Prioritas masalah desa setelah program (USG)',
    });
    await visible(usg.getByRole('row', { name: /Air bersih kurang di musim kemarau .* turun \d/ }));
    // What was gathered is kept in the evaluation, so the PDF prints it.
    await expect
      .poll(async () => (await bodyOf<EvaluationDocument>('evaluation')).beforeAfter?.venn?.after.title)
      .toBe('Kelembagaan setelah program');
    await app.screenshot('evaluation-50-before-after');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('prints the session: success board and evidence photo, answers by group, before/after; charts stay vector', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Kembali' }).first().click();
    const pdf = path.join(tempDir('evaluation-pdf'), 'evaluasi.pdf');
    app.host.savePaths.push(pdf);
    await page.getByRole('button', { name: 'Ekspor PDF' }).click();
    await visible(page.getByText(/PDF disimpan/), 30_000);
    const text = pdfText(pdf, { raw: true }).replace(/\s+/g, ' ');
    for (const expected of [
      'Penemukenalan keberhasilan',
      '1 dari 2 tonggak tercapai',
      'Air mengalir ke 40 rumah di RW 02',
      'Tercapai 10 Agu 2026',
      'Dicek bersama Ketua RW 02 dari rumah ke rumah',
      'Dedi Supriadi, PDAM Tirta Sukapura',
      'Evaluasi partisipatif',
      'Perempuan: Ya',
      'Karang Taruna: Belum',
      'Sebagian: RW 04 dan RW 05 masih menunggu pipa',
      'Sebelum dan sesudah',
      'Air bersih kurang di musim kemarau',
    ])
      expect(text).toContain(expected);
    // The evidence photo is the only raster: the board, the chart and the diagrams are vector.
    expect(pdfImageCount(pdf)).toBe(1);
    pdfPagesToPng(pdf, path.join(testResultsDir, 'evaluation-60-pdf'), 12);
  });
});

/** A JPEG "photo" drawn by Chromium: a water tap over a basin. */
async function jpegOf(app: AppHarness, width: number, height: number): Promise<Buffer> {
  const page = await app.browser.newPage();
  try {
    const data = await page.evaluate(
      ([w, h]) => {
        const canvas = document.createElement('canvas');
        canvas.width = w!;
        canvas.height = h!;
        const c = canvas.getContext('2d')!;
        c.fillStyle = '#dbeafe';
        c.fillRect(0, 0, w!, h!);
        c.fillStyle = '#6b7280';
        c.fillRect(w! * 0.3, h! * 0.6, w! * 0.4, h! * 0.3);
        c.strokeStyle = '#1d4ed8';
        c.lineWidth = 30;
        c.beginPath();
        c.moveTo(w! * 0.5, h! * 0.1);
        c.lineTo(w! * 0.5, h! * 0.6);
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
