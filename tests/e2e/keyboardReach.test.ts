import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ConsensusDocument, TreeDocument } from '#shared/exercises/framing/schema.js';
import { emptyResourceMapDocument, type ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import { startApp, type AppHarness } from '../support/appHarness.js';
import { mapResource } from '../support/coreFixtures.js';
import { tempDir } from '../support/paths.js';
import { pdfText } from '../support/pdf.js';
import { countOf, visible } from '../support/waits.js';
import { problemTree, treeNode } from '../support/treeFixtures.js';

/** What a screen reader would call the focused element: its aria-label, else its text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return '';
    return (el.getAttribute('aria-label') ?? el.textContent).replace(/\s+/g, ' ').trim();
  });
}

/** The Konva focus ring's centre and the centre of the node named `name`, in stage pixels. */
async function ringAround(
  page: Page,
  testId: string,
  name: string,
): Promise<{ ring: number[]; node: number[] } | null> {
  return page.evaluate(
    ({ id, nodeName }) => {
      type Rect = { x: number; y: number; width: number; height: number };
      type KonvaNode = { getClientRect(): Rect };
      type KonvaStage = { container(): HTMLElement; findOne(selector: string): KonvaNode | undefined };
      const konva = (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva;
      const box = document.querySelector(`[data-testid="${id}"]`);
      const stage = konva.stages.find((s) => box?.contains(s.container()));
      const ring = stage?.findOne('.focus-ring');
      const node = stage?.findOne(`.${nodeName}`);
      if (!ring || !node) return null;
      const centre = (r: Rect) => [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
      return { ring: centre(ring.getClientRect()), node: centre(node.getClientRect()) };
    },
    { id: testId, nodeName: name },
  );
}

/**
 * The keyboard as the test's only hand: every key press and every typed character is
 * counted. `tabTo` presses Tab (or Shift+Tab) until the focus is on what a user is
 * looking for, as a person would, and fails when it takes more than `max`.
 */
class CountedKeyboard {
  presses = 0;
  readonly log: string[] = [];
  constructor(private readonly page: Page) {}

  async press(key: string): Promise<void> {
    this.presses += 1;
    this.log.push(key);
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    this.presses += text.length;
    this.log.push(`"${text}"`);
    await this.page.keyboard.type(text);
  }

  async tabTo(name: RegExp, { back = false, max = 20 } = {}): Promise<void> {
    for (let i = 0; i <= max; i += 1) {
      if (name.test(await focusedName(this.page))) return;
      if (i < max) await this.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`${name} not reached in ${max} presses; focus on "${await focusedName(this.page)}"`);
  }
}

/** A tree: the focal problem, two causes (the first with one sub-cause) and one effect. */
function smallTree(): TreeDocument {
  return problemTree([
    treeNode('focal', null, 'cause', 'Air bersih sulit didapat'),
    treeNode('c1', 'focal', 'cause', 'Sumber mata air mengecil'),
    treeNode('c2', 'focal', 'cause', 'Pipa bocor'),
    treeNode('c1a', 'c1', 'cause', 'Hutan ditebang'),
    treeNode('e1', 'focal', 'effect', 'Anak sering diare'),
  ]);
}

/** A board: one column with one card, two loose cards. */
function smallBoard(): ConsensusDocument {
  const card = (id: string, text: string) => ({ id, text, group: '' });
  return {
    schemaVersion: 1,
    focusQuestion: 'Apa yang bisa kita lakukan?',
    cards: [card('k1', 'Tampung air hujan'), card('k2', 'Perbaiki pipa'), card('k3', 'Iuran perawatan')],
    loose: ['k2', 'k3'],
    columns: [{ id: 'col1', title: 'Air hujan', symbol: '★', cardIds: ['k1'] }],
    resolve: { meaning: '', nextSteps: '' },
  };
}

function smallMap(): ResourceMapDocument {
  return {
    ...emptyResourceMapDocument(),
    resources: [
      { ...mapResource('Sawah irigasi', 'natural', 'r1'), x: -300, y: 0 },
      { ...mapResource('Kelompok tani', 'social', 'r2'), x: 0, y: 200 },
      { ...mapResource('Jalan desa', 'physical', 'r3'), x: 300, y: -100 },
    ],
  };
}

describe('every canvas object is reachable by keyboard', () => {
  let app: AppHarness;
  let keys: CountedKeyboard;
  const work = tempDir('keyboard-reach');
  const venn = async (): Promise<VennDocument> => {
    const community = await app.backend.handlers['community.current']({});
    const session = community!.sessions.find((s) => s.title === 'FGD pemetaan kelembagaan')!;
    const detail = await app.backend.handlers['session.get']({ id: session.id });
    const id = detail.exercises.find((e) => e.title.startsWith('Kondisi sekarang'))!.id;
    return (await app.backend.handlers['exercise.get']({ id })).body as VennDocument;
  };
  const stored = <T>(read: (d: VennDocument) => T) => expect.poll(async () => read(await venn()), { timeout: 10_000 });

  beforeAll(async () => {
    app = await startApp();
    keys = new CountedKeyboard(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('walks from the start screen to a new institution, its importance, undo and the PDF in under 40 key presses', async () => {
    const { page } = app;
    await keys.tabTo(/^Buka contoh/);
    await keys.press('Enter');
    await visible(page.getByRole('heading', { name: 'Desa Sukamaju' }));
    // The programme path jumps to a step's sessions: the Venn's session is in step 6.
    await keys.tabTo(/^6\. Menggali sistem sumber/);
    await keys.press('Enter');
    await keys.tabTo(/FGD pemetaan kelembagaan/);
    await keys.press('Enter');
    await visible(page.getByRole('tab', { name: /Latihan/ }));
    await keys.tabTo(/^Kondisi sekarang/);
    await keys.press('Enter');
    await countOf(page.getByTestId('institution-table').locator('li'), 12);

    await keys.tabTo(/^Nama lembaga$/);
    await keys.type('BKM');
    await keys.press('Enter');
    await countOf(page.getByTestId('institution-table').locator('li'), 13);
    await stored((d) => d.institutions.find((i) => i.name === 'BKM')?.importance).toBe(2);

    // The new circle is selected, so the canvas's one stop for its circles is on it.
    await keys.tabTo(/^BKM: kepentingan 2 \(Sedang\)/);
    await keys.press('3');
    await stored((d) => d.institutions.find((i) => i.name === 'BKM')?.importance).toBe(3);
    // The focused stop says the new state (a moment after the picture: VennCanvas's wordsDoc).
    await expect.poll(() => focusedName(page)).toMatch(/^BKM: kepentingan 3 \(Besar\)/);
    await keys.press('Control+z');
    await stored((d) => d.institutions.find((i) => i.name === 'BKM')?.importance).toBe(2);

    // Export: Ctrl+P is the menu's accelerator; the Electron menu sends its command, as here.
    const pdf = path.join(work, 'walk.pdf');
    app.host.savePaths.push(pdf);
    keys.presses += 1;
    keys.log.push('Control+p (menu)');
    await app.emit({ type: 'menu', command: 'exportPdf' });
    await visible(page.getByText(/PDF disimpan/), 20_000);
    expect(pdfText(pdf)).toContain('BKM');

    console.log(`keyboard walk: ${keys.presses} key presses: ${keys.log.join(' ')}`);
    expect(keys.presses).toBeLessThan(40);
  });

  it('Tab goes from circle to circle in the table order, each announced, ringed by the canvas, and out at either end', async () => {
    const { page } = app;
    const doc = await venn();
    const order = await page.getByTestId('institution-table').locator('li strong').allTextContents();
    const pemerintah = doc.institutions.find((i) => i.name === order[0])!;
    // From the canvas box, one Tab onto the circles: the selected one (BKM).
    await page.getByTestId('venn-canvas').focus();
    await keys.press('Tab');
    expect(await focusedName(page)).toMatch(/^BKM:/);
    await keys.press('Home');
    expect(await focusedName(page)).toMatch(new RegExp(`^${order[0]}: kepentingan 4 \\(Sangat besar\\), Sangat dekat`));
    // Focus selects: the side panel shows the focused circle.
    await visible(page.getByRole('region', { name: order[0] }));
    const ring = await ringAround(page, 'venn-canvas', `institution-${pemerintah.id}`);
    expect(ring).not.toBeNull();
    expect(Math.abs(ring!.ring[0]! - ring!.node[0]!)).toBeLessThanOrEqual(2);
    expect(Math.abs(ring!.ring[1]! - ring!.node[1]!)).toBeLessThanOrEqual(2);
    await app.screenshot('keyboard-venn-focus');

    const visited: string[] = [];
    for (let i = 0; i < order.length; i += 1) {
      visited.push((await focusedName(page)).split(':')[0]!);
      await keys.press('Tab');
    }
    expect(visited).toEqual(order);
    // After the last circle, Tab leaves the canvas for the side panel.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="venn-canvas"]'))).toBeNull();
    // Shift+Tab from the first circle goes back to the canvas box.
    await page.getByTestId('venn-canvas').focus();
    await keys.press('Tab');
    await keys.press('Home');
    await keys.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('venn-canvas');
  });

  it('brings a circle the keyboard moves to into view when the zoom has put it outside', async () => {
    const { page } = app;
    await page.getByTestId('venn-canvas').focus();
    for (let i = 0; i < 5; i += 1) await keys.press('+');
    const outside = await page.evaluate(() => {
      type Rect = { x: number; y: number; width: number; height: number };
      type Stage = {
        container(): HTMLElement;
        width(): number;
        height(): number;
        find(s: string): { name(): string; getClientRect(): Rect }[];
      };
      const stage = (window as unknown as { Konva: { stages: Stage[] } }).Konva.stages.find((s) =>
        document.querySelector('[data-testid="venn-canvas"]')?.contains(s.container()),
      )!;
      return stage
        .find('Circle')
        .filter((c) => c.name().startsWith('institution-'))
        .filter((c) => {
          const r = c.getClientRect();
          return r.x + r.width < 0 || r.y + r.height < 0 || r.x > stage.width() || r.y > stage.height();
        })
        .map((c) => c.name());
    });
    expect(outside.length).toBeGreaterThan(0);
    const doc = await venn();
    const target = doc.institutions.find((i) => `institution-${i.id}` === outside[0])!;
    await keys.press('Tab');
    await keys.tabTo(new RegExp(`^${target.name.replace(/[()]/g, '\\$&')}:`), { max: 14 });
    await expect
      .poll(() =>
        page.evaluate((name) => {
          type Rect = { x: number; y: number; width: number; height: number };
          type Stage = {
            container(): HTMLElement;
            width(): number;
            height(): number;
            findOne(s: string): { getClientRect(): Rect };
          };
          const stage = (window as unknown as { Konva: { stages: Stage[] } }).Konva.stages.find((s) =>
            document.querySelector('[data-testid="venn-canvas"]')?.contains(s.container()),
          )!;
          const r = stage.findOne(`.${name}`).getClientRect();
          return r.x >= 0 && r.y >= 0 && r.x + r.width <= stage.width() && r.y + r.height <= stage.height();
        }, outside[0]!),
      )
      .toBe(true);
    await page.getByTestId('venn-canvas').focus();
    await keys.press('0');
  });

  it('arrows nudge the focused circle, Delete removes it and the focus stays in the canvas', async () => {
    const { page } = app;
    await page.getByTestId('venn-canvas').focus();
    await keys.press('Tab');
    await keys.press('End');
    const name = (await focusedName(page)).split(':')[0]!;
    const x = (await venn()).institutions.find((i) => i.name === name)!.x;
    await keys.press('ArrowRight');
    await stored((d) => d.institutions.find((i) => i.name === name)!.x).toBe(x + 10);
    await keys.press('Delete');
    await stored((d) => d.institutions.some((i) => i.name === name)).toBe(false);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="venn-canvas"]') !== null))
      .toBe(true);
    await keys.press('Control+z');
    await stored((d) => d.institutions.some((i) => i.name === name)).toBe(true);
  });

  it('the importance choices are one Tab stop and the arrows move between them without moving the circle', async () => {
    const { page } = app;
    await page.getByTestId('institution-table').locator('strong', { hasText: /^BPD$/ }).click();
    const bpd = (await venn()).institutions.find((i) => i.name === 'BPD')!;
    const group = page.getByRole('radiogroup', { name: 'Kepentingan' });
    const options = group.getByRole('radio');
    expect(await options.evaluateAll((els) => els.map((el) => (el as HTMLElement).tabIndex))).toEqual(
      [1, 2, 3, 4].map((n) => (n === bpd.importance ? 0 : -1)),
    );
    await page.getByLabel('Nama lembaga', { exact: true }).last().focus();
    await keys.tabTo(new RegExp(`^${bpd.importance} `));
    expect(await focusedName(page)).toBe(`${bpd.importance} Sedang`);
    await keys.press('ArrowRight');
    await stored((d) => d.institutions.find((i) => i.name === 'BPD')!.importance).toBe(bpd.importance + 1);
    // The side panel follows the document a moment after the canvas (VennSide).
    await expect.poll(() => focusedName(page)).toBe(`${bpd.importance + 1} Besar`);
    await keys.press('ArrowLeft');
    await stored((d) => d.institutions.find((i) => i.name === 'BPD')!.importance).toBe(bpd.importance);
    const after = (await venn()).institutions.find((i) => i.name === 'BPD')!;
    expect([after.x, after.y]).toEqual([bpd.x, bpd.y]);
    // One more Tab leaves the group for the relation choices, on the chosen one.
    await keys.press('Tab');
    expect(await focusedName(page)).toBe('Netral');
  });

  describe('tree and map', () => {
    beforeAll(async () => {
      const { page } = app;
      const sessionId = (await app.backend.handlers['community.current']({}))!.sessions.find(
        (s) => s.title === 'FGD pemetaan kelembagaan',
      )!.id;
      const handlers = app.backend.handlers;
      const tree = await handlers['exercise.create']({ sessionId, type: 'tree', title: 'Pohon air' });
      await handlers['exercise.save']({ id: tree.id, baseVersion: tree.version, body: smallTree() });
      const map = await handlers['exercise.create']({ sessionId, type: 'resourceMap', title: 'Peta kecil' });
      await handlers['exercise.save']({ id: map.id, baseVersion: map.version, body: smallMap() });
      const board = await handlers['exercise.create']({ sessionId, type: 'consensus', title: 'Papan kecil' });
      await handlers['exercise.save']({ id: board.id, baseVersion: board.version, body: smallBoard() });
      await page.getByRole('button', { name: 'Kembali' }).click();
      await page.getByRole('button', { name: 'Kembali' }).click();
      await page.getByText('FGD pemetaan kelembagaan').click();
    });

    it('Tab onto the selected tree box, arrows along the drawn tree, each box announced', async () => {
      const { page } = app;
      await page.getByRole('button', { name: /^Pohon air/ }).click();
      await page.getByTestId('tree-canvas').waitFor();
      await page.getByTestId('tree-canvas').focus();
      await keys.press('Tab');
      // The focal problem starts selected.
      expect(await focusedName(page)).toBe('Masalah utama: Air bersih sulit didapat');
      const walk: [string, string][] = [
        ['ArrowDown', 'Sebab, tingkat 1: Sumber mata air mengecil'],
        ['ArrowDown', 'Sebab, tingkat 2: Hutan ditebang'],
        ['ArrowUp', 'Sebab, tingkat 1: Sumber mata air mengecil'],
        ['ArrowRight', 'Sebab, tingkat 1: Pipa bocor'],
        ['ArrowRight', 'Sebab, tingkat 1: Pipa bocor'],
        ['ArrowUp', 'Masalah utama: Air bersih sulit didapat'],
        ['ArrowUp', 'Akibat, tingkat 1: Anak sering diare'],
      ];
      for (const [key, name] of walk) {
        await keys.press(key);
        expect(await focusedName(page), key).toBe(name);
      }
      // The focused box is the selected one: its editor shows its text.
      expect(await page.getByLabel('Masalah', { exact: true }).inputValue()).toBe('Anak sering diare');
      expect(await ringAround(page, 'tree-canvas', 'node-e1')).not.toBeNull();
      await app.screenshot('keyboard-tree-focus');
      // Tab leaves the tree at once and adds nothing.
      await keys.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="tree-canvas"]'))).toBeNull();
      const id = (await app.backend.handlers['session.get']({
        id: (await app.backend.handlers['community.current']({}))!.sessions.find(
          (s) => s.title === 'FGD pemetaan kelembagaan',
        )!.id,
      }))!.exercises.find((e) => e.title === 'Pohon air')!.id;
      const body = (await app.backend.handlers['exercise.get']({ id })).body as TreeDocument;
      expect(body.nodes).toHaveLength(5);
    });

    it('Tab goes from marker to marker on the map, each announced and shown in the side panel', async () => {
      const { page } = app;
      await page.getByRole('button', { name: 'Kembali' }).click();
      await page.getByRole('button', { name: /^Peta kecil/ }).click();
      await page.getByTestId('map-canvas').waitFor();
      await page.getByTestId('map-canvas').focus();
      await keys.press('Tab');
      expect(await focusedName(page)).toMatch(/^Sawah irigasi: modal Alam, nilai \d/);
      const panelName = page.locator('aside.side').getByLabel('Nama sumber daya');
      await visible(panelName);
      expect(await panelName.inputValue()).toBe('Sawah irigasi');
      await keys.press('Tab');
      expect(await focusedName(page)).toMatch(/^Kelompok tani: modal Sosial/);
      expect(await panelName.inputValue()).toBe('Kelompok tani');
      expect(await ringAround(page, 'map-canvas', 'resource-r2')).not.toBeNull();
      await app.screenshot('keyboard-map-focus');
      // Arrows move the focused marker, and a run of presses is one undo step.
      const mapId = (await app.backend.handlers['session.get']({
        id: (await app.backend.handlers['community.current']({}))!.sessions.find(
          (s) => s.title === 'FGD pemetaan kelembagaan',
        )!.id,
      }))!.exercises.find((e) => e.title === 'Peta kecil')!.id;
      const markerAt = async () =>
        ((await app.backend.handlers['exercise.get']({ id: mapId })).body as ResourceMapDocument).resources
          .filter((r) => r.id === 'r2')
          .map((r) => [r.x, r.y])[0];
      await keys.press('ArrowRight');
      await keys.press('ArrowRight');
      await keys.press('Shift+ArrowUp');
      await expect.poll(markerAt).toEqual([20, 199]);
      expect(await focusedName(page)).toMatch(/^Kelompok tani:/);
      await keys.press('Control+z');
      await expect.poll(markerAt).toEqual([0, 200]);
      await keys.press('Tab');
      expect(await focusedName(page)).toMatch(/^Jalan desa: modal Fisik/);
      await keys.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="map-canvas"]'))).toBeNull();
    });

    it('Tab reaches every consensus card, named by its text, in board order, and its menu moves it', async () => {
      const { page } = app;
      await page.getByRole('button', { name: 'Kembali' }).click();
      await page.getByRole('button', { name: /^Papan kecil/ }).click();
      await page.getByTestId('idea-card').first().waitFor();
      await page.getByLabel('Pertanyaan fokus').focus();
      const reached: string[] = [];
      for (let i = 0; i < 12 && reached.length < 3; i += 1) {
        await keys.press('Tab');
        const name = await focusedName(page);
        if (name.startsWith('Pindahkan ke: ')) reached.push(name.slice('Pindahkan ke: '.length));
      }
      // The loose pile comes first, then the columns.
      expect(reached).toEqual(['Perbaiki pipa', 'Iuran perawatan', 'Tampung air hujan']);
      // A loose card's menu, by keyboard: the first place offered is the column ★.
      await keys.tabTo(/^Pindahkan ke: Iuran perawatan$/, { back: true, max: 4 });
      await keys.press('ArrowDown');
      const id = (await app.backend.handlers['session.get']({
        id: (await app.backend.handlers['community.current']({}))!.sessions.find(
          (s) => s.title === 'FGD pemetaan kelembagaan',
        )!.id,
      }))!.exercises.find((e) => e.title === 'Papan kecil')!.id;
      await expect
        .poll(
          async () =>
            ((await app.backend.handlers['exercise.get']({ id })).body as ConsensusDocument).columns[0]!.cardIds,
        )
        .toEqual(['k1', 'k3']);
    });
  });
});
