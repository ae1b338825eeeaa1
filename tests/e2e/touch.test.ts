import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ConsensusDocument, TreeDocument } from '#shared/exercises/framing/schema.js';
import { emptyResourceMapDocument, type ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import { exerciseTypeNames } from '#shared/exercises/registry.js';
import { openSampleSession, startApp, type AppHarness } from '../support/appHarness.js';
import { headCommand } from '../support/exerciseHead.js';
import { mapResource } from '../support/coreFixtures.js';
import { nodeCentre } from '../support/konva.js';
import { TouchScreen, type Point } from '../support/touch.js';
import { problemTree, treeNode } from '../support/treeFixtures.js';

interface StageView {
  scale: number;
  x: number;
  y: number;
}

/** The view of the Konva stage inside `testId`: its scale and where its origin sits. */
async function stageView(page: Page, testId: string): Promise<StageView> {
  return page.evaluate((id) => {
    type KonvaStage = { container(): HTMLElement; scaleX(): number; x(): number; y(): number };
    const konva = (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva;
    const box = document.querySelector(`[data-testid="${id}"]`);
    const stage = konva.stages.find((s) => box?.contains(s.container()));
    if (!stage) throw new Error(`no Konva stage in ${id}`);
    return { scale: stage.scaleX(), x: stage.x(), y: stage.y() };
  }, testId);
}

/** What the browser itself did with the page: its pinch zoom and every scrolled element. */
async function pageZoomAndScroll(page: Page): Promise<{ zoom: number; scrolled: string[] }> {
  return page.evaluate(() => ({
    zoom: window.visualViewport?.scale ?? 1,
    scrolled: [document.scrollingElement, ...document.querySelectorAll('*')]
      .filter((el): el is Element => el !== null && (el.scrollTop !== 0 || el.scrollLeft !== 0))
      .map((el) => `${el.tagName}.${el.className}`),
  }));
}

/** Where the diagram point under `screen` lies, in the diagram's own units, for `view`. */
const worldAt = (view: StageView, stageLeft: Point, screen: Point): Point => ({
  x: (screen.x - stageLeft.x - view.x) / view.scale,
  y: (screen.y - stageLeft.y - view.y) / view.scale,
});

/** Two named columns of one card each, and three loose cards. */
function boardWithCards(): ConsensusDocument {
  const texts = [
    'Tandon air hujan',
    'Jaga hutan di mata air',
    'Talang di rumah warga',
    'Iuran air bulanan',
    'Rapat air',
  ];
  return {
    schemaVersion: 1,
    focusQuestion: 'Apa yang bisa kita lakukan agar air bersih cukup?',
    cards: texts.map((text, i) => ({ id: `c${i + 1}`, text, group: '' })),
    loose: ['c3', 'c4', 'c5'],
    columns: [
      { id: 'k1', title: 'Tampung air hujan di rumah', symbol: '★', cardIds: ['c1'] },
      { id: 'k2', title: 'Lindungi sumber mata air desa', symbol: '●', cardIds: ['c2'] },
    ],
    resolve: { meaning: '', nextSteps: '' },
  };
}

/** A focal problem, two causes, and a root cause under the first. */
function smallTree(): TreeDocument {
  return problemTree([
    treeNode('focal', null, 'cause', 'Air bersih sulit saat kemarau'),
    treeNode('c1', 'focal', 'cause', 'Sumber mata air mengecil'),
    treeNode('c2', 'focal', 'cause', 'Pipa bocor'),
    treeNode('s1', 'c1', 'cause', 'Tidak ada iuran perawatan'),
  ]);
}

function smallMap(): ResourceMapDocument {
  return {
    ...emptyResourceMapDocument(),
    resources: [
      { ...mapResource('Sawah irigasi', 'natural', 'r1'), x: -200, y: 0 },
      { ...mapResource('Kelompok tani', 'social', 'r2'), x: 200, y: 100 },
    ],
  };
}

/**
 * Two fingers `gap` px apart about `centre` spread to twice that: the diagram's scale
 * doubles about the fingers' midpoint, and the page neither zooms nor scrolls.
 */
async function expectPinchZoomsDiagram(page: Page, fingers: TouchScreen, testId: string, centre: Point): Promise<void> {
  const view = await stageView(page, testId);
  const stageLeft = (await page.getByTestId(testId).boundingBox())!;
  const underFingers = worldAt(view, stageLeft, centre);
  const pageBefore = await pageZoomAndScroll(page);
  await fingers.pinch(centre, 100, 2);
  await page.waitForTimeout(100);
  const zoomed = await stageView(page, testId);
  expect(zoomed.scale).toBeCloseTo(view.scale * 2, 2);
  // The canvas itself stayed where it was on the page.
  expect(await page.getByTestId(testId).boundingBox()).toEqual(stageLeft);
  const stillUnder = worldAt(zoomed, stageLeft, centre);
  expect(stillUnder.x).toBeCloseTo(underFingers.x, 0);
  expect(stillUnder.y).toBeCloseTo(underFingers.y, 0);
  expect(await pageZoomAndScroll(page)).toEqual(pageBefore);
  expect(pageBefore.zoom).toBe(1);
}

/**
 * A point on the line at height `y` of the last canvas where neither it nor the points
 * `spread` px left and right of it hit a shape that takes presses: where two fingers can
 * land on no object.
 */
async function emptyAlongRow(page: Page, y: number, spread: number): Promise<Point> {
  return page.evaluate(
    ([rowY, half]) => {
      type KonvaStage = { getIntersection(p: { x: number; y: number }): unknown; container(): HTMLElement };
      const konva = (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva;
      const stage = konva.stages[konva.stages.length - 1]!;
      const box = stage.container().getBoundingClientRect();
      const hit = (x: number) => stage.getIntersection({ x: x - box.left, y: rowY - box.top }) !== null;
      for (let x = box.left + half + 10; x < box.right - half - 10; x += 4)
        if (!hit(x - half) && !hit(x) && !hit(x + half)) return { x, y: rowY };
      throw new Error(`no empty place along y=${rowY}`);
    },
    [y, spread] as const,
  );
}

/** The minimum size of anything a finger presses (WCAG 2.5.5, and Android's and Apple's guides). */
const minTargetPx = 44;

/**
 * Every control on the page a finger could press that is smaller than 44 x 44 px, as
 * "name (width x height)". A control's target is its own box, or its label's box when the
 * label holds it (a checkbox in its label: the whole label takes the press). Controls out
 * of sight (a screen reader's, clipped to 1 px) are none of a finger's business.
 */
async function smallTargets(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate(
    ([min, scope]) => {
      const controls = document
        .querySelector(scope)!
        .querySelectorAll<HTMLElement>(
          'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"], [role="radio"], [role="checkbox"], [role="menuitem"], [role="menuitemradio"], [tabindex="0"]',
        );
      // Kept out of sight for a screen reader: clipped away, or inside a box of a pixel or two.
      const outOfSight = (el: HTMLElement): boolean => {
        for (let a: HTMLElement | null = el; a; a = a.parentElement) {
          const style = getComputedStyle(a);
          if (style.visibility === 'hidden' || style.display === 'none' || style.clipPath !== 'none') return true;
          const r = a.getBoundingClientRect();
          if (r.width <= 2 || r.height <= 2) return true;
        }
        return false;
      };
      const small: string[] = [];
      for (const el of controls) {
        if (outOfSight(el) || el.closest('[aria-hidden="true"]')) continue;
        const own = el.getBoundingClientRect();
        const label = el.closest('label');
        const target = label ? label.getBoundingClientRect() : own;
        if (target.width < min - 0.5 || target.height < min - 0.5)
          small.push(
            `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" (${Math.round(target.width)} x ${Math.round(target.height)})`,
          );
      }
      return small;
    },
    [minTargetPx, within] as const,
  );
}

/** Villagers at the interactive board: fingers and a pen on every canvas, CDP touch events at 1024x768. */
describe('touch and pen', () => {
  let app: AppHarness;
  let sessionId = '';
  let fingers: TouchScreen;
  const bodyOf = async <T>(title: RegExp): Promise<{ id: string; body: T }> => {
    const session = await app.backend.handlers['session.get']({ id: sessionId });
    const ex = session.exercises.find((e) => title.test(e.title))!;
    return { id: ex.id, body: (await app.backend.handlers['exercise.get']({ id: ex.id })).body as T };
  };

  /** From the session's exercise list, or from another exercise (one step back), opens an exercise. */
  const openExercise = async (title: RegExp): Promise<void> => {
    const button = app.page.getByRole('button', { name: title });
    if (!(await button.isVisible())) await app.page.getByRole('button', { name: 'Kembali' }).click();
    await button.click();
  };

  beforeAll(async () => {
    app = await startApp();
    // Touch is a property of the device the page loads on: turn it on, then load the app again.
    fingers = await TouchScreen.on(app.page);
    await app.restart();
    expect(await app.page.evaluate(() => navigator.maxTouchPoints)).toBe(5);
    sessionId = await openSampleSession(app);
    const handlers = app.backend.handlers;
    const board = await handlers['exercise.create']({ sessionId, type: 'consensus', title: 'Papan sentuh' });
    await handlers['exercise.save']({ id: board.id, baseVersion: board.version, body: boardWithCards() });
    const tree = await handlers['exercise.create']({ sessionId, type: 'tree', title: 'Pohon sentuh' });
    await handlers['exercise.save']({ id: tree.id, baseVersion: tree.version, body: smallTree() });
    const map = await handlers['exercise.create']({ sessionId, type: 'resourceMap', title: 'Peta sentuh' });
    await handlers['exercise.save']({ id: map.id, baseVersion: map.version, body: smallMap() });
    // One of every type, so the touch-target check below sees every exercise's page.
    const present = new Set((await handlers['session.get']({ id: sessionId })).exercises.map((e) => e.type));
    for (const type of exerciseTypeNames().filter((name) => !present.has(name)))
      await handlers['exercise.create']({ sessionId, type, title: `Sentuh ${type}` });
    // Back out and in again so the session lists the new exercises.
    await app.page.getByRole('button', { name: 'Kembali' }).click();
    await app.page.getByText('FGD pemetaan kelembagaan').click();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('Venn: tap selects, a finger drags a circle, two fingers zoom and pan the diagram and not the page', async () => {
    const { page } = app;
    await openExercise(/^Kondisi sekarang/);
    await page.getByTestId('venn-canvas').waitFor();
    await page.waitForTimeout(300);
    const { body: before } = await bodyOf<VennDocument>(/^Kondisi sekarang/);
    const bpd = before.institutions.find((i) => i.name === 'BPD')!;
    const desa = before.institutions.find((i) => i.name === 'Pemerintah Desa')!;

    // A tap selects: the side panel shows the institution.
    await fingers.tap(await nodeCentre(page, `institution-${bpd.id}`));
    await page.getByRole('region', { name: 'BPD' }).waitFor();

    // One finger drags the circle by 60 px on screen: the file has it moved by 60 / scale units.
    const view = await stageView(page, 'venn-canvas');
    await fingers.drag(await nodeCentre(page, `institution-${bpd.id}`), 60, 30);
    await expect
      .poll(async () => {
        const moved = (await bodyOf<VennDocument>(/^Kondisi sekarang/)).body.institutions.find((i) => i.id === bpd.id)!;
        return [Math.round((moved.x - bpd.x) * view.scale), Math.round((moved.y - bpd.y) * view.scale)];
      })
      .toEqual([60, 30]);
    expect(await stageView(page, 'venn-canvas')).toEqual(view);
    // And a pen drags it back.
    await fingers.penDrag(await nodeCentre(page, `institution-${bpd.id}`), -60, -30);
    await expect
      .poll(async () => {
        const moved = (await bodyOf<VennDocument>(/^Kondisi sekarang/)).body.institutions.find((i) => i.id === bpd.id)!;
        return [moved.x, moved.y];
      })
      .toEqual([bpd.x, bpd.y]);

    // Two fingers, the first on a circle, spread to twice their distance and move 40 px right:
    // the diagram is twice as large and the point under the fingers stays under them.
    const stageLeft = (await page.getByTestId('venn-canvas').boundingBox())!;
    const desaAt = await nodeCentre(page, `institution-${desa.id}`);
    const centre = { x: desaAt.x + 60, y: desaAt.y };
    const underFingers = worldAt(view, stageLeft, centre);
    const pageBefore = await pageZoomAndScroll(page);
    await fingers.pinch(centre, 120, 2, 40, 0);
    await page.waitForTimeout(100);
    const zoomed = await stageView(page, 'venn-canvas');
    expect(zoomed.scale).toBeCloseTo(view.scale * 2, 2);
    const stillUnder = worldAt(zoomed, stageLeft, { x: centre.x + 40, y: centre.y });
    expect(stillUnder.x).toBeCloseTo(underFingers.x, 0);
    expect(stillUnder.y).toBeCloseTo(underFingers.y, 0);
    // The page did not zoom or scroll, and the circle under the first finger stayed where it was.
    expect(await pageZoomAndScroll(page)).toEqual(pageBefore);
    expect(pageBefore.zoom).toBe(1);
    const after = (await bodyOf<VennDocument>(/^Kondisi sekarang/)).body.institutions.find((i) => i.id === desa.id)!;
    expect([after.x, after.y]).toEqual([desa.x, desa.y]);
    await app.screenshot('touch-venn-pinched');

    // Two fingers moving together pan without zooming.
    await fingers.gesture(
      [
        { x: centre.x - 50, y: centre.y + 40 },
        { x: centre.x + 50, y: centre.y + 40 },
      ],
      [
        { x: centre.x - 120, y: centre.y + 10 },
        { x: centre.x - 20, y: centre.y + 10 },
      ],
    );
    await page.waitForTimeout(100);
    const panned = await stageView(page, 'venn-canvas');
    expect(panned.scale).toBeCloseTo(zoomed.scale, 5);
    expect(panned.x - zoomed.x).toBeCloseTo(-70, 0);
    expect(panned.y - zoomed.y).toBeCloseTo(-30, 0);
    // The fit button brings the diagram back as it was.
    await page.getByRole('button', { name: 'Pas layar' }).first().click();
    await expect.poll(() => stageView(page, 'venn-canvas')).toEqual(view);
  });

  it('Venn: a finger held on a circle opens its menu; a choice there changes the circle', async () => {
    const { page } = app;
    await openExercise(/^Kondisi sekarang/);
    await page.getByTestId('venn-canvas').waitFor();
    await page.waitForTimeout(300);
    const { body } = await bodyOf<VennDocument>(/^Kondisi sekarang/);
    const karang = body.institutions.find((i) => i.name === 'Karang Taruna')!;
    const at = await nodeCentre(page, `institution-${karang.id}`);

    await fingers.press(at, 800);
    const menu = page.getByRole('menu', { name: 'Karang Taruna' });
    await menu.waitFor();
    expect(await menu.getByRole('menuitemradio', { checked: true }).allTextContents()).toEqual([
      `Kepentingan: ${karang.importance} ${['', 'Kecil', 'Sedang', 'Besar', 'Sangat besar'][karang.importance]}`,
      `Hubungan: ${{ supportive: 'Mendukung', neutral: 'Netral', harmful: 'Merugikan' }[karang.relation]}`,
    ]);
    await app.screenshot('touch-venn-circle-menu');
    const choice = (await menu.getByRole('menuitemradio', { name: 'Kepentingan: 4 Sangat besar' }).boundingBox())!;
    await fingers.tap({ x: choice.x + choice.width / 2, y: choice.y + choice.height / 2 });
    await expect
      .poll(
        async () =>
          (await bodyOf<VennDocument>(/^Kondisi sekarang/)).body.institutions.find((i) => i.id === karang.id)!
            .importance,
      )
      .toBe(4);
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    // The held circle did not move.
    const after = (await bodyOf<VennDocument>(/^Kondisi sekarang/)).body.institutions.find((i) => i.id === karang.id)!;
    expect([after.x, after.y]).toEqual([karang.x, karang.y]);

    // A right click opens the same menu; Escape closes it.
    const again = await nodeCentre(page, `institution-${karang.id}`);
    await page.mouse.click(again.x, again.y, { button: 'right' });
    await menu.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
  });

  it('board: a finger and a pen drag cards into columns; a held finger opens the card menu', async () => {
    const { page } = app;
    await openExercise(/^Papan sentuh/);
    const card = (text: string) => page.getByTestId('idea-card').filter({ hasText: text });
    const columns = page.getByTestId('board-column');
    await card('Talang di rumah warga').waitFor();
    const board = async () => (await bodyOf<ConsensusDocument>(/^Papan sentuh/)).body;
    const grip = async (text: string): Promise<Point> => {
      const box = (await card(text).locator('.idea-text').boundingBox())!;
      return { x: box.x + 20, y: box.y + box.height / 2 };
    };
    const into = async (column: number): Promise<Point> => {
      const box = (await columns.nth(column).boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height - 30 };
    };
    const pageBefore = await pageZoomAndScroll(page);

    // A finger drags a loose card onto the first column; while it moves, that column lights up.
    const from = await grip('Talang di rumah warga');
    const to = await into(0);
    await fingers.gesture([from], [to]);
    await expect.poll(async () => (await board()).columns[0]!.cardIds).toEqual(['c1', 'c3']);
    expect((await board()).loose).toEqual(['c4', 'c5']);
    await expect
      .poll(() => card('Talang di rumah warga').evaluate((el) => el.closest('[data-testid="board-column"]') !== null))
      .toBe(true);

    // A pen drags another into the second column.
    const penFrom = await grip('Iuran air bulanan');
    const penTo = await into(1);
    await fingers.penDrag(penFrom, penTo.x - penFrom.x, penTo.y - penFrom.y);
    await expect.poll(async () => (await board()).columns[1]!.cardIds).toEqual(['c2', 'c4']);
    expect(await pageZoomAndScroll(page)).toEqual(pageBefore);
    await expect.poll(() => page.locator('.board-column.over').count()).toBe(0);

    // A short tap moves nothing and opens nothing.
    await fingers.tap(await grip('Rapat air'));
    await page.waitForTimeout(700);
    expect(await page.getByRole('menu').count()).toBe(0);

    // Held still, a finger opens the card's menu: its places as large buttons.
    await fingers.press(await grip('Rapat air'), 800);
    const menu = page.getByRole('menu', { name: 'Pindahkan ke: Rapat air' });
    await menu.waitFor();
    const items = menu.getByRole('menuitem');
    expect(await items.allTextContents()).toEqual([
      '★ Tampung air hujan di rumah',
      '● Lindungi sumber mata air desa',
      '+ Kolom baru',
    ]);
    for (const box of await items.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height)))
      expect(box).toBeGreaterThanOrEqual(44);
    await app.screenshot('touch-board-card-menu');
    // The menu is inside the window, and the focus is on its first choice.
    const inside = await menu.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight;
    });
    expect(inside).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('★ Tampung air hujan di rumah');
    // A tap on a choice moves the card there and closes the menu.
    const choice = (await items.nth(2).boundingBox())!;
    await fingers.tap({ x: choice.x + choice.width / 2, y: choice.y + choice.height / 2 });
    await expect
      .poll(async () => (await board()).columns.map((c) => c.cardIds))
      .toEqual([['c1', 'c3'], ['c2', 'c4'], ['c5']]);
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    await app.screenshot('touch-board-after');
  });

  it('tree: tap selects a box, a finger drags a box onto another to re-parent it, two fingers zoom', async () => {
    const { page } = app;
    await openExercise(/^Pohon sentuh/);
    await page.getByTestId('tree-canvas').waitFor();
    await page.waitForTimeout(300);
    const tree = async () => (await bodyOf<TreeDocument>(/^Pohon sentuh/)).body;

    await fingers.tap(await nodeCentre(page, 'node-c2'));
    await expect.poll(() => page.getByLabel('Masalah', { exact: true }).inputValue()).toBe('Pipa bocor');

    // The root cause, dragged by a finger onto the other cause, now hangs under it.
    const from = await nodeCentre(page, 'node-s1');
    const onto = await nodeCentre(page, 'node-c2');
    await fingers.drag(from, onto.x - from.x, onto.y - from.y);
    await expect.poll(async () => (await tree()).nodes.find((n) => n.id === 's1')!.parentId).toBe('c2');

    // A pen drags it back under the first cause.
    const back = await nodeCentre(page, 'node-s1');
    const first = await nodeCentre(page, 'node-c1');
    await fingers.penDrag(back, first.x - back.x, first.y - back.y);
    await expect.poll(async () => (await tree()).nodes.find((n) => n.id === 's1')!.parentId).toBe('c1');

    // Held on a box, a finger opens the box's menu; "add a cause" there adds one under it.
    await fingers.press(await nodeCentre(page, 'node-c2'), 800);
    const menu = page.getByRole('menu', { name: 'Pipa bocor' });
    await menu.waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual([
      'Tambah sebab',
      'Tambah akibat',
      'Tambah di samping',
      'Lipat / buka cabang',
      'Hapus cabang',
    ]);
    await app.screenshot('touch-tree-box-menu');
    const addCause = (await menu.getByRole('menuitem', { name: 'Tambah sebab' }).boundingBox())!;
    await fingers.tap({ x: addCause.x + addCause.width / 2, y: addCause.y + addCause.height / 2 });
    await expect.poll(async () => (await tree()).nodes.filter((n) => n.parentId === 'c2').length).toBe(1);
    expect((await tree()).nodes.find((n) => n.id === 'c2')!.parentId).toBe('focal');
    await page.getByRole('button', { name: 'Pas layar' }).first().click();
    await page.waitForTimeout(300);

    // Between the rows of boxes, where the fingers land on no box. A touch there lets go of
    // the selected box (as a click does), and the box's editor above the canvas goes: tap
    // there once first, so the canvas is not moved by that while the fingers pinch.
    const focal = await nodeCentre(page, 'node-focal');
    const cause = await nodeCentre(page, 'node-c1');
    await fingers.tap({ x: focal.x, y: (focal.y + cause.y) / 2 });
    await page.waitForTimeout(300);
    // Where neither finger of the pinch (50 px either side) lands on a box, along that gap.
    const spot = await emptyAlongRow(page, (focal.y + cause.y) / 2, 50);
    await expectPinchZoomsDiagram(page, fingers, 'tree-canvas', spot);
    await app.screenshot('touch-tree-pinched');
  });

  it('map: tap selects a marker, a finger and a pen drag markers, two fingers zoom', async () => {
    const { page } = app;
    await openExercise(/^Peta sentuh/);
    await page.getByTestId('map-canvas').waitFor();
    await page.waitForTimeout(300);
    const marker = async (id: string) =>
      (await bodyOf<ResourceMapDocument>(/^Peta sentuh/)).body.resources.find((r) => r.id === id)!;

    await fingers.tap(await nodeCentre(page, 'resource-r2'));
    await expect.poll(() => page.getByRole('textbox', { name: 'Nama sumber daya' }).inputValue()).toBe('Kelompok tani');

    const view = await stageView(page, 'map-canvas');
    await fingers.drag(await nodeCentre(page, 'resource-r1'), 50, -40);
    await expect
      .poll(async () => {
        const r1 = await marker('r1');
        return [Math.round((r1.x + 200) * view.scale), Math.round(r1.y * view.scale)];
      })
      .toEqual([50, -40]);
    await fingers.penDrag(await nodeCentre(page, 'resource-r2'), -30, 60);
    await expect
      .poll(async () => {
        const r2 = await marker('r2');
        return [Math.round((r2.x - 200) * view.scale), Math.round((r2.y - 100) * view.scale)];
      })
      .toEqual([-30, 60]);
    expect(await stageView(page, 'map-canvas')).toEqual(view);

    const canvas = (await page.getByTestId('map-canvas').boundingBox())!;
    await expectPinchZoomsDiagram(page, fingers, 'map-canvas', {
      x: canvas.x + canvas.width / 2,
      y: canvas.y + canvas.height / 2,
    });
    await app.screenshot('touch-map-pinched');

    // Held on a marker, a finger opens its menu; a capital chosen there is the marker's.
    await page.getByRole('button', { name: 'Pas layar' }).first().click();
    await page.waitForTimeout(300);
    await fingers.press(await nodeCentre(page, 'resource-r1'), 800);
    const menu = page.getByRole('menu', { name: 'Sawah irigasi' });
    await menu.waitFor();
    expect(await menu.getByRole('menuitemradio', { checked: true }).allTextContents()).toEqual(['Modal: Alam']);
    await app.screenshot('touch-map-marker-menu');
    const social = (await menu.getByRole('menuitemradio', { name: 'Modal: Sosial' }).boundingBox())!;
    await fingers.tap({ x: social.x + social.width / 2, y: social.y + social.height / 2 });
    await expect.poll(async () => (await marker('r1')).capital).toBe('social');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
  });

  it('every control on every screen and every exercise is at least 44 x 44 px', async () => {
    const { page } = app;
    const found: string[] = [];
    const check = async (where: string, within?: string): Promise<void> => {
      await page.waitForTimeout(250);
      for (const small of await smallTargets(page, within)) found.push(`${where}: ${small}`);
    };
    const eachTab = async (where: string): Promise<void> => {
      await check(where);
      const tabs = page.locator('[role="tab"]');
      for (let i = 1; i < (await tabs.count()); i += 1) {
        const name = (await tabs.nth(i).textContent()) ?? '';
        await tabs.nth(i).click();
        await check(`${where} / ${name}`);
      }
    };
    await openExercise(/^Kondisi sekarang/);
    await page.getByRole('button', { name: 'Kembali' }).click();
    await page.getByRole('tab', { name: /Latihan/ }).waitFor();
    await eachTab('session');
    await page.getByRole('tab', { name: /Latihan/ }).click();
    const exercises = page.locator('.exercise-list li > button:first-child');
    const count = await exercises.count();
    expect(count).toBeGreaterThanOrEqual(exerciseTypeNames().length);
    for (let i = 0; i < count; i += 1) {
      const title = ((await exercises.nth(i).textContent()) ?? '').trim().slice(0, 30);
      await exercises.nth(i).click();
      await page.getByRole('button', { name: 'Kembali' }).waitFor();
      await eachTab(title);
      await headCommand(page, 'Ganti judul');
      await check(`${title} / rename dialog`, '[role="dialog"]');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Kembali' }).click();
      await page.getByRole('tab', { name: /Latihan/ }).click();
    }
    await page.getByRole('button', { name: 'Kembali' }).click();
    await check('community');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await check('community in English');
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    expect(found).toEqual([]);
  });
});
