/**
 * The wall (issue 11), `BENCH_ONLY=wall npm run bench`:
 *  1. from an edit on the presenter's page to the audience page's repaint: the presenter
 *     and the audience window as two pages on one backend (the e2e harness, as the shell
 *     relays the wall), a Venn of 14 institutions on the wall; 30 edits (an arrow key nudges
 *     the circle just added), each timed from the key's event on the presenter's page to
 *     the first frame the audience page painted with the circle moved (both pages stamp
 *     performance.timeOrigin + now, one clock); median and p95 (target under 50 ms);
 *  2. drag fps in projection mode (F5): a Venn of 60 institutions at 4x CPU throttle, the
 *     canvas bench's CDP-paced mouse (benchCanvasDriver.ts).
 */
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { emptyVennDocument } from '#shared/exercises/venn/schema.js';
import { startApp } from '../tests/support/appHarness.js';
import { tempDir } from '../tests/support/paths.js';
import { canvasScenes, institutions, openInRembug, pacedDrag, seedCanvas } from './benchCanvasDriver.js';
import { newCommunity, percentile } from './benchSupport.js';

const edits = 30;

/**
 * In the audience page: a stamp (epoch ms) each time the wall's circles change, taken
 * after the frame that draws them (a task posted from that frame's animation callback
 * runs once the frame is rendered).
 */
