import fs from 'node:fs';
import { contributionsOf, parseExerciseBody, type ExerciseTypeName } from '#shared/exercises/registry.js';
import { zSessionFields, type Participant, type ParticipantFields } from '#shared/model/session.js';
import { CommunityFile } from '../communityFile.js';
import { setStepStatus } from '../journey.js';
import { attendance } from './samplePeople.js';
import { planVolunteers, waterPlan } from './samplePlan.js';
import {
  clusterVote,
  consensusBoard,
  framedStatement,
  usgMatrix,
  vennToday,
  vennWanted,
  waterSourcesPairwise,
  waterTree,
  type Voter,
} from './sampleDocuments.js';
import { paperMapPhoto, potentialMap } from './sampleMap.js';
import { addSampleMonitoring } from './sampleMonitoring.js';
import { addSampleSuccessAndEvaluation } from './sampleEvaluation.js';

/**
 * Desa Sukamaju: a fictional village whose file ships with the app, so a new user meets
 * the whole path at once. One story across the three phases. Dialog: the facilitator is
 * introduced, joins village life and agrees the work with the village government; the
 * village ranks its problems, takes on clean water and sets its direction. Discovery: it
 * maps its institutions (before and after) and its resources on a photo of its paper map,
 * compares water sources women and men apart, frames one solution from an objective tree,
 * a consensus board and a vote, and cleans the spring together. Development: it plans the
 * work from the framed solution. Every exercise type appears at least once. Regenerate
 * with `npm run sample`.
 */
type SessionInput = Parameters<typeof zSessionFields.parse>[0];

const facilitator = 'Rina Marlina (pendamping desa)';
const withStudent = 'Rina Marlina, Fajar Nugraha (mahasiswa KKN)';
const hall = 'Balai Desa Sukamaju';

