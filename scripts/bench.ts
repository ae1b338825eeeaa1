/**
 * `npm run bench`: prints the figures the issues ask for. Timings come from here, never
 * from assertions in tests.
 *  1. autosave latency over 1,000 edits on a real community file (p50/p99), beside a raw
 *     UPDATE of the same size on the same file (benchAutosave.ts)
 *  2. PDF export time of the sample session (HTML build + Chromium print + write)
 *  3. canvases at scale (benchCanvas.ts): maps of 500 and 2,000 objects, Venns of 60 and
 *     200 institutions, dragged with a 125 Hz CDP mouse at 4x CPU throttle side by side
 *     with a bare Konva page (fps, p95, visible moves, press hitch, drop stall, open time)
 *  4. ranking recompute after one change: 20-item pairwise, 15 x 8 scoring matrix
 *  5. tree layout of 200 nodes; frames while dragging a card on a 150-card board
 *  7. import time of a 12-megapixel JPEG photo of the paper map
 *  8. a save of the largest legal body of each exercise type (benchLimits.ts)
 *  9. opening a 40 MB community with the checks of opening (benchOpen.ts)
 * 10. backing up an open 40 MB community: backup API against VACUUM INTO (benchBackup.ts)
 * 11. the journey screen and the programme report of 60 sessions, 300 exercises (benchJourney.ts)
 * 12. notice-board poster export per exercise type, and the pack of all (benchPoster.ts)
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Backend, sampleFileName } from '../electron/core/backend.js';
import { scoreMatrix } from '#shared/exercises/ranking/matrix.js';
import { addChild, type TreeNode } from '#shared/exercises/framing/tree.js';
import { layoutTree, treeScene } from '#shared/exercises/framing/treeLayout.js';
import { pairKey, pairsOf, rankPairwise, type PairChoice } from '#shared/exercises/ranking/pairwise.js';
import type { Page } from 'playwright-core';
import { startApp } from '../tests/support/appHarness.js';
import { launchChromium } from '../tests/support/chromium.js';
import { resourcesDir, tempDir } from '../tests/support/paths.js';
import { TestHost } from '../tests/support/testHost.js';
import { openLargeCommunity } from './benchOpen.js';
import { newCommunity, percentile } from './benchSupport.js';
import { backupLargeCommunity } from './benchBackup.js';
import { largestBodySaves } from './benchLimits.js';
import { journeyBench } from './benchJourney.js';
import { posterBench } from './benchPoster.js';
import { overviewBench } from './benchOverview.js';
import { paintJpeg } from './benchCanvasDriver.js';
import { canvasBenches } from './benchCanvas.js';
import { autosaveAgainstRaw } from './benchAutosave.js';
import { wallBench } from './benchWall.js';

const ms = (n: number): string => `${n.toFixed(2)} ms`;

async function pdfExport(): Promise<void> {
  const dir = tempDir('bench-pdf');
  const host = new TestHost(path.join(dir, 'ud'));
  host.browser = await launchChromium();
  const backend = new Backend(host);
  const sample = path.join(dir, sampleFileName);
  fs.copyFileSync(path.join(resourcesDir, 'sample', sampleFileName), sample);
  const opened = backend.openPath(sample);
  const fgd = opened.sessions.find((s) => s.exerciseCount > 0)!;
  const times: number[] = [];
  for (let run = 0; run < 6; run += 1) {
    host.savePaths.push(path.join(dir, `report-${run}.pdf`));
    const start = performance.now();
    await backend.handlers['report.exportSessionPdf']({ sessionId: fgd.id, language: 'id' });
    times.push(performance.now() - start);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  const size = fs.statSync(path.join(dir, 'report-0.pdf')).size;
  console.log(
    `PDF export of the sample session (${fgd.title}): first ${ms(times[0]!)}, then median ${ms(percentile(warm, 50))}, max ${ms(warm[warm.length - 1]!)}; ${(size / 1024).toFixed(0)} KiB (target < 2 s)`,
  );
  await host.browser.close();
  backend.openFile?.close();
}

/**
 * Drags with the real mouse for three seconds under 4x CPU throttling and counts the
 * frames the page painted meanwhile (requestAnimationFrame stamps).
 */
