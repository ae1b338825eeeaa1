import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { ConsensusDocument } from '#shared/exercises/framing/schema.js';
import type { MatrixDocument, PairwiseDocument, VoteDocument } from '#shared/exercises/ranking/schema.js';
import { openSampleSession, startApp, type AppHarness } from '../support/appHarness.js';
import { tempDir } from '../support/paths.js';
import { visible } from '../support/waits.js';

const wall = { width: 1024, height: 768 };

/** Ten options as a village names them: whole phrases, not keywords. */
const longOptions = [
  'Lindungi sumber mata air di hulu desa',
  'Pipa baru dari mata air Cibeureum ke kampung',
  'Bentuk kelompok pengelola air bersih per dusun',
  'Tampung air hujan di atap sekolah dan masjid',
  'Perbaiki sambungan pipa lama yang bocor di RW 02',
  'Tanam pohon penahan air di bukit Cibeureum',
  'Iuran air bulanan untuk perawatan pipa',
  'Keran umum dekat rumah warga RT 03',
  'Minta PDAM memperluas jaringan ke desa',
  'Sumur bor baru untuk musim kemarau panjang',
];
const items = longOptions.map((name, i) => ({ id: `o${i + 1}`, name }));

/** A board after a long afternoon: six named columns with long titles, 24 cards, two loose. */
function fullBoard(): ConsensusDocument {
  const cardTexts = [
    'Pagar kawat di sekeliling mata air',
    'Larang tebang pohon dekat mata air',
    'Pemuda jaga mata air tiap bulan',
    'Pipa baru dari mata air Cibeureum',
    'Ganti sambungan pipa lama yang bocor',
    'Bak penangkap air di mata air',
    'Tandon air di tiap RW',
    'Iuran air Rp5.000 per bulan',
    'Pengurus air dipilih warga',
    'Perempuan ikut jadi pengurus',
    'Catat pemakaian dan uang iuran',
    'Talang dan drum air hujan di rumah',
    'Tampung air hujan di atap sekolah',
    'Tanam bambu di sekitar sumber',
    'Tanam pohon di bukit Cibeureum',
    'Keran umum dekat rumah',
    'Jadwal giliran air per RT',
    'Rapat air tiap bulan di balai desa',
    'Sosialisasi hemat air di posyandu',
    'Kas BUMDes untuk pipa',
    'Pinjam koperasi untuk pompa',
    'Minta bantuan Dinas PU',
    'Minta PDAM masuk desa',
    'Sumur bor di RT 03',
  ];
  const cards = cardTexts.map((text, i) => ({
    id: `k${i + 1}`,
    text,
    group: ['Perempuan', 'Laki-laki', 'Pemuda'][i % 3]!,
  }));
  const columnTitles: [string, string, number[]][] = [
    ['★', 'Lindungi sumber mata air di hulu desa', [1, 2, 3, 14]],
    ['●', 'Alirkan air mata air sampai ke kampung', [4, 5, 6, 7, 16]],
    ['▲', 'Bentuk kelompok pengelola air bersih', [8, 9, 10, 11]],
    ['■', 'Tampung air hujan di rumah dan sekolah', [12, 13]],
    ['◆', 'Hijaukan kembali bukit di atas mata air', [15]],
    ['✚', 'Atur giliran dan hemat pemakaian air', [17, 18, 19]],
    ['♥', 'Cari dana untuk pipa dan pompa', [20, 21, 22]],
  ];
  return {
    schemaVersion: 1,
    focusQuestion: 'Apa yang bisa kita lakukan agar air bersih cukup sepanjang tahun?',
    cards,
    loose: ['k23', 'k24'],
    columns: columnTitles.map(([symbol, title, ids], i) => ({
      id: `col${i + 1}`,
      symbol,
      title,
      cardIds: ids.map((n) => `k${n}`),
    })),
    resolve: { meaning: '', nextSteps: '' },
  };
}

function pairwiseOfTen(): PairwiseDocument {
  const choices: PairwiseDocument['choices'] = { semua: {} };
  for (let a = 0; a < items.length; a++)
    for (let b = a + 1; b < items.length; b++)
      // Mostly the earlier option wins, with a few upsets so the scores differ.
      choices.semua![`${items[a]!.id}|${items[b]!.id}`] = { choice: (a * 7 + b * 3) % 5 === 0 ? 'second' : 'first' };
  return {
    schemaVersion: 1,
    question: 'Kegiatan mana yang lebih penting untuk air bersih?',
    items,
    groups: [{ id: 'semua', name: '' }],
    choices,
    numbering: 'competition',
  };
}

