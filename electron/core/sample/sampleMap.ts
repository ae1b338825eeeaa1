import type { Capital, ResourceProblem } from '#shared/exercises/resources/capitals.js';
import {
  photoSpan,
  resourceMapSchemaVersion,
  type MapResource,
  type MapShape,
  type ResourceMapDocument,
} from '#shared/exercises/resources/schema.js';

// Potential and resource map on the photo of the paper map --------------------------------

/** The photo's pixels (paper-map.svg rendered by scripts/render-sample-map.mjs). */
export const paperMapPhoto = { width: 1200, height: 900, file: 'electron/core/sample/paper-map.jpg' } as const;

/**
 * A point drawn on the paper, in map units: the sheet lies turned by 1.2° on the table
 * (the SVG's `rotate(-1.2 600 450)`), and the photo spans `photoSpan` units along its
 * longer side, centred on 0, 0.
 */
function onPaper(x: number, y: number): { x: number; y: number } {
  const turn = (-1.2 * Math.PI) / 180;
  const cx = paperMapPhoto.width / 2;
  const cy = paperMapPhoto.height / 2;
  const px = cx + (x - cx) * Math.cos(turn) - (y - cy) * Math.sin(turn);
  const py = cy + (x - cx) * Math.sin(turn) + (y - cy) * Math.cos(turn);
  const scale = photoSpan / Math.max(paperMapPhoto.width, paperMapPhoto.height);
  return { x: Math.round((px - cx) * scale), y: Math.round((py - cy) * scale) };
}

interface Found {
  name: string;
  capital: Capital;
  rating: number;
  /** Where it is drawn on the paper map (SVG pixels). */
  at: [number, number];
  description?: string;
  owner?: string;
  problems?: Partial<Record<ResourceProblem, string>>;
}

