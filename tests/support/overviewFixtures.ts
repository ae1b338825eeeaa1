import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Backend } from '../../electron/core/backend.js';
import { latestVersion } from '../../electron/core/db/migrations/index.js';
import { emptyActionPlanDocument, emptyActivity } from '#shared/exercises/actionPlan/schema.js';
import type { IndicatorsDocument } from '#shared/exercises/indicators/schema.js';
import type { MonitoringDocument } from '#shared/exercises/monitoring/schema.js';
import type { SessionFields } from '#shared/model/session.js';
import { TestHost } from './testHost.js';

/**
 * Community files for the programme overview (issue 13, item 6): one village written
 * through the backend's own channels (sessions on the path, attendance lists, an action
 * plan, four indicators and two monitoring sessions with one activity stuck), copied under
 * other names, and the files a shared folder also holds: damaged, newer, not Rembug.
 */

export const templateFacts = {
  sessions: 5,
  lastSession: '2026-06-10',
  /** Per session: 10 women and 8 men, so 50 women, 40 men, 90 present over 5 sessions. */
  women: 50,
  men: 40,
  total: 90,
  current: { phase: 'development', step: 'success' },
  stuck: {
    activity: 'Pelatihan kompos Kelompok Wanita Tani Melati',
    obstacle: 'Mesin pencacah rusak, menunggu bantuan dinas',
  },
  /** Judged at 2026-06-15: tanks behind, kader reached, compost no data, latrines late. */
  judgedAt: '2026-06-15',
  indicators: { reached: 1, on_track: 0, behind: 1, late: 1, no_data: 1 },
} as const;

function session(
  title: string,
  date: string,
  phase: SessionFields['phase'],
  step: SessionFields['step'],
): SessionFields {
  return {
    title,
    date,
    place: 'Balai desa',
    facilitators: 'Rina',
    kind: 'fgd',
    phase,
    step,
    agenda: '',
    notes: '',
    agreements: [],
  };
}

/** The village everyone else is a copy of, written through the backend; returns its path. */
export async function writeVillageTemplate(dir: string): Promise<string> {
  const host = new TestHost(path.join(dir, 'ud-template'));
  const backend = new Backend(host);
  const file = path.join(dir, 'template.rembug');
  host.savePaths.push(file);
  await backend.handlers['community.create']({
    name: 'Desa Templat',
    desa: 'Templat',
    kecamatan: '',
    kabupaten: 'Cianjur',
    province: 'Jawa Barat',
    description: '',
  });
  const sessions = [
    session('Sosialisasi program', '2026-01-10', 'dialog', 'preparation'),
    session('Peta potensi', '2026-02-14', 'discovery', 'resources'),
    session('Rencana aksi', '2026-03-20', 'development', 'interaction'),
    session('Pemantauan pertama', '2026-05-05', 'development', 'success'),
    session('Pemantauan kedua', templateFacts.lastSession, 'development', 'success'),
  ];
  const ids: string[] = [];
  for (const fields of sessions) {
    const { id } = await backend.handlers['session.create'](fields);
    ids.push(id);
    for (let p = 0; p < 18; p += 1)
      await backend.handlers['participant.add']({
        sessionId: id,
        fields: { name: `Warga ${p + 1}`, gender: p < 10 ? 'female' : 'male', ageGroup: 'adult', group: '' },
      });
  }
  const save = async (sessionId: string, type: 'actionPlan' | 'indicators' | 'monitoring', body: unknown) => {
    const ex = await backend.handlers['exercise.create']({ sessionId, type, title: type });
    await backend.handlers['exercise.save']({ id: ex.id, baseVersion: ex.version, body });
    return ex.id;
  };
  const activity = (id: string, what: string) => ({ ...emptyActivity(id), what });
  const planId = await save(ids[2]!, 'actionPlan', {
    ...emptyActionPlanDocument(),
    goal: 'Air bersih dan kebun sehat',
    activities: [
      activity('a-tandon', 'Tandon air hujan di setiap RT'),
      activity('a-kompos', templateFacts.stuck.activity),
      activity('a-kader', 'Pelatihan kader posyandu remaja'),
    ],
  });
  const indicators: IndicatorsDocument = {
    schemaVersion: 1,
    indicators: [
      {
        id: 'i-tandon',
        name: '15 RT punya tandon air hujan',
        unit: 'RT',
        baseline: { value: 2, date: '2026-03-20' },
        target: { value: 15, date: '2026-09-30' },
        link: { kind: 'activity', planExerciseId: planId, activityId: 'a-tandon', label: 'Tandon air hujan' },
      },
      {
        id: 'i-kader',
        name: '10 kader posyandu remaja terlatih',
        unit: 'orang',
        baseline: { value: 0, date: '2026-03-20' },
        target: { value: 10, date: '2026-06-30' },
        link: null,
      },
      {
        id: 'i-kompos',
        name: 'Kompos terjual',
        unit: 'kg',
        baseline: { value: 0, date: '2026-03-20' },
        target: { value: 500, date: '2026-12-31' },
        link: null,
      },
      {
        id: 'i-jamban',
        name: '60 rumah punya jamban sehat',
        unit: 'rumah',
        baseline: { value: 40, date: '2026-03-20' },
        target: { value: 60, date: '2026-05-31' },
        link: null,
      },
    ],
  };
  await save(ids[2]!, 'indicators', indicators);
  const measure = (id: string, indicatorId: string, value: number, date: string) => ({
    id,
    indicatorId,
    value,
    date,
    measuredBy: 'Bu Sri',
    note: '',
    photoId: null,
  });
  const first: MonitoringDocument = {
    schemaVersion: 1,
    measurements: [measure('m1', 'i-tandon', 3, '2026-05-05'), measure('m2', 'i-jamban', 45, '2026-05-05')],
    statuses: [
      { planExerciseId: planId, activityId: 'a-tandon', label: 'Tandon', status: 'under_way', obstacle: '' },
      {
        planExerciseId: planId,
        activityId: 'a-kompos',
        label: 'Kompos',
        status: 'stuck',
        obstacle: templateFacts.stuck.obstacle,
      },
    ],
  };
  await save(ids[3]!, 'monitoring', first);
  const second: MonitoringDocument = {
    schemaVersion: 1,
    measurements: [measure('m3', 'i-kader', 10, templateFacts.lastSession)],
    statuses: [{ planExerciseId: planId, activityId: 'a-kader', label: 'Kader', status: 'done', obstacle: '' }],
  };
  await save(ids[4]!, 'monitoring', second);
  await backend.handlers['community.close']({});
  return file;
}

