import type { ActionPlanDocument } from '#shared/exercises/actionPlan/schema.js';
import {
  indicatorsSchemaVersion,
  type Indicator,
  type IndicatorsDocument,
} from '#shared/exercises/indicators/schema.js';
import {
  monitoringSchemaVersion,
  type ActivityState,
  type Measurement,
  type MonitoringDocument,
} from '#shared/exercises/monitoring/schema.js';
import type { ExerciseTypeName } from '#shared/exercises/registry.js';
import type { Participant, ParticipantFields, SessionFields } from '#shared/model/session.js';
import { attendance } from './samplePeople.js';
import { planVolunteers } from './samplePlan.js';

/**
 * The sample's monitoring: two weeks after the plan, the team sets four indicators from it
 * (houses reached by the pipe, RT with a rainwater tank, women on the water committee, and
 * for the plan's goal the families still walking far for water); two monitoring sessions
 * follow, in July and October. By October the pipe is on track, the committee's target is
 * reached, the walk is shorter, and the tanks are stuck: the cement the village promised has
 * not come, because the second tranche of village funds has not been paid out.
 */
export interface MonitoringBuilders {
  /** A session with its attendance list (sampleCommunity's helper). */
  session: (fields: SessionFields, people: ParticipantFields[]) => { id: string; people: Participant[] };
  /** An exercise checked by its type's schema (sampleCommunity's helper); returns its id. */
  exercise: (sessionId: string, type: ExerciseTypeName, title: string, body: unknown) => string;
}

const hall = 'Balai Desa Sukamaju';
const facilitator = 'Rina Marlina (pendamping desa)';

/** The plan's activities by their place in samplePlan.ts (a1..a6). */
const activity = (plan: ActionPlanDocument, id: string): { id: string; what: string } => {
  const found = plan.activities.find((a) => a.id === id);
  if (!found) throw new Error(`the sample plan has no activity ${id}`);
  return found;
};

export function sampleIndicators(planId: string, plan: ActionPlanDocument): IndicatorsDocument {
  const watches = (id: string): Indicator['link'] => ({
    kind: 'activity',
    planExerciseId: planId,
    activityId: id,
    label: activity(plan, id).what,
  });
  return {
    schemaVersion: indicatorsSchemaVersion,
    indicators: [
      {
        id: 'ind-pipa',
        name: 'Rumah di RW 01, 02 dan 03 yang mendapat air pipa',
        unit: 'rumah',
        baseline: { value: 0, date: '2026-05-28' },
        target: { value: 120, date: '2026-12-31' },
        link: watches('a3'),
      },
      {
        id: 'ind-tandon',
        name: 'RT punya tandon air hujan',
        unit: 'RT',
        baseline: { value: 3, date: '2026-05-28' },
        target: { value: 15, date: '2027-01-31' },
        link: watches('a4'),
      },
      {
        id: 'ind-pengurus',
        name: 'Perempuan dalam pengurus kelompok pengelola air',
        unit: 'orang',
        baseline: { value: 0, date: '2026-05-28' },
        target: { value: 2, date: '2026-07-31' },
        link: watches('a1'),
      },
      {
        id: 'ind-jalan',
        name: 'Keluarga yang masih berjalan lebih dari 15 menit untuk mengambil air',
        unit: 'KK',
        baseline: { value: 310, date: '2026-05-28' },
        target: { value: 60, date: '2027-06-30' },
        link: { kind: 'objective', planExerciseId: planId, objective: plan.goal },
      },
    ],
  };
}

function measured(indicatorId: string, value: number, date: string, measuredBy: string, note: string): Measurement {
  return { id: `${indicatorId}-${date}`, indicatorId, value, date, measuredBy, note, photoId: null };
}

function statuses(
  planId: string,
  plan: ActionPlanDocument,
  list: [string, ActivityState, string][],
): MonitoringDocument['statuses'] {
  return list.map(([id, status, obstacle]) => ({
    planExerciseId: planId,
    activityId: id,
    label: activity(plan, id).what,
    status,
    obstacle,
  }));
}

