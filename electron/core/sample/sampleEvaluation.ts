import type { ExerciseTypeName } from '#shared/exercises/registry.js';
import {
  emptyEvaluationDocument,
  type Answer,
  type EvaluationDocument,
  type Score,
  type SeedGroup,
  type SeedQuestion,
} from '#shared/exercises/evaluation/schema.js';
import type { MatrixDocument } from '#shared/exercises/ranking/schema.js';
import {
  successesSchemaVersion,
  type Contributor,
  type SuccessesDocument,
} from '#shared/exercises/successes/schema.js';
import type { Participant, ParticipantFields, SessionFields } from '#shared/model/session.js';
import type { CommunityFile } from '../communityFile.js';
import { loadEvaluationSources } from '../evaluationSources.js';
import { usgMatrix, vennWanted } from './sampleDocuments.js';
import { attendance } from './samplePeople.js';
import { planVolunteers } from './samplePlan.js';

/**
 * The end of the sample's Development phase: the village celebrates what the water work
 * has reached (a success board: the spring's tank repaired, water at 40 houses in RW 02,
 * rain tanks still to come), and at the end of the year evaluates the programme women,
 * men and youth apart, re-drawing its institutions and re-scoring its problems so the
 * before/after section has the village's own comparisons to show.
 */
export interface SampleBuilders {
  /** A session with its attendance list (sampleCommunity's helper). */
  session: (fields: SessionFields, people: ParticipantFields[]) => { id: string; people: Participant[] };
  /** An exercise checked by its type's schema (sampleCommunity's helper); returns its id. */
  exercise: (sessionId: string, type: ExerciseTypeName, title: string, body: unknown) => string;
}

const hall = 'Balai Desa Sukamaju';
const facilitator = 'Rina Marlina (pendamping desa)';

function person(people: readonly Participant[], name: string): Contributor {
  const found = people.find((p) => p.name === name);
  return { kind: 'person', participantId: found?.id ?? null, name };
}
const institution = (name: string): Contributor => ({ kind: 'institution', participantId: null, name });

export function successBoard(people: readonly Participant[]): SuccessesDocument {
  return {
    schemaVersion: successesSchemaVersion,
    successes: [
      {
        id: 'sukses-bak',
        title: 'Bak penampung mata air Cibeureum selesai diperbaiki',
        achievedOn: '2026-07-18',
        evidence: 'Bak dicor ulang dalam tiga hari kerja bakti oleh 25 warga; saat diisi penuh tidak bocor lagi.',
        photoId: null,
        contributors: [
          person(people, 'Dedi Supriadi'),
          person(people, 'Asep Saepudin'),
          institution('Kelompok Tani Subur Makmur'),
          institution('Pemerintah Desa'),
        ],
      },
      {
        id: 'sukses-rw02',
        title: 'Air mengalir ke 40 rumah di RW 02',
        achievedOn: '2026-08-10',
        evidence:
          'Dicek bersama Ketua RW 02 dari rumah ke rumah; ibu-ibu tidak lagi mengangkut air dari sumur bor RT 03.',
        photoId: null,
        contributors: [person(people, 'Siti Aminah'), person(people, 'Nurul Fadilah'), institution('PKK')],
      },
      {
        id: 'sukses-tandon',
        title: '15 RT punya tandon air hujan',
        achievedOn: '',
        evidence: '',
        photoId: null,
        contributors: [institution('Karang Taruna')],
      },
    ],
  };
}

