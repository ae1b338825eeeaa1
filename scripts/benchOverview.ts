/**
 * The programme overview across villages (issue 13, item 6): a folder of 200 community
 * files (each a village of 5 sessions, 90 attendances, an action plan, 4 indicators and
 * two monitoring sessions), read as the coordinator's "Ringkasan banyak desa" reads it:
 *  - the whole folder, median of 3 runs, target under 3 s, and the time per file;
 *  - the longest the event loop waited meanwhile (a 5 ms timer's worst lateness): what the
 *    window would feel, since the backend runs in Electron's main process;
 *  - the same for 500 files, the folder size.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readOverview } from '../electron/core/overview.js';
import { copyVillage, writeVillageTemplate } from '../tests/support/overviewFixtures.js';
import { tempDir } from '../tests/support/paths.js';
import { median } from './benchSupport.js';

const ms = (n: number): string => `${n.toFixed(0)} ms`;

async function timedRead(folder: string): Promise<{ elapsed: number; worstLag: number; rows: number }> {
  let worstLag = 0;
  let expected = performance.now() + 5;
  const timer = setInterval(() => {
    const now = performance.now();
    worstLag = Math.max(worstLag, now - expected);
    expected = now + 5;
  }, 5);
  const start = performance.now();
  const overview = await readOverview(folder);
  const elapsed = performance.now() - start;
  clearInterval(timer);
  return { elapsed, worstLag, rows: overview.rows.length };
}

async function benchFolder(template: string, count: number, runs: number): Promise<void> {
  const folder = tempDir(`bench-overview-${count}`);
  for (let i = 0; i < count; i += 1)
    copyVillage(template, path.join(folder, `desa-${String(i).padStart(3, '0')}.rembug`), {
      name: `Desa ${i + 1}`,
      keepSessions: 1 + (i % 5),
    });
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await timedRead(folder));
  const elapsed = median(results.map((r) => r.elapsed));
  const lag = Math.max(...results.map((r) => r.worstLag));
  console.log(
    `programme overview, ${count} community files (${(fs.statSync(template).size / 1024).toFixed(0)} KiB each): ` +
      `${ms(elapsed)} (median of ${runs}${count === 200 ? ', target under 3 s' : ''}), ${(elapsed / count).toFixed(1)} ms per file; ` +
      `longest event-loop wait ${ms(lag)}`,
  );
}

export async function overviewBench(): Promise<void> {
  const template = await writeVillageTemplate(tempDir('bench-overview-template'));
  await benchFolder(template, 200, 3);
  await benchFolder(template, 500, 1);
}