export function julyMonitoring(planId: string, plan: ActionPlanDocument): MonitoringDocument {
  return {
    schemaVersion: monitoringSchemaVersion,
    measurements: [
      measured('ind-pipa', 0, '2026-07-28', 'Asep Saepudin', 'Pipa baru mulai dipasang bulan Agustus.'),
      measured('ind-tandon', 3, '2026-07-28', 'Nurul Fadilah', 'Masih tiga tandon lama di RT 02, 05 dan 09.'),
      measured(
        'ind-pengurus',
        2,
        '2026-07-09',
        'Nurul Fadilah',
        'Siti Aminah (bendahara) dan Wati Rahmawati terpilih.',
      ),
      measured('ind-jalan', 290, '2026-07-28', 'Kader posyandu', 'Dihitung dari buku catatan kader per RW.'),
    ],
    statuses: statuses(planId, plan, [
      ['a1', 'done', ''],
      ['a2', 'done', ''],
      ['a3', 'under_way', ''],
      ['a4', 'not_started', ''],
    ]),
  };
}

export function octoberMonitoring(planId: string, plan: ActionPlanDocument): MonitoringDocument {
  return {
    schemaVersion: monitoringSchemaVersion,
    measurements: [
      measured('ind-pipa', 85, '2026-10-20', 'Asep Saepudin', 'RW 01 dan 02 sudah mengalir; RW 03 tinggal 35 rumah.'),
      measured('ind-tandon', 4, '2026-10-20', 'Nurul Fadilah', 'Satu tandon baru di RT 07, dibangun swadaya.'),
      measured('ind-jalan', 180, '2026-10-20', 'Kader posyandu', 'Ibu-ibu RW 02 tidak lagi turun ke sungai.'),
    ],
    statuses: statuses(planId, plan, [
      ['a3', 'under_way', ''],
      [
        'a4',
        'stuck',
        'Semen 40 sak bantuan desa belum datang karena dana desa tahap II belum cair; tukang dan tenaga kerja bakti sudah siap.',
      ],
      ['a5', 'not_started', ''],
    ]),
  };
}

/** Adds the indicators session and the two monitoring sessions after the planning session. */
export function addSampleMonitoring(
  { session, exercise }: MonitoringBuilders,
  planId: string,
  plan: ActionPlanDocument,
): void {
  const setting = session(
    {
      title: 'Menyusun indikator keberhasilan air bersih',
      date: '2026-05-28',
      place: hall,
      facilitators: facilitator,
      kind: 'planning',
      phase: 'development',
      step: 'success',
      agenda: 'Dari rencana kegiatan: apa yang akan dihitung, dari berapa menjadi berapa, sampai kapan',
      notes: 'Kader posyandu membantu menghitung keluarga yang masih jauh dari sumber air.',
      agreements: ['Pemantauan bersama setiap tiga bulan, hasilnya ditempel di papan informasi balai desa'],
    },
    attendance(10, 2, { also: [...planVolunteers] }),
  );
  exercise(setting.id, 'indicators', 'Indikator program air bersih', sampleIndicators(planId, plan));

  const july = session(
    {
      title: 'Pemantauan bulan Juli',
      date: '2026-07-30',
      place: hall,
      facilitators: facilitator,
      kind: 'fgd',
      phase: 'development',
      step: 'success',
      agenda: 'Mengukur indikator; status tiap kegiatan; kendala',
      notes: '',
      agreements: ['Bak penangkap air sudah selesai; pemasangan pipa dimulai minggu pertama Agustus'],
    },
    attendance(12, 4, { also: [...planVolunteers] }),
  );
  exercise(july.id, 'monitoring', 'Pemantauan Juli 2026', julyMonitoring(planId, plan));

  const october = session(
    {
      title: 'Pemantauan bulan Oktober',
      date: '2026-10-22',
      place: hall,
      facilitators: facilitator,
      kind: 'fgd',
      phase: 'development',
      step: 'sustainability',
      agenda: 'Mengukur indikator; status tiap kegiatan; membahas kegiatan yang macet',
      notes: 'Kaur Keuangan hadir menjelaskan jadwal pencairan dana desa tahap II.',
      agreements: ['Ketua tim menemui Kepala Desa minggu ini soal semen untuk tandon'],
    },
    attendance(13, 6, { also: [...planVolunteers] }),
  );
  exercise(october.id, 'monitoring', 'Pemantauan Oktober 2026', octoberMonitoring(planId, plan));
}