function matrixOfTen(): MatrixDocument {
  return {
    schemaVersion: 2,
    question: 'Kegiatan mana yang paling mungkin kita kerjakan?',
    items,
    criteria: [
      { id: 'm', name: 'Murah biayanya', weight: 1 },
      { id: 'c', name: 'Cepat terasa manfaatnya', weight: 1 },
      { id: 'b', name: 'Bisa dikerjakan warga sendiri', weight: 1 },
    ],
    template: 'custom',
    scoring: { kind: 'scale', min: 0, max: 5 },
    weights: 'equal',
    combine: 'sum',
    groups: [{ id: 'all', name: '' }],
    cells: {
      all: Object.fromEntries(items.map((it, i) => [it.id, { m: 5 - (i % 6), c: (13 - i) % 6, b: (i * 7) % 6 }])),
    },
    numbering: 'competition',
  };
}

function voteOfTen(): VoteDocument {
  const ballots = Array.from({ length: 23 }, (_, v) => ({
    id: `b${v + 1}`,
    participantId: null,
    label: `Pemilih ${v + 1}`,
    dots: { [items[v % 10]!.id]: 1, [items[(v * 3 + 1) % 10]!.id]: 1 } as Record<string, number>,
    order: [],
  }));
  return {
    schemaVersion: 1,
    question: 'Mana yang kita kerjakan lebih dulu?',
    items,
    mode: 'dots',
    dotsPerVoter: 2,
    maxPerOption: null,
    hideUntilClosed: false,
    closed: true,
    groups: [{ id: 'semua', name: '' }],
    ballots: { semua: ballots },
    numbering: 'competition',
  };
}

/** Every text element a facilitator reads: headings, labels, names, column titles, table cells, buttons. */
const titleSelector = [
  'h1',
  'h2',
  'h3',
  'label',
  'th',
  'td',
  'button',
  '[role="tab"]',
  '.idea-text',
  '.column-head textarea',
  '.tag',
  'legend',
].join(',');

interface Clipped {
  text: string;
  why: string;
}

/** Titles and labels of the work that are cut (wider than their box) or lie outside the window. */
async function clippedTitles(page: Page, root = 'main'): Promise<Clipped[]> {
  return page.evaluate(
    ({ root, selector, wall }) => {
      const found: { text: string; why: string }[] = [];
      const scope = document.querySelector(root) ?? document.body;
      for (const el of Array.from(scope.querySelectorAll<HTMLElement>(selector))) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden') continue;
        const text = (
          el instanceof HTMLTextAreaElement ? el.value : el.innerText || el.getAttribute('aria-label') || ''
        ).trim();
        if (el.scrollWidth > el.clientWidth + 1)
          found.push({ text, why: `cut: ${el.scrollWidth} > ${el.clientWidth}` });
        if (el instanceof HTMLTextAreaElement && el.scrollHeight > el.clientHeight + 1)
          found.push({ text, why: `cut: ${el.scrollHeight} > ${el.clientHeight} high` });
        if (r.left < -1 || r.right > wall.width + 1)
          found.push({ text, why: `outside: ${Math.round(r.left)}..${Math.round(r.right)}` });
      }
      return found;
    },
    { root, selector: titleSelector, wall },
  );
}

/** Names in a chart (SVG text) cut short with an ellipsis, and the chart's type size on screen. */
async function chartFacts(page: Page): Promise<{ cut: string[]; fontPx: number; box: Box }> {
  return page.locator('.ranking-chart svg').evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    const view = (svg as SVGSVGElement).viewBox.baseVal;
    // The drawing keeps its proportions inside the element: the smaller of the two scales.
    const scale = Math.min(box.width / view.width, box.height / view.height);
    const texts = Array.from(svg.querySelectorAll('text'));
    const smallest = Math.min(...texts.map((t) => Number(t.getAttribute('font-size') ?? 28)));
    return {
      cut: texts.map((t) => t.textContent ?? '').filter((text) => text.includes('…')),
      fontPx: smallest * scale,
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
    };
  });
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The page scrolls down if it must, never sideways: nothing of the work hides past the right edge. */
async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => {
    const screen = document.querySelector('main.screen')!;
    return Math.max(screen.scrollWidth - screen.clientWidth, document.documentElement.scrollWidth - window.innerWidth);
  });
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

