import { randomUUID } from 'node:crypto';
import { sameNameKey } from '#shared/model/text.js';
import type { Db } from '../db/openFile.js';

/**
 * The community's list of institutions, shared by all its diagrams: names typed in one
 * diagram are suggested in the next. A name is new unless it is the same name
 * (`sameNameKey`: spaces and Indonesian case folded) as one already kept; the column's
 * NOCASE collation, which folds ASCII only, is the last guard.
 */
export class StakeholderRepo {
  private readonly insertIfNew;
  private readonly selectAll;

  constructor(db: Db) {
    this.insertIfNew = db.prepare(
      'INSERT INTO stakeholders (id, name, kind, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING',
    );
    this.selectAll = db.prepare<[], { name: string; kind: string }>(
      'SELECT name, kind FROM stakeholders ORDER BY name COLLATE NOCASE',
    );
  }

  remember(entries: readonly { name: string; kind: string }[]): void {
    const now = new Date().toISOString();
    const known = new Set(this.list().map((s) => sameNameKey(s.name)));
    for (const e of entries) {
      const key = sameNameKey(e.name);
      if (known.has(key)) continue;
      known.add(key);
      this.insertIfNew.run(randomUUID(), e.name.trim().replace(/\s+/g, ' '), e.kind, now);
    }
  }

  list(): { name: string; kind: string }[] {
    return this.selectAll.all();
  }
}
