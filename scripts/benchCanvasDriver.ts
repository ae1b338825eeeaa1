/**
 * The canvas bench's driver, reusable on its own: seeds a large map or Venn through the
 * backend, opens it in the real renderer (the e2e harness) timing click to drawn, and drags
 * one object with a CDP-paced mouse (125 Hz, moves sent without waiting for each other, as
 * a real mouse does) under a CPU throttle, returning what the page painted meanwhile.
 * `benchCanvas.ts` runs it side by side with a bare Konva page (`benchCanvasBare.ts`).
 */
import { performance } from 'node:perf_hooks';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { capitals } from '#shared/exercises/resources/capitals.js';
import { mapScene } from '#shared/exercises/resources/mapScene.js';
import { resourceMapSchemaVersion, type ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { vennLayout } from '#shared/exercises/venn/layout.js';
import { vennScene } from '#shared/exercises/venn/scene.js';
import { emptyVennDocument, type Institution, type VennDocument } from '#shared/exercises/venn/schema.js';
import { id as indonesian } from '#shared/i18n/id.js';
import type { Primitive } from '#shared/scene/primitives.js';
import type { AppHarness } from '../tests/support/appHarness.js';
import { tempDir } from '../tests/support/paths.js';
import { benchVillage, newCommunity } from './benchSupport.js';

export type CanvasKind = 'map' | 'venn';

export interface CanvasScene {
  /** `canvas-<name>` in BENCH_ONLY. */
  name: string;
  kind: CanvasKind;
  /** Markers and drawn shapes for a map; institutions for a Venn. */
  objects: number;
}

export const canvasScenes: CanvasScene[] = [
  { name: 'map500', kind: 'map', objects: 500 },
  { name: 'map2000', kind: 'map', objects: 2000 },
  { name: 'venn60', kind: 'venn', objects: 60 },
  { name: 'venn200', kind: 'venn', objects: 200 },
];

/** The canvas size and smallest label a canvas was laid out for (CanvasBox's data-layout-view). */
export interface LayoutView {
  width: number;
  height: number;
  minLabelPx: number;
}

/** What a seeded exercise is drawn from, for the bare page to draw the same. */
export interface SeededCanvas {
  scene: CanvasScene;
  title: string;
  /** Konva name of the object dragged, and of the one drawn last (present once all are). */
  dragNode: string;
  lastNode: string;
  /** The primitives Rembug draws, laid out for the canvas it drew them on (its data-layout-view). */
  primitivesFor: (view: LayoutView | null) => Primitive[];
  /** The map's photo, JPEG as base64, and its size on the map. */
  photo: { data: string; width: number; height: number } | null;
}

export function institutions(count: number): Institution[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = (i / count) * Math.PI * 2;
    const ring = 260 + (i % 3) * 150;
    return {
      id: `i${i}`,
      name: `Lembaga ${i + 1}`,
      kind: 'community',
      relation: (['supportive', 'neutral', 'harmful'] as const)[i % 3]!,
      importance: ((i % 4) + 1) as 1 | 2 | 3 | 4,
      x: Math.round(Math.cos(angle) * ring),
      y: Math.round(Math.sin(angle) * ring),
      notes: '',
    };
  });
}

/** A map of `objects`: half markers on a grid, half drawn shapes of five layers, over a photo. */
export function largeMap(objects: number, photo: ResourceMapDocument['photo']): ResourceMapDocument {
  const markers = Math.floor(objects / 2);
  const columns = Math.ceil(Math.sqrt(markers * 1.5));
  const rows = Math.ceil(markers / columns);
  const resources = Array.from({ length: markers }, (_, i) => ({
    id: `r${i}`,
    name: `Sumber ${i + 1}`,
    capital: capitals[i % 5]!,
    description: '',
    owner: '',
    rating: i % 6,
    problems: {},
    x: Math.round(((i % columns) - columns / 2) * 90),
    y: Math.round((Math.floor(i / columns) - rows / 2) * 90),
  }));
  const layers = ['roads', 'rivers', 'areas', 'boundary', 'pen'] as const;
  const shapes = Array.from({ length: objects - markers }, (_, i) => ({
    id: `s${i}`,
    layer: layers[i % 5]!,
    points: Array.from({ length: 12 }, (_, k) =>
      Math.round(k % 2 ? Math.sin(i + k) * 600 + ((i % 9) - 4) * 80 : (k - 6) * 70 + ((i * 37) % 1200) - 600),
    ),
    ...(i % 5 === 2 ? { areaKind: 'forest' as const } : {}),
  }));
  return { schemaVersion: resourceMapSchemaVersion, background: 'grid', resources, shapes, hiddenLayers: [], photo };
}

