import { randomUUID } from 'node:crypto';
import type { Db } from '../db/openFile.js';

/**
 * The community's list of institutions, shared by all its diagrams: names typed in one
 * diagram are suggested in the next. Names compare without case.
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
    for (const e of entries) this.insertIfNew.run(randomUUID(), e.name.trim(), e.kind, now);
  }

  list(): { name: string; kind: string }[] {
    return this.selectAll.all();
  }
}
