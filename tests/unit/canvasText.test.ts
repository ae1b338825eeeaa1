import { describe, expect, it } from 'vitest';
import { mapCanvasText, treeCanvasText, vennCanvasText } from '#renderer/canvas/canvasSummaries.js';
import { emptyResourceMapDocument, type ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { emptyVennDocument, type VennDocument } from '#shared/exercises/venn/schema.js';
import { translator } from '#shared/i18n/translate.js';
import { sceneToSvg } from '#shared/scene/svg.js';
import { mapResource } from '../support/coreFixtures.js';
import { treeNode } from '../support/treeFixtures.js';

const missing: string[] = [];
const id = translator('id', (key) => missing.push(key));
const en = translator('en', (key) => missing.push(key));

const venn: VennDocument = {
  ...emptyVennDocument(),
  institutions: [
    { id: 'bpd', name: 'BPD', kind: 'government', relation: 'supportive', importance: 3, x: 260, y: 0, notes: '' },
    { id: 'pkk', name: 'PKK', kind: 'community', relation: 'supportive', importance: 2, x: 0, y: 700, notes: '' },
    { id: 'ren', name: 'Rentenir', kind: 'private', relation: 'harmful', importance: 2, x: -900, y: 0, notes: '' },
  ],
};

const tree = [
  treeNode('f', null, 'cause', 'Air bersih sulit'),
  treeNode('c1', 'f', 'cause', 'Mata air mengecil'),
  treeNode('c2', 'c1', 'cause', 'Hutan ditebang'),
  treeNode('e1', 'f', 'effect', 'Anak diare'),
];

describe('the words a screen reader hears for a canvas', () => {
  it('counts the Venn institutions by relation and says the selected one with all it shows', () => {
    expect(vennCanvasText(id, venn, null)).toEqual({
      name: 'Diagram Venn kelembagaan',
      summary: 'Lembaga: 3 (2 mendukung, 0 netral, 1 merugikan). Belum ada yang dipilih',
    });
    const selected = vennCanvasText(en, venn, 'ren').summary;
    expect(selected).toMatch(
      /^Institutions: 3 \(2 supportive, 0 neutral, 1 harmful\)\. Selected: Rentenir, importance 2, /,
    );
    expect(selected).toMatch(/, Harmful, Private$/);
  });

  it('names the tree by its reading, its focal problem and sides, and a box by its side and level', () => {
    expect(treeCanvasText(id, tree, 'problem', 'c2')).toEqual({
      name: 'Pohon masalah',
      summary:
        'Masalah utama: Air bersih sulit. Kotak: 4 (2 sebab, 1 akibat). Dipilih: Sebab, tingkat 2: Hutan ditebang',
    });
    // An objective not yet written reads as its problem, as on the canvas.
    expect(treeCanvasText(en, tree, 'objective', 'f').summary).toBe(
      'Main objective: Air bersih sulit. Boxes: 4 (2 means, 1 ends). Selected: Main objective: Air bersih sulit',
    );
  });

  it('counts map resources by capital and drawn shapes by layer, with the labels in words', () => {
    const doc: ResourceMapDocument = {
      ...emptyResourceMapDocument(),
      resources: [
        { ...mapResource('Sawah', 'natural', 'r1'), rating: 4 },
        { ...mapResource('Hutan', 'natural', 'r2') },
        { ...mapResource('Koperasi', 'financial', 'r3') },
      ],
      shapes: [
        { id: 's1', layer: 'roads', points: [0, 0, 10, 10] },
        { id: 's2', layer: 'roads', points: [0, 0, 10, 10] },
        { id: 's3', layer: 'labels', points: [0, 0], text: 'Dusun Cikahuripan' },
      ],
    };
    expect(mapCanvasText(id, doc, 'r1')).toEqual({
      name: 'Peta potensi dan sumber daya',
      summary:
        'Sumber daya: 3 (Alam 2, Keuangan 1). Digambar: Jalan 2, tulisan Dusun Cikahuripan. Daftar lengkap ada di tab Tabel. Dipilih: Sawah, modal Alam, kemampuan 4 dari 5',
    });
  });

  it('uses only keys both dictionaries have', () => {
    expect(missing).toEqual([]);
  });
});

describe('a named SVG picture', () => {
  it('carries its name as aria-label and <title>, escaped, and the id of what describes it', () => {
    const scene = { bounds: { x: 0, y: 0, width: 10, height: 10 }, primitives: [] };
    const svg = sceneToSvg(scene, '100%', { name: 'Hasil "A" & <B>', describedBy: 'result-table' });
    expect(svg).toContain(
      'role="img" aria-label="Hasil &#34;A&#34; &#38; &#60;B&#62;" aria-describedby="result-table">',
    );
    expect(svg).toContain('<title>Hasil &#34;A&#34; &#38; &#60;B&#62;</title>');
    expect(sceneToSvg(scene, '100%')).not.toContain('aria-label');
  });
});