/** A JPEG with photo-like detail, painted by Chromium. */
export async function paintJpeg(browser: Browser, width: number, height: number): Promise<Buffer> {
  const painter = await browser.newPage();
  try {
    const data = await painter.evaluate(
      ([w, h]) => {
        const canvas = document.createElement('canvas');
        canvas.width = w!;
        canvas.height = h!;
        const c = canvas.getContext('2d')!;
        for (let i = 0; i < 4000; i += 1) {
          c.fillStyle = `hsl(${(i * 37) % 360}, 50%, ${30 + (i % 50)}%)`;
          c.fillRect((i * 97) % w!, (i * 53) % h!, w! / 25, h! / 25);
        }
        return canvas.toDataURL('image/jpeg', 0.92).split(',')[1]!;
      },
      [width, height],
    );
    return Buffer.from(data, 'base64');
  } finally {
    await painter.close();
  }
}

/** A new community in the harness's backend holding one exercise of `scene`, and what it draws. */
export async function seedCanvas(app: AppHarness, scene: CanvasScene): Promise<SeededCanvas> {
  const sessionId = await newCommunity(app.host, app.backend, tempDir(`bench-canvas-${scene.name}`));
  const title = `Bench ${scene.name}`;
  if (scene.kind === 'venn') {
    const exercise = await app.backend.handlers['exercise.create']({ sessionId, type: 'venn', title });
    const doc: VennDocument = { ...emptyVennDocument(), institutions: institutions(scene.objects) };
    await app.backend.handlers['exercise.save']({ id: exercise.id, baseVersion: 1, body: doc });
    return {
      scene,
      title,
      dragNode: 'institution-i0',
      lastNode: `institution-i${scene.objects - 1}`,
      primitivesFor: (view) =>
        vennScene(doc, {
          communityName: benchVillage.name,
          layout: vennLayout(doc, benchVillage.name, view),
        }).primitives,
      photo: null,
    };
  }
  const exercise = await app.backend.handlers['exercise.create']({ sessionId, type: 'resourceMap', title });
  const jpeg = await paintJpeg(app.browser, 2400, 1800);
  const { id: photoId } = await app.backend.handlers['photo.store']({
    data: jpeg.toString('base64'),
    width: 2400,
    height: 1800,
  });
  const doc = largeMap(scene.objects, { id: photoId, width: 2400, height: 1800 });
  await app.backend.handlers['exercise.save']({ id: exercise.id, baseVersion: 1, body: doc });
  // The marker nearest the middle: dragged around without leaving the view.
  const middle = [...doc.resources].sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y))[0]!;
  return {
    scene,
    title,
    dragNode: `resource-${middle.id}`,
    lastNode: `resource-${doc.resources[doc.resources.length - 1]!.id}`,
    primitivesFor: (view) => mapScene(doc, indonesian.resources.letters, null, undefined, view).primitives,
    photo: { data: jpeg.toString('base64'), width: 2400, height: 1800 },
  };
}