/** What the group placed on its map, in the words of the day. */
const foundResources: Found[] = [
  {
    name: 'Mata air Cibeureum',
    capital: 'natural',
    rating: 4,
    at: [300, 245],
    description: 'Air jernih, tetap mengalir saat kemarau 2023',
    owner: 'Tanah kas desa',
    problems: { notResponsive: 'Airnya ada, tetapi tidak sampai ke RW 01-03 karena pipa lama bocor' },
  },
  {
    name: 'Pipa lama dari mata air',
    capital: 'physical',
    rating: 1,
    at: [254, 349],
    owner: 'Dibangun desa tahun 2009; tidak ada yang merawat',
    problems: {
      notResponsive: 'Bocor di banyak sambungan, putus dekat kebun kelapa',
      conflict: 'Air yang tersisa dipakai menyiram kebun di atas; warga RW 01 kebagian sedikit',
    },
  },
  {
    name: 'Sumur bor RT 03',
    capital: 'physical',
    rating: 2,
    at: [600, 616],
    owner: 'Bantuan kabupaten 2018; kuncinya di Ketua RT 03',
    problems: { notAvailable: 'Kering bulan Juli sampai Oktober' },
  },
  {
    name: 'Sungai Cikalong',
    capital: 'natural',
    rating: 2,
    at: [800, 378],
    description: 'Mengairi sawah dan kolam',
    problems: { notResponsive: 'Keruh saat hujan dan tercemar sampah; tidak untuk minum' },
  },
  {
    name: 'Sawah irigasi',
    capital: 'natural',
    rating: 4,
    at: [1000, 690],
    description: 'Sekitar 85 ha, dua kali panen setahun',
    owner: 'Milik warga; sebagian digarap buruh tani',
  },
  {
    name: 'Kebun kelapa',
    capital: 'natural',
    rating: 3,
    at: [190, 372],
    problems: { notRecognised: 'Sabut dan batok kelapa dibuang, belum diolah' },
  },
  { name: 'Kolam ikan', capital: 'natural', rating: 3, at: [950, 386], owner: 'Lima keluarga di RW 05' },
  {
    name: 'Jalan usaha tani',
    capital: 'physical',
    rating: 1,
    at: [828, 650],
    problems: { notResponsive: 'Rusak dan licin saat hujan; gabah dipikul ke jalan desa' },
  },
  {
    name: 'Balai Desa',
    capital: 'physical',
    rating: 4,
    at: [622, 417],
    description: 'Tempat musyawarah; ada listrik dan pengeras suara',
  },
  {
    name: 'SDN Sukamaju 1',
    capital: 'physical',
    rating: 3,
    at: [367, 517],
    problems: { notRecognised: 'Atapnya luas; air hujannya bisa ditampung' },
  },
  {
    name: 'Tukang batu dan pipa',
    capital: 'human',
    rating: 4,
    at: [492, 572],
    description: 'Enam orang, biasa bekerja di kota',
    problems: { notRecognised: 'Belum pernah diajak membangun untuk desa sendiri' },
  },
  {
    name: 'Kader Posyandu Melati',
    capital: 'human',
    rating: 4,
    at: [710, 381],
    description: 'Sembilan kader aktif, menimbang balita tiap bulan',
  },
  {
    name: 'Pemuda Karang Taruna',
    capital: 'human',
    rating: 3,
    at: [436, 404],
    description: 'Rajin kerja bakti kalau diajak',
  },
  {
    name: 'Kelompok Tani Subur Makmur',
    capital: 'social',
    rating: 3,
    at: [878, 554],
    description: 'Punya lumbung; 42 anggota',
  },
  {
    name: 'Majelis taklim ibu-ibu Al-Ikhlas',
    capital: 'social',
    rating: 4,
    at: [522, 341],
    description: 'Bertemu tiap Jumat; cepat mengumpulkan warga',
  },
  {
    name: 'Jimpitan beras RT',
    capital: 'financial',
    rating: 2,
    at: [176, 500],
    description: 'Sekitar Rp300.000 per RT per bulan',
    problems: { notRecognised: 'Terkumpul tiap bulan tetapi belum ada rencana pemakaiannya' },
  },
  {
    name: 'Dana Desa bidang pembangunan',
    capital: 'financial',
    rating: 3,
    at: [662, 426],
    owner: 'Diputuskan di Musrenbang Desa',
    problems: { conflict: 'Banyak usulan berebut; air bersih belum pernah diusulkan' },
  },
];

export function potentialMap(photoId: string): ResourceMapDocument {
  const resources: MapResource[] = foundResources.map((r, i) => ({
    id: `r${i + 1}`,
    name: r.name,
    capital: r.capital,
    description: r.description ?? '',
    owner: r.owner ?? '',
    rating: r.rating,
    problems: r.problems ?? {},
    ...onPaper(...r.at),
  }));
  // The route the group drew over the photo for the new pipe: from the spring down to the
  // village road by RW 02, then west to RW 01 and south to RW 03.
  const line = (points: [number, number][]): number[] =>
    points.flatMap(([x, y]) => {
      const p = onPaper(x, y);
      return [p.x, p.y];
    });
  const label = onPaper(545, 222);
  const shapes: MapShape[] = [
    {
      id: 's1',
      layer: 'pen',
      points: line([
        [300, 245],
        [360, 300],
        [420, 380],
        [440, 440],
        [500, 520],
        [520, 580],
      ]),
    },
    {
      id: 's2',
      layer: 'pen',
      points: line([
        [440, 440],
        [320, 450],
        [200, 445],
      ]),
    },
    { id: 's3', layer: 'labels', points: [label.x, label.y], text: 'Usulan jalur pipa baru' },
  ];
  return {
    schemaVersion: resourceMapSchemaVersion,
    background: 'blank',
    resources,
    shapes,
    hiddenLayers: [],
    photo: { id: photoId, width: paperMapPhoto.width, height: paperMapPhoto.height },
  };
}
