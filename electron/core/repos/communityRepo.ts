import type { Community } from '#shared/model/community.js';
import { AppFailure } from '#shared/result.js';
import type { Db } from '../db/openFile.js';

interface CommunityRow extends Community {
  id: number;
}

export class CommunityRepo {
  private readonly selectOne;
  private readonly upsert;

  constructor(db: Db) {
    this.selectOne = db.prepare<[], CommunityRow>(
      'SELECT id, name, desa, kecamatan, kabupaten, province, description FROM community WHERE id = 1',
    );
    this.upsert = db.prepare(
      `INSERT INTO community (id, name, desa, kecamatan, kabupaten, province, description, created_at, updated_at)
       VALUES (1, @name, @desa, @kecamatan, @kabupaten, @province, @description, @now, @now)
       ON CONFLICT (id) DO UPDATE SET name = @name, desa = @desa, kecamatan = @kecamatan,
         kabupaten = @kabupaten, province = @province, description = @description, updated_at = @now`,
    );
  }

  get(): Community {
    const row = this.selectOne.get();
    if (!row) throw new AppFailure('damaged_file', 'community row missing');
    const { id: _id, ...community } = row;
    return community;
  }

  save(community: Community): void {
    this.upsert.run({ ...community, now: new Date().toISOString() });
  }
}
