import { randomUUID } from 'node:crypto';
import type { SessionFields, SessionSummary } from '#shared/model/session.js';
import { AppFailure } from '#shared/result.js';
import type { Db } from '../db/openFile.js';

interface SessionRow extends Omit<SessionFields, 'agreements'> {
  id: string;
  agreements: string;
}

const columns = 'id, title, date, place, facilitators, kind, phase, step, agenda, notes, agreements';

export class SessionRepo {
  private readonly selectOne;
  private readonly selectSummaries;
  private readonly insert;
  private readonly update;
  private readonly remove;

  constructor(db: Db) {
    this.selectOne = db.prepare<[string], SessionRow>(`SELECT ${columns} FROM sessions WHERE id = ?`);
    this.selectSummaries = db.prepare<[], SessionSummary>(
      `SELECT s.id, s.title, s.date, s.kind, s.phase, s.step,
         (SELECT COUNT(*) FROM participants p WHERE p.session_id = s.id) AS participantCount,
         (SELECT COUNT(*) FROM exercises e WHERE e.session_id = s.id) AS exerciseCount
       FROM sessions s ORDER BY s.date DESC, s.created_at DESC`,
    );
    this.insert = db.prepare(
      `INSERT INTO sessions (${columns}, created_at, updated_at)
       VALUES (@id, @title, @date, @place, @facilitators, @kind, @phase, @step, @agenda, @notes, @agreements, @now, @now)`,
    );
    this.update = db.prepare(
      `UPDATE sessions SET title = @title, date = @date, place = @place, facilitators = @facilitators, kind = @kind,
         phase = @phase, step = @step, agenda = @agenda, notes = @notes, agreements = @agreements, updated_at = @now
       WHERE id = @id`,
    );
    this.remove = db.prepare<[string]>('DELETE FROM sessions WHERE id = ?');
  }

  list(): SessionSummary[] {
    return this.selectSummaries.all();
  }

  get(id: string): SessionFields & { id: string } {
    const row = this.selectOne.get(id);
    if (!row) throw new AppFailure('not_found', `session ${id}`);
    return { ...row, agreements: JSON.parse(row.agreements) as string[] } as SessionFields & { id: string };
  }

  create(fields: SessionFields): string {
    const id = randomUUID();
    this.insert.run({ ...fields, id, agreements: JSON.stringify(fields.agreements), now: new Date().toISOString() });
    return id;
  }

  save(id: string, fields: SessionFields): void {
    const info = this.update.run({
      ...fields,
      id,
      agreements: JSON.stringify(fields.agreements),
      now: new Date().toISOString(),
    });
    if (info.changes === 0) throw new AppFailure('not_found', `session ${id}`);
  }

  delete(id: string): void {
    if (this.remove.run(id).changes === 0) throw new AppFailure('not_found', `session ${id}`);
  }
}
