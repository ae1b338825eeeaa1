import { describe, expect, it } from 'vitest';
import { vennScene } from '#shared/exercises/venn/scene.js';
import { emptyVennDocument, type Institution } from '#shared/exercises/venn/schema.js';
import { estimateWidth, fitText, graphemes } from '#shared/scene/fitText.js';
import { sceneToSvg } from '#shared/scene/svg.js';
import { countAttendance } from '#shared/model/attendance.js';

const base: Omit<Institution, 'id' | 'name'> = {
  kind: 'government',
  relation: 'harmful',
  importance: 3,
  x: 300,
  y: 0,
  notes: '',
};

describe('labels on the canvas', () => {
  it('wraps a long label into at most two lines and ends it with an ellipsis', () => {
    const lines = fitText('Kelompok Tani Subur Makmur Sejahtera Bersama Warga Dusun Tiga', 24, 230, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(estimateWidth(line, 24)).toBeLessThanOrEqual(230);
  });

  it('keeps a 10,000-character name within the label box', () => {
    const lines = fitText('a'.repeat(10_000), 24, 230, 2);
    expect(lines).toHaveLength(2);
    expect(lines.join('').length).toBeLessThan(40);
  });

  it('never cuts inside an emoji or a letter with a combining mark', () => {
    const name = '👩🏽‍🌾'.repeat(30) + 'e\u0301'.repeat(30);
    const lines = fitText(name, 24, 230, 2);
    const all = graphemes(name);
    for (const line of lines) for (const g of graphemes(line.replace('…', ''))) expect(all).toContain(g);
  });

  it('cuts Latin names into the same graphemes as the segmenter, without it', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const bySegmenter = (text: string): string[] => Array.from(segmenter.segment(text), (s) => s.segment);
    const latin = Array.from({ length: 0x2ff - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)).filter(
      (c) => c < '\u007f' || c >= '\u00a0',
    );
    const names = [
      'Posyandu Melati',
      'Koperasi "Maju Bersama" (KUD) – 2026',
      'Café Señora, Ñandú ÿ ǅ ʰ',
      latin.join(''),
      ...latin.map((c) => `${c}a${c}`),
      // Not one unit each: a combining mark, an emoji, a joiner; cut by the segmenter.
      'Bale\u0301 Desa',
      'Tani 🌾 Subur',
      '👩🏽\u200d🌾 Ibu Tani',
    ];
    for (const name of names) expect(graphemes(name)).toEqual(bySegmenter(name));
  });

  it('keeps right-to-left text in its order', () => {
    expect(fitText('مزرعة السلام', 24, 230, 2)).toEqual(['مزرعة السلام']);
  });
});

describe('the Venn scene and its SVG', () => {
  const doc = {
    ...emptyVennDocument(),
    institutions: [
      { ...base, id: 'a', name: 'Rentenir <"&">', importance: 1 as const },
      { ...base, id: 'b', name: 'Pemerintah Desa', importance: 4 as const, relation: 'supportive' as const, x: 0 },
    ],
  };
  const scene = vennScene(doc, { communityName: 'Desa Sukamaju' });

  it('draws the community first, big circles before small ones, then leader lines, labels last', () => {
    const kinds = scene.primitives.map((p) => `${p.kind}:${p.target}`);
    // The small circle's label does not fit inside it: it stands outside, on a leader line drawn under the labels.
    expect(kinds).toEqual(['circle:community', 'circle:b', 'circle:a', 'line:a', 'text:community', 'text:b', 'text:a']);
  });

  it('marks a harmful relation with a dotted outline as well as colour', () => {
    const harmful = scene.primitives.find((p) => p.kind === 'circle' && p.target === 'a');
    expect(harmful).toMatchObject({ dash: [4, 6], fill: '#D55E00', r: 40 });
  });

  it('frames every primitive', () => {
    const { x, y, width, height } = scene.bounds;
    for (const p of scene.primitives)
      if (p.kind === 'circle') {
        expect(p.x - p.r).toBeGreaterThanOrEqual(x);
        expect(p.y + p.r).toBeLessThanOrEqual(y + height);
        expect(p.x + p.r).toBeLessThanOrEqual(x + width);
      }
  });

  it('becomes SVG with every label as escaped, real text', () => {
    const svg = sceneToSvg(scene, '100%');
    expect(svg).toContain('Rentenir &#60;&#34;&#38;&#34;&#62;');
    expect(svg).toContain('>Pemerintah Desa</tspan>');
    expect(svg).not.toContain('<"&">');
    expect(svg).toMatch(/^<svg [^>]*viewBox="/);
  });
});

describe('attendance counts', () => {
  it('counts by gender, by age group and crossed', () => {
    const counts = countAttendance([
      { gender: 'female', ageGroup: 'adult' },
      { gender: 'female', ageGroup: 'youth' },
      { gender: 'male', ageGroup: 'elder' },
      { gender: 'male', ageGroup: 'adult' },
      { gender: 'unspecified', ageGroup: 'child' },
    ]);
    expect(counts.total).toBe(5);
    expect(counts.byGender).toEqual({ female: 2, male: 2, unspecified: 1 });
    expect(counts.byAgeGroup).toEqual({ child: 1, youth: 1, adult: 2, elder: 1 });
    expect(counts.cross.female).toEqual({ child: 0, youth: 1, adult: 1, elder: 0 });
    expect(counts.cross.male.adult).toBe(1);
  });

  it('is all zero for an empty list', () => {
    expect(countAttendance([]).byGender).toEqual({ female: 0, male: 0, unspecified: 0 });
  });
});
