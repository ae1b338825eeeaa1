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
  private readonly countAll;
  /**
   * The folded names kept, read once rather than on every save of a diagram. Valid while
   * the table holds `knownCount` rows: a save that rolled back (a full disk) leaves a
   * different count, and the names are read again.
   */
  private known: Set<string> | null = null;
  private knownCount = -1;

  constructor(db: Db) {
    this.insertIfNew = db.prepare(
      'INSERT INTO stakeholders (id, name, kind, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING',
    );
    this.countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM stakeholders');
    this.selectAll = db.prepare<[], { name: string; kind: string }>(
      'SELECT name, kind FROM stakeholders ORDER BY name COLLATE NOCASE',
    );
  }

  remember(entries: readonly { name: string; kind: string }[]): void {
    const now = new Date().toISOString();
    const count = this.countAll.get()?.n ?? 0;
    if (!this.known || count !== this.knownCount) this.known = new Set(this.list().map((s) => sameNameKey(s.name)));
    const known = this.known;
    let rows = count;
    for (const e of entries) {
      const key = sameNameKey(e.name);
      if (known.has(key)) continue;
      known.add(key);
      rows += this.insertIfNew.run(randomUUID(), e.name.trim().replace(/\s+/g, ' '), e.kind, now).changes;
    }
    this.knownCount = rows;
  }

  list(): { name: string; kind: string }[] {
    return this.selectAll.all();
  }
}
