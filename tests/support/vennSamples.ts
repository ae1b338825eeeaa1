import { importanceRadius, communityRadius } from '#shared/exercises/venn/logic.js';
import type { Importance, Institution, VennDocument } from '#shared/exercises/venn/schema.js';

/** The names of a real 14-institution FGD. */
export const fgdNames = [
  'Pemerintah Desa',
  'BPD',
  'PKK',
  'Karang Taruna',
  'Posyandu',
  'Puskesmas Kecamatan',
  'Sekolah Dasar Negeri 2',
  'Masjid Al-Ikhlas',
  'Kelompok Tani Maju Bersama',
  'Koperasi Simpan Pinjam',
  'BUMDes',
  'LSM Bina Desa Lestari',
  'Rentenir',
  'Dinas Pertanian Kabupaten',
] as const;

/** An institution whose edge lies `gap` units from the community circle's edge, at `angle` (radians). */
export function atGap(
  id: string,
  name: string,
  importance: Importance,
  gap: number,
  angle: number,
  extra: Partial<Institution> = {},
): Institution {
  const d = communityRadius + importanceRadius[importance] + gap;
  return {
    id,
    name,
    kind: 'community',
    relation: (['supportive', 'neutral', 'harmful'] as const)[id.length % 3]!,
    importance,
    x: Math.round(Math.cos(angle) * d),
    y: Math.round(Math.sin(angle) * d),
    notes: '',
    ...extra,
  };
}

/**
 * 14 institutions spread by closeness, inside to "very far" (gaps up to 2,000 units), all
 * round the community; two far ones overlap (a tie), and two far ones lie side by side
 * without touching (compression must not tie them).
 */
export function spreadFgd(): VennDocument {
  const gaps = [-60, 0, 40, 90, 150, 200, 260, 320, 450, 700, 1000, 1400, 1400, 2000];
  const institutions = fgdNames.map((name, i) =>
    atGap(`f${i}`, name, ((i % 4) + 1) as Importance, gaps[i]!, (i * 2 * Math.PI) / 14),
  );
  // f11 and f12 at the same gap, side by side: 2.2 radii apart at their distance, not touching.
  const d11 = Math.hypot(institutions[11]!.x, institutions[11]!.y);
  const apart = (2 * importanceRadius[institutions[11]!.importance] + 40) / d11;
  institutions[12] = atGap('f12', fgdNames[12], institutions[11]!.importance, 1400, (11 * 2 * Math.PI) / 14 + apart);
  // f13 overlaps f10 (they work together), both far out.
  const f10 = institutions[10]!;
  institutions[13] = { ...institutions[13]!, x: f10.x + 60, y: f10.y + 50 };
  return { schemaVersion: 1, colourBy: 'relation', institutions };
}

/** `count` institutions at growing distances round the community, names of the FGD numbered. */
export function crowdedVenn(count: number, reach = 2400): VennDocument {
  return {
    schemaVersion: 1,
    colourBy: 'relation',
    institutions: Array.from({ length: count }, (_, i) =>
      atGap(
        `c${i}`,
        `${fgdNames[i % fgdNames.length]} ${Math.floor(i / fgdNames.length) + 1}`,
        ((i % 4) + 1) as Importance,
        -40 + (i / count) * reach,
        i * 2.4,
      ),
    ),
  };
}
