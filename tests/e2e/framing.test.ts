import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsensusDocument, StatementDocument, TreeDocument } from '#shared/exercises/framing/schema.js';
import { openSampleSession, startApp, type AppHarness } from '../support/appHarness.js';
import { tempDir, testResultsDir } from '../support/paths.js';
import { pdfInfo, pdfPagesToPng, pdfText } from '../support/pdf.js';
import { countOf, textOf, visible } from '../support/waits.js';
import { headCommand } from '../support/exerciseHead.js';

/** Discovery: many ideas become one solution the community owns, stated plainly. */
describe('solution framing on the projector', () => {
  let app: AppHarness;
  let sessionId = '';
  const work = tempDir('framing');
  const body = async <T>(title: string): Promise<T> => {
    const session = await app.backend.handlers['session.get']({ id: sessionId });
    const ex = session.exercises.find((e) => e.title === title)!;
    return (await app.backend.handlers['exercise.get']({ id: ex.id })).body as T;
  };

  async function newExercise(button: string, title: string): Promise<void> {
    const { page } = app;
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: button }).click();
    await headCommand(page, 'Ganti judul');
    await page.getByRole('dialog').getByLabel('Ganti judul').fill(title);
    await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
    await visible(page.getByRole('heading', { name: title }));
  }

  beforeAll(async () => {
    app = await startApp();
    sessionId = await openSampleSession(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('runs a consensus workshop: 15 cards into 4 named columns', async () => {
    const { page } = app;
    await newExercise('Lokakarya konsensus baru', 'Air bersih sepanjang tahun');
    await page.getByLabel('Pertanyaan fokus').fill('Apa yang bisa kita lakukan agar air bersih cukup sepanjang tahun?');
    await page.getByLabel('Pertanyaan fokus').blur();
    const ideas = [
      'Tandon air hujan di RT',
      'Talang di rumah warga',
      'Tangki di sekolah',
      'Jaga hutan di mata air',
      'Tanam bambu di sumber',
      'Larang tebang di hulu',
      'Bersihkan saluran',
      'Iuran air bulanan',
      'Kas BUMDes untuk pipa',
      'Pinjam koperasi',
      'Jadwal giliran air',
      'Pengurus air per dusun',
      'Catat meteran',
      'Rapat air tiap bulan',
      'Sosialisasi hemat air',
    ];
    const entry = page.getByLabel('Tulis gagasan, lalu Enter');
    await page.getByLabel('Kelompok penulis').fill('Perempuan');
    for (const idea of ideas) {
      await entry.fill(idea);
      await entry.press('Enter');
    }
    await countOf(page.getByTestId('idea-card'), 15);
    await entry.fill('   ');
    await entry.press('Enter');
    await textOf(page.getByRole('alert'), 'Kartu tidak boleh kosong.');
    // Column by column: the first card of each starts a new column, the rest follow it.
    const groups = [ideas.slice(0, 3), ideas.slice(3, 7), ideas.slice(7, 10), ideas.slice(10)];
    for (const [g, cards] of groups.entries()) {
      await page.getByLabel(`Pindahkan ke: ${cards[0]}`).selectOption({ label: '+ Kolom baru' });
      await countOf(page.getByTestId('board-column'), g + 1);
      const symbol = ['★', '●', '▲', '■'][g]!;
      for (const card of cards.slice(1))
        await page.getByLabel(`Pindahkan ke: ${card}`).selectOption({ label: `${symbol} ` });
    }
    // One card moved back and forth by dragging, as on a touch screen or with the mouse.
    await page.getByLabel('Pindahkan ke: Talang di rumah warga').selectOption({ label: 'Kartu belum dikelompokkan' });
    await page
      .getByTestId('idea-card')
      .filter({ hasText: 'Talang di rumah warga' })
      // Dropped just inside the column's top corner: a column taller than the screen is not scrolled mid-drag.
      .dragTo(page.getByTestId('board-column').nth(0), {
        sourcePosition: { x: 12, y: 10 },
        targetPosition: { x: 6, y: 6 },
      });
    await expect.poll(async () => (await body<ConsensusDocument>('Air bersih sepanjang tahun')).loose).toEqual([]);
    const titles = [
      'Tampung air hujan di rumah',
      'Lindungi sumber mata air desa',
      'Dana air dari warga sendiri',
      'Atur pembagian air bersama warga',
    ];
    await page.getByLabel('Judul kolom ★').fill('Tandon');
    await page.getByLabel('Judul kolom ★').press('Enter');
    await visible(page.getByText('Judul terlalu pendek: pakai 3-7 kata.'));
    for (const [i, title] of titles.entries()) {
      const input = page.getByLabel(`Judul kolom ${['★', '●', '▲', '■'][i]}`);
      await input.fill(title);
      await input.press('Enter');
    }
    await page.getByRole('button', { name: 'Urutkan, terbesar dulu' }).click();
    await expect
      .poll(async () =>
        (await body<ConsensusDocument>('Air bersih sepanjang tahun')).columns.map((c) => [c.title, c.cardIds.length]),
      )
      .toEqual([
        [titles[3], 5],
        [titles[1], 4],
        [titles[0], 3],
        [titles[2], 3],
      ]);
    await app.screenshot('40-consensus-board');
    await page.getByRole('tab', { name: 'Kesepakatan' }).click();
    await page.getByLabel('Langkah berikutnya').fill('Pengurus air dibentuk minggu depan');
    await page.getByLabel('Langkah berikutnya').blur();
    await expect
      .poll(async () => (await body<ConsensusDocument>('Air bersih sepanjang tahun')).resolve.nextSteps)
      .toBe('Pengurus air dibentuk minggu depan');
  });

  it('builds a 10-node problem tree with the keyboard, re-parents by drag, refuses a cycle, and flips it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Kembali' }).click();
    await newExercise('Pohon masalah baru', 'Pohon air bersih');
    const canvas = page.getByTestId('tree-canvas');
    const write = async (problem: string, objective?: string): Promise<void> => {
      await page.getByLabel('Masalah', { exact: true }).fill(problem);
      await page.getByLabel('Masalah', { exact: true }).blur();
      if (objective) {
        await page.getByLabel('Tujuan (positif dan realistis)').fill(objective);
        await page.getByLabel('Tujuan (positif dan realistis)').blur();
      }
      await canvas.focus();
    };
    await write('Air bersih sulit didapat saat kemarau', 'Air bersih cukup sepanjang tahun');
    // On the tree, Insert adds a cause under the selected box, Enter a box beside it (Tab only moves the focus).
    const causes: [string, string][] = [
      ['Sumber mata air mengecil', 'Sumber mata air terjaga'],
      ['Tidak ada tandon', 'Tandon di tiap RT'],
      ['Pipa bocor', 'Pipa terawat'],
    ];
    await page.keyboard.press('Insert');
    await write(...causes[0]!);
    for (const c of causes.slice(1)) {
      await page.keyboard.press('Enter');
      await write(...c);
    }
    await page.keyboard.press('Insert');
    await write('Tidak ada iuran perawatan', 'Iuran perawatan berjalan');
    await page.keyboard.press('Enter');
    await write('Tidak ada pengurus air', 'Pengurus air aktif');
    // Effects above the focal problem.
    const effects = ['Anak sering diare', 'Waktu ibu habis mengambil air', 'Biaya beli air mahal', 'Sawah kering'];
    const doc = async () => body<TreeDocument>('Pohon air bersih');
    for (const e of effects) {
      const focal = (await doc()).nodes.find((n) => n.parentId === null)!;
      const box = await boxOf(focal.id);
      // Two clicks on one box within Konva's double-click window (400 ms, timed when the
      // page handles them) fold it. A busy page may handle the last click late, so wait
      // on the page's own clock before clicking the same box again, as a person would.
      await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 450))));
      await page.mouse.click(box.x, box.y);
      await page.getByRole('button', { name: 'Tambah akibat' }).click();
      await write(e);
    }
    await expect.poll(async () => (await doc()).nodes.length).toBe(10);
    const nodes = (await doc()).nodes;
    expect(nodes.filter((n) => n.collapsed)).toEqual([]);
    const byText = (text: string) => nodes.find((n) => n.problem === text)!;
    expect(byText('Tidak ada pengurus air').parentId).toBe(byText('Pipa bocor').id);
    expect(nodes.filter((n) => n.side === 'effect')).toHaveLength(4);

    // Drag "Pipa bocor" onto its own child: refused. Then onto "Tidak ada tandon": moved.
    const pipa = await boxOf(byText('Pipa bocor').id);
    const child = await boxOf(byText('Tidak ada iuran perawatan').id);
    await drag(pipa, child);
    await textOf(page.getByRole('alert'), 'Kotak tidak bisa dipindah ke cabangnya sendiri.');
    const tandon = await boxOf(byText('Tidak ada tandon').id);
    await drag(await boxOf(byText('Pipa bocor').id), tandon);
    await expect
      .poll(async () => (await doc()).nodes.find((n) => n.problem === 'Pipa bocor')!.parentId)
      .toBe(byText('Tidak ada tandon').id);
    await app.screenshot('41-problem-tree');
    await page.getByRole('radio', { name: 'Pohon tujuan' }).click();
    await expect.poll(async () => (await doc()).view).toBe('objective');
    await app.screenshot('42-objective-tree');

    // The box may not be drawn yet (a save or a re-layout still on its way): wait for it.
    async function boxOf(id: string): Promise<{ x: number; y: number }> {
      const found = await page.waitForFunction((nodeId) => {
        type KNode = { getClientRect(): { x: number; y: number; width: number; height: number } };
        const konva = (
          window as unknown as {
            Konva?: { stages: { findOne(s: string): KNode | undefined; container(): HTMLElement }[] };
          }
        ).Konva;
        const stage = konva?.stages[konva.stages.length - 1];
        const node = stage?.findOne(`.node-${nodeId}`);
        if (!stage || !node) return null;
        const r = node.getClientRect();
        const b = stage.container().getBoundingClientRect();
        return { x: b.left + r.x + r.width / 2, y: b.top + r.y + r.height / 2 };
      }, id);
      return (await found.jsonValue()) as { x: number; y: number };
    }
    async function drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 10 });
      await page.mouse.up();
    }
  });

  it('writes the framed solution from the clusters and objectives, checks it, and shows it large', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Kembali' }).click();
    await newExercise('Rumusan solusi baru', 'Rumusan air bersih');
    const statement = 'Warga membangun tandon air hujan di tiap RT dan merawat mata air sebelum kemarau 2027.';
    await page.getByLabel('Rumusan solusi (satu kalimat sederhana)').fill(statement);
    await page.getByLabel('Rumusan solusi (satu kalimat sederhana)').blur();
    await page.getByRole('checkbox', { name: 'Tampung air hujan di rumah' }).check();
    await page.getByRole('checkbox', { name: 'Sumber mata air terjaga' }).check();
    await page.getByRole('checkbox', { name: /^Realistis/ }).check();
    await page.getByRole('checkbox', { name: /^Ada batas waktu/ }).check();
    await textOf(page.getByRole('status').filter({ hasText: 'Belum terpenuhi:' }), /Terukur.*Cakupan jelas/);
    await expect
      .poll(async () => (await body<StatementDocument>('Rumusan air bersih')).cites.map((c) => c.label))
      .toEqual(['Tampung air hujan di rumah', 'Sumber mata air terjaga']);
    await page.getByRole('button', { name: 'Tampilkan besar' }).click();
    await visible(page.getByRole('dialog').getByText(statement));
    await app.screenshot('43-statement-large');
    await page.keyboard.press('Escape');
    await app.screenshot('44-statement');
  });

  it('keeps the 1024x768 layout with 60 cards and a 25-node tree', async () => {
    const { page } = app;
    const make = async (type: 'consensus' | 'tree', title: string, body: unknown) => {
      const ex = await app.backend.handlers['exercise.create']({ sessionId, type, title });
      await app.backend.handlers['exercise.save']({ id: ex.id, baseVersion: 1, body });
    };
    const cards = Array.from({ length: 60 }, (_, i) => ({
      id: `c${i}`,
      text: `Gagasan ${i + 1} ${'panjang '.repeat(i % 4)}`,
      group: '',
    }));
    await make('consensus', 'Papan besar', {
      schemaVersion: 1,
      focusQuestion: 'Apa yang bisa kita lakukan?',
      cards,
      loose: cards.slice(50).map((c) => c.id),
      columns: Array.from({ length: 5 }, (_, k) => ({
        id: `k${k}`,
        title: `Judul kolom nomor ${k + 1}`,
        symbol: '★●▲■◆'[k]!,
        cardIds: cards.slice(k * 10, k * 10 + 10).map((c) => c.id),
      })),
      resolve: { meaning: '', nextSteps: '' },
    });
    const nodes: TreeDocument['nodes'] = [
      { id: 'f', parentId: null, side: 'cause', problem: 'Masalah utama desa', objective: '', collapsed: false },
    ];
    for (let i = 1; i < 25; i += 1)
      nodes.push({
        id: `n${i}`,
        parentId: i < 4 ? 'f' : `n${1 + ((i - 4) % 6)}`,
        side: i % 3 === 0 ? 'effect' : 'cause',
        problem: `Sebab atau akibat ${i}`,
        objective: '',
        collapsed: false,
      });
    // Children inherit their parent's side.
    for (const n of nodes) if (n.parentId && n.parentId !== 'f') n.side = nodes.find((p) => p.id === n.parentId)!.side;
    await make('tree', 'Pohon besar', { schemaVersion: 1, view: 'problem', nodes });
    for (const [title, shot] of [
      ['Papan besar', '47-board-60-cards'],
      ['Pohon besar', '48-tree-25-nodes'],
    ] as const) {
      await page.getByRole('button', { name: 'Kembali' }).click();
      await page.getByRole('tab', { name: /Latihan/ }).click();
      await page.getByRole('button', { name: new RegExp(`^${title}`) }).click();
      await visible(page.getByRole('heading', { name: title }));
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
      await app.screenshot(shot);
    }
  });

  it('finds it all after a restart, exports the session PDF and the posters', async () => {
    const { page } = app;
    const titles = ['Air bersih sepanjang tahun', 'Pohon air bersih', 'Rumusan air bersih'];
    const before = await Promise.all(titles.map((t) => body(t)));
    await app.restart();
    await page.getByRole('button', { name: /^Desa Sukamaju/ }).click();
    await page.getByText('FGD pemetaan kelembagaan').click();
    expect(await Promise.all(titles.map((t) => body(t)))).toEqual(before);
    await page.getByRole('button', { name: /^Rumusan air bersih/ }).click();
    await visible(page.getByText('Warga membangun tandon', { exact: false }));

    for (const size of ['A4', 'A3'] as const) {
      const poster = path.join(work, `poster-${size}.pdf`);
      app.host.savePaths.push(poster);
      await headCommand(page, 'Poster');
      await page.getByRole('button', { name: `Poster ${size}` }).click();
      await visible(page.getByText(`poster-${size}.pdf`, { exact: false }), 20_000);
      expect(pdfInfo(poster)['Page size']).toContain(`(${size})`);
      expect(pdfText(poster).replace(/\s+/g, ' ')).toContain('Warga membangun tandon air hujan di tiap RT');
      pdfPagesToPng(poster, path.join(testResultsDir, `45-poster-${size}`), 1);
    }
    // A statement far too long for a poster is refused with the reason.
    await page.getByLabel('Rumusan solusi (satu kalimat sederhana)').fill('Kita akan bekerja bersama. '.repeat(25));
    await page.getByLabel('Rumusan solusi (satu kalimat sederhana)').blur();
    await headCommand(page, 'Poster');
    await page.getByRole('button', { name: 'Poster A4' }).click();
    await textOf(page.getByRole('alert'), /^Rumusan terlalu panjang untuk poster/);
    await page.getByRole('button', { name: 'Urungkan' }).click();

    const pdf = path.join(work, 'session.pdf');
    app.host.savePaths.push(pdf);
    await headCommand(page, 'Ekspor PDF');
    await visible(page.getByText(/PDF disimpan/), 20_000);
    const text = pdfText(pdf, { raw: true }).replace(/\s+/g, ' ');
    for (const s of [
      'Lindungi sumber mata air desa',
      'Atur pembagian air bersama warga',
      'Air bersih sulit didapat saat kemarau',
      'Air bersih cukup sepanjang tahun',
      'Warga membangun tandon air hujan di tiap RT',
    ])
      expect(text).toContain(s);
    pdfPagesToPng(pdf, path.join(testResultsDir, '46-framing-report'), 14);
  });
});