async function dragFrames(
  page: Page,
  from: { x: number; y: number },
  to: (step: number) => { x: number; y: number },
  what: string,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number[] };
    w.frames_ = [];
    const tick = (t: number): void => {
      w.frames_.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const start = Date.now();
  let step = 0;
  while (Date.now() - start < 3000) {
    step += 1;
    const at = to(step);
    await page.mouse.move(at.x, at.y);
  }
  await page.mouse.up();
  const stamps = await page.evaluate(() => (window as unknown as { frames_: number[] }).frames_);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const during = stamps.filter((t) => t - stamps[0]! > 200);
  const intervals = during.slice(1).map((t, i) => t - during[i]!);
  const fps = intervals.length / ((during[during.length - 1]! - during[0]!) / 1000);
  const sorted = [...intervals].sort((a, b) => a - b);
  console.log(
    `${what}, 4x CPU throttle, headless Chromium: ${fps.toFixed(1)} fps, p95 frame ${ms(percentile(sorted, 95))}, ${step} mouse moves in 3 s (target >= 50 fps)`,
  );
}

/** Recompute after one change, as the live result view does on every click. */
function rankingRecompute(): void {
  const ids = Array.from({ length: 20 }, (_, i) => `p${i}`);
  const pairs = pairsOf(ids);
  const choices: Record<string, { choice: PairChoice }> = {};
  pairs.forEach(
    (p, i) => (choices[pairKey(p.first, p.second)] = { choice: (['first', 'second', 'equal'] as const)[i % 3]! }),
  );
  const options = Array.from({ length: 15 }, (_, i) => `o${i}`);
  const criteria = Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, name: `Kriteria ${i}`, weight: 1 + (i % 3) }));
  const cells: Record<string, Record<string, number>> = {};
  for (const [oi, o] of options.entries())
    cells[o] = Object.fromEntries(criteria.map((c, ci) => [c.id, (oi + ci) % 6]));
  const pairTimes: number[] = [];
  const matrixTimes: number[] = [];
  for (let run = 0; run < 2000; run += 1) {
    const p = pairs[run % pairs.length]!;
    choices[pairKey(p.first, p.second)] = { choice: run % 2 ? 'first' : 'second' };
    let start = performance.now();
    rankPairwise(ids, choices);
    pairTimes.push(performance.now() - start);
    cells[options[run % 15]!]![`c${run % 8}`] = run % 6;
    start = performance.now();
    scoreMatrix(options, criteria, cells, { kind: 'scale', min: 0, max: 5 }, 'points');
    matrixTimes.push(performance.now() - start);
  }
  pairTimes.sort((a, b) => a - b);
  matrixTimes.sort((a, b) => a - b);
  console.log(
    `ranking recompute after one change: 20-item pairwise (190 pairs) p50 ${ms(percentile(pairTimes, 50))}, p99 ${ms(percentile(pairTimes, 99))}; 15 x 8 scoring matrix p50 ${ms(percentile(matrixTimes, 50))}, p99 ${ms(percentile(matrixTimes, 99))} (target < 1 ms)`,
  );
}

/** Tidy layout of a 200-node problem tree (target under 16 ms, one frame). */
function treeLayoutTime(): void {
  let nodes: TreeNode[] = [
    { id: 'n0', parentId: null, side: 'cause', problem: 'Masalah utama', objective: '', collapsed: false },
  ];
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 1; i < 200; i += 1)
    nodes = addChild(
      nodes,
      nodes[Math.floor(random() * nodes.length)]!.id,
      `n${i}`,
      random() < 0.6 ? 'cause' : 'effect',
    );
  // Warm up first: the first runs include compiling the code, reported apart.
  let start = performance.now();
  treeScene(nodes, 'problem');
  const first = performance.now() - start;
  for (let run = 0; run < 50; run += 1) treeScene(nodes, 'objective');
  const times: number[] = [];
  for (let run = 0; run < 200; run += 1) {
    start = performance.now();
    treeScene(nodes, run % 2 ? 'problem' : 'objective');
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const layoutOnly: number[] = [];
  for (let run = 0; run < 200; run += 1) {
    start = performance.now();
    layoutTree(nodes);
    layoutOnly.push(performance.now() - start);
  }
  layoutOnly.sort((a, b) => a - b);
  console.log(
    `tree of 200 nodes: layout p50 ${ms(percentile(layoutOnly, 50))}, p99 ${ms(percentile(layoutOnly, 99))}; layout + scene (text fitted) first ${ms(first)}, then p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))} (target < 16 ms)`,
  );
}

