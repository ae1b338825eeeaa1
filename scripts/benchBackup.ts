/**
 * Backing up a large community (about 40 MB: a year of sessions, their exercises and map
 * photos) while it is open, as Rembug does on opening and during editing: SQLite's backup
 * API in steps (what BackupStore.make does, with the switch to a DELETE journal and the
 * sync), against `VACUUM INTO`. Printed: the whole time, and the longest the backend could
 * not answer a save meanwhile (the backup API yields between steps; VACUUM INTO does not).
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BackupStore } from '../electron/core/backups.js';
import { CommunityFile } from '../electron/core/communityFile.js';
import { tempDir } from '../tests/support/paths.js';
import { largeCommunity } from './benchOpen.js';
import { median, ms } from './benchSupport.js';

/** Runs `work` while measuring the longest gap between two turns of the event loop. */
async function withLongestPause(work: () => Promise<unknown> | unknown): Promise<{ total: number; pause: number }> {
  let pause = 0;
  let last = performance.now();
  let running = true;
  const tick = (): void => {
    const now = performance.now();
    pause = Math.max(pause, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const start = performance.now();
  await work();
  const total = performance.now() - start;
  running = false;
  pause = Math.max(pause, performance.now() - last);
  return { total, pause };
}

export async function backupLargeCommunity(): Promise<void> {
  const dir = tempDir('bench-backup');
  const file = path.join(dir, 'besar.rembug');
  largeCommunity(file, 40);
  const size = fs.statSync(file).size / 1024 / 1024;
  // The photos are not on any map: kept, as a file whose maps show them would keep them.
  const opened = CommunityFile.open(file, { removeUnusedPhotos: false });
  const store = new BackupStore(path.join(dir, 'backups'), { keepLast: 100 });
  const api = { total: [] as number[], pause: [] as number[] };
  const vacuum = { total: [] as number[], pause: [] as number[] };
  let backupSize = 0;
  for (let round = 0; round < 5; round += 1) {
    const viaApi = await withLongestPause(async () => {
      backupSize = (await store.make(opened.db, opened.path, 'edit')).size;
    });
    api.total.push(viaApi.total);
    api.pause.push(viaApi.pause);
    const target = path.join(dir, `vacuum-${round}.rembug`);
    const viaVacuum = await withLongestPause(() => opened.db.prepare('VACUUM INTO ?').run(target));
    vacuum.total.push(viaVacuum.total);
    vacuum.pause.push(viaVacuum.pause);
    fs.rmSync(target, { force: true });
  }
  opened.close();
  console.log(
    `backup of an open ${size.toFixed(1)} MB community (copy ${(backupSize / 1024 / 1024).toFixed(1)} MB), median of 5: backup API in steps of 1024 pages (as Rembug makes them, DELETE journal and sync included) ${ms(median(api.total))}, longest pause of the backend ${ms(median(api.pause))} (the copy's last step: its commit and sync); VACUUM INTO ${ms(median(vacuum.total))}, all of it one pause`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}
