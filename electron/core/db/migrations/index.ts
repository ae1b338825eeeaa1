import { sql as initial } from './1010-initial.js';
import { sql as photos } from './1020-photos.js';
import { sql as communityUid } from './1030-community-uid.js';
import { sql as stepStatus } from './1040-step-status.js';
import { sql as copyOf } from './1050-copy-of.js';

/**
 * Numbered in steps of ten (Signal-Desktop's convention) so a fix can slot in between.
 * The applied number is kept in `PRAGMA user_version`; each migration runs in its own
 * transaction together with the version bump.
 */
export interface Migration {
  version: number;
  sql: string;
}

export const migrations: readonly Migration[] = [
  { version: 1010, sql: initial },
  { version: 1020, sql: photos },
  { version: 1030, sql: communityUid },
  { version: 1040, sql: stepStatus },
  { version: 1050, sql: copyOf },
];

export const latestVersion = migrations[migrations.length - 1]!.version;