/** Each group's answers to the seed's four questions, with its reasons in its own words. */
const groupAnswers: Record<SeedGroup, Record<SeedQuestion, [Score, string]>> = {
  women: {
    answered: [3, 'Tidak perlu lagi mengangkut air dari RT 03 tiap pagi, setidaknya di RW 02'],
    needs: [2, 'RW 04 dan RW 05 masih menunggu pipa'],
    procedure: [3, 'Iuran dan jadwal kerja bakti sesuai musyawarah'],
    obstacles: [1, 'Pipa bocor dua kali; tandon air hujan belum datang dari kabupaten'],
  },
  men: {
    answered: [3, 'Mata air sekarang terlindungi dan debitnya cukup'],
    needs: [2, 'Sawah di hilir tetap kekurangan air saat kemarau'],
    procedure: [2, 'Pembelian pipa tidak dilaporkan di papan informasi'],
    obstacles: [2, 'Kerja bakti sering bentrok dengan musim tanam'],
  },
  youth: {
    answered: [2, 'Baru satu RW yang mengalir'],
    needs: [2, 'Pemuda ingin ikut merawat pipa, tetapi belum dilatih'],
    procedure: [1, 'Pemuda jarang diundang rapat pengelola air'],
    obstacles: [2, 'Bahan untuk tandon terlambat datang'],
  },
};

export function groupEvaluation(): EvaluationDocument {
  const doc = emptyEvaluationDocument();
  const answers: EvaluationDocument['answers'] = {};
  for (const g of doc.groups) {
    const byQuestion: Record<string, Answer> = {};
    for (const q of doc.questions) {
      const [score, reason] = groupAnswers[g.seed!][q.seed!];
      byQuestion[q.id] = { score, reason };
    }
    answers[g.id] = byQuestion;
  }
  return { ...doc, answers };
}

/** The problems scored again at the evaluation: clean water is no longer the most pressing. */
export function usgAfter(): MatrixDocument {
  const before = usgMatrix();
  const water = before.items.find((i) => i.name.startsWith('Air bersih'))!;
  return {
    ...before,
    question: 'Masalah mana yang sekarang perlu ditangani lebih dulu?',
    cells: { all: { ...before.cells.all, [water.id]: { u: 2, s: 2, g: 1 } } },
  };
}

export function addSampleSuccessAndEvaluation(file: CommunityFile, { session, exercise }: SampleBuilders): void {
  const celebration = session(
    {
      title: 'Syukuran air mengalir di RW 02',
      date: '2026-08-20',
      place: 'Pos ronda RW 02',
      facilitators: facilitator,
      kind: 'other',
      phase: 'development',
      step: 'success',
      agenda: 'Mencatat keberhasilan yang sudah dicapai; siapa saja yang berjasa; yang belum tercapai',
      notes: 'Papan keberhasilan ditempel di pos ronda dan di balai desa.',
      agreements: ['Papan keberhasilan diperbarui setiap ada tonggak yang tercapai'],
    },
    attendance(18, 6, { also: [...planVolunteers] }),
  );
  exercise(celebration.id, 'successes', 'Papan keberhasilan air bersih', successBoard(celebration.people));

  const evaluation = session(
    {
      title: 'Evaluasi partisipatif program air bersih',
      date: '2026-11-12',
      place: hall,
      facilitators: facilitator,
      kind: 'evaluation',
      phase: 'development',
      step: 'evaluation',
      agenda:
        'Perempuan, laki-laki dan pemuda menjawab empat pertanyaan evaluasi terpisah; menggambar ulang diagram Venn; menilai ulang masalah desa',
      notes: 'Tiap kelompok menulis jawabannya di kertas plano, lalu dibacakan bersama.',
      agreements: [
        'Pemuda diundang ke setiap rapat pengelola air',
        'Pembelian bahan diumumkan di papan informasi balai desa',
      ],
    },
    attendance(24, 2, { unnamed: ['female', 'male'] }),
  );
  exercise(evaluation.id, 'venn', 'Kelembagaan setelah program', vennWanted());
  exercise(evaluation.id, 'matrix', 'Prioritas masalah desa setelah program (USG)', usgAfter());
  const evaluationId = exercise(evaluation.id, 'evaluation', 'Evaluasi akhir program air bersih', groupEvaluation());
  // The before/after as the view would gather it when opened, so the shipped file prints it at once.
  const body: EvaluationDocument = { ...groupEvaluation(), beforeAfter: loadEvaluationSources(file, evaluationId) };
  file.exercises.saveBody(evaluationId, 1, JSON.stringify(body), body.schemaVersion);
}