/**
 * Issue 11, item 6: each screen of the work at 1024x768 with a real afternoon's content (a
 * full consensus board, the sample's tree and map, ten long options ranked three ways), as
 * a facilitator sees it on a school's projector: no title cut, the work taking the window,
 * the tree still while the selection changes, the notice over none of the work.
 */
describe('every canvas at 1024x768', () => {
  let app: AppHarness;
  let sessionId = '';
  const work = tempDir('wall1024');

  const openExercise = async (title: string): Promise<void> => {
    const { page } = app;
    const button = page.getByRole('button', { name: new RegExp(`^${title}`) });
    if (!(await button.isVisible())) {
      await page.getByRole('button', { name: 'Kembali' }).click();
      await page.getByRole('tab', { name: /Latihan/ }).click();
    }
    await button.click();
    await visible(page.getByRole('heading', { level: 1, name: new RegExp(title) }));
  };

  beforeAll(async () => {
    app = await startApp();
    sessionId = await openSampleSession(app);
    const h = app.backend.handlers;
    const make = async (type: Parameters<(typeof h)['exercise.create']>[0]['type'], title: string, body: unknown) => {
      const ex = await h['exercise.create']({ sessionId, type, title });
      await h['exercise.save']({ id: ex.id, baseVersion: ex.version, body });
    };
    // The sample's own tree and map, copied into the FGD's session.
    const community = (await h['community.current']({}))!;
    const sampleBody = async (title: string): Promise<unknown> => {
      for (const s of community.sessions) {
        const found = (await h['session.get']({ id: s.id })).exercises.find((e) => e.title === title);
        if (found) return (await h['exercise.get']({ id: found.id })).body;
      }
      throw new Error(`the sample has no ${title}`);
    };
    await make('consensus', 'Papan dinding', fullBoard());
    await make('tree', 'Pohon dinding', await sampleBody('Pohon masalah dan tujuan: air bersih'));
    await make('resourceMap', 'Peta dinding', await sampleBody('Peta potensi Desa Sukamaju'));
    await make('pairwise', 'Banding dinding', pairwiseOfTen());
    await make('matrix', 'Matriks dinding', matrixOfTen());
    await make('vote', 'Suara dinding', voteOfTen());
    // Back out and in again so the session lists the new exercises.
    await app.page.getByRole('button', { name: 'Kembali' }).click();
    await app.page.getByText('FGD pemetaan kelembagaan').click();
    await app.page.getByRole('tab', { name: /Latihan/ }).click();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('consensus board: all seven columns and the loose cards on screen, every column title whole', async () => {
    const { page } = app;
    await openExercise('Papan dinding');
    const columns = page.getByTestId('board-column');
    expect(await columns.count()).toBe(7);
    expect(await clippedTitles(page)).toEqual([]);
    expect(await sidewaysScroll(page)).toBe(0);
    for (const column of await columns.all()) {
      const box = await boxOf(column);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(wall.width);
      // Wide enough that a card's words read from the back of the hall.
      expect(box.width).toBeGreaterThanOrEqual(180);
    }
    // The title the issue saw cut: every word of it on screen.
    const title = page.getByLabel('Judul kolom ★');
    expect(await title.inputValue()).toBe('Lindungi sumber mata air di hulu desa');
    expect(await title.evaluate((t) => t.scrollHeight <= t.clientHeight + 1)).toBe(true);
    // The first row of columns starts on the first screen.
    expect((await boxOf(columns.first())).y).toBeLessThan(wall.height / 2);
    await app.screenshot('wall1024-consensus');
  });

  it('resource map: the map takes three quarters of the window with every drawing tool; table and pentagon cut nothing', async () => {
    const { page } = app;
    await openExercise('Peta dinding');
    const map = page.getByTestId('map-canvas');
    const before = await boxOf(map);
    const share = before.height / wall.height;
    console.log(`map: ${Math.round(share * 100)}% of the window's height, ${Math.round(before.width)} px wide`);
    expect(share).toBeGreaterThanOrEqual(0.74);
    expect(before.y + before.height).toBeLessThanOrEqual(wall.height);
    // Tools beside the map: choosing one (with its area kind, label text or hint) never moves the map.
    const tools = page.getByRole('radiogroup', { name: 'Alat' });
    for (const tool of ['Jalan', 'Sungai', 'Area', 'Batas desa', 'Pena', 'Tulisan', 'Pilih / geser']) {
      await tools.getByRole('radio', { name: tool }).click();
      expect(await boxOf(map)).toEqual(before);
      expect(await clippedTitles(page)).toEqual([]);
    }
    await app.screenshot('wall1024-map');
    for (const [tab, shot] of [
      ['Tabel', 'wall1024-map-table'],
      ['Segilima aset', 'wall1024-map-pentagon'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForTimeout(200);
      expect(await clippedTitles(page)).toEqual([]);
      expect(await sidewaysScroll(page)).toBe(0);
      await app.screenshot(shot);
    }
    await page.getByRole('tab', { name: 'Peta' }).click();
    expect(await boxOf(map)).toEqual(before);
  });

  it('tree: the canvas stays put while boxes are selected and let go; the selected box is edited beside it, by keyboard too', async () => {
    const { page } = app;
    await openExercise('Pohon dinding');
    const canvas = page.locator('.tree-body');
    await page.getByTestId('tree-canvas').waitFor();
    await page.waitForTimeout(300);
    // The focal box starts selected, with its words beside the tree.
    const problem = page.getByLabel('Masalah', { exact: true });
    await visible(problem);
    const selected = await boxOf(canvas);
    console.log(`tree: ${Math.round((selected.height / wall.height) * 100)}% of the window's height`);
    expect(selected.height / wall.height).toBeGreaterThanOrEqual(0.7);
    expect(selected.y + selected.height).toBeLessThanOrEqual(wall.height);
    // Every box's words whole on the canvas: none cut short with an ellipsis.
    const boxTexts = await page.evaluate(() => {
      type Stage = { find(selector: string): { text(): string }[] };
      const konva = (window as unknown as { Konva: { stages: Stage[] } }).Konva;
      return konva.stages.flatMap((stage) => stage.find('Text').map((node) => node.text()));
    });
    expect(boxTexts.length).toBeGreaterThanOrEqual(10);
    expect(boxTexts.filter((text) => text.includes('…'))).toEqual([]);
    await app.screenshot('wall1024-tree-selected');
    // Let go (Esc on the tree): the editor goes, the tree does not move.
    await page.getByTestId('tree-canvas').click({ position: { x: 10, y: 10 } });
    await page.keyboard.press('Escape');
    await expect.poll(() => problem.count()).toBe(0);
    expect(await boxOf(canvas)).toEqual(selected);
    await app.screenshot('wall1024-tree');
    // Select another box from the outline: the tree still does not move.
    await page.getByText('Pohon sebagai daftar').click();
    await page.getByTestId('tree-outline').getByRole('button', { name: 'Balita jarang diare' }).click();
    await visible(problem);
    expect(await boxOf(canvas)).toEqual(selected);
    expect(await problem.inputValue()).toBe('Balita sering diare');
    // Whole in its field, however long.
    expect(await problem.evaluate((t) => t.scrollHeight <= t.clientHeight + 1)).toBe(true);
    expect(await clippedTitles(page)).toEqual([]);
    // From the tree, Tab goes on to the selected box's words (after the zoom tools), and back.
    await page.getByTestId('tree-canvas').focus();
    const stops: string[] = [];
    for (let i = 0; i < 8 && stops.at(-1) !== 'Masalah'; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(
          () => (document.activeElement as HTMLElement).getAttribute('aria-label') ?? document.activeElement?.id ?? '',
        ),
      );
      if (await problem.evaluate((el) => el === document.activeElement)) stops[stops.length - 1] = 'Masalah';
    }
    expect(stops.at(-1)).toBe('Masalah');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' di bawah lima tahun');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => {
        const ex = (await app.backend.handlers['session.get']({ id: sessionId })).exercises.find(
          (e) => e.title === 'Pohon dinding',
        )!;
        const body = (await app.backend.handlers['exercise.get']({ id: ex.id })).body as {
          nodes: { problem: string }[];
        };
        return body.nodes.some((n) => n.problem === 'Balita sering diare di bawah lima tahun');
      })
      .toBe(true);
    expect(await boxOf(canvas)).toEqual(selected);
  });

  it('ranking results: ten long names whole, the chart on the first screen, nothing sideways', async () => {
    const { page } = app;
    for (const [title, shot] of [
      ['Banding dinding', 'wall1024-pairwise'],
      ['Matriks dinding', 'wall1024-matrix'],
      ['Suara dinding', 'wall1024-vote'],
    ] as const) {
      await openExercise(title);
      await page.getByRole('tab', { name: 'Hasil' }).click();
      await page.locator('.ranking-chart svg').waitFor();
      const chart = await chartFacts(page);
      console.log(`${title}: chart type ${chart.fontPx.toFixed(1)} px, ${Math.round(chart.box.height)} px high`);
      expect(chart.cut).toEqual([]);
      // Every name of the chart is in it, whole.
      const shown = await page.locator('.ranking-chart svg').evaluate((svg) => svg.textContent ?? '');
      for (const name of longOptions) expect(shown.replace(/\s+/g, ' ')).toContain(name.split(' ').slice(-2).join(' '));
      expect(chart.fontPx).toBeGreaterThanOrEqual(20);
      expect(chart.box.x + chart.box.width).toBeLessThanOrEqual(wall.width);
      expect(chart.box.y + chart.box.height).toBeLessThanOrEqual(wall.height);
      expect(await clippedTitles(page)).toEqual([]);
      expect(await sidewaysScroll(page)).toBe(0);
      await app.screenshot(shot);
    }
    // The vote's ballots, ten options abreast: they scroll in their own box, the page never sideways.
    await page.getByRole('tab', { name: 'Pemilih' }).click();
    const ballots = page.getByTestId('ballots-scroll');
    await visible(ballots);
    expect(await sidewaysScroll(page)).toBe(0);
    const box = await boxOf(ballots);
    expect(box.x + box.width).toBeLessThanOrEqual(wall.width);
    expect(await ballots.evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true);
    // Scrolled to the last option, the voter's name is still at the left edge.
    await ballots.evaluate((b) => b.scrollTo({ left: b.scrollWidth }));
    const voter = await boxOf(page.getByRole('rowheader', { name: /^Pemilih 1\b/ }));
    expect(voter.x).toBeGreaterThanOrEqual(box.x - 1);
    expect(voter.x).toBeLessThan(box.x + 10);
    await app.screenshot('wall1024-vote-ballots');
  });

  it('the notice sits in the top bar: it covers none of the work, is announced, and goes by keyboard', async () => {
    const { page } = app;
    await openExercise('Peta dinding');
    const map = page.getByTestId('map-canvas');
    const before = await boxOf(map);
    app.host.savePaths.push(path.join(work, 'peta.pdf'));
    await app.emit({ type: 'menu', command: 'exportPdf' });
    const notice = page.getByRole('status').filter({ hasText: 'PDF disimpan' });
    await visible(notice, 30_000);
    const noticeBox = await boxOf(notice);
    const bar = await boxOf(page.locator('header.topbar'));
    expect(noticeBox.y).toBeGreaterThanOrEqual(bar.y);
    expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(bar.y + bar.height);
    // Nothing of the work under it: the head, the tabs, the map, the panel beside it.
    const workElements = page
      .locator('main.screen')
      .locator('button, input, select, textarea, h1, [role="tab"], .canvas-wrap, .side');
    for (const element of await workElements.all()) {
      const box = await element.boundingBox();
      if (box) expect(overlaps(noticeBox, box), await element.evaluate((e) => e.outerHTML.slice(0, 80))).toBe(false);
    }
    // Nor the top bar's own buttons.
    for (const button of await page.locator('header.topbar button').all())
      expect(overlaps(noticeBox, await boxOf(button))).toBe(false);
    expect(await boxOf(map)).toEqual(before);
    await app.screenshot('wall1024-notice');
    // Its close button is a Tab stop; Enter on it lets the notice go.
    await notice.getByRole('button', { name: 'Tutup' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => notice.count()).toBe(0);
  });
});
