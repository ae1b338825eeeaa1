import { describe, expect, it } from 'vitest';
import type { RatedResource } from '#shared/exercises/resources/capitals.js';
import { compareMaps } from '#shared/exercises/resources/compare.js';
import { corner, pentagonOf, pentagonScene } from '#shared/exercises/resources/pentagon.js';

const r = (id: string, capital: RatedResource['capital'], rating: number): RatedResource => ({
  id,
  name: id,
  capital,
  rating,
});

describe('asset pentagon', () => {
  it('is the mean rating of each capital over 5, and an empty capital sits at the centre', () => {
    const p = pentagonOf([
      r('sawah', 'natural', 4),
      r('hutan', 'natural', 2),
      r('koperasi', 'financial', 5),
      r('pkk', 'social', 3),
    ]);
    expect(p).toEqual({ human: 0, social: 0.6, natural: 0.6, physical: 0, financial: 1 });
  });

  it('places the corners of a regular pentagon, the first pointing up', () => {
    expect(corner(0, 100)).toEqual({ x: expect.closeTo(0), y: -100 });
    const c1 = corner(1, 100);
    expect(Math.hypot(c1.x, c1.y)).toBeCloseTo(100);
    expect(c1.x).toBeGreaterThan(0);
  });

  it('draws five rings, five axes, and one outline per map, with labels as text', () => {
    const labels = { human: 'Manusia', social: 'Sosial', natural: 'Alam', physical: 'Fisik', financial: 'Keuangan' };
    const before = pentagonOf([r('a', 'natural', 2)]);
    const after = pentagonOf([r('a', 'natural', 5)]);
    const scene = pentagonScene(
      [
        { values: before, stroke: '#999999', dash: [8, 6] },
        { values: after, stroke: '#0b5cad' },
      ],
      labels,
    );
    expect(scene.primitives.filter((p) => p.kind === 'line')).toHaveLength(5 + 5 + 2);
    expect(scene.primitives.filter((p) => p.kind === 'text').map((p) => (p.kind === 'text' ? p.lines[0] : ''))).toEqual(
      Object.values(labels),
    );
  });
});

describe('comparing two maps', () => {
  it('lists resources added, gone and re-rated', () => {
    const before = [r('sawah', 'natural', 3), r('jalan', 'physical', 2), r('arisan', 'social', 4)];
    const after = [r('sawah', 'natural', 4), r('arisan', 'social', 4), r('bumdes', 'financial', 3)];
    const changes = compareMaps(before, after);
    expect(changes.added.map((x) => x.id)).toEqual(['bumdes']);
    expect(changes.gone.map((x) => x.id)).toEqual(['jalan']);
    expect(changes.rerated).toEqual([{ resource: after[0], before: 3, after: 4 }]);
  });
});

describe('the map scene', () => {
  it('draws each resource as a marker in its capital colour with its letter and name', async () => {
    const { mapScene } = await import('#shared/exercises/resources/mapScene.js');
    const letters = { human: 'M', social: 'S', natural: 'A', physical: 'F', financial: 'K' };
    const scene = mapScene(
      {
        schemaVersion: 2,
        background: 'blank',
        resources: [
          {
            id: 's',
            name: 'Sawah irigasi',
            capital: 'natural',
            description: '',
            owner: '',
            rating: 4,
            problems: {},
            x: 10,
            y: 20,
          },
        ],
        shapes: [],
        hiddenLayers: [],
        photo: null,
      },
      letters,
    );
    expect(scene.primitives.filter((p) => p.kind === 'line')).toHaveLength(0);
    expect(scene.primitives.find((p) => p.kind === 'circle')).toMatchObject({
      x: 10,
      y: 20,
      fill: '#009E73',
      target: 's',
    });
    const texts = scene.primitives.flatMap((p) => (p.kind === 'text' ? p.lines : []));
    expect(texts).toEqual(['A', 'Sawah irigasi']);
  });
});

describe('drawn shapes', () => {
  it('become primitives by layer: wide grey roads, blue rivers, dashed boundary, filled areas, text', async () => {
    const { shapePrimitives, areaFill } = await import('#shared/exercises/resources/mapScene.js');
    const points = [0, 0, 100, 0, 100, 100];
    expect(shapePrimitives({ id: 'r', layer: 'roads', points })).toEqual([
      { kind: 'line', points, stroke: '#6B7280', strokeWidth: 12, target: 'r' },
    ]);
    expect(shapePrimitives({ id: 'v', layer: 'rivers', points })[0]).toMatchObject({ stroke: '#56B4E9' });
    expect(shapePrimitives({ id: 'b', layer: 'boundary', points })[0]).toMatchObject({ dash: [22, 12] });
    expect(shapePrimitives({ id: 'p', layer: 'pen', points })[0]).toMatchObject({ kind: 'line', strokeWidth: 4 });
    expect(shapePrimitives({ id: 'a', layer: 'areas', points, areaKind: 'forest' })[0]).toMatchObject({
      fill: areaFill.forest,
    });
    expect(shapePrimitives({ id: 't', layer: 'labels', points: [5, 6], text: 'Dusun Cibeureum' })[0]).toMatchObject({
      kind: 'text',
      x: 5,
      y: 6,
      lines: ['Dusun Cibeureum'],
    });
  });

  it('a hidden layer is not drawn, and each resource carries its capital icon', async () => {
    const { mapScene } = await import('#shared/exercises/resources/mapScene.js');
    const { capitalIcon } = await import('#shared/exercises/resources/capitals.js');
    const letters = { human: 'M', social: 'S', natural: 'A', physical: 'F', financial: 'K' };
    const doc = {
      schemaVersion: 2 as const,
      background: 'blank' as const,
      resources: [
        {
          id: 'k',
          name: 'Koperasi',
          capital: 'financial' as const,
          description: '',
          owner: '',
          rating: 2,
          problems: {},
          x: 0,
          y: 0,
        },
      ],
      shapes: [{ id: 'r', layer: 'roads' as const, points: [0, 0, 10, 10] }],
      hiddenLayers: ['roads' as const],
      photo: null,
    };
    const scene = mapScene(doc, letters);
    expect(scene.primitives.some((p) => p.kind === 'line')).toBe(false);
    expect(scene.primitives.find((p) => p.kind === 'icon')).toMatchObject({ data: capitalIcon.financial, target: 'k' });
  });
});
