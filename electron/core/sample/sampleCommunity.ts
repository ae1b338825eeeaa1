import { matrixSchemaVersion, type MatrixDocument } from '#shared/exercises/ranking/schema.js';
import type { Institution, VennDocument } from '#shared/exercises/venn/schema.js';
import type { ParticipantFields } from '#shared/model/session.js';
import { CommunityFile } from '../communityFile.js';

/**
 * Desa Sukamaju: a fictional village whose file ships with the app, so a new user sees a
 * real session at once: three sessions, attendance, agreements, a before/after pair of
 * stakeholder Venn diagrams, and a USG problem-ranking matrix. Regenerate with `npm run sample`.
 */
type Inst = Omit<Institution, 'id' | 'notes'> & { notes?: string };

function institution(id: string, i: Inst): Institution {
  return { id, notes: '', ...i };
}

const before: Record<string, Inst> = {
  desa: { name: 'Pemerintah Desa', kind: 'government', relation: 'supportive', importance: 4, x: 150, y: -60 },
  bpd: { name: 'BPD', kind: 'government', relation: 'neutral', importance: 2, x: 300, y: -180 },
  pkk: { name: 'PKK', kind: 'community', relation: 'supportive', importance: 3, x: -170, y: 90 },
  posyandu: { name: 'Posyandu Melati', kind: 'community', relation: 'supportive', importance: 3, x: -250, y: 200 },
  puskesmas: {
    name: 'Puskesmas Cikalong',
    kind: 'government',
    relation: 'neutral',
    importance: 3,
    x: -360,
    y: 300,
    notes: 'Jauh, 9 km, jalan rusak saat hujan',
  },
  karangTaruna: { name: 'Karang Taruna', kind: 'community', relation: 'neutral', importance: 1, x: 60, y: 330 },
  masjid: { name: 'Masjid Al-Ikhlas', kind: 'religious', relation: 'supportive', importance: 3, x: -120, y: -250 },
  tani: {
    name: 'Kelompok Tani Subur Makmur',
    kind: 'community',
    relation: 'supportive',
    importance: 2,
    x: 250,
    y: 150,
  },
  sd: { name: 'SDN Sukamaju 1', kind: 'government', relation: 'neutral', importance: 2, x: -330, y: -100 },
  bumdes: {
    name: 'BUMDes Sukamaju Sejahtera',
    kind: 'government',
    relation: 'neutral',
    importance: 1,
    x: 420,
    y: 0,
    notes: 'Baru berdiri, belum aktif',
  },
  rentenir: {
    name: 'Bank keliling (rentenir)',
    kind: 'private',
    relation: 'harmful',
    importance: 3,
    x: 330,
    y: 300,
    notes: 'Bunga 20% per bulan',
  },
  lsm: { name: 'LSM Bina Desa', kind: 'ngo', relation: 'supportive', importance: 2, x: 560, y: -280 },
};

const afterChanges: Record<string, Partial<Inst>> = {
  bumdes: { importance: 3, relation: 'supportive', x: 260, y: 40, notes: 'Unit simpan pinjam untuk petani' },
  rentenir: { importance: 1, x: 600, y: 420 },
  karangTaruna: { importance: 2, relation: 'supportive', x: 40, y: 240 },
  puskesmas: { relation: 'supportive', x: -270, y: 240, notes: 'Pustu buka dua kali seminggu' },
  lsm: { x: 420, y: -250 },
};

function vennDoc(entries: Record<string, Inst>): VennDocument {
  return {
    schemaVersion: 1,
    colourBy: 'relation',
    institutions: Object.entries(entries).map(([id, i]) => institution(id, i)),
  };
}

const names = [
  'Siti Aminah',
  'Dedi Supriadi',
  'Euis Kurniasih',
  'Asep Saepudin',
  'Neneng Hasanah',
  'Ujang Rohman',
  'Iis Rosita',
  'Cecep Hidayat',
  'Yayah Rokayah',
  'Endang Suherman',
  'Lilis Suryani',
  'Agus Salim',
  'Nining Ningsih',
  'Dadang Kusnadi',
  'Tati Sumiati',
  'Ikin Sodikin',
  'Wati Rahmawati',
  'Rizky Pratama',
  'Nurul Fadilah',
  'Mamat Rahmat',
  'Enok Sukaesih',
  'Jajang Nurjaman',
];
const groups = ['PKK', 'Kelompok Tani', 'Karang Taruna', 'Posyandu', 'RT 02', 'RT 05', ''];

/** Village problems scored Urgency, Seriousness, Growth (1-5), summed, ranked I, II, III. */
const usgProblems: [string, string, number, number, number][] = [
  ['Hama wereng di sawah', 'Pertanian', 5, 4, 4],
  ['Harga gabah jatuh saat panen', 'Pertanian', 4, 4, 3],
  ['Jalan usaha tani rusak', 'Prasarana', 3, 4, 3],
  ['Air bersih kurang di musim kemarau', 'Prasarana', 4, 5, 3],
  ['Balita gizi kurang', 'Kesehatan', 4, 5, 2],
];