export async function setThrottle(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * In the page: from the next click, watches for the stage holding `lastNode` (and, on a
 * map, the photo) and stamps `drawnAt` two frames later, when that has been painted; and
 * notes the main thread's long tasks (over 50 ms) meanwhile.
 */
export async function watchDrawn(page: Page, lastNode: string, withPhoto: boolean): Promise<void> {
  await page.evaluate(
    ({ last, photo }) => {
      type Stage = { findOne(selector: string): unknown };
      const w = window as unknown as {
        Konva?: { stages: Stage[] };
        __benchOpen?: BenchOpen;
      };
      const open: BenchOpen = { startedAt: 0, drawnAt: 0, tasks: [] };
      w.__benchOpen = open;
      new PerformanceObserver((list) => {
        for (const task of list.getEntries()) open.tasks.push({ start: task.startTime, duration: task.duration });
      }).observe({ type: 'longtask' });
      const drawn = (): boolean =>
        (w.Konva?.stages ?? []).some((s) => s.findOne(`.${last}`) && (!photo || s.findOne('Image')));
      const poll = (): void => {
        if (!drawn()) return void requestAnimationFrame(poll);
        // Konva draws on the frame after a change: the second frame from here follows that paint.
        requestAnimationFrame(() => requestAnimationFrame((t) => (open.drawnAt = t)));
      };
      document.addEventListener(
        'click',
        () => {
          open.startedAt = performance.now();
          requestAnimationFrame(poll);
        },
        { capture: true, once: true },
      );
    },
    { last: lastNode, photo: withPhoto },
  );
}

/** What the page notes of an open (`watchDrawn`), in its own clock's milliseconds. */
interface BenchOpen {
  startedAt: number;
  drawnAt: number;
  tasks: { start: number; duration: number }[];
}

export interface OpenMeasure {
  /** From the click to the canvas drawn. */
  ms: number;
  /** The longest main-thread task meanwhile; 0 when none took over 50 ms. */
  longestTask: number;
}

/** From the watched click (or start) to drawn, waiting for it, and the longest task meanwhile. */
export async function drawnAfter(page: Page): Promise<OpenMeasure> {
  const handle = await page.waitForFunction(
    () => {
      const open = (window as unknown as { __benchOpen?: BenchOpen }).__benchOpen;
      if (!open || open.drawnAt === 0) return null;
      // The long-task entries of the last frame are delivered after it: a moment for them.
      return new Promise<OpenMeasure>((resolve) =>
        setTimeout(() => {
          const during = open.tasks.filter((t) => t.start + t.duration > open.startedAt && t.start < open.drawnAt);
          resolve({
            ms: open.drawnAt - open.startedAt,
            longestTask: Math.max(0, ...during.map((t) => t.duration)),
          });
        }, 100),
      );
    },
    undefined,
    { polling: 50, timeout: 60_000 },
  );
  return (await handle.jsonValue())!;
}

/**
 * Opens the seeded exercise in Rembug from a freshly loaded app, under `throttle`; the time
 * from the click on the exercise to its canvas drawn (photo included).
 */
export async function openInRembug(
  app: AppHarness,
  cdp: CDPSession,
  seeded: SeededCanvas,
  throttle: number,
): Promise<OpenMeasure> {
  const { page } = app;
  await setThrottle(cdp, 1);
  await page.reload();
  await page.getByRole('button', { name: /^Desa Bench/ }).click();
  await page.getByText('Bench', { exact: true }).click();
  const open = page.getByRole('button', { name: new RegExp(`^${seeded.title}`) });
  await open.waitFor();
  await watchDrawn(page, seeded.lastNode, seeded.photo !== null);
  await setThrottle(cdp, throttle);
  await open.click();
  const elapsed = await drawnAfter(page);
  await setThrottle(cdp, 1);
  // Settled: later frames are the drag's alone.
  await page.waitForTimeout(500);
  return elapsed;
}

export interface DragMeasures {
  /** Frames per second and 95th-percentile frame time while dragging, past the first second. */
  fps: number;
  p95: number;
  /** Frames per second in which the dragged node had moved (what the eye sees follow the mouse). */
  visibleMovesPerSecond: number;
  /** Longest time between two painted frames within 1 s of the press, and within 2 s of the release. */
  pressHitch: number;
  dropStall: number;
  /** Main-thread task time per painted frame while dragging, past the first second. */
  busyPerFrame: number;
  /** Mouse moves sent. */
  moves: number;
  /** Whether Konva dragged the node (false: the press missed it, and the figures say nothing). */
  dragged: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Screen centre of the named Konva node of the page's (last) stage. */
export function nodeCentre(page: Page, name: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeName) => {
    type Node = { getClientRect(): { x: number; y: number; width: number; height: number } };
    const konva = (window as unknown as { Konva: { stages: { findOne(s: string): Node; container(): HTMLElement }[] } })
      .Konva;
    const stage = konva.stages[konva.stages.length - 1]!;
    const r = stage.findOne(`.${nodeName}`).getClientRect();
    const box = stage.container().getBoundingClientRect();
    return { x: box.left + r.x + r.width / 2, y: box.top + r.y + r.height / 2 };
  }, name);
}