async function watchRepaints(audience: Page): Promise<void> {
  await audience.evaluate(() => {
    type Node = { name(): string; getClientRect(): { x: number; y: number; width: number; height: number } };
    type Stage = { find(test: (n: Node) => boolean): Node[] };
    const w = window as unknown as {
      Konva?: { stages: Stage[] };
      __wallPaints: number[];
      __wallArrivals: number[];
      __rembugEmit: (event: unknown) => void;
    };
    w.__wallPaints = [];
    // When each wall event reached the page (the harness's stand-in for the shell's IPC message).
    w.__wallArrivals = [];
    const emit = w.__rembugEmit;
    w.__rembugEmit = (event) => {
      w.__wallArrivals.push(performance.timeOrigin + performance.now());
      emit(event);
    };
    const afterPaint = new MessageChannel();
    afterPaint.port1.onmessage = () => w.__wallPaints.push(performance.timeOrigin + performance.now());
    let last = '';
    const tick = (): void => {
      const stage = w.Konva?.stages.at(-1);
      const now = (stage?.find((n) => n.name().startsWith('institution-')) ?? [])
        .map((n) => {
          const r = n.getClientRect();
          return `${r.x.toFixed(1)},${r.y.toFixed(1)},${r.width.toFixed(1)}`;
        })
        .join(';');
      if (last !== '' && now !== last) afterPaint.port2.postMessage(null);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function editToRepaint(): Promise<void> {
  const app = await startApp();
  try {
    const sessionId = await newCommunity(app.host, app.backend, tempDir('bench-wall'));
    const exercise = await app.backend.handlers['exercise.create']({ sessionId, type: 'venn', title: 'Dinding 14' });
    await app.backend.handlers['exercise.save']({
      id: exercise.id,
      baseVersion: exercise.version,
      body: { ...emptyVennDocument(), institutions: institutions(14) },
    });
    const { page } = app;
    await page.reload();
    const audience = await app.openAudience();
    await page.getByRole('button', { name: /^Desa Bench/ }).click();
    await page.getByText('Bench', { exact: true }).click();
    await page.getByRole('button', { name: /^Dinding 14/ }).click();
    await page.getByTestId('wall-button').click();
    await page.getByRole('menuitemradio', { name: /^Tampilkan latihan ini di dinding/ }).click();
    await audience.waitForFunction(() => {
      const konva = (window as unknown as { Konva?: { stages: { find(s: string): unknown[] }[] } }).Konva;
      return (konva?.stages.at(-1)?.find('Circle').length ?? 0) >= 14;
    });
    // The facilitator adds a circle and moves it by keys from the name field, as in a session.
    const name = page.getByLabel('Nama lembaga').first();
    await name.fill('Kelompok Tani');
    await name.press('Enter');
    await page.waitForTimeout(500);
    await watchRepaints(audience);
    await page.evaluate(() => {
      const w = window as unknown as { __wallEdits: number[] };
      w.__wallEdits = [];
      window.addEventListener('keydown', (e) => w.__wallEdits.push(performance.timeOrigin + e.timeStamp), true);
    });
    // Where the time goes: the backend stamps each change it relays (Node's clock is the pages' clock).
    const relayed: number[] = [];
    app.backend.wall.onChange(() => relayed.push(performance.timeOrigin + performance.now()));
    const latencies: number[] = [];
    const toBackend: number[] = [];
    const toPage: number[] = [];
    const toPaint: number[] = [];
    for (let i = 0; i < edits; i += 1) {
      const before = await audience.evaluate(
        () => (window as unknown as { __wallPaints: number[] }).__wallPaints.length,
      );
      await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
      const painted = await audience.waitForFunction(
        (n) => (window as unknown as { __wallPaints: number[] }).__wallPaints[n] ?? null,
        before,
      );
      const sent = await page.evaluate(() => (window as unknown as { __wallEdits: number[] }).__wallEdits.at(-1)!);
      latencies.push((await painted.jsonValue())! - sent);
      toBackend.push(relayed.at(-1)! - sent);
      const arrived = await audience.evaluate(() =>
        (window as unknown as { __wallArrivals: number[] }).__wallArrivals.at(-1)!,
      );
      toPage.push(arrived - relayed.at(-1)!);
      toPaint.push((await painted.jsonValue())! - arrived);
      // Apart, as a facilitator's edits are: each one's save has landed before the next.
      await page.waitForTimeout(120);
    }
    latencies.sort((a, b) => a - b);
    for (const list of [toBackend, toPage, toPaint]) list.sort((a, b) => a - b);
    console.log(
      `wall: edit on the presenter's page to the audience page's repaint, Venn of 15 institutions, ${edits} edits (arrow-key nudges), headless Chromium 1024 x 768: median ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms (target < 50 ms); medians of its parts: key to the backend's relay ${percentile(toBackend, 50).toFixed(1)} ms (the presenter's state update, the harness's binding into Node, the schema check), relay to the audience page ${percentile(toPage, 50).toFixed(1)} ms (the harness's one DevTools message; the shell sends one IPC message), arrival to painted ${percentile(toPaint, 50).toFixed(1)} ms (React, Konva, the next frame)`,
    );
  } finally {
    await app.close();
  }
}

async function projectionDrag(): Promise<void> {
  const app = await startApp();
  try {
    const cdp = await app.context.newCDPSession(app.page);
    const seeded = await seedCanvas(
      app,
      canvasScenes.find((s) => s.name === 'venn60')!,
    );
    await openInRembug(app, cdp, seeded, 1);
    await app.page.keyboard.press('F5');
    await app.page.getByTestId('wall').waitFor();
    await app.page.waitForTimeout(800);
    const drag = await pacedDrag(app.page, cdp, seeded.dragNode, { throttle: 4 });
    console.log(
      `wall: drag in projection mode (F5), Venn of 60 institutions, 4x CPU throttle, mouse at 125 Hz for 3 s: ${drag.fps.toFixed(1)} fps, p95 frame ${drag.p95.toFixed(1)} ms, ${drag.visibleMovesPerSecond.toFixed(1)} visible moves/s, press hitch ${drag.pressHitch.toFixed(0)} ms, drop stall ${drag.dropStall.toFixed(0)} ms${drag.dragged ? '' : ' (WARNING: the press did not start a drag)'}`,
    );
  } finally {
    await app.close();
  }
}

/** Both figures of the wall. */
export async function wallBench(): Promise<void> {
  await editToRepaint();
  await projectionDrag();
}
