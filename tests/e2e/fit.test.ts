import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { closenessBand } from '#shared/exercises/venn/logic.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import { openSampleSession, startApp, type AppHarness } from '../support/appHarness.js';
import { crowdedVenn, spreadFgd } from '../support/vennSamples.js';
import { visible } from '../support/waits.js';

/**
 * Issue 11, "Pas layar" shows everything: at 1024x768 a fitted canvas has every circle,
 * marker or box and every label wholly inside it (read from the Konva nodes' rectangles on
 * the screen), with the Venn's labels at least 18 px in the editor and 24 px on the wall.
 */

interface CanvasReport {
  width: number;
  height: number;
  objects: number;
  labels: number;
  /** Names of the nodes not wholly inside the canvas. */
  cut: string[];
  /** The smallest label on the screen, px. */
  smallestLabelPx: number;
  view: { scale: number; x: number; y: number };
}

/** What the canvas shows: `objects` are the names of the drawn objects, `labels` those of their labels (prefixes). */
async function canvasReport(page: Page, objects: string, labels: string): Promise<CanvasReport> {
  return page.evaluate(
    ([objectPrefix, labelPrefix]) => {
      type Rect = { x: number; y: number; width: number; height: number };
      type KNode = {
        name(): string;
        getClientRect(): Rect;
        getClassName(): string;
        getAttr(name: string): unknown;
        getAbsoluteScale(): { x: number; y: number };
        find(selector: string | ((n: KNode) => boolean)): KNode[];
      };
      type KStage = KNode & { width(): number; height(): number; scaleX(): number; x(): number; y(): number };
      const stage = (window as unknown as { Konva: { stages: KStage[] } }).Konva.stages.at(-1)!;
      const width = stage.width();
      const height = stage.height();
      const all = stage.find('Circle, Rect, Text, Group, Shape');
      const named = (prefix: string): KNode[] => all.filter((n) => n.name().startsWith(prefix));
      const shownObjects = named(objectPrefix);
      const shownLabels = named(labelPrefix);
      const cut = [...shownObjects, ...shownLabels]
        .filter((n) => {
          const r = n.getClientRect();
          return r.x < -0.5 || r.y < -0.5 || r.x + r.width > width + 0.5 || r.y + r.height > height + 0.5;
        })
        .map((n) => n.name());
      // A Konva Text, or a label that draws itself with a Text's attributes (a plain shape).
      const isText = (n: KNode): boolean => typeof n.getAttr('text') === 'string';
      const texts = shownLabels.flatMap((n) => (isText(n) ? [n] : n.getClassName() === 'Group' ? n.find(isText) : []));
      const sizes = texts.map((t) => Number(t.getAttr('fontSize')) * t.getAbsoluteScale().y);
      return {
        width,
        height,
        // By name: an object may be drawn by more than one node (a marker's hit circle and picture).
        objects: new Set(shownObjects.map((n) => n.name())).size,
        labels: new Set(shownLabels.map((n) => n.name())).size,
        cut,
        smallestLabelPx: Math.min(...sizes),
        view: { scale: stage.scaleX(), x: stage.x(), y: stage.y() },
      };
    },
    [objects, labels] as const,
  );
}

/** Waits until the canvas has drawn `count` objects and has stopped changing. */
async function settled(page: Page, objects: string, labels: string, count: number): Promise<CanvasReport> {
  let last = '';
  let report: CanvasReport | null = null;
  await expect
    .poll(
      async () => {
        report = await canvasReport(page, objects, labels);
        const now = JSON.stringify(report);
        const same = now === last && report.objects >= count;
        last = now;
        return same;
      },
      { timeout: 10_000, interval: 150 },
    )
    .toBe(true);
  return report!;
}

const vennShows = (page: Page, count: number) => settled(page, 'institution-', 'label-', count);

/** Pairs of labels (by name) whose boxes on the screen overlap: none, when the placement works. */
async function overlappingLabels(page: Page, prefix: string): Promise<string[]> {
  return page.evaluate((labelPrefix) => {
    type Rect = { x: number; y: number; width: number; height: number };
    type KNode = { name(): string; getClientRect(): Rect; getAttr(name: string): unknown };
    const stage = (
      window as unknown as { Konva: { stages: { find(s: (n: KNode) => boolean): KNode[] }[] } }
    ).Konva.stages.at(-1)!;
    const labels = stage
      .find((n) => typeof n.getAttr('text') === 'string' && n.name().startsWith(labelPrefix))
      .map((n) => ({ name: n.name(), r: n.getClientRect() }));
    const pairs: string[] = [];
    labels.forEach((a, i) =>
      labels.slice(i + 1).forEach((b) => {
        const apart =
          a.r.x + a.r.width <= b.r.x ||
          b.r.x + b.r.width <= a.r.x ||
          a.r.y + a.r.height <= b.r.y ||
          b.r.y + b.r.height <= a.r.y;
        if (!apart) pairs.push(`${a.name} ${b.name}`);
      }),
    );
    return pairs;
  }, prefix);
}