/**
 * Where to press to take the named node: its centre, once the page hit-tests that point to
 * the node itself (a layout shift after opening, such as a late side panel, would press beside it).
 */
export async function pressPoint(page: Page, name: string): Promise<{ x: number; y: number }> {
  // A tall canvas may run below the window: its middle (where the dragged node is) is brought into it.
  await page.evaluate(() => {
    const konva = (window as unknown as { Konva: { stages: { container(): HTMLElement }[] } }).Konva;
    konva.stages[konva.stages.length - 1]!.container().scrollIntoView({ block: 'center', inline: 'center' });
  });
  let centre = await nodeCentre(page, name);
  let hit = '';
  for (let attempt = 0; attempt < 30; attempt += 1) {
    centre = await nodeCentre(page, name);
    hit = await page.evaluate(({ x, y }) => {
      type Stage = {
        container(): HTMLElement;
        getIntersection(p: { x: number; y: number }): { name(): string } | null;
      };
      const konva = (window as unknown as { Konva: { stages: Stage[] } }).Konva;
      const stage = konva.stages[konva.stages.length - 1]!;
      const box = stage.container().getBoundingClientRect();
      const over = document.elementFromPoint(x, y);
      if (!stage.container().contains(over)) return `the element ${over?.outerHTML.slice(0, 80) ?? 'none'}`;
      return stage.getIntersection({ x: x - box.left, y: y - box.top })?.name() ?? 'nothing';
    }, centre);
    if (hit === name) return centre;
    await sleep(100);
  }
  // Pressed all the same: the run then says the drag did not start.
  console.log(`  ${name} is under ${hit} at its centre`);
  return centre;
}

/** Main-thread task seconds so far and the browser's clock (seconds) when read. */
async function taskClock(cdp: CDPSession): Promise<{ task: number; at: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string): number => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: value('TaskDuration'), at: value('Timestamp') };
}

/**
 * Presses on `nodeName`, moves the mouse in a loop for `seconds` with moves sent every
 * 8 ms (125 Hz) without waiting for the page to take each, releases, and waits 2 s for the
 * drop to settle; all under a `throttle`x CPU slowdown. Frames are stamped in the page.
 */
