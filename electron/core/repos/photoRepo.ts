import { randomUUID } from 'node:crypto';
import { AppFailure } from '#shared/result.js';
import type { Db } from '../db/openFile.js';

export interface Photo {
  id: string;
  mime: string;
  width: number;
  height: number;
  bytes: Buffer;
}

export class PhotoRepo {
  private readonly insertOne;
  private readonly selectOne;
  private readonly selectIds;
  private readonly deleteOne;

  constructor(db: Db) {
    this.insertOne = db.prepare(
      'INSERT INTO photos (id, mime, width, height, bytes, created_at) VALUES (@id, @mime, @width, @height, @bytes, @now)',
    );
    this.selectOne = db.prepare<[string], Photo>('SELECT id, mime, width, height, bytes FROM photos WHERE id = ?');
    this.selectIds = db.prepare<[], { id: string }>('SELECT id FROM photos ORDER BY rowid');
    this.deleteOne = db.prepare<[string]>('DELETE FROM photos WHERE id = ?');
  }

  add(photo: Omit<Photo, 'id'>): string {
    const id = randomUUID();
    this.insertOne.run({ ...photo, id, now: new Date().toISOString() });
    return id;
  }

  get(id: string): Photo {
    const row = this.selectOne.get(id);
    if (!row) throw new AppFailure('photo_missing', `photo ${id}`);
    return row;
  }

  /**
   * The photos shown by what is printed, as data URLs by id, at their stored (print)
   * resolution. A photo no longer in the file (removed by another program) is left out:
   * what showed it prints without it and says so, rather than the whole print failing.
   */
  dataUrls(ids: Iterable<string>): Record<string, string> {
    const urls: Record<string, string> = {};
    for (const id of ids) {
      const row = this.selectOne.get(id);
      if (row) urls[id] = `data:${row.mime};base64,${row.bytes.toString('base64')}`;
    }
    return urls;
  }

  /** Every stored photo's id, without reading the bytes. */
  ids(): string[] {
    return this.selectIds.all().map((row) => row.id);
  }

  /** Removes a photo; true if there was one. */
  remove(id: string): boolean {
    return this.deleteOne.run(id).changes > 0;
  }
}