/** A copy of the template as another village: its name and place, and optionally only its first sessions. */
export function copyVillage(
  template: string,
  target: string,
  village: { name: string; desa?: string; kabupaten?: string; keepSessions?: number },
): void {
  fs.copyFileSync(template, target);
  const db = new Database(target);
  try {
    db.prepare('UPDATE community SET name = ?, desa = ?, kabupaten = ?').run(
      village.name,
      village.desa ?? village.name.replace(/^Desa /, ''),
      village.kabupaten ?? 'Cianjur',
    );
    if (village.keepSessions !== undefined) {
      const drop = db.prepare('SELECT id FROM sessions ORDER BY date LIMIT -1 OFFSET ?').all(village.keepSessions) as {
        id: string;
      }[];
      db.pragma('foreign_keys = ON');
      for (const { id } of drop) db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
    }
  } finally {
    db.close(); // the last connection folds the WAL in: one self-contained file, as shipped
  }
}

/** Garbage over the pages after the header page: the header reads as Rembug, SQLite finds the damage. */
export function damageCommunityFile(file: string): void {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
  for (let i = pageSize; i < bytes.length; i += 1) bytes[i] = (i * 7919) % 251;
  fs.writeFileSync(file, bytes);
}

/** The header's user_version raised past this Rembug's, as a newer Rembug would write it. */
export function makeNewerCommunityFile(file: string): void {
  const bytes = fs.readFileSync(file);
  bytes.writeUInt32BE(latestVersion + 10, 60);
  fs.writeFileSync(file, bytes);
}

/** Names, sizes, modification times and SHA-1 of every entry in a folder: to prove nothing was written. */
export function folderListing(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => {
      const stat = fs.statSync(path.join(dir, name));
      if (stat.isDirectory()) return `${name}/ ${stat.mtimeMs}`;
      const hash = createHash('sha1')
        .update(fs.readFileSync(path.join(dir, name)))
        .digest('hex');
      return `${name} ${stat.size} ${stat.mtimeMs} ${hash}`;
    });
}