/** The circles and labels the zoom tools or the legend (drawn over the canvas's corners) cover. */
async function coveredByControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Rect = { x: number; y: number; width: number; height: number };
    type KNode = { name(): string; getClientRect(): Rect };
    type KStage = { find(s: string): KNode[]; container(): HTMLElement };
    const stage = (window as unknown as { Konva: { stages: KStage[] } }).Konva.stages.at(-1)!;
    const box = stage.container().getBoundingClientRect();
    const wrap = stage.container().closest('.canvas-wrap')!;
    const controls = [...wrap.querySelectorAll(':scope > .canvas-tools, :scope > .legend')].map((c) =>
      c.getBoundingClientRect(),
    );
    return stage
      .find('Circle, Group')
      .filter((n) => /^(institution|label)-/.test(n.name()))
      .filter((n) => {
        const r = n.getClientRect();
        const x = box.left + r.x;
        const y = box.top + r.y;
        return controls.some((c) => x < c.right && c.left < x + r.width && y < c.bottom && c.top < y + r.height);
      })
      .map((n) => n.name());
  });
}

describe('a fit that shows everything, at 1024x768', () => {
  let app: AppHarness;
  let sessionId = '';

  async function makeVenn(title: string, doc: VennDocument): Promise<string> {
    const made = await app.backend.handlers['exercise.create']({ sessionId, type: 'venn', title });
    await app.backend.handlers['exercise.save']({ id: made.id, baseVersion: made.version, body: doc });
    return made.id;
  }

  /** From the community's page: the session's exercises, then the one named. */
  async function openExercise(sessionTitle: string, title: string): Promise<void> {
    const { page } = app;
    await page.getByRole('button', { name: 'Rembug', exact: true }).click();
    await page.getByText(sessionTitle, { exact: true }).first().click();
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: new RegExp(`^${title}`) }).click();
  }

  beforeAll(async () => {
    app = await startApp();
    sessionId = await openSampleSession(app);
    await makeVenn('Lembaga 14 tersebar', spreadFgd());
    await makeVenn('Lembaga 40', crowdedVenn(40));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('14 institutions spread by closeness, "very far" ones included: every circle and label inside, labels >= 18 px', async () => {
    const { page } = app;
    await openExercise('FGD pemetaan kelembagaan', 'Lembaga 14 tersebar');
    const shown = await vennShows(page, 14);
    expect(shown.objects).toBe(14);
    // And the community's own name.
    expect(shown.labels).toBe(15);
    expect(shown.cut).toEqual([]);
    expect(shown.smallestLabelPx).toBeGreaterThanOrEqual(18);
    // Nor under the controls over the canvas's corners: the fit keeps clear of them.
    expect(await coveredByControls(page)).toEqual([]);
    await app.screenshot('fit-venn-14-editor');
  });

  it('in projection (F5) the same diagram fills the wall with labels >= 24 px, nothing cut', async () => {
    const { page } = app;
    await page.getByTestId('venn-canvas').focus();
    await page.keyboard.press('F5');
    await visible(page.getByTestId('wall'));
    const shown = await vennShows(page, 14);
    expect(shown.width).toBe(1024);
    expect(shown.cut).toEqual([]);
    expect(shown.smallestLabelPx).toBeGreaterThanOrEqual(24);
    await app.screenshot('fit-venn-14-projection');
    await page.keyboard.press('Escape');
    await page.getByTestId('wall').waitFor({ state: 'detached' });
    // Back in the editor, fitted for the editor's canvas again.
    const editor = await vennShows(page, 14);
    expect(editor.cut).toEqual([]);
    expect(editor.smallestLabelPx).toBeGreaterThanOrEqual(18);
  });

  it('40 institutions in projection: everything inside, labels >= 18 px', async () => {
    const { page } = app;
    await openExercise('FGD pemetaan kelembagaan', 'Lembaga 40');
    await vennShows(page, 40);
    await page.getByTestId('venn-canvas').focus();
    await page.keyboard.press('F5');
    await visible(page.getByTestId('wall'));
    const shown = await vennShows(page, 40);
    expect(shown.cut).toEqual([]);
    expect(shown.smallestLabelPx).toBeGreaterThanOrEqual(18);
    await app.screenshot('fit-venn-40-projection');
    await page.keyboard.press('Escape');
    await page.getByTestId('wall').waitFor({ state: 'detached' });
  });

  it('a drop in the compressed view lands in the band it was dropped in', async () => {
    const { page } = app;
    await openExercise('FGD pemetaan kelembagaan', 'Lembaga 14 tersebar');
    await vennShows(page, 14);
    const id = 'f12';
    // The farthest circle but one, dragged a little along its ray towards the community: still "very far".
    const at = await page.evaluate((name) => {
      type KNode = { getClientRect(): { x: number; y: number; width: number; height: number } };
      type KStage = { findOne(s: string): KNode; container(): HTMLElement };
      const stage = (window as unknown as { Konva: { stages: KStage[] } }).Konva.stages.at(-1)!;
      const r = stage.findOne(`.institution-${name}`).getClientRect();
      const box = stage.container().getBoundingClientRect();
      return { x: box.left + r.x + r.width / 2, y: box.top + r.y + r.height / 2 };
    }, id);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 6, at.y + 4, { steps: 6 });
    await page.mouse.up();
    const body = async (): Promise<VennDocument> => {
      const list = await app.backend.handlers['session.get']({ id: sessionId });
      const ex = list.exercises.find((e) => e.title === 'Lembaga 14 tersebar')!;
      return (await app.backend.handlers['exercise.get']({ id: ex.id })).body as VennDocument;
    };
    const before = spreadFgd().institutions.find((i) => i.id === id)!;
    await expect.poll(async () => (await body()).institutions.find((i) => i.id === id)!.x).not.toBe(before.x);
    const after = (await body()).institutions.find((i) => i.id === id)!;
    expect(closenessBand(after)).toBe(3);
    // The full layout after the drop was made off the page's thread, by the layout worker.
    expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/layout\.worker/)]);
    // Stored raw: far out still (a compressed position stored as it is drawn would be within ~400).
    expect(Math.hypot(after.x, after.y)).toBeGreaterThan(1000);
  });

  it('the view is kept per exercise: restored on reopening and after a restart; "Pas layar" fits again', async () => {
    const { page } = app;
    await openExercise('FGD pemetaan kelembagaan', 'Lembaga 14 tersebar');
    const fittedView = (await vennShows(page, 14)).view;
    await page.getByRole('button', { name: 'Perbesar' }).click();
    await page.getByRole('button', { name: 'Perbesar' }).click();
    const zoomed = (await vennShows(page, 14)).view;
    expect(zoomed.scale).toBeCloseTo(fittedView.scale * 1.44, 3);
    // Written a moment after the last zoom.
    await page.waitForTimeout(800);

    await openExercise('FGD pemetaan kelembagaan', 'Lembaga 40');
    await vennShows(page, 40);
    await openExercise('FGD pemetaan kelembagaan', 'Lembaga 14 tersebar');
    const reopened = (await vennShows(page, 14)).view;
    expect(reopened.scale).toBeCloseTo(zoomed.scale, 5);
    expect(reopened.x).toBeCloseTo(zoomed.x, 3);
    expect(reopened.y).toBeCloseTo(zoomed.y, 3);

    await app.restart();
    await page.getByRole('button', { name: /^Desa Sukamaju/ }).click();
    await openExercise('FGD pemetaan kelembagaan', 'Lembaga 14 tersebar');
    const restarted = (await vennShows(page, 14)).view;
    expect(restarted.scale).toBeCloseTo(zoomed.scale, 5);
    expect(restarted.x).toBeCloseTo(zoomed.x, 3);

    await page.getByRole('button', { name: 'Pas layar' }).click();
    const refitted = await vennShows(page, 14);
    expect(refitted.view.scale).toBeCloseTo(fittedView.scale, 5);
    expect(refitted.cut).toEqual([]);
    // Fitted is what is kept now: it opens fitted.
    await page.waitForTimeout(800);
    await openExercise('FGD pemetaan kelembagaan', 'Lembaga 40');
    await vennShows(page, 40);
    await openExercise('FGD pemetaan kelembagaan', 'Lembaga 14 tersebar');
    expect((await vennShows(page, 14)).view.scale).toBeCloseTo(fittedView.scale, 5);
  });

  /** Projection mode on the open canvas, and what it shows once settled. */
  async function project(testId: string, objects: string, labels: string, count: number): Promise<CanvasReport> {
    const { page } = app;
    await page.getByTestId(testId).focus();
    await page.keyboard.press('F5');
    await visible(page.getByTestId('wall'));
    const shown = await settled(page, objects, labels, count);
    expect(shown.width).toBe(1024);
    return shown;
  }

  async function leaveProjection(): Promise<void> {
    await app.page.keyboard.press('Escape');
    await app.page.getByTestId('wall').waitFor({ state: 'detached' });
  }

  it("the map at fit shows every marker and its name whole, names apart and large enough: the sample's map and a crowded one", async () => {
    const { page } = app;
    await openExercise('Pemetaan potensi desa', 'Peta potensi Desa Sukamaju');
    await page.getByRole('tab', { name: 'Peta' }).click();
    const sample = await settled(page, 'resource-', 'label-', 17);
    expect(sample.cut).toEqual([]);
    // The names grow to the editor's minimum and move apart (with a leader line where needed).
    expect(sample.smallestLabelPx).toBeGreaterThanOrEqual(18);
    expect(await overlappingLabels(page, 'label-')).toEqual([]);
    await app.screenshot('fit-map-sample');
    // On the wall the photo fills the screen, and the names are sized for the back of the hall.
    const wall = await project('map-canvas', 'resource-', 'label-', 17);
    expect(wall.cut).toEqual([]);
    expect(wall.smallestLabelPx).toBeGreaterThanOrEqual(24);
    expect(await overlappingLabels(page, 'label-')).toEqual([]);
    await app.screenshot('fit-map-sample-projection');
    await leaveProjection();

    const mapping = (await app.backend.handlers['community.current']({}))!.sessions.find(
      (s) => s.title === 'Pemetaan potensi desa',
    )!;
    const original = (await app.backend.handlers['session.get']({ id: mapping.id })).exercises.find(
      (e) => e.title === 'Peta potensi Desa Sukamaju',
    )!;
    const doc = (await app.backend.handlers['exercise.get']({ id: original.id })).body as ResourceMapDocument;
    const crowded: ResourceMapDocument = {
      ...doc,
      resources: [
        ...doc.resources,
        ...Array.from({ length: 60 }, (_, i) => ({
          ...doc.resources[i % doc.resources.length]!,
          id: `crowd${i}`,
          name: `Sumur warga RT ${i + 1} dekat jalan`,
          x: -1500 + (i % 10) * 520,
          y: -1200 + Math.floor(i / 10) * 480,
        })),
      ],
    };
    const made = await app.backend.handlers['exercise.create']({
      sessionId: mapping.id,
      type: 'resourceMap',
      title: 'Peta ramai',
    });
    await app.backend.handlers['exercise.save']({ id: made.id, baseVersion: made.version, body: crowded });
    await openExercise('Pemetaan potensi desa', 'Peta ramai');
    await page.getByRole('tab', { name: 'Peta' }).click();
    const busy = await settled(page, 'resource-', 'label-', crowded.resources.length);
    expect(busy.objects).toBe(crowded.resources.length);
    expect(busy.cut).toEqual([]);
    expect(await overlappingLabels(page, 'label-')).toEqual([]);
    await app.screenshot('fit-map-crowded');
    // Spread four times wider than its photo, the map cannot name 77 markers at 24 px and
    // show them all: the names grow as far as they stay apart (they were 7-9 px).
    const busyWall = await project('map-canvas', 'resource-', 'label-', crowded.resources.length);
    expect(busyWall.cut).toEqual([]);
    expect(busyWall.smallestLabelPx).toBeGreaterThanOrEqual(12);
    expect(await overlappingLabels(page, 'label-')).toEqual([]);
    await app.screenshot('fit-map-crowded-projection');
    await leaveProjection();
  });

  it('the tree at fit shows every box whole; on the wall its words are at least 24 px', async () => {
    const { page } = app;
    await openExercise('Lokakarya membingkai solusi air bersih', 'Pohon masalah dan tujuan: air bersih');
    const tree = await settled(page, 'node-', 'node-', 10);
    expect(tree.cut).toEqual([]);
    await app.screenshot('fit-tree');
    const wall = await project('tree-canvas', 'node-', 'node-', 10);
    expect(wall.cut).toEqual([]);
    // Every word on the canvas, from its Text node's size and the stage's scale.
    const smallestWordPx = await page.evaluate(() => {
      type KText = { fontSize(): number; getAbsoluteScale(): { y: number } };
      const stage = (window as unknown as { Konva: { stages: { find(s: string): KText[] }[] } }).Konva.stages.at(-1)!;
      return Math.min(...stage.find('Text').map((t) => t.fontSize() * t.getAbsoluteScale().y));
    });
    expect(smallestWordPx).toBeGreaterThanOrEqual(24);
    await app.screenshot('fit-tree-projection');
    await leaveProjection();
  });
});
