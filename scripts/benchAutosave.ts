/**
 * Autosave against the floor (issue 14, item 4): rounds of 1,000 edits of a Venn saved through the
 * same dispatcher as the app (input check, parse, serialise, version check, transaction,
 * synchronous=FULL), each followed by a raw UPDATE of a JSON body of the same size on the
 * same file through a second connection with the same settings. Alternated edit by edit
 * (and which goes first), so a checkpoint or a slow disk moment falls on both alike. A p99 of
 * sub-millisecond writes moves with the disk from one round to the next, so it prints every
 * round's ratios and their median.
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
import { median, newCommunity, percentile } from './benchSupport.js';

const edits = 1000;
const warmUp = 50;
const rounds = Number(process.env.BENCH_AUTOSAVE_ROUNDS ?? 5);

interface Round {
  throughDispatcher: number[];
  rawUpdate: number[];
}

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
  let edit = 0;
  const round = async (): Promise<Round> => {
    const measured: Round = { throughDispatcher: [], rawUpdate: [] };
    for (let i = 0; i < warmUp + edits; i += 1, edit += 1) {
      const moved = doc.institutions.map((inst, n) => (n === edit % 12 ? { ...inst, x: inst.x + 1 } : inst));
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
      const result = await dispatch(backend.handlers, 'exercise.save', {
        id: saved.id,
        baseVersion: version,
        body: doc,
      });
      const saveTime = performance.now() - start;
      const rawTime = rawFirst ? rawBefore : rawWrite();
      if (!result.ok) throw new Error(result.error.message);
      version = (result.value as { version: number }).version;
      if (i < warmUp) continue;
      measured.throughDispatcher.push(saveTime);
      measured.rawUpdate.push(rawTime);
    }
    measured.throughDispatcher.sort((a, b) => a - b);
    measured.rawUpdate.sort((a, b) => a - b);
    return measured;
  };
  const measuredRounds: Round[] = [];
  for (let r = 0; r < rounds; r += 1) measuredRounds.push(await round());
  raw.close();
  backend.openFile?.close();
  const ratio = (r: Round, p: number): number => percentile(r.throughDispatcher, p) / percentile(r.rawUpdate, p);
  const at = (p: number, of: (r: Round) => number[]): string =>
    `p${p} ${median(measuredRounds.map((r) => percentile(of(r), p))).toFixed(3)} ms`;
  const ratios = (p: number): string => {
    const each = measuredRounds.map((r) => ratio(r, p));
    return `${median(each).toFixed(2)} (rounds ${each.map((x) => x.toFixed(2)).join(', ')})`;
  };
  console.log(
    `autosave, ${rounds} rounds of ${edits} edits of a 12-institution Venn (${JSON.stringify(doc).length} characters), real file, synchronous=FULL, medians of the rounds: through the dispatcher ${at(50, (r) => r.throughDispatcher)}, ${at(99, (r) => r.throughDispatcher)}; raw UPDATE of the same size, same file, alternated: ${at(50, (r) => r.rawUpdate)}, ${at(99, (r) => r.rawUpdate)}; ratio p50 ${ratios(50)}, p99 ${ratios(99)} (target p99 within 1.5x)`,
  );
}
