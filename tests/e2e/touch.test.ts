import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import { openSampleSession, startApp, type AppHarness } from '../support/appHarness.js';
import { nodeCentre } from '../support/konva.js';
import { Fingers, type Point } from '../support/touch.js';

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

/** The middle of the element with `testId`, on the screen. */
async function middleOf(page: Page, testId: string): Promise<Point> {
  const box = (await page.getByTestId(testId).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where the diagram point under `screen` lies, in the diagram's own units, for `view`. */
const worldAt = (view: StageView, stageLeft: Point, screen: Point): Point => ({
  x: (screen.x - stageLeft.x - view.x) / view.scale,
  y: (screen.y - stageLeft.y - view.y) / view.scale,
});

/** Villagers at the interactive board: fingers and a pen on every canvas, CDP touch events at 1024x768. */
describe('touch and pen', () => {
  let app: AppHarness;
  let sessionId = '';
  let fingers: Fingers;
  const bodyOf = async <T>(title: RegExp): Promise<{ id: string; body: T }> => {
    const session = await app.backend.handlers['session.get']({ id: sessionId });
    const ex = session.exercises.find((e) => title.test(e.title))!;
    return { id: ex.id, body: (await app.backend.handlers['exercise.get']({ id: ex.id })).body as T };
  };

  beforeAll(async () => {
    app = await startApp();
    // Touch is a property of the device the page loads on: turn it on, then load the app again.
    fingers = await Fingers.on(app.page);
    await app.restart();
    expect(await app.page.evaluate(() => navigator.maxTouchPoints)).toBe(5);
    sessionId = await openSampleSession(app);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('Venn: tap selects, a finger drags a circle, two fingers zoom and pan the diagram and not the page', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /^Kondisi sekarang/ }).click();
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
});
