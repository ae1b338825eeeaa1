import { randomUUID } from 'node:crypto';
import type { Participant, ParticipantFields } from '#shared/model/session.js';
import { AppFailure } from '#shared/result.js';
import type { Db } from '../db/openFile.js';

export class ParticipantRepo {
  private readonly selectBySession;
  private readonly selectOne;
  private readonly insert;
  private readonly update;
  private readonly remove;

  constructor(db: Db) {
    const cols = 'id, name, gender, age_group AS ageGroup, grp AS "group"';
    this.selectBySession = db.prepare<[string], Participant>(
      `SELECT ${cols} FROM participants WHERE session_id = ? ORDER BY position`,
    );
    this.selectOne = db.prepare<[string], Participant>(`SELECT ${cols} FROM participants WHERE id = ?`);
    this.insert = db.prepare(
      `INSERT INTO participants (id, session_id, position, name, gender, age_group, grp)
       VALUES (@id, @sessionId, (SELECT COALESCE(MAX(position), 0) + 1 FROM participants WHERE session_id = @sessionId),
         @name, @gender, @ageGroup, @group)`,
    );
    this.update = db.prepare(
      'UPDATE participants SET name = @name, gender = @gender, age_group = @ageGroup, grp = @group WHERE id = @id',
    );
    this.remove = db.prepare<[string]>('DELETE FROM participants WHERE id = ?');
  }

  listBySession(sessionId: string): Participant[] {
    return this.selectBySession.all(sessionId);
  }

  add(sessionId: string, fields: ParticipantFields): Participant {
    const id = randomUUID();
    this.insert.run({ ...fields, id, sessionId });
    return { ...fields, id };
  }

  save(id: string, fields: ParticipantFields): Participant {
    if (this.update.run({ ...fields, id }).changes === 0) throw new AppFailure('not_found', `participant ${id}`);
    return this.selectOne.get(id)!;
  }

  delete(id: string): void {
    if (this.remove.run(id).changes === 0) throw new AppFailure('not_found', `participant ${id}`);
  }
}
