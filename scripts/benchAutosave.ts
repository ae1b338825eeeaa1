/**
 * Autosave against the floor (issue 14, item 4): 1,000 edits of a Venn saved through the
 * same dispatcher as the app (input check, parse, serialise, version check, transaction,
 * synchronous=FULL), each followed by a raw UPDATE of a JSON body of the same size on the
 * same file through a second connection with the same settings. Alternated edit by edit
 * (and which goes first), so a checkpoint or a slow disk moment falls on both alike.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { Backend } from '../electron/core/backend.js';
import { dispatch } from '../electron/core/dispatcher.js';
import { emptyVennDocument, type VennDocument } from '#shared/exercises/venn/schema.js';
import { tempDir } from '../tests/support/paths.js';
import { TestHost } from '../tests/support/testHost.js';
import { institutions } from './benchCanvasDriver.js';
import { newCommunity, percentile } from './benchSupport.js';

const edits = 1000;
const warmUp = 50;

export async function autosaveAgainstRaw(): Promise<void> {
  const dir = tempDir('bench-save');
  const host = new TestHost(path.join(dir, 'ud'));
  const backend = new Backend(host);
  const sessionId = await newCommunity(host, backend, dir);
  const saved = await backend.handlers['exercise.create']({ sessionId, type: 'venn', title: 'Bench' });
  const rawRow = await backend.handlers['exercise.create']({ sessionId, type: 'venn', title: 'Raw' });
  // The backup taken on opening copies the file in steps between calls; a save made meanwhile is
  // written into the copy too. The app's saves leave it those gaps; this tight loop would not.
  await backend.backups.settled();
  const raw = new Database(path.join(dir, 'bench.rembug'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  const update = raw.prepare('UPDATE exercises SET body = ?, version = version + 1, updated_at = ? WHERE id = ?');
  let doc: VennDocument = { ...emptyVennDocument(), institutions: institutions(12) };
  let version = saved.version;
  const throughDispatcher: number[] = [];
  const rawUpdate: number[] = [];
  for (let edit = 0; edit < warmUp + edits; edit += 1) {
    const moved = doc.institutions.map((inst, i) => (i === edit % 12 ? { ...inst, x: inst.x + 1 } : inst));
    doc = { ...doc, institutions: moved };
    // The same number of characters as the save writes (serialising is the save's work, not the floor's).
    const json = JSON.stringify(doc);
    const rawWrite = (): number => {
      const start = performance.now();
      update.run(json, new Date().toISOString(), rawRow.id);
      return performance.now() - start;
    };
    // Which goes first alternates too: a write right after another may find the disk busy.
    const rawFirst = edit % 2 === 1;
    const rawBefore = rawFirst ? rawWrite() : 0;
    const start = performance.now();
    const result = await dispatch(backend.handlers, 'exercise.save', { id: saved.id, baseVersion: version, body: doc });
    const saveTime = performance.now() - start;
    const rawTime = rawFirst ? rawBefore : rawWrite();
    if (!result.ok) throw new Error(result.error.message);
    version = (result.value as { version: number }).version;
    if (edit < warmUp) continue;
    throughDispatcher.push(saveTime);
    rawUpdate.push(rawTime);
  }
  raw.close();
  backend.openFile?.close();
  throughDispatcher.sort((a, b) => a - b);
  rawUpdate.sort((a, b) => a - b);
  const figures = (times: number[]): string =>
    `p50 ${percentile(times, 50).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms`;
  const ratio = (p: number): string => (percentile(throughDispatcher, p) / percentile(rawUpdate, p)).toFixed(2);
  console.log(
    `autosave, ${edits} edits of a 12-institution Venn (${JSON.stringify(doc).length} characters), real file, synchronous=FULL: through the dispatcher ${figures(throughDispatcher)}; raw UPDATE of the same size, same file, alternated: ${figures(rawUpdate)}; ratio p50 ${ratio(50)}, p99 ${ratio(99)} (target p99 within 1.5x)`,
  );
}