export function buildSampleCommunity(filePath: string, paperMap: Buffer = fs.readFileSync(paperMapPhoto.file)): void {
  const file = CommunityFile.create(filePath, {
    name: 'Desa Sukamaju',
    desa: 'Sukamaju',
    kecamatan: 'Cikalong',
    kabupaten: 'Tasikmalaya',
    province: 'Jawa Barat',
    description: 'Desa pertanian padi dan kelapa di lereng bukit; 1.840 jiwa dalam 5 RW. Contoh untuk mengenal Rembug.',
  });

  /** A session with its attendance list; the list's people with their ids. */
  const session = (fields: SessionInput, people: ParticipantFields[]): { id: string; people: Participant[] } => {
    const id = file.sessions.create(zSessionFields.parse(fields));
    return { id, people: people.map((p) => file.participants.add(id, p)) };
  };
  /** An exercise, checked by its type's schema as a save would be, and what it adds to the community. */
  const exercise = (sessionId: string, type: ExerciseTypeName, title: string, body: unknown): string => {
    const parsed = parseExerciseBody(type, body);
    if (!parsed.success) throw new Error(`sample ${type} "${title}": ${parsed.error.message}`);
    const id = file.exercises.create(sessionId, type, title, parsed.data);
    const { stakeholders } = contributionsOf(type, parsed.data);
    if (stakeholders) file.stakeholders.remember(stakeholders);
    return id;
  };

  try {
    file.write(() => {
      // Dialog -----------------------------------------------------------------------------
      session(
        {
          title: 'Sosialisasi program pemberdayaan',
          date: '2026-01-15',
          place: hall,
          facilitators: facilitator,
          kind: 'socialisation',
          phase: 'dialog',
          step: 'preparation',
          agenda: 'Perkenalan program; tanya jawab; jadwal pertemuan berikutnya',
          notes: 'Hujan deras, sebagian warga RW 05 tidak dapat hadir.',
          agreements: [
            'Pertemuan FGD diadakan setiap Kamis kedua, pukul 19.30',
            'Kepala dusun mengundang warga tiap RW',
          ],
        },
        attendance(16, 3, { unnamed: ['female', 'male'] }),
      );

      session(
        {
          title: 'Kerja bakti dan ngobrol di pos ronda RW 02',
          date: '2026-01-30',
          place: 'Pos ronda RW 02',
          facilitators: facilitator,
          kind: 'other',
          phase: 'dialog',
          step: 'trust',
          agenda: 'Ikut kerja bakti membersihkan saluran; ngobrol santai tentang keadaan kampung',
          notes:
            'Ibu-ibu bercerita harus mengangkut air dari sumur bor RT 03 setiap pagi saat kemarau. Bapak-bapak lebih banyak membicarakan hama wereng.',
          agreements: ['Pendamping ikut kerja bakti setiap Jumat pertama'],
        },
        attendance(11, 20, { unnamed: ['male'] }),
      );

      session(
        {
          title: 'Bertemu Pemerintah Desa dan BPD',
          date: '2026-02-05',
          place: 'Kantor Desa Sukamaju',
          facilitators: facilitator,
          kind: 'other',
          phase: 'dialog',
          step: 'partnership',
          agenda: 'Menyepakati kerja sama pendampingan; siapa yang mewakili desa di tiap pertemuan',
          notes:
            'Kepala desa meminta jadwal program tidak bertabrakan dengan Musrenbang Desa bulan Januari tahun depan.',
          agreements: [
            'Kaur Pembangunan Dodi Permana menjadi penghubung program di pemerintah desa',
            'Hasil musyawarah warga dibawa ke Musrenbang Desa',
          ],
        },
        attendance(0, 0, {
          also: [
            'Mulyana',
            'Yuyun Yuningsih',
            'Dodi Permana',
            'Cecep Hidayat',
            'Endang Suherman',
            'Oman Abdurahman',
            'Siti Aminah',
            'Euis Kurniasih',
            'Agus Salim',
            'Nurul Fadilah',
            'Rizky Pratama',
          ],
        }),
      );

      const priorities = session(
        {
          title: 'Musyawarah prioritas masalah',
          date: '2026-02-12',
          place: hall,
          facilitators: facilitator,
          kind: 'planning',
          phase: 'dialog',
          step: 'challenges',
          agenda: 'Menilai masalah desa dengan matriks USG; menyepakati masalah yang ditangani lebih dulu',
          notes: 'Skor disepakati bersama per kriteria; nilai 1 (rendah) sampai 5 (tinggi).',
          agreements: [
            'Hama wereng ditangani Kelompok Tani Subur Makmur bersama penyuluh pertanian (PPL)',
            'Air bersih menjadi masalah yang digarap bersama dalam program ini',
          ],
        },
        attendance(19, 5, { unnamed: ['female'] }),
      );
      exercise(priorities.id, 'matrix', 'Prioritas masalah desa (USG)', usgMatrix());

      session(
        {
          title: 'Musyawarah arah program air bersih',
          date: '2026-02-26',
          place: hall,
          facilitators: facilitator,
          kind: 'planning',
          phase: 'dialog',
          step: 'directions',
          agenda: 'Menyepakati tujuan yang realistis, terukur, berbatas waktu dan jelas cakupannya',
          notes: 'Warga ingin semua RW mendapat air. Disepakati mulai dari RW 01-03 yang paling kekurangan.',
          agreements: [
            'Tujuan program: air bersih untuk RW 01-03 sebelum kemarau 2027',
            'Tenaga dan bahan sebanyak mungkin dari warga sendiri',
            'RW 04 dan RW 05 menyusul setelah tahap pertama',
          ],
        },
        attendance(18, 22, { unnamed: ['male'] }),
      );

      // Discovery --------------------------------------------------------------------------
      const institutions = session(
        {
          title: 'FGD pemetaan kelembagaan',
          date: '2026-03-12',
          place: hall,
          facilitators: withStudent,
          kind: 'fgd',
          phase: 'discovery',
          step: 'resources',
          agenda: 'Diagram Venn kelembagaan: kondisi sekarang dan yang diinginkan',
          notes: 'Kelompok perempuan dan laki-laki digabung. Peserta menempatkan lingkaran sendiri.',
          agreements: [
            'BUMDes membuka unit simpan pinjam untuk petani sebelum musim tanam Oktober',
            'Karang Taruna membantu posyandu setiap bulan',
            'Kepala desa mengajukan jadwal pustu dua kali seminggu ke Puskesmas Cikalong',
            'Kaur Pembangunan mengundang fasilitator Pamsimas kabupaten',
          ],
        },
        attendance(22, 0, { unnamed: ['female', 'male'] }),
      );
      exercise(institutions.id, 'venn', 'Kondisi sekarang (sebelum)', vennToday());
      exercise(institutions.id, 'venn', 'Yang kita inginkan (sesudah)', vennWanted());

      const mapping = session(
        {
          title: 'Pemetaan potensi desa',
          date: '2026-03-26',
          place: hall,
          facilitators: withStudent,
          kind: 'fgd',
          phase: 'discovery',
          step: 'resources',
          agenda: 'Menggambar peta desa di kertas plano; menandai potensi dan masalah sumber daya',
          notes:
            'Peta digambar warga dengan spidol, lalu difoto dan dipasang di Rembug. Pemuda menunjukkan jalur pipa lama.',
          agreements: [
            'Mata air Cibeureum menjadi sumber air bersih utama',
            'Tukang batu dan pipa dari desa sendiri diajak sejak awal',
          ],
        },
        attendance(19, 12, { unnamed: ['male'] }),
      );
      const photoId = file.photos.add({
        mime: 'image/jpeg',
        width: paperMapPhoto.width,
        height: paperMapPhoto.height,
        bytes: paperMap,
      });
      const map = potentialMap(photoId);
      const mapId = exercise(mapping.id, 'resourceMap', 'Peta potensi Desa Sukamaju', map);

      const sources = session(
        {
          title: 'Memilih sumber air bersih',
          date: '2026-04-09',
          place: 'Madrasah Al-Ikhlas',
          facilitators: withStudent,
          kind: 'fgd',
          phase: 'discovery',
          step: 'capabilities',
          agenda: 'Membandingkan pilihan sumber air berpasangan; kelompok perempuan dan laki-laki terpisah',
          notes: 'Kedua kelompok memilih pipa dari mata air. Laki-laki lebih suka sumur bor daripada air hujan.',
          agreements: ['Pipa dari mata air Cibeureum menjadi pilihan pertama'],
        },
        attendance(24, 8),
      );
      exercise(sources.id, 'pairwise', 'Perbandingan sumber air', waterSourcesPairwise());

      const framing = session(
        {
          title: 'Lokakarya membingkai solusi air bersih',
          date: '2026-04-23',
          place: hall,
          facilitators: withStudent,
          kind: 'planning',
          phase: 'discovery',
          step: 'framing',
          agenda: 'Pohon masalah dan tujuan; lokakarya konsensus; pemungutan suara; rumusan solusi',
          notes: 'Kartu ditulis per kelompok (perempuan, laki-laki, pemuda), lalu dikelompokkan bersama.',
          agreements: [
            'Rumusan solusi dipasang di papan pengumuman balai desa',
            'Tim pelaksana dipilih pada pertemuan berikutnya',
          ],
        },
        attendance(26, 16, { unnamed: ['female'] }),
      );
      const treeId = exercise(framing.id, 'tree', 'Pohon masalah dan tujuan: air bersih', waterTree());
      const boardId = exercise(framing.id, 'consensus', 'Lokakarya konsensus air bersih', consensusBoard());
      const voters: Voter[] = framing.people
        .filter((p) => p.name !== '')
        .map((p) => ({ participantId: p.id, name: p.name, groupId: p.gender === 'female' ? 'perempuan' : 'laki' }));
      exercise(framing.id, 'vote', 'Pilihan kegiatan pertama', clusterVote(voters));
      const statementId = exercise(
        framing.id,
        'statement',
        'Solusi air bersih Sukamaju',
        framedStatement(boardId, treeId),
      );

      session(
        {
          title: 'Kerja bakti membersihkan mata air Cibeureum',
          date: '2026-05-03',
          place: 'Mata air Cibeureum',
          facilitators: facilitator,
          kind: 'other',
          phase: 'discovery',
          step: 'energy',
          agenda: 'Membersihkan sekitar mata air; makan bersama (botram)',
          notes:
            'Sekitar 60 warga datang; daftar hadir hanya diisi sebagian. Ibu-ibu majelis taklim menyiapkan makanan.',
          agreements: ['Kerja bakti di mata air diadakan setiap Minggu pertama'],
        },
        attendance(21, 10, { unnamed: ['female', 'male', 'male'] }),
      );

      // Development ------------------------------------------------------------------------
      const planning = session(
        {
          title: 'Penyusunan rencana kegiatan air bersih',
          date: '2026-05-14',
          place: hall,
          facilitators: facilitator,
          kind: 'planning',
          phase: 'development',
          step: 'activating',
          agenda: 'Memilih tim pelaksana; menyusun kegiatan, jadwal dan swadaya dari rumusan solusi',
          notes: 'Kaur Pembangunan hadir dan mencatat usulan untuk Musrenbang Desa.',
          agreements: [
            'Tim pelaksana: ketua Dedi Supriadi, sekretaris Nurul Fadilah, bendahara Siti Aminah',
            'Musyawarah pembentukan kelompok pengelola air: Kamis, 11 Juni 2026, pukul 19.30',
          ],
        },
        attendance(14, 0, { also: [...planVolunteers, 'Dodi Permana'], unnamed: ['female'] }),
      );
      const people = new Map(planning.people.map((p) => [p.name, p.id]));
      const plan = waterPlan({ boardId, treeId, statementId, mapId, map, people });
      const planId = exercise(planning.id, 'actionPlan', 'Rencana kegiatan air bersih 2026-2027', plan);
      addSampleMonitoring({ session, exercise }, planId, plan);
      addSampleSuccessAndEvaluation(file, { session, exercise });
    });
    // The team was chosen at the planning session, with no session of its own: the
    // facilitator marks the step done by hand, as the journey lets her.
    setStepStatus(file, 'discovery', 'team', 'done');
    // Fold the WAL into the main file so the shipped sample is one self-contained file.
    file.db.pragma('wal_checkpoint(TRUNCATE)');
    file.db.pragma('journal_mode = DELETE');
  } finally {
    file.close();
  }
}
