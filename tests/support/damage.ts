import Database from 'better-sqlite3';
import fs from 'node:fs';
import { emptyVennDocument } from '#shared/exercises/venn/schema.js';

/** A Venn diagram large enough that its body spans several overflow pages. */
export function largeVenn(prefix: string, count = 40) {
  return {
    ...emptyVennDocument(),
    institutions: Array.from({ length: count }, (_, i) => ({
      id: `${prefix}-${i}`,
      name: `${prefix} lembaga ${i}`,
      kind: 'government' as const,
      relation: 'supportive' as const,
      importance: 2 as const,
      x: i * 3,
      y: 10 - i * 2,
      notes: 'Catatan panjang tentang peran lembaga ini di desa.'.repeat(3),
    })),
  };
}

/**
 * Zeroes the last overflow page of the exercise's body, so quick_check still passes but the
 * body no longer reads (as a failing USB stick can). Returns false if no such page exists.
 */
export function zeroLastOverflowPage(file: string, exerciseId: string): boolean {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const rowid = (db.prepare('SELECT rowid FROM exercises WHERE id = ?').get(exerciseId) as { rowid: number }).rowid;
  const pages = db
    .prepare("SELECT pageno FROM dbstat WHERE name = 'exercises' AND pagetype = 'overflow' ORDER BY pageno")
    .all() as { pageno: number }[];
  db.close();
  const original = fs.readFileSync(file);
  for (const { pageno } of pages) {
    const spoiled = Buffer.from(original);
    spoiled.fill(0, (pageno - 1) * pageSize, pageno * pageSize);
    fs.writeFileSync(file, spoiled);
    const check = new Database(file, { readonly: true });
    const passes = check.pragma('quick_check', { simple: true }) === 'ok';
    let broken = false;
    try {
      JSON.parse((check.prepare('SELECT body FROM exercises WHERE rowid = ?').get(rowid) as { body: string }).body);
    } catch {
      broken = true;
    }
    check.close();
    if (passes && broken) return true;
  }
  fs.writeFileSync(file, original);
  return false;
}
