import { randomUUID } from 'node:crypto';
import type { ExerciseTypeName } from '#shared/exercises/registry.js';
import type { ExerciseSummary } from '#shared/model/session.js';
import { AppFailure } from '#shared/result.js';
import type { Db } from '../db/openFile.js';

export interface ExerciseRow {
  id: string;
  sessionId: string;
  type: ExerciseTypeName;
  title: string;
  version: number;
  /** JSON text; parsed by the exercise type's schema in the service. */
  body: string;
}

/**
 * Where an exercise came from: the exercise "Gandakan" copied it from (migration 1050), and
 * that original's title while it still exists. Kept apart from `ExerciseRow` because a
 * backup may predate the column.
 */
export interface ExerciseLineage {
  copyOf: string | null;
  /** Null when the exercise is no copy, or its original was deleted since. */
  copyOfTitle: string | null;
}

export type StoredExerciseRow = ExerciseRow & ExerciseLineage;

/**
 * The stored body's schemaVersion in SQL, NULL if unreadable. Asked on every save, so it
 * reads the body's first characters: bodies are written from parsed documents, whose first
 * key is `schemaVersion`, and the number there is read as SQLite reads a number at the
 * start of a text (a JSON number is one). Only a body written otherwise is parsed whole.
 */
const storedBodyVersionSql = `(CASE
  WHEN substr(body, 1, 18) GLOB '{"schemaVersion":[0-9]' THEN CAST(substr(body, 18, 30) AS REAL)
  WHEN json_valid(body) AND json_type(body, '$.schemaVersion') IN ('integer', 'real')
    THEN json_extract(body, '$.schemaVersion')
END)`;

export class ExerciseRepo {
  private readonly selectOne;
  private readonly selectLineage;
  private readonly selectBySession;
  private readonly selectAllBodies;
  private readonly insert;
  private readonly updateBody;
  private readonly updateTitle;
  private readonly remove;
  private readonly selectBodyVersion;
  private readonly selectType;

  constructor(db: Db) {
    this.selectOne = db.prepare<[string], StoredExerciseRow>(
      `SELECT e.id, e.session_id AS sessionId, e.type, e.title, e.version, e.body,
         e.copy_of AS copyOf, original.title AS copyOfTitle
       FROM exercises e LEFT JOIN exercises original ON original.id = e.copy_of WHERE e.id = ?`,
    );
    this.selectLineage = db.prepare<[string], ExerciseLineage>(
      `SELECT e.copy_of AS copyOf, original.title AS copyOfTitle
       FROM exercises e LEFT JOIN exercises original ON original.id = e.copy_of WHERE e.id = ?`,
    );
    this.selectBySession = db.prepare<[string], ExerciseSummary>(
      `SELECT id, type, title, version, updated_at AS updatedAt, copy_of AS copyOf
       FROM exercises WHERE session_id = ? ORDER BY position`,
    );
    this.selectAllBodies = db.prepare<[], ExerciseRow>(
      'SELECT id, session_id AS sessionId, type, title, version, body FROM exercises ORDER BY created_at, rowid',
    );
    this.insert = db.prepare(
      `INSERT INTO exercises (id, session_id, position, type, title, body, version, created_at, updated_at, copy_of)
       VALUES (@id, @sessionId, (SELECT COALESCE(MAX(position), 0) + 1 FROM exercises WHERE session_id = @sessionId),
         @type, @title, @body, 1, @now, @now, @copyOf)`,
    );
    // The version check sits in the WHERE clause so a stale write changes no row; so does the
    // check of the stored body's schemaVersion (`storedBodyVersion`, in SQL), so a save is one
    // statement.
    this.updateBody = db.prepare(
      `UPDATE exercises SET body = @body, version = version + 1, updated_at = @now
       WHERE id = @id AND version = @baseVersion AND COALESCE(${storedBodyVersionSql}, 0) <= @newestBodyVersion`,
    );
    this.updateTitle = db.prepare('UPDATE exercises SET title = @title, updated_at = @now WHERE id = @id');
    this.remove = db.prepare<[string]>('DELETE FROM exercises WHERE id = ?');
    this.selectType = db.prepare<[string], { type: string }>('SELECT type FROM exercises WHERE id = ?');
    this.selectBodyVersion = db.prepare<[string], { v: number | null }>(
      `SELECT ${storedBodyVersionSql} AS v FROM exercises WHERE id = ?`,
    );
  }

  /** Where the exercise came from, without its body: for what only needs the SESUDAH mark (a poster). */
  lineage(id: string): ExerciseLineage {
    const row = this.selectLineage.get(id);
    if (!row) throw new AppFailure('not_found', `exercise ${id}`);
    return row;
  }

  has(id: string): boolean {
    return this.selectOne.get(id) !== undefined;
  }

  get(id: string): StoredExerciseRow {
    const row = this.selectOne.get(id);
    if (!row) throw new AppFailure('not_found', `exercise ${id}`);
    return row;
  }

  listBySession(sessionId: string): ExerciseSummary[] {
    return this.selectBySession.all(sessionId);
  }

  /** Every exercise of the community with its body, oldest first. */
  listAll(): ExerciseRow[] {
    return this.selectAllBodies.all();
  }

  /** `copyOf`: the exercise this one is the "after" copy of (exercise.duplicate), else null. */
  create(
    sessionId: string,
    type: ExerciseTypeName,
    title: string,
    body: unknown,
    copyOf: string | null = null,
  ): string {
    const id = randomUUID();
    this.insert.run({ id, sessionId, type, title, body: JSON.stringify(body), now: new Date().toISOString(), copyOf });
    return id;
  }

  /**
   * Writes a body already serialised (once, by the caller, who also checked its size) over
   * a stored one whose schemaVersion is at most `newestBodyVersion`. Returns the new version,
   * or 'newer_body' (nothing written) when the stored body is newer: a newer Rembug wrote
   * it. Throws `stale_version` when someone saved in between, `not_found` when it is gone.
   */
  saveBody(id: string, baseVersion: number, bodyJson: string, newestBodyVersion: number): number | 'newer_body' {
    const now = new Date().toISOString();
    const info = this.updateBody.run({ id, baseVersion, body: bodyJson, now, newestBodyVersion });
    if (info.changes === 0) {
      const current = this.get(id);
      const stored = this.storedBodyVersion(id);
      if (stored !== null && stored > newestBodyVersion) return 'newer_body';
      throw new AppFailure('stale_version', `exercise ${id} is at version ${current.version}, not ${baseVersion}`);
    }
    return baseVersion + 1;
  }

  /** The stored body's schemaVersion; null if unreadable (`storedBodyVersionSql`). */
  storedBodyVersion(id: string): number | null {
    return this.selectBodyVersion.get(id)?.v ?? null;
  }

  /** The exercise's type alone: a save needs no more of the stored row. */
  typeOf(id: string): string {
    const row = this.selectType.get(id);
    if (!row) throw new AppFailure('not_found', `exercise ${id}`);
    return row.type;
  }

  rename(id: string, title: string): void {
    if (this.updateTitle.run({ id, title, now: new Date().toISOString() }).changes === 0)
      throw new AppFailure('not_found', `exercise ${id}`);
  }

  delete(id: string): void {
    if (this.remove.run(id).changes === 0) throw new AppFailure('not_found', `exercise ${id}`);
  }
}
