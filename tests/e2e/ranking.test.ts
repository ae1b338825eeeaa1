import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixDocument, PairwiseDocument, VoteDocument } from '#shared/exercises/ranking/schema.js';
import { openSampleSession, startApp, type AppHarness } from '../support/appHarness.js';
import { tempDir, testResultsDir } from '../support/paths.js';
import { pdfPagesToPng, pdfText } from '../support/pdf.js';
import { countOf, textOf, visible } from '../support/waits.js';
import { headCommand } from '../support/exerciseHead.js';

/** A facilitator runs the three ranking exercises live, with keyboard and mouse. */
describe('ranking exercises on the projector', () => {
  let app: AppHarness;
  let sessionId = '';
  const body = async <T>(title: string): Promise<T> => {
    const session = await app.backend.handlers['session.get']({ id: sessionId });
    const ex = session.exercises.find((e) => e.title === title)!;
    return (await app.backend.handlers['exercise.get']({ id: ex.id })).body as T;
  };
  const resultRows = () => app.page.getByTestId('result-table').locator('tbody tr');
  const rowOf = (name: string) => resultRows().filter({ hasText: name });

  async function newExercise(button: string, rename: string): Promise<void> {
    const { page } = app;
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: button }).click();
    await visible(page.getByRole('tab', { name: 'Siapkan' }));
    await headCommand(page, 'Ganti judul');
    await page.getByRole('dialog').getByLabel('Ganti judul').fill(rename);
    await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
    await visible(page.getByRole('heading', { name: rename }));
  }

  async function addItems(names: string[]): Promise<void> {
    const input = app.page.getByLabel('Nama pilihan');
    for (const name of names) {
      await input.fill(name);
      await input.press('Enter');
    }
    await countOf(app.page.locator('.items-editor .item-list li'), names.length);
  }

  beforeAll(async () => {
    app = await startApp();
    sessionId = await openSampleSession(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('runs a 5-item pairwise ranking with the keyboard alone, going back to change a choice', async () => {
    const { page } = app;
    await newExercise('Ranking berpasangan baru', 'Masalah paling mendesak');
    await addItems(['Air bersih', 'Jalan desa', 'Modal usaha', 'Posyandu', 'Sampah']);
    // Duplicates are refused with a message.
    await page.getByLabel('Nama pilihan').fill('air bersih');
    await page.getByLabel('Nama pilihan').press('Enter');
    await textOf(page.getByRole('alert'), 'Nama ini sudah ada di daftar.');
    await page.getByRole('tab', { name: 'Bandingkan' }).click();
    await textOf(page.getByTestId('pair-progress'), /^Pasangan 1 dari 10/);
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    // AB A, AC A, AD equal, AE A, BC C, BD D, BE B, CD C, CE C, DE D
    for (const key of [
      'ArrowLeft',
      'ArrowLeft',
      'e',
      'ArrowLeft',
      'ArrowRight',
      'ArrowRight',
      'ArrowLeft',
      'ArrowLeft',
      'ArrowLeft',
    ])
      await page.keyboard.press(key);
    await textOf(page.getByTestId('pair-progress'), /^Pasangan 10 dari 10 · 9\/10/);
    await page.keyboard.press('ArrowLeft');
    await textOf(page.getByTestId('pair-progress'), /10\/10/);
    await app.screenshot('30-pairwise-compare');
    // Back to "Modal usaha or Posyandu" (pair 8) and change it to Posyandu, with a reason.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await textOf(page.getByTestId('pair-progress'), /^Pasangan 8 dari 10/);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ibu hamil dan balita lebih dulu');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
    const cellOf = (doc: PairwiseDocument, a: string, b: string) => {
      const id = (name: string) => doc.items.find((i) => i.name === name)!.id;
      return doc.choices.all?.[`${id(a)}|${id(b)}`];
    };
    await expect
      .poll(async () => cellOf(await body<PairwiseDocument>('Masalah paling mendesak'), 'Modal usaha', 'Posyandu'), {
        timeout: 10_000,
      })
      .toEqual({ choice: 'second', reason: 'Ibu hamil dan balita lebih dulu' });
    await page.getByRole('tab', { name: 'Hasil' }).click();
    // Air bersih 3,5 and Posyandu 3,5, equal head to head: they share rank 1; then Modal usaha, Jalan desa, Sampah.
    // Indonesian writes the decimal comma, in the table and at the end of the chart's bar.
    await textOf(rowOf('Air bersih'), /^1=\s*Air bersih\s*3,5$/);
    await textOf(rowOf('Posyandu'), /^1=\s*Posyandu\s*3,5$/);
    await textOf(page.locator('.ranking-chart'), /Air bersih.*3,5/);
    await textOf(rowOf('Modal usaha'), /^3\s*Modal usaha\s*2$/);
    await textOf(rowOf('Jalan desa'), /^4\s*Jalan desa\s*1$/);
    await textOf(rowOf('Sampah'), /^5\s*Sampah\s*0$/);
    await textOf(page.getByTestId('tie-notes'), 'Seri: Air bersih, Posyandu berbagi peringkat 1.');
    await app.screenshot('31-pairwise-result');
    // English writes the decimal point on the same screen.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await textOf(rowOf('Air bersih'), /^1=\s*Air bersih\s*3\.5$/);
    await textOf(page.locator('.ranking-chart'), /Air bersih.*3\.5/);
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    await textOf(rowOf('Air bersih'), /^1=\s*Air bersih\s*3,5$/);
  });

  it('scores a 4 x 3 matrix with seeds, refusing more seeds than a column has', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Kembali' }).click();
    await newExercise('Matriks skor baru', 'Sumber air bersih');
    await addItems(['Sumur bor', 'Pipa mata air', 'Tandon hujan', 'PAM desa']);
    for (const c of ['Biaya terjangkau', 'Dekat rumah', 'Air selalu ada']) {
      await page.getByLabel('Nama kriteria').fill(c);
      await page.getByLabel('Nama kriteria').press('Enter');
    }
    await page.getByRole('radio', { name: 'Biji' }).click();
    await page.getByRole('tab', { name: 'Skor' }).click();
    const seeds: Record<string, number[]> = {
      'Sumur bor': [4, 2, 3],
      'Pipa mata air': [3, 3, 4],
      'Tandon hujan': [2, 1, 1],
      'PAM desa': [1, 4, 2],
    };
    const criteria = ['Biaya terjangkau', 'Dekat rumah', 'Air selalu ada'];
    for (const [option, values] of Object.entries(seeds))
      for (const [i, v] of values.entries())
        await page.getByLabel(`${option} · ${criteria[i]}`, { exact: true }).fill(String(v));
    await textOf(page.getByTestId('seeds-left-Biaya terjangkau'), 'sisa 0');
    // One more seed in a full column is refused; the stored value stays.
    await page.getByRole('button', { name: 'Tandon hujan · Biaya terjangkau +' }).click();
    await textOf(page.getByRole('alert'), 'Biji untuk kriteria ini sudah habis.');
    const tandonBiaya = async () => {
      const doc = await body<MatrixDocument>('Sumber air bersih');
      const id = (list: { id: string; name: string }[], name: string) => list.find((i) => i.name === name)!.id;
      return doc.cells.all?.[id(doc.items, 'Tandon hujan')]?.[id(doc.criteria, 'Biaya terjangkau')];
    };
    expect(await tandonBiaya()).toBe(2);
    await page.getByRole('tab', { name: 'Hasil' }).click();
    // Normalised by 10 seeds: Pipa 1, Sumur 0,9, PAM 0,7, Tandon 0,4.
    await textOf(resultRows().nth(0), /^1\s*Pipa mata air/);
    await textOf(resultRows().nth(1), /^2\s*Sumur bor/);
    await textOf(resultRows().nth(2), /^3\s*PAM desa/);
    await textOf(resultRows().nth(3), /^4\s*Tandon hujan\s*2 → 0,2\s*1 → 0,1\s*1 → 0,1\s*0,4$/);
    const stored = await body<MatrixDocument>('Sumber air bersih');
    expect(
      Object.values(stored.cells.all!).reduce((sum, row) => sum + Object.values(row).reduce((a, b) => a + b, 0), 0),
    ).toBe(30);
    await app.screenshot('32-matrix-result');
  });

  it('corrects a misspelt option and criterion in place, keeping their seeds', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Siapkan' }).click();
    const rename = async (label: string, next: string) => {
      await page.getByLabel(label, { exact: true }).fill(next);
      await page.getByLabel(label, { exact: true }).press('Enter');
    };
    await rename('Ubah pilihan: PAM desa', 'PAM Desa Sukamaju');
    await rename('Ubah kriteria: Air selalu ada', 'Air ada sepanjang tahun');
    // A name already in the list is refused and the old one comes back.
    await rename('Ubah pilihan: Tandon hujan', ' sumur BOR ');
    await textOf(page.getByRole('alert'), 'Nama ini sudah ada di daftar.');
    await visible(page.getByLabel('Ubah pilihan: Tandon hujan', { exact: true }));
    const doc = await body<MatrixDocument>('Sumber air bersih');
    expect(doc.items.map((i) => i.name)).toEqual(['Sumur bor', 'Pipa mata air', 'Tandon hujan', 'PAM Desa Sukamaju']);
    expect(doc.criteria.map((c) => c.name)).toEqual(['Biaya terjangkau', 'Dekat rumah', 'Air ada sepanjang tahun']);
    expect(
      Object.values(doc.cells.all!).reduce((sum, row) => sum + Object.values(row).reduce((a, b) => a + b, 0), 0),
    ).toBe(30);
    await page.getByRole('tab', { name: 'Hasil' }).click();
    await textOf(resultRows().nth(2), /^3\s*PAM Desa Sukamaju/);
  });

  it('ranks village problems with the USG template, multiplied, and within each category', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Kembali' }).click();
    await newExercise('Matriks skor baru', 'Prioritas masalah (USG)');
    await addItems(['Banjir sawah', 'Jalan rusak', 'Air bersih kurang', 'Hama wereng']);
    await page.getByLabel('Nama kriteria').fill('Lain-lain');
    await page.getByLabel('Nama kriteria').press('Enter');
    // A template replaces criteria the group already wrote, so it asks first.
    await page.getByRole('radio', { name: /^USG/ }).click();
    await textOf(page.getByRole('dialog'), /Kriteria diganti dan 0 nilai/);
    await page.getByRole('dialog').getByRole('button', { name: 'Pakai templat' }).click();
    await countOf(page.locator('[aria-label="Kriteria"] .item-list li'), 3);
    for (const name of ['Urgensi', 'Keseriusan', 'Pertumbuhan'])
      await visible(page.getByLabel(`Ubah kriteria: ${name}`, { exact: true }));
    // The template's 1-5 scale is the one shown as chosen.
    await visible(page.getByRole('radio', { name: 'Skor 1-5', checked: true }));
    await expect.poll(async () => (await body<MatrixDocument>('Prioritas masalah (USG)')).template).toBe('usg');
    await page.getByRole('radio', { name: 'Dikalikan (×)' }).click();
    const categories: Record<string, string> = {
      'Banjir sawah': 'Pertanian',
      'Hama wereng': 'Pertanian',
      'Jalan rusak': 'Prasarana',
      'Air bersih kurang': 'Prasarana',
    };
    for (const [option, category] of Object.entries(categories)) {
      await page.getByLabel(option, { exact: true }).fill(category);
      await page.getByLabel(option, { exact: true }).press('Enter');
    }
    await app.screenshot('37-usg-matrix-setup');
    await page.getByRole('tab', { name: 'Skor' }).click();
    await textOf(page.getByTestId('formula'), 'Total = Urgensi × Keseriusan × Pertumbuhan');
    const scores: Record<string, number[]> = {
      'Banjir sawah': [5, 4, 2],
      'Jalan rusak': [3, 3, 4],
      'Air bersih kurang': [4, 5, 1],
      'Hama wereng': [4, 4, 3],
    };
    const criteria = ['Urgensi', 'Keseriusan', 'Pertumbuhan'];
    for (const [option, values] of Object.entries(scores))
      for (const [i, v] of values.entries()) {
        await page.getByLabel(`${option} · ${criteria[i]}`, { exact: true }).fill(String(v));
        if (option === 'Banjir sawah' && i === 1) await textOf(page.getByTestId('total-Banjir sawah'), 'belum lengkap');
      }
    await textOf(page.getByTestId('total-Banjir sawah'), '40');
    await app.screenshot('38-usg-matrix-score');
    // USG scores run 1-5: a 6 is refused and the stored 4 stays.
    await page.getByLabel('Hama wereng · Urgensi', { exact: true }).fill('6');
    await textOf(page.getByRole('alert'), 'Nilai di luar skala.');
    await page.getByRole('tab', { name: 'Hasil' }).click();
    // Multiplied: Hama 48, Banjir 40, Jalan 36, Air 20 (adding would tie Hama and Banjir at 11).
    await textOf(resultRows().nth(0), /^1\s*Hama wereng.*48$/);
    await textOf(resultRows().nth(1), /^2\s*Banjir sawah.*40$/);
    await textOf(resultRows().nth(2), /^3\s*Jalan rusak.*36$/);
    await textOf(resultRows().nth(3), /^4\s*Air bersih kurang.*20$/);
    await textOf(page.getByTestId('category-rank-Hama wereng'), '1');
    await textOf(page.getByTestId('category-rank-Banjir sawah'), '2');
    await textOf(page.getByTestId('category-rank-Jalan rusak'), '1');
    await textOf(page.getByTestId('category-rank-Air bersih kurang'), '2');
    const stored = await body<MatrixDocument>('Prioritas masalah (USG)');
    expect(stored).toMatchObject({ template: 'usg', combine: 'product', scoring: { kind: 'scale', min: 1, max: 5 } });
    expect(stored.items.map((i) => i.category)).toEqual(['Pertanian', 'Prasarana', 'Prasarana', 'Pertanian']);
    await app.screenshot('36-usg-matrix-result');
    // The template's criteria, stored as written in Indonesian, follow the language.
    const header = (name: string) => page.getByTestId('result-table').getByRole('columnheader', { name, exact: true });
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await visible(header('Urgency'));
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    await visible(header('Urgensi'));
    expect((await body<MatrixDocument>('Prioritas masalah (USG)')).criteria.map((c) => c.name)).toEqual([
      'Urgensi',
      'Keseriusan',
      'Pertumbuhan',
    ]);
    // Another scale is no longer USG: the matrix becomes custom and the scores start afresh; undo brings both back.
    await page.getByRole('tab', { name: 'Siapkan' }).click();
    // Choosing the scale already chosen keeps the scores.
    await page.getByRole('radio', { name: 'Skor 1-5' }).click();
    await page.getByRole('radio', { name: 'Sama (1)' }).click();
    await visible(page.getByRole('radio', { name: /^USG/, checked: true }));
    expect(Object.keys((await body<MatrixDocument>('Prioritas masalah (USG)')).cells.all ?? {})).toHaveLength(4);
    await page.getByRole('radio', { name: 'Skor 1-10' }).click();
    await visible(page.getByRole('radio', { name: 'Bebas', checked: true }));
    await expect.poll(async () => (await body<MatrixDocument>('Prioritas masalah (USG)')).cells).toEqual({});
    await page.getByRole('button', { name: 'Urungkan' }).click();
    await visible(page.getByRole('radio', { name: /^USG/, checked: true }));
    await visible(page.getByRole('radio', { name: 'Skor 1-5', checked: true }));
  });

  it('runs a dot vote for 6 voters, refusing a dot beyond the allowance', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Kembali' }).click();
    await newExercise('Pemungutan suara baru', 'Prioritas dana desa');
    await addItems(['Perbaikan jalan']);
    // "Air bersih" comes from the pairwise ranking's list, not typed again.
    await page.getByLabel('Ambil dari daftar').selectOption({ label: 'Air bersih' });
    await countOf(page.locator('.items-editor .item-list li'), 2);
    await page.getByLabel('Nama pilihan').fill('Pasar desa');
    await page.getByLabel('Nama pilihan').press('Enter');
    await countOf(page.locator('.items-editor .item-list li'), 3);
    await page.getByLabel('Titik per orang').fill('2');
    await page.getByRole('tab', { name: 'Pemilih' }).click();
    for (let i = 0; i < 6; i += 1) await page.getByRole('button', { name: 'Tambah pemilih tanpa nama' }).click();
    await countOf(page.getByTestId('ballots').locator('tbody tr'), 6);
    const votes: [number, string][] = [
      [1, 'Perbaikan jalan'],
      [1, 'Perbaikan jalan'],
      [2, 'Air bersih'],
      [2, 'Perbaikan jalan'],
      [3, 'Air bersih'],
      [3, 'Air bersih'],
      [4, 'Pasar desa'],
      [4, 'Air bersih'],
      [5, 'Air bersih'],
      [5, 'Pasar desa'],
      [6, 'Perbaikan jalan'],
      [6, 'Air bersih'],
    ];
    for (const [voter, option] of votes)
      await page.getByRole('button', { name: `Pemilih ${voter} · ${option} +` }).click();
    await page.getByRole('button', { name: 'Pemilih 1 · Air bersih +' }).click();
    await textOf(page.getByRole('alert'), 'Pemilih ini tidak punya titik tersisa.');
    // The voters' generated labels follow the language; the file keeps what was written.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await visible(page.getByRole('button', { name: 'Voter 6 · Air bersih +' }));
    await countOf(page.getByTestId('ballots').getByText(/Pemilih/), 0);
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    await visible(page.getByRole('button', { name: 'Pemilih 6 · Air bersih +' }));
    expect((await body<VoteDocument>('Prioritas dana desa')).ballots.all![5]!.label).toBe('Pemilih 6');
    await page.getByRole('tab', { name: 'Hasil' }).click();
    await textOf(rowOf('Air bersih'), /^1\s*Air bersih\s*6$/);
    await textOf(rowOf('Perbaikan jalan'), /^2\s*Perbaikan jalan\s*4$/);
    await textOf(rowOf('Pasar desa'), /^3\s*Pasar desa\s*2$/);
    await app.screenshot('33-vote-result');
  });

  it('removing an option warns how many choices go with it, and undo brings them back', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Kembali' }).click();
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: /^Masalah paling mendesak/ }).click();
    await page.getByRole('button', { name: 'Hapus pilihan: Sampah' }).click();
    await textOf(page.getByRole('dialog'), /Hapus "Sampah"\? 4 pilihan yang sudah dibuat ikut hilang/);
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus pilihan' }).click();
    await countOf(page.locator('.items-editor .item-list li'), 4);
    await expect
      .poll(async () => Object.keys((await body<PairwiseDocument>('Masalah paling mendesak')).choices.all!).length)
      .toBe(6);
    await page.getByRole('button', { name: 'Urungkan' }).click();
    await countOf(page.locator('.items-editor .item-list li'), 5);
    await expect
      .poll(async () => Object.keys((await body<PairwiseDocument>('Masalah paling mendesak')).choices.all!).length)
      .toBe(10);
  });

  it('a group ranks on its own and the results stand side by side', async () => {
    const { page } = app;
    await page.getByLabel('Nama kelompok').fill('Perempuan');
    await page.getByLabel('Nama kelompok').press('Enter');
    await page.getByRole('tab', { name: 'Bandingkan' }).click();
    await page.getByRole('radio', { name: 'Perempuan' }).click();
    await textOf(page.getByTestId('pair-progress'), /^Pasangan 1 dari 10 · 0\/10/);
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    // The women put Posyandu first: it wins every pair; the rest as before by list order.
    for (const key of [
      'ArrowLeft',
      'ArrowLeft',
      'ArrowRight',
      'ArrowLeft',
      'ArrowLeft',
      'ArrowRight',
      'ArrowLeft',
      'ArrowRight',
      'ArrowLeft',
      'ArrowLeft',
    ])
      await page.keyboard.press(key);
    await page.getByRole('tab', { name: 'Hasil' }).click();
    await page.getByRole('radio', { name: 'Perempuan' }).click();
    await textOf(resultRows().nth(0), /^1\s*Posyandu\s*4$/);
    const comparison = page.getByTestId('group-comparison');
    await textOf(comparison.locator('tr', { hasText: 'Posyandu' }), /Posyandu\s*1\s*1\s*sama/);
    await textOf(comparison.locator('tr', { hasText: 'Air bersih' }), /Air bersih\s*1\s*2\s*beda 1/);
    await app.screenshot('35-groups-side-by-side');
  });

  it('finds everything after the app restarts, and the PDF shows the ranks', async () => {
    const { page } = app;
    const before = await Promise.all([
      body<PairwiseDocument>('Masalah paling mendesak'),
      body<MatrixDocument>('Sumber air bersih'),
      body<VoteDocument>('Prioritas dana desa'),
      body<MatrixDocument>('Prioritas masalah (USG)'),
    ]);
    await app.restart();
    await page.getByRole('button', { name: /^Desa Sukamaju/ }).click();
    // Session dates are written as people write them, on the list and on the session (stored as 2026-03-12).
    await textOf(
      page.locator('.session-list li', { hasText: 'FGD pemetaan kelembagaan' }).locator('.date'),
      '12 Mar 2026',
    );
    await page.getByText('FGD pemetaan kelembagaan').click();
    await textOf(page.locator('.page-title p'), /^12 Mar 2026 · /);
    await page.getByRole('button', { name: /^Masalah paling mendesak/ }).click();
    await page.getByRole('tab', { name: 'Hasil' }).click();
    await textOf(rowOf('Air bersih'), /^1=/);
    expect(
      await Promise.all([
        body<PairwiseDocument>('Masalah paling mendesak'),
        body<MatrixDocument>('Sumber air bersih'),
        body<VoteDocument>('Prioritas dana desa'),
        body<MatrixDocument>('Prioritas masalah (USG)'),
      ]),
    ).toEqual(before);
    const pdf = path.join(tempDir('ranking-pdf'), 'ranking.pdf');
    app.host.savePaths.push(pdf);
    await headCommand(page, 'Ekspor PDF');
    await visible(page.getByText(/PDF disimpan/), 20_000);
    const text = pdfText(pdf).replace(/[ \t]+/g, ' ');
    expect(text).toContain('Ranking berpasangan: Masalah paling mendesak');
    // Indonesian decimals and dates in the PDF.
    expect(text).toMatch(/1= Air bersih 3,5/);
    expect(text).toMatch(/Tandon hujan 2 → 0,2 1 → 0,1 1 → 0,1 0,4/);
    expect(text).toMatch(/Tanggal 12 Mar 2026/);
    expect(text).not.toContain('2026-03-12');
    expect(text).toMatch(/3 Modal usaha 2/);
    expect(text).toContain('Seri: Air bersih, Posyandu berbagi peringkat 1.');
    expect(text).toMatch(/1 Pipa mata air 1/);
    expect(text).toMatch(/1 Air bersih 6/);
    expect(text).toContain('Hasil per kelompok');
    expect(text).toContain('Templat: USG: Urgensi, Keseriusan, Pertumbuhan (1-5).');
    expect(text).toContain('Total = Urgensi × Keseriusan × Pertumbuhan');
    expect(text).toMatch(/1 Hama wereng 48/);
    expect(text).toMatch(/Banjir sawah Pertanian 2 5 4 2 40/);
    pdfPagesToPng(pdf, path.join(testResultsDir, '34-ranking-report'), 12);
  });
});
