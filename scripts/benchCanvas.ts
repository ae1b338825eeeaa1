/**
 * Canvases at scale, side by side (issue 14): Rembug's real view (the e2e harness on a real
 * backend) and a bare Konva page drawing the same primitives, alternated in one run, each
 * dragged with the same CDP-paced mouse under 4x CPU throttle; medians of the repetitions
 * and each ratio to bare. `BENCH_ONLY=canvas-venn60 npm run bench` runs one scene;
 * BENCH_CANVAS_REPS (default 3) and BENCH_CANVAS_BARE=0 (Rembug alone) shorten a run.
 */
import { startApp } from '../tests/support/appHarness.js';
import { median } from './benchSupport.js';
import { openBarePage, rembugStageGeometry, type StageGeometry } from './benchCanvasBare.js';
import {
  canvasScenes,
  openInRembug,
  pacedDrag,
  seedCanvas,
  type CanvasScene,
  type DragMeasures,
  type OpenMeasure,
} from './benchCanvasDriver.js';

interface Run {
  drag: DragMeasures;
  open: OpenMeasure;
  /** Opening again at 4x (the 2,000-object map only). */
  openThrottled: OpenMeasure | null;
}

const measureKeys = ['fps', 'p95', 'visibleMovesPerSecond', 'pressHitch', 'dropStall', 'busyPerFrame'] as const;

type Medians = Record<
  (typeof measureKeys)[number] | 'open' | 'openLongestTask' | 'openThrottled' | 'openThrottledLongestTask' | 'moves',
  number
>;

function medians(runs: Run[]): Medians {
  const of = (pick: (r: Run) => number | undefined): number =>
    median(runs.map(pick).filter((v): v is number => v !== undefined));
  const throttled = runs.some((r) => r.openThrottled !== null);
  return {
    ...(Object.fromEntries(measureKeys.map((k) => [k, of((r) => r.drag[k])])) as Record<
      (typeof measureKeys)[number],
      number
    >),
    moves: of((r) => r.drag.moves),
    open: of((r) => r.open.ms),
    openLongestTask: of((r) => r.open.longestTask),
    openThrottled: throttled ? of((r) => r.openThrottled?.ms) : NaN,
    openThrottledLongestTask: throttled ? of((r) => r.openThrottled?.longestTask) : NaN,
  };
}

const describeScene = (scene: CanvasScene): string =>
  scene.kind === 'map'
    ? `map of ${scene.objects} objects (${Math.floor(scene.objects / 2)} markers, ${scene.objects - Math.floor(scene.objects / 2)} drawn shapes, a 2400 x 1800 photo)`
    : `Venn of ${scene.objects} institutions`;

/** An open's time and its longest main-thread task ("no task over 50 ms" when none was long). */
const openTime = (ms: number, longestTask: number): string =>
  `${ms.toFixed(0)} ms (${longestTask > 0 ? `longest task ${longestTask.toFixed(0)} ms` : 'no task over 50 ms'})`;

function line(who: string, m: Medians): string {
  return `  ${who.padEnd(7)} ${m.fps.toFixed(1)} fps, p95 frame ${m.p95.toFixed(1)} ms, ${m.visibleMovesPerSecond.toFixed(1)} visible moves/s, press hitch ${m.pressHitch.toFixed(0)} ms, drop stall ${m.dropStall.toFixed(0)} ms, main thread ${m.busyPerFrame.toFixed(1)} ms busy/frame; open ${openTime(m.open, m.openLongestTask)} at 1x${Number.isNaN(m.openThrottled) ? '' : `, ${openTime(m.openThrottled, m.openThrottledLongestTask)} at 4x`}`;
}

async function sideBySide(scene: CanvasScene): Promise<void> {
  const reps = Number(process.env.BENCH_CANVAS_REPS ?? 3);
  const withBare = process.env.BENCH_CANVAS_BARE !== '0';
  const openThrottled = scene.objects >= 2000;
  const app = await startApp();
  try {
    const cdp = await app.context.newCDPSession(app.page);
    const seeded = await seedCanvas(app, scene);
    const rembug: Run[] = [];
    const bare: Run[] = [];
    let geometry: StageGeometry | null = null;
    for (let rep = 0; rep < reps; rep += 1) {
      const open = await openInRembug(app, cdp, seeded, 1);
      geometry ??= await rembugStageGeometry(app.page);
      const drag = await pacedDrag(app.page, cdp, seeded.dragNode);
      rembug.push({ drag, open, openThrottled: openThrottled ? await openInRembug(app, cdp, seeded, 4) : null });
      if (!withBare) continue;
      const page = await openBarePage(app.browser, seeded, geometry, 1);
      const bareDrag = await pacedDrag(page.page, page.cdp, seeded.dragNode);
      await page.close();
      let bareThrottled: OpenMeasure | null = null;
      if (openThrottled) {
        const again = await openBarePage(app.browser, seeded, geometry, 4);
        bareThrottled = again.open;
        await again.close();
      }
      bare.push({ drag: bareDrag, open: page.open, openThrottled: bareThrottled });
    }
    const missed = [...rembug, ...bare].filter((run) => !run.drag.dragged).length;
    if (missed > 0) console.log(`  WARNING: in ${missed} run(s) the press did not start a drag of ${seeded.dragNode}`);
    const r = medians(rembug);
    console.log(
      `canvas ${scene.name}: ${describeScene(scene)}; drag 3 s, mouse at 125 Hz through CDP, 4x CPU throttle, headless Chromium 1024 x 768, median of ${reps}`,
    );
    console.log(line('Rembug', r));
    if (!withBare) return;
    const b = medians(bare);
    console.log(line('bare', b));
    const ratio = (k: keyof typeof r): string => (r[k] / b[k]).toFixed(2);
    console.log(
      `  Rembug/bare: fps ${ratio('fps')}, p95 ${ratio('p95')}, visible moves ${ratio('visibleMovesPerSecond')}, press hitch ${ratio('pressHitch')}, drop stall ${ratio('dropStall')}, busy/frame ${ratio('busyPerFrame')}, open ${ratio('open')}${openThrottled ? ` (4x ${ratio('openThrottled')})` : ''}`,
    );
  } finally {
    await app.close();
  }
}

/** One bench entry per scene: `canvas-map500`, `canvas-map2000`, `canvas-venn60`, `canvas-venn200`. */
export const canvasBenches: [string, () => Promise<void>][] = canvasScenes.map((scene) => [
  `canvas-${scene.name}`,
  () => sideBySide(scene),
]);
