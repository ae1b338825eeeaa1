import type { ConsensusDocument, StatementDocument, TreeDocument } from '#shared/exercises/framing/schema.js';
import {
  matrixSchemaVersion,
  type MatrixDocument,
  type PairwiseDocument,
  type VoteDocument,
} from '#shared/exercises/ranking/schema.js';
import type { Institution, VennDocument } from '#shared/exercises/venn/schema.js';

/**
 * The exercises of Desa Sukamaju's story, one document each. The story: the village
 * ranks its problems (pests first, clean water second; the farmers' group takes the pests
 * to the extension officer, the programme takes the water), maps its institutions and
 * its resources on a photo of the paper map (sampleMap.ts), compares water sources women and men apart,
 * frames one solution from a consensus board, a vote and an objective tree, and plans the
 * work. Every name an exercise uses is one another exercise or an attendance list uses too.
 */

// Stakeholder Venn diagrams: today and what the village wants ------------------------------

type Inst = Omit<Institution, 'id' | 'notes'> & { notes?: string };

const vennBefore: Record<string, Inst> = {
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

const vennChanges: Record<string, Partial<Inst>> = {
  bumdes: { importance: 3, relation: 'supportive', x: 260, y: 40, notes: 'Unit simpan pinjam untuk petani' },
  rentenir: { importance: 1, x: 600, y: 420 },
  karangTaruna: { importance: 2, relation: 'supportive', x: 40, y: 240 },
  puskesmas: { relation: 'supportive', x: -270, y: 240, notes: 'Pustu buka dua kali seminggu' },
  lsm: { x: 420, y: -250, notes: 'Membantu bibit pohon untuk mata air' },
};

/** Institutions the village wants to work with that it does not know yet. */
const vennNew: Record<string, Inst> = {
  koperasi: {
    name: 'Koperasi Wanita Melati',
    kind: 'community',
    relation: 'supportive',
    importance: 2,
    x: -40,
    y: 300,
    notes: 'Akan dibentuk oleh PKK',
  },
  pamsimas: {
    name: 'Fasilitator Pamsimas Kabupaten',
    kind: 'government',
    relation: 'supportive',
    importance: 2,
    x: 520,
    y: 170,
    notes: 'Program air minum: bantuan pipa dan pelatihan pengelola air',
  },
};

function vennDocument(entries: Record<string, Inst>): VennDocument {
  return {
    schemaVersion: 1,
    colourBy: 'relation',
    institutions: Object.entries(entries).map(([id, i]) => ({ id, notes: '', ...i })),
  };
}

export function vennToday(): VennDocument {
  return vennDocument(vennBefore);
}

export function vennWanted(): VennDocument {
  const changed = Object.fromEntries(Object.entries(vennBefore).map(([id, i]) => [id, { ...i, ...vennChanges[id] }]));
  return vennDocument({ ...changed, ...vennNew });
}

// Problem ranking (USG) -------------------------------------------------------------------

/** Village problems scored Urgency, Seriousness, Growth (1-5), summed, ranked I, II, III. */
const usgProblems: [string, string, number, number, number][] = [
  ['Hama wereng di sawah', 'Pertanian', 5, 4, 4],
  ['Harga gabah jatuh saat panen', 'Pertanian', 4, 4, 3],
  ['Jalan usaha tani rusak', 'Prasarana', 3, 4, 3],
  ['Air bersih kurang di musim kemarau', 'Prasarana', 4, 5, 3],
  ['Balita gizi kurang', 'Kesehatan', 4, 5, 2],
];

export function usgMatrix(): MatrixDocument {
  return {
    schemaVersion: matrixSchemaVersion,
    question: 'Masalah mana yang perlu ditangani lebih dulu?',
    items: usgProblems.map(([name, category], i) => ({ id: `m${i + 1}`, name, category })),
    criteria: [
      { id: 'u', name: 'Urgensi', weight: 1 },
      { id: 's', name: 'Keseriusan', weight: 1 },
      { id: 'g', name: 'Pertumbuhan', weight: 1 },
    ],
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

// Pairwise ranking of water sources, women and men apart ------------------------------------

export function waterSourcesPairwise(): PairwiseDocument {
  const women = 'perempuan';
  const men = 'laki';
  return {
    schemaVersion: 1,
    question: 'Sumber air mana yang lebih baik untuk kampung kita?',
    items: [
      { id: 'p1', name: 'Pipa dari mata air Cibeureum' },
      { id: 'p2', name: 'Sumur bor baru' },
      { id: 'p3', name: 'Tampungan air hujan' },
      { id: 'p4', name: 'Beli air tangki' },
    ],
    groups: [
      { id: women, name: 'Perempuan' },
      { id: men, name: 'Laki-laki' },
    ],
    choices: {
      [women]: {
        'p1|p2': { choice: 'first', reason: 'Air mata air jernih dan tidak perlu listrik' },
        'p1|p3': { choice: 'first', reason: 'Air hujan habis saat kemarau' },
        'p1|p4': { choice: 'first', reason: 'Air tangki Rp150.000 sekali datang' },
        'p2|p3': { choice: 'equal', reason: 'Dua-duanya kering saat kemarau panjang' },
        'p2|p4': { choice: 'first' },
        'p3|p4': { choice: 'first', reason: 'Air hujan gratis' },
      },
      [men]: {
        'p1|p2': { choice: 'first', reason: 'Listrik pompa mahal' },
        'p1|p3': { choice: 'first' },
        'p1|p4': { choice: 'first' },
        'p2|p3': { choice: 'first', reason: 'Sumur bor bisa juga untuk sawah' },
        'p2|p4': { choice: 'first' },
        'p3|p4': { choice: 'second', reason: 'Tangki pasti datang kalau dibayar' },
      },
    },
    numbering: 'competition',
  };
}

// Framing the solution: objective tree, consensus board, vote, statement ---------------------

/** Problem tree of the water shortage, each box rewritten as its objective. */
export function waterTree(): TreeDocument {
  const node = (
    id: string,
    parentId: string | null,
    side: 'cause' | 'effect',
    problem: string,
    objective: string,
  ): TreeDocument['nodes'][number] => ({ id, parentId, side, problem, objective, collapsed: false });
  return {
    schemaVersion: 1,
    view: 'objective',
    nodes: [
      node(
        'focal',
        null,
        'cause',
        'Warga RW 01-03 kekurangan air bersih di musim kemarau',
        'Warga RW 01-03 cukup air bersih sepanjang tahun',
      ),
      node('c1', 'focal', 'cause', 'Pipa lama dari mata air bocor dan putus', 'Pipa dari mata air utuh dan mengalir'),
      node(
        'c1a',
        'c1',
        'cause',
        'Tidak ada yang bertugas merawat pipa',
        'Ada kelompok pengelola air yang merawat pipa',
      ),
      node('c1b', 'c1', 'cause', 'Tidak ada uang untuk perbaikan', 'Ada iuran air untuk perbaikan'),
      node(
        'c2',
        'focal',
        'cause',
        'Sumur bor RT 03 kering saat kemarau',
        'Ada sumber air yang tidak kering saat kemarau',
      ),
      node('c3', 'focal', 'cause', 'Pohon di sekitar mata air ditebang', 'Hutan di sekitar mata air Cibeureum terjaga'),
      node(
        'e1',
        'focal',
        'effect',
        'Ibu dan anak mengangkut air jauh setiap hari',
        'Ibu dan anak tidak lagi mengangkut air jauh',
      ),
      node('e1a', 'e1', 'effect', 'Anak terlambat ke sekolah', 'Anak berangkat sekolah tepat waktu'),
      node('e2', 'focal', 'effect', 'Balita sering diare', 'Balita jarang diare'),
      node('e3', 'focal', 'effect', 'Uang habis untuk membeli air tangki', 'Uang belanja air bisa ditabung'),
    ],
  };
}

const boardCards: [id: string, text: string, group: string][] = [
  ['k1', 'Pipa baru dari mata air Cibeureum', 'Laki-laki'],
  ['k2', 'Ganti sambungan pipa lama yang bocor', 'Laki-laki'],
  ['k3', 'Bak penangkap air di mata air', 'Laki-laki'],
  ['k4', 'Tandon air di tiap RW', 'Perempuan'],
  ['k5', 'Keran umum dekat rumah', 'Perempuan'],
  ['k6', 'Tanam pohon di bukit Cibeureum', 'Pemuda'],
  ['k7', 'Larang tebang pohon dekat mata air', 'Laki-laki'],
  ['k8', 'Pemuda jaga mata air tiap bulan', 'Pemuda'],
  ['k9', 'Iuran air Rp5.000 per bulan', 'Perempuan'],
  ['k10', 'Pengurus air dipilih warga', 'Laki-laki'],
  ['k11', 'Perempuan ikut jadi pengurus', 'Perempuan'],
  ['k12', 'Catat pemakaian dan uang iuran', 'Pemuda'],
  ['k13', 'Talang dan drum air hujan di rumah', 'Perempuan'],
  ['k14', 'Tampung air hujan di atap sekolah', 'Pemuda'],
  ['k15', 'Minta PDAM masuk desa', 'Laki-laki'],
];

/** The board's named clusters; their ids are what the vote and the statement point at. */
export const clusters = [
  { id: 'pipa', symbol: '★', title: 'Mengalirkan air mata air ke kampung', cards: ['k1', 'k2', 'k3', 'k4', 'k5'] },
  { id: 'pengelola', symbol: '●', title: 'Membentuk kelompok pengelola air', cards: ['k9', 'k10', 'k11', 'k12'] },
  { id: 'hutan', symbol: '▲', title: 'Menjaga hutan sekitar mata air', cards: ['k6', 'k7', 'k8'] },
  { id: 'hujan', symbol: '■', title: 'Menampung air hujan', cards: ['k13', 'k14'] },
] as const;

export function consensusBoard(): ConsensusDocument {
  return {
    schemaVersion: 1,
    focusQuestion: 'Apa yang bisa kita lakukan agar air bersih cukup sepanjang tahun?',
    cards: boardCards.map(([id, text, group]) => ({ id, text, group })),
    // Left loose on purpose: the group agreed it is not in the village's hands.
    loose: ['k15'],
    columns: clusters.map((c) => ({ id: c.id, title: c.title, symbol: c.symbol, cardIds: [...c.cards] })),
    resolve: {
      meaning: 'Airnya sudah ada di desa sendiri. Yang kurang adalah saluran ke kampung dan orang yang mengurusnya.',
      nextSteps:
        'Merumuskan satu kalimat solusi hari ini; Kaur Pembangunan menanyakan Dana Desa 2026; mengundang fasilitator Pamsimas.',
    },
  };
}

/** A voter of the session: who they are on the attendance list and which group they vote in. */
export interface Voter {
  participantId: string;
  name: string;
  groupId: 'perempuan' | 'laki';
}

/**
 * Two dots each on the named clusters, women and men apart, tallies hidden until the vote
 * closed. The dots are dealt from a pattern per group so both groups put the pipe first.
 */
export function clusterVote(voters: readonly Voter[]): VoteDocument {
  const patterns: Record<Voter['groupId'], [string, string][]> = {
    perempuan: [
      ['pipa', 'pengelola'],
      ['pipa', 'pipa'],
      ['pengelola', 'hujan'],
      ['pipa', 'hutan'],
      ['pengelola', 'pengelola'],
    ],
    laki: [
      ['pipa', 'pipa'],
      ['pipa', 'hutan'],
      ['pengelola', 'pipa'],
      ['hutan', 'pengelola'],
    ],
  };
  const ballots: VoteDocument['ballots'] = { perempuan: [], laki: [] };
  for (const voter of voters) {
    const list = ballots[voter.groupId]!;
    const [a, b] = patterns[voter.groupId][list.length % patterns[voter.groupId].length]!;
    const dots: Record<string, number> = {};
    for (const choice of [a, b]) dots[choice] = (dots[choice] ?? 0) + 1;
    list.push({
      id: `${voter.groupId}-${list.length + 1}`,
      participantId: voter.participantId,
      label: voter.name,
      dots,
      order: [],
    });
  }
  return {
    schemaVersion: 1,
    question: 'Mana yang kita kerjakan lebih dulu?',
    items: clusters.map((c) => ({ id: c.id, name: c.title })),
    mode: 'dots',
    dotsPerVoter: 2,
    maxPerOption: null,
    hideUntilClosed: true,
    closed: true,
    groups: [
      { id: 'perempuan', name: 'Perempuan' },
      { id: 'laki', name: 'Laki-laki' },
    ],
    ballots,
    numbering: 'competition',
  };
}

/** The framed solution, built from two clusters of the board and two objectives of the tree. */
export function framedStatement(boardId: string, treeId: string): StatementDocument {
  const tree = waterTree();
  const objective = (id: string) => ({
    exerciseId: treeId,
    itemId: id,
    label: tree.nodes.find((n) => n.id === id)!.objective,
  });
  const cluster = (id: (typeof clusters)[number]['id']) => ({
    exerciseId: boardId,
    itemId: id,
    label: clusters.find((c) => c.id === id)!.title,
  });
  return {
    schemaVersion: 1,
    text: 'Sebelum kemarau 2027, air dari mata air Cibeureum mengalir ke tandon di RW 01, 02 dan 03 lewat pipa yang kita bangun dan rawat bersama.',
    explanation:
      'Disepakati 23 April 2026. Pipa dan tandon dibangun dengan kerja bakti dan tukang dari desa sendiri; kelompok pengelola air memungut iuran untuk perawatan.',
    cites: [cluster('pipa'), cluster('pengelola'), objective('c1'), objective('c1a'), objective('c3')],
    criteria: {
      realistic: {
        met: true,
        note: 'Mata air, tukang dan tenaga kerja bakti ada di desa; dari luar hanya pipa dan semen.',
      },
      measurable: { met: true, note: 'Tiga tandon berisi air; 1,2 km pipa tersambung.' },
      timeFramed: { met: true, note: 'Selesai sebelum Juli 2027.' },
      scoped: { met: true, note: 'RW 01, 02 dan 03 (sekitar 240 KK); RW 04 dan 05 menyusul.' },
    },
  };
}