/** Frames while a card is dragged across a board of 150 cards, 4x CPU throttle. */
async function boardDragFps(): Promise<void> {
  const app = await startApp();
  try {
    const dir = tempDir('bench-board');
    const sessionId = await newCommunity(app.host, app.backend, dir);
    const exercise = await app.backend.handlers['exercise.create']({
      sessionId,
      type: 'consensus',
      title: 'Papan 150 kartu',
    });
    const cards = Array.from({ length: 150 }, (_, i) => ({ id: `c${i}`, text: `Gagasan nomor ${i + 1}`, group: '' }));
    const columns = Array.from({ length: 8 }, (_, k) => ({
      id: `k${k}`,
      title: `Kelompok gagasan ${k + 1}`,
      symbol: String(k + 1),
      cardIds: cards.filter((_, i) => i % 9 === k).map((c) => c.id),
    }));
    const loose = cards.filter((_, i) => i % 9 === 8).map((c) => c.id);
    await app.backend.handlers['exercise.save']({
      id: exercise.id,
      baseVersion: 1,
      body: {
        schemaVersion: 1,
        focusQuestion: 'Bench',
        cards,
        loose,
        columns,
        resolve: { meaning: '', nextSteps: '' },
      },
    });
    const { page } = app;
    await page.reload();
    await page.getByRole('button', { name: /^Desa Bench/ }).click();
    await page.getByText('Bench', { exact: true }).click();
    await page.getByRole('button', { name: /^Papan 150 kartu/ }).click();
    await page.getByTestId('idea-card').nth(149).waitFor();
    const box = (await page.getByTestId('idea-card').first().boundingBox())!;
    const from = { x: box.x + 12, y: box.y + 10 };
    await dragFrames(
      page,
      from,
      (step) => ({ x: from.x + (step % 40) * 18, y: from.y + Math.sin(step / 6) * 80 }),
      'consensus board drag, 150 cards',
    );
  } finally {
    await app.close();
  }
}

/** A 12-megapixel phone photo of the paper map: pick, decode, scale, encode, store. */
async function photoImportTime(): Promise<void> {
  const app = await startApp();
  try {
    const dir = tempDir('bench-photo');
    const sessionId = await newCommunity(app.host, app.backend, dir);
    const exercise = await app.backend.handlers['exercise.create']({
      sessionId,
      type: 'resourceMap',
      title: 'Peta foto',
    });
    const { page } = app;
    await page.reload();
    await page.getByRole('button', { name: /^Desa Bench/ }).click();
    await page.getByText('Bench', { exact: true }).click();
    await page.getByRole('button', { name: /^Peta foto/ }).click();
    const photo = path.join(dir, 'peta-12mp.jpg');
    fs.writeFileSync(photo, await paintJpeg(app.browser, 4000, 3000));
    app.host.imagePaths.push(photo);
    const start = performance.now();
    await page.getByRole('button', { name: 'Foto peta kertas' }).click();
    let stored: { id: string } | null = null;
    while (!stored && performance.now() - start < 60_000) {
      const body = (await app.backend.handlers['exercise.get']({ id: exercise.id })).body as {
        photo: { id: string } | null;
      };
      stored = body.photo;
      if (!stored) await new Promise((r) => setTimeout(r, 10));
    }
    const elapsed = performance.now() - start;
    const kept = stored
      ? Buffer.from((await app.backend.handlers['photo.get']({ id: stored.id })).data, 'base64').length
      : 0;
    console.log(
      `photo import, 12-megapixel JPEG (${(fs.statSync(photo).size / 1024 / 1024).toFixed(1)} MiB) to the map: ${ms(elapsed)}; stored ${(kept / 1024).toFixed(0)} KiB at 2400 x 1800`,
    );
  } finally {
    await app.close();
  }
}

/** `BENCH_ONLY=board npm run bench` runs the benchmarks whose name contains "board". */
const only = process.env.BENCH_ONLY ?? '';
const benches: [string, () => unknown][] = [
  ['ranking', rankingRecompute],
  ['tree', treeLayoutTime],
  ['autosave', autosaveAgainstRaw],
  ['pdf', pdfExport],
  ['board', boardDragFps],
  ...canvasBenches,
  ['photo', photoImportTime],
  ['limits', largestBodySaves],
  ['open', openLargeCommunity],
  ['backup', backupLargeCommunity],
  ['journey', journeyBench],
  ['poster', posterBench],
  ['overview', overviewBench],
  ['wall', wallBench],
];
for (const [name, run] of benches) if (name.includes(only)) await run();