export async function pacedDrag(
  page: Page,
  cdp: CDPSession,
  nodeName: string,
  { throttle = 4, seconds = 3, radius = 100 } = {},
): Promise<DragMeasures> {
  const from = await pressPoint(page, nodeName);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  await page.evaluate((name) => {
    type Node = { absolutePosition(): { x: number; y: number }; getStage(): unknown };
    type Stage = {
      findOne(selector: string): Node | undefined;
      on(event: string, handler: (e: { target: { name(): string } }) => void): void;
    };
    const w = window as unknown as {
      Konva: { stages: Stage[] };
      __benchDrag: { frames: number[]; moved: boolean[]; pressAt: number; releaseAt: number; dragged: boolean };
    };
    const record = { frames: [] as number[], moved: [] as boolean[], pressAt: 0, releaseAt: 0, dragged: false };
    w.__benchDrag = record;
    const stage = w.Konva.stages[w.Konva.stages.length - 1]!;
    stage.on('dragstart.bench', (e) => (record.dragged ||= e.target.name() === name));
    let node = stage.findOne(`.${name}`);
    let last = '';
    const tick = (t: number): void => {
      // React may have put a new node in its place on the press: look again then.
      if (!node?.getStage()) node = stage.findOne(`.${name}`);
      const at = node ? node.absolutePosition() : { x: 0, y: 0 };
      const here = `${at.x.toFixed(1)},${at.y.toFixed(1)}`;
      record.frames.push(t);
      record.moved.push(last !== '' && here !== last);
      last = here;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.addEventListener('pointerdown', (e) => (record.pressAt = e.timeStamp), { capture: true, once: true });
    window.addEventListener('pointerup', (e) => (record.releaseAt = e.timeStamp), { capture: true, once: true });
  }, nodeName);
  // The browser's clock against the page's: frames are counted between two metric reads.
  const before = await taskClock(cdp);
  const pageNow = await page.evaluate(() => performance.now());
  const after = await taskClock(cdp);
  const clockOffset = ((before.at + after.at) / 2) * 1000 - pageNow;

  await setThrottle(cdp, throttle);
  // The throttle settles before the press: switching it costs the page a frame or two of its
  // own (a bare Konva page's press hitch 83-100 ms right after the switch, 50 ms a second
  // later), which would be counted as the press's.
  await sleep(1000);
  const mouse = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', x: number, y: number) =>
    cdp.send('Input.dispatchMouseEvent', {
      type,
      x,
      y,
      button: 'left',
      buttons: type === 'mouseReleased' ? 0 : 1,
      clickCount: 1,
    });
  const sent: Promise<unknown>[] = [];
  sent.push(mouse('mousePressed', from.x, from.y));
  const start = performance.now();
  let steady: { task: number; at: number } | null = null;
  let moves = 0;
  // Loops towards the middle of the window, so no move falls outside it (a marker near the bottom).
  const viewport = page.viewportSize() ?? { width: 1024, height: 768 };
  const down = from.y < viewport.height / 2 ? 1 : -1;
  // Two loops that end where they began, so repeated runs drop the object back in its place.
  while (performance.now() - start < seconds * 1000) {
    moves += 1;
    const angle = (4 * Math.PI * (performance.now() - start)) / (seconds * 1000);
    const at = { x: from.x + Math.sin(angle) * radius, y: from.y + down * (1 - Math.cos(angle)) * radius * 0.7 };
    sent.push(mouse('mouseMoved', at.x, at.y));
    if (!steady && performance.now() - start >= 1000) steady = await taskClock(cdp);
    await sleep(Math.max(0, start + moves * 8 - performance.now()));
  }
  const ending = await taskClock(cdp);
  sent.push(mouse('mouseMoved', from.x, from.y));
  sent.push(mouse('mouseReleased', from.x, from.y));
  await Promise.all(sent);
  await sleep(2000);
  const record = await page.evaluate(
    () =>
      (
        window as unknown as {
          __benchDrag: { frames: number[]; moved: boolean[]; pressAt: number; releaseAt: number; dragged: boolean };
        }
      ).__benchDrag,
  );
  await setThrottle(cdp, 1);
  await cdp.send('Performance.disable');

  const gapsWithin = (from: number, to: number): number[] =>
    record.frames.slice(1).flatMap((t, i) => (t > from && record.frames[i]! < to ? [t - record.frames[i]!] : []));
  const steadyFrom = steady!.at * 1000 - clockOffset;
  const steadyTo = ending.at * 1000 - clockOffset;
  const inSteady = record.frames.map((t, i) => [t, i] as const).filter(([t]) => t >= steadyFrom && t <= steadyTo);
  const gaps = gapsWithin(steadyFrom, steadyTo).sort((a, b) => a - b);
  const span = (steadyTo - steadyFrom) / 1000;
  return {
    fps: Math.max(0, inSteady.length - 1) / span,
    p95: gaps[Math.min(gaps.length - 1, Math.ceil(0.95 * gaps.length) - 1)] ?? 0,
    visibleMovesPerSecond: inSteady.filter(([, i]) => record.moved[i]).length / span,
    pressHitch: Math.max(0, ...gapsWithin(record.pressAt, record.pressAt + 1000)),
    dropStall: Math.max(0, ...gapsWithin(record.releaseAt, record.releaseAt + 2000)),
    busyPerFrame: ((ending.task - steady!.task) * 1000) / Math.max(1, inSteady.length),
    moves,
    dragged: record.dragged,
  };
}
