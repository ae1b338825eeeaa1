/**
 * Opening a large community (about 40 MB: a year of sessions, their exercises and map
 * photos) with the checks of opening: the lock, SQLite's page check, and the deep check that
 * parses and validates every exercise. Also what `integrity_check` would cost instead of
 * `quick_check`, and a read-only open (which reads a private copy).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { CommunityFile } from '../electron/core/communityFile.js';
import { emptyResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { emptyVennDocument, type VennDocument } from '#shared/exercises/venn/schema.js';
import { tempDir } from '../tests/support/paths.js';
import { benchSession, benchVillage, median, ms } from './benchSupport.js';

function venn(session: number, exercise: number): VennDocument {
  return {
    ...emptyVennDocument(),
    institutions: Array.from({ length: 40 }, (_, i) => ({
      id: `s${session}-e${exercise}-i${i}`,
      name: `Lembaga ${i + 1} sesi ${session}`,
      kind: 'community' as const,
      relation: 'supportive' as const,
      importance: ((i % 4) + 1) as 1 | 2 | 3 | 4,
      x: i * 7 - 140,
      y: 120 - i * 5,
      notes: 'Peran lembaga ini dalam kegiatan desa, dicatat saat FGD bersama warga.',
    })),
  };
}

/** A community file of about `targetMiB`: 48 sessions of 8 Venn diagrams, and map photos. */
export function largeCommunity(file: string, targetMiB: number): void {
  const created = CommunityFile.create(file, { ...benchVillage, name: 'Desa Besar' });
  created.write(() => {
    for (let s = 0; s < 48; s += 1) {
      const sessionId = created.sessions.create(benchSession(`Pertemuan ${s + 1}`));
      for (let e = 0; e < 8; e += 1) created.exercises.create(sessionId, 'venn', `Venn ${s}-${e}`, venn(s, e));
    }
  });
  // Map photos fill the rest, each shown by a map of its own (a photo no map shows would
  // be tidied away on opening); stored bytes, which the checks of opening do not decode.
  const sessionId = created.sessions.list()[0]!.id;
  let maps = 0;
  while (fs.statSync(file).size + fs.statSync(`${file}-wal`).size < targetMiB * 1024 * 1024)
    created.write(() => {
      const id = created.photos.add({ mime: 'image/jpeg', width: 2400, height: 1800, bytes: randomBytes(900_000) });
      const map = { ...emptyResourceMapDocument(), photo: { id, width: 2400, height: 1800 } };
      created.exercises.create(sessionId, 'resourceMap', `Peta ${(maps += 1)}`, map);
    });
  created.close();
}

export async function openLargeCommunity(): Promise<void> {
  const dir = tempDir('bench-open');
  const file = path.join(dir, 'besar.rembug');
  largeCommunity(file, 40);
  const size = fs.statSync(file).size / 1024 / 1024;
  const runs = { open: [] as number[], readOnly: [] as number[], quick: [] as number[], integrity: [] as number[] };
  let exercises = 0;
  for (let round = 0; round < 5; round += 1) {
    let start = performance.now();
    const opened = CommunityFile.open(file);
    runs.open.push(performance.now() - start);
    exercises = opened.exercises.listAll().length;
    if (opened.damagedExercises.length > 0) throw new Error('the bench file should not be damaged');
    if (fs.statSync(file).size / 1024 / 1024 < size * 0.95) throw new Error('opening should not shrink the file');
    opened.close();
    start = performance.now();
    CommunityFile.open(file, { readOnly: 'in_use' }).close();
    runs.readOnly.push(performance.now() - start);
    // Each check on a fresh connection (an empty page cache), in turns so neither always goes first.
    const checks: ['quick' | 'integrity', string][] = [
      ['quick', 'quick_check'],
      ['integrity', 'integrity_check'],
    ];
    for (const [name, pragma] of round % 2 ? checks.reverse() : checks) {
      const db = new Database(file, { readonly: true });
      start = performance.now();
      const result = db.pragma(pragma, { simple: true });
      runs[name].push(performance.now() - start);
      db.close();
      if (result !== 'ok') throw new Error(`${pragma}: ${String(result)}`);
    }
  }
  console.log(
    `open a ${size.toFixed(1)} MB community (${exercises} exercises) with the lock, integrity_check and the deep check of every exercise: median ${ms(median(runs.open))} of 5; read-only (private copy) ${ms(median(runs.readOnly))}; alone: quick_check ${ms(median(runs.quick))}, integrity_check ${ms(median(runs.integrity))}`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}