function usgMatrix(): MatrixDocument {
  const criteria = [
    { id: 'u', name: 'Urgensi', weight: 1 },
    { id: 's', name: 'Keseriusan', weight: 1 },
    { id: 'g', name: 'Pertumbuhan', weight: 1 },
  ];
  return {
    schemaVersion: matrixSchemaVersion,
    question: 'Masalah mana yang perlu ditangani lebih dulu?',
    items: usgProblems.map(([name, category], i) => ({ id: `m${i + 1}`, name, category })),
    criteria,
    template: 'usg',
    scoring: { kind: 'scale', min: 1, max: 5 },
    weights: 'equal',
    combine: 'sum',
    groups: [{ id: 'all', name: '' }],
    cells: {
      all: Object.fromEntries(usgProblems.map(([, , u, s, g], i) => [`m${i + 1}`, { u, s, g }])),
    },
    numbering: 'roman',
  };
}

function attendance(count: number, offset: number): ParticipantFields[] {
  const ages = ['adult', 'adult', 'youth', 'elder', 'adult', 'youth'] as const;
  return Array.from({ length: count }, (_, i) => {
    const k = (i + offset) % names.length;
    return {
      // A few people did not give their name: the list still counts them.
      name: i % 9 === 8 ? '' : names[k]!,
      gender: k % 2 === 0 ? 'female' : 'male',
      ageGroup: ages[(i + offset) % ages.length]!,
      group: groups[(i + offset) % groups.length]!,
    };
  });
}

export function buildSampleCommunity(filePath: string): void {
  const file = CommunityFile.create(filePath, {
    name: 'Desa Sukamaju',
    desa: 'Sukamaju',
    kecamatan: 'Cikalong',
    kabupaten: 'Tasikmalaya',
    province: 'Jawa Barat',
    description: 'Desa pertanian padi dan kelapa di lereng bukit; 1.840 jiwa dalam 5 RW. Contoh untuk mengenal Rembug.',
  });
  try {
    file.write(() => {
      const socialisation = file.sessions.create({
        title: 'Sosialisasi program pemberdayaan',
        date: '2026-02-20',
        place: 'Balai Desa Sukamaju',
        facilitators: 'Rina Marlina (pendamping desa)',
        kind: 'socialisation',
        phase: 'dialog',
        step: 'preparation',
        agenda: 'Perkenalan program; tanya jawab; jadwal pertemuan berikutnya',
        notes: 'Hujan deras, sebagian warga RW 05 tidak dapat hadir.',
        agreements: ['Pertemuan FGD diadakan setiap Kamis kedua, pukul 19.30', 'Kepala dusun mengundang warga tiap RW'],
      });
      for (const p of attendance(18, 3)) file.participants.add(socialisation, p);

      const fgd = file.sessions.create({
        title: 'FGD pemetaan kelembagaan',
        date: '2026-03-12',
        place: 'Balai Desa Sukamaju',
        facilitators: 'Rina Marlina, Fajar Nugraha',
        kind: 'fgd',
        phase: 'discovery',
        step: 'resources',
        agenda: 'Diagram Venn kelembagaan: kondisi sekarang dan yang diinginkan',
        notes: 'Kelompok perempuan dan laki-laki digabung. Peserta menempatkan lingkaran sendiri.',
        agreements: [
          'BUMDes membuka unit simpan pinjam untuk petani sebelum musim tanam Oktober',
          'Karang Taruna membantu posyandu setiap bulan',
          'Kepala desa mengajukan jadwal pustu dua kali seminggu ke Puskesmas Cikalong',
        ],
      });
      for (const p of attendance(24, 0)) file.participants.add(fgd, p);
      const beforeDoc = vennDoc(before);
      const afterEntries = Object.fromEntries(
        Object.entries(before).map(([id, i]) => [id, { ...i, ...afterChanges[id] }]),
      );
      afterEntries.koperasi = {
        name: 'Koperasi Wanita Melati',
        kind: 'community',
        relation: 'supportive',
        importance: 2,
        x: -40,
        y: 300,
        notes: 'Akan dibentuk oleh PKK',
      };
      const afterDoc = vennDoc(afterEntries);
      file.exercises.create(fgd, 'venn', 'Kondisi sekarang (sebelum)', beforeDoc);
      file.exercises.create(fgd, 'venn', 'Yang kita inginkan (sesudah)', afterDoc);
      file.stakeholders.remember([...beforeDoc.institutions, ...afterDoc.institutions]);

      const priorities = file.sessions.create({
        title: 'Musyawarah prioritas masalah',
        date: '2026-03-26',
        place: 'Balai Desa Sukamaju',
        facilitators: 'Rina Marlina',
        kind: 'planning',
        phase: 'dialog',
        step: 'challenges',
        agenda: 'Menilai masalah desa dengan matriks USG; menyepakati masalah yang ditangani lebih dulu',
        notes: 'Skor disepakati bersama per kriteria; nilai 1 (rendah) sampai 5 (tinggi).',
        agreements: ['Hama wereng dan air bersih dibahas lebih dulu pada musyawarah dusun bulan April'],
      });
      for (const p of attendance(20, 5)) file.participants.add(priorities, p);
      file.exercises.create(priorities, 'matrix', 'Prioritas masalah desa (USG)', usgMatrix());
    });
    // Fold the WAL into the main file so the shipped sample is one self-contained file.
    file.db.pragma('wal_checkpoint(TRUNCATE)');
    file.db.pragma('journal_mode = DELETE');
  } finally {
    file.close();
  }
}
