import { describe, expect, it } from 'vitest';
import { compareVenn, hasChanged } from '#shared/exercises/venn/compare.js';
import {
  closenessBand,
  institutionTable,
  placeNewInstitution,
  radiusOf,
  tieBetween,
  tiesOf,
} from '#shared/exercises/venn/logic.js';
import {
  emptyVennDocument,
  zVennDocument,
  type Institution,
  type VennDocument,
} from '#shared/exercises/venn/schema.js';

function inst(id: string, over: Partial<Institution> = {}): Institution {
  return { id, name: id, kind: 'community', relation: 'neutral', importance: 2, x: 0, y: 0, notes: '', ...over };
}
function doc(...institutions: Institution[]): VennDocument {
  return { ...emptyVennDocument(), institutions };
}

describe('closeness band from the drawn distance', () => {
  // Community radius 170 and importance 2 (radius 60): the edges touch at 230 units.
  it.each([
    [0, 0, 0], // inside the community circle
    [230, 0, 0], // touching
    [231, 0, 1], // just apart
    [350, 0, 1], // gap 120: still close
    [0, 351, 2], // gap 121
    [300, 400, 2], // distance 500, gap 270
    [510, 0, 2], // gap 280
    [511, 0, 3], // gap 281
  ])('at (%i, %i) the band is %i', (x, y, band) => {
    expect(closenessBand(inst('a', { x, y }))).toBe(band);
  });

  it('is measured edge to edge, so a bigger circle at the same centre is closer', () => {
    expect(closenessBand(inst('big', { importance: 4, x: 280, y: 0 }))).toBe(0); // 280 - 170 - 115 = -5
    expect(closenessBand(inst('small', { importance: 1, x: 280, y: 0 }))).toBe(1); // 280 - 170 - 40 = 70
  });
});

describe('ties from overlap', () => {
  it('two circles that do not touch have no tie', () => {
    expect(tieBetween(inst('a', { x: 0 }), inst('b', { x: 120 }))).toBeNull(); // radii 60 + 60 = 120
  });

  it('overlap depth over the smaller diameter gives the strength', () => {
    // depth 120 - 100 = 20 of diameter 120: weak
    expect(tieBetween(inst('a'), inst('b', { x: 100 }))).toMatchObject({ strength: 'weak' });
    // depth 120 - 50 = 70 of 120 (0.58): medium
    expect(tieBetween(inst('a'), inst('b', { x: 50 }))?.strength).toBe('medium');
    // the same centre: full overlap, strong
    expect(tieBetween(inst('a'), inst('b'))).toMatchObject({ overlap: 1, strength: 'strong' });
  });

  it('lists every overlapping pair once', () => {
    const d = doc(inst('a'), inst('b', { x: 100 }), inst('c', { x: 1000 }));
    expect(tiesOf(d).map((t) => [t.a, t.b])).toEqual([['a', 'b']]);
  });
});

describe('the derived table', () => {
  it('orders by importance then closeness, and names the ties strongest first', () => {
    const d = doc(
      inst('Posyandu', { importance: 2, x: 300, y: 0 }),
      inst('Desa', { importance: 4, x: 0, y: 0, notes: 'kantor desa' }),
      inst('PKK', { importance: 2, x: 200, y: 0 }),
    );
    const rows = institutionTable(d);
    expect(rows.map((r) => r.name)).toEqual(['Desa', 'PKK', 'Posyandu']);
    expect(rows[0]).toMatchObject({ band: 0, notes: 'kantor desa' });
    // PKK overlaps Desa (depth 175 - 200 < 0? radii 115 + 60 = 175 < 200: no) and Posyandu (120 - 100 = 20).
    expect(rows[1]!.ties).toEqual([{ name: 'Posyandu', strength: 'weak' }]);
  });
});

describe('placing a new institution', () => {
  it('finds a free spot outside the community circle', () => {
    let d = doc();
    for (let i = 0; i < 14; i += 1) {
      const at = placeNewInstitution(d, 2);
      for (const other of d.institutions)
        expect(Math.hypot(other.x - at.x, other.y - at.y)).toBeGreaterThan(radiusOf(other) + 60);
      expect(closenessBand({ ...at, importance: 2 })).toBeGreaterThan(0);
      d = doc(...d.institutions, inst(`n${i}`, at));
    }
  });
});

describe('comparing two diagrams', () => {
  const before = doc(
    inst('d', { name: 'Pemerintah Desa', importance: 4, x: 0 }),
    inst('k', { name: 'Koperasi', importance: 1, x: 500 }),
    inst('r', { name: 'Rentenir', importance: 3, x: -300, y: 0 }),
    inst('p', { name: 'PKK', x: 0, y: 240 }),
  );
  const after = doc(
    inst('d2', { name: 'pemerintah desa ', importance: 4, x: 0 }), // matched by name, case and spaces ignored
    inst('k2', { name: 'Koperasi', importance: 3, x: 150 }),
    inst('p2', { name: 'PKK', x: 0, y: 240 }),
    inst('b2', { name: 'BUMDes', importance: 2, x: 600 }),
  );
  const result = compareVenn(before, after);
  const row = (name: string) => result.find((r) => r.name.trim().toLowerCase() === name.toLowerCase())!;

  it('reports size and closeness changes', () => {
    expect(row('Koperasi')).toMatchObject({
      status: 'both',
      importanceBefore: 1,
      importanceAfter: 3,
      importanceChange: 2,
    });
    // Before: 500 - 170 - 40 = 290, very distant; after: 150 - 170 - 85 < 0, very close.
    expect(row('Koperasi')).toMatchObject({ bandBefore: 3, bandAfter: 0, closerBy: 3 });
    expect(row('PKK')).toMatchObject({ importanceChange: 0, closerBy: 0 });
  });

  it('reports ties gained and lost', () => {
    // After: Koperasi (r 85 at 150) overlaps Desa (r 115 at 0): 200 > 150.
    expect(row('Koperasi').tiesGained).toEqual(['pemerintah desa ']);
    // Before: PKK (r 60 at y 240) overlaps Desa (r 115): 175 < 240, no tie; none lost.
    expect(row('PKK').tiesLost).toEqual([]);
  });

  it('marks institutions that appear or disappear', () => {
    expect(row('BUMDes')).toMatchObject({ status: 'added', importanceBefore: null, closerBy: null });
    expect(row('Rentenir')).toMatchObject({ status: 'removed', importanceAfter: null });
  });

  it('lists what changed before what stayed the same', () => {
    expect(result.map((r) => [r.name, hasChanged(r)])).toEqual([
      ['BUMDes', true],
      ['Koperasi', true],
      ['pemerintah desa ', true], // gained a tie with Koperasi
      ['Rentenir', true],
      ['PKK', false],
    ]);
  });
});

describe('the stored document schema', () => {
  it('refuses an empty name and an importance outside 1-4', () => {
    expect(zVennDocument.safeParse(doc(inst('a', { name: '   ' }))).success).toBe(false);
    expect(zVennDocument.safeParse({ ...doc(), institutions: [{ ...inst('a'), importance: 5 }] }).success).toBe(false);
  });

  it('keeps any Unicode name exactly', () => {
    const name = '👩🏽‍🌾 Kelompok Tani مزرعة e\u0301';
    const parsed = zVennDocument.parse(doc(inst('a', { name })));
    expect(parsed.institutions[0]!.name).toBe(name);
  });
});
