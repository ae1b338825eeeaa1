import { describe, expect, it } from 'vitest';
import { moveInstitution, updateInstitution } from '#shared/exercises/venn/actions.js';
import { vennPieces, vennScene } from '#shared/exercises/venn/scene.js';
import { emptyVennDocument, type VennDocument } from '#shared/exercises/venn/schema.js';
import { fitText } from '#shared/scene/fitText.js';

const doc: VennDocument = {
  ...emptyVennDocument(),
  institutions: Array.from({ length: 12 }, (_, i) => ({
    id: `i${i}`,
    name: `Kelompok tani nomor ${i} dari dusun seberang sungai`,
    kind: 'community' as const,
    relation: (['supportive', 'neutral', 'harmful'] as const)[i % 3]!,
    importance: ((i % 4) + 1) as 1 | 2 | 3 | 4,
    x: i * 40 - 200,
    y: 100 - i * 15,
    notes: '',
  })),
};

describe('Venn pieces for the live view', () => {
  it('draws what the scene (and so the PDF) draws, without the selection', () => {
    const pieces = vennPieces(doc, 'Desa Sukamaju');
    const scene = vennScene(doc, { communityName: 'Desa Sukamaju' });
    expect([
      pieces.community.circle,
      ...pieces.institutions.map((p) => p.circle),
      ...pieces.institutions.flatMap((p) => (p.leader ? [p.leader] : [])),
      pieces.community.label,
      ...pieces.institutions.map((p) => p.label),
    ]).toEqual(scene.primitives);
    expect(pieces.bounds).toEqual(scene.bounds);
  });

  it('keeps the piece of every institution an edit did not change, and makes a new one for the changed one', () => {
    const before = vennPieces(doc, 'Desa Sukamaju');
    const moved = moveInstitution.perform(doc, { id: 'i4', x: 500, y: -20 });
    const after = vennPieces(moved, 'Desa Sukamaju');
    // Only i4's circle is new; in this crowded diagram a neighbour's label may step aside
    // for i4's (a new label, the same circle).
    const changed = after.institutions.filter((p, i) => p.circle !== before.institutions[i]!.circle).map((p) => p.id);
    expect(changed).toEqual(['i4']);
    expect(after.institutions.find((p) => p.id === 'i4')!.circle).toMatchObject({ x: 500, y: -20 });
    expect(after.community).toBe(before.community);

    const renamed = updateInstitution.perform(moved, { id: 'i7', change: { name: 'BPD' } });
    const third = vennPieces(renamed, 'Desa Sukamaju');
    expect(third.institutions.filter((p, i) => p.circle !== after.institutions[i]!.circle).map((p) => p.id)).toEqual([
      'i7',
    ]);
    expect(third.institutions.find((p) => p.id === 'i7')!.label.lines).toEqual(['BPD']);
  });

  it('draws every circle again when the colours change meaning', () => {
    const before = vennPieces(doc, 'Desa Sukamaju');
    const after = vennPieces({ ...doc, colourBy: 'kind' }, 'Desa Sukamaju');
    expect(after.institutions.every((p, i) => p !== before.institutions[i])).toBe(true);
    expect(new Set(after.institutions.map((p) => p.circle.fill)).size).toBe(1);
  });
});

describe('fitted lines, remembered per text and font', () => {
  it('gives each caller its own lines, the same as the first time', () => {
    const first = fitText('Kelompok wanita tani Sumber Rejeki', 24, 200, 2);
    first.push('changed by the caller');
    expect(fitText('Kelompok wanita tani Sumber Rejeki', 24, 200, 2)).toEqual(first.slice(0, -1));
    expect(fitText('Kelompok wanita tani Sumber Rejeki', 24, 400, 2)).not.toEqual(first.slice(0, -1));
  });
});
