import { describe, expect, it } from 'vitest';
import {
  addContributor,
  addSuccess,
  markAchieved,
  removeContributor,
  setEvidence,
  setEvidencePhoto,
} from '#shared/exercises/successes/actions.js';
import { successBoardScene } from '#shared/exercises/successes/board.js';
import { successesDefinition } from '#shared/exercises/successes/definition.js';
import { achievedCountText, boardLabels, successesReport } from '#shared/exercises/successes/report.js';
import { boardOrder, emptySuccessesDocument, zSuccessesDocument } from '#shared/exercises/successes/schema.js';
import { translator } from '#shared/i18n/translate.js';
import type { RectPrimitive, TextPrimitive } from '#shared/scene/primitives.js';

const id = translator('id');
const today = '2026-11-29';

function board() {
  let doc = emptySuccessesDocument();
  doc = addSuccess.perform(doc, { id: 's1', title: 'Bak penampung mata air Cibeureum selesai diperbaiki' });
  doc = addSuccess.perform(doc, { id: 's2', title: 'Air mengalir ke 40 rumah di RW 02' });
  doc = addSuccess.perform(doc, { id: 's3', title: '15 RT punya tandon air hujan' });
  doc = markAchieved.perform(doc, { id: 's1', date: '2026-07-20', today });
  doc = markAchieved.perform(doc, { id: 's2', date: '2026-09-02', today });
  return doc;
}

describe('the success board', () => {
  it('marks milestones achieved with a date, never a date to come', () => {
    const doc = board();
    expect(achievedCountText(id, doc)).toBe('2 dari 3 tonggak tercapai');
    expect(markAchieved.refuse(doc, { id: 's3', date: '2026-12-01', today })).toBe('future_date');
    expect(markAchieved.perform(doc, { id: 's3', date: '2026-12-01', today })).toBe(doc);
    expect(markAchieved.perform(doc, { id: 's2', date: '', today }).successes[1]!.achievedOn).toBe('');
    expect(addSuccess.refuse(doc, { id: 's4', title: '   ' })).toBe('empty_name');
    // Newest achieved first, then those still to reach.
    expect(boardOrder(doc).map((s) => s.id)).toEqual(['s2', 's1', 's3']);
  });

  it('names who contributed once each, people and institutions apart', () => {
    let doc = board();
    doc = addContributor.perform(doc, {
      id: 's2',
      contributor: { kind: 'person', participantId: 'p1', name: 'Dedi Supriadi' },
    });
    doc = addContributor.perform(doc, {
      id: 's2',
      contributor: { kind: 'institution', participantId: null, name: 'PDAM Tirta Sukapura' },
    });
    expect(
      addContributor.refuse(doc, {
        id: 's2',
        contributor: { kind: 'person', participantId: null, name: ' dedi  supriadi' },
      }),
    ).toBe('duplicate_name');
    expect(
      addContributor.refuse(doc, { id: 's2', contributor: { kind: 'person', participantId: null, name: '' } }),
    ).toBe('empty_name');
    doc = addContributor.perform(doc, {
      id: 's2',
      contributor: { kind: 'person', participantId: null, name: 'Siti Aminah' },
    });
    doc = removeContributor.perform(doc, { id: 's2', index: 2 });
    expect(doc.successes[1]!.contributors.map((c) => c.name)).toEqual(['Dedi Supriadi', 'PDAM Tirta Sukapura']);
    expect(zSuccessesDocument.parse(doc)).toEqual(doc);
  });

  it('draws achieved cards solid with the date and contributors, the rest dashed and marked not reached yet', () => {
    let doc = board();
    doc = addContributor.perform(doc, {
      id: 's2',
      contributor: { kind: 'person', participantId: null, name: 'Dedi Supriadi' },
    });
    doc = setEvidencePhoto.perform(doc, { id: 's2', photoId: 'photo1' });
    const scene = successBoardScene(doc, boardLabels(id));
    const cards = scene.primitives.filter((p): p is RectPrimitive => p.kind === 'rect');
    expect(cards.map((c) => c.target)).toEqual(['s2', 's1', 's3']);
    expect(cards[0]!.dash).toBeUndefined();
    expect(cards[2]!.dash).toBeDefined();
    const text = scene.primitives
      .filter((p): p is TextPrimitive => p.kind === 'text')
      .map((p) => p.lines.join(' '))
      .join(' | ');
    expect(text).toContain('Tercapai 2 Sep 2026');
    expect(text).toContain('Berkat: Dedi Supriadi');
    expect(text).toContain('Ada foto bukti');
    expect(text).toContain('Belum tercapai');
  });

  it('prints the board, the evidence with its photo, and declares the photo as an asset', () => {
    let doc = board();
    doc = setEvidence.perform(doc, { id: 's2', evidence: 'Dicek bersama ketua RW 02 pada 2 September' });
    doc = setEvidencePhoto.perform(doc, { id: 's2', photoId: 'photo1' });
    expect(successesDefinition.assets!(doc)).toEqual(['photo1']);
    const html = successesReport(doc, {
      t: id,
      title: 'Keberhasilan air bersih',
      communityName: 'Desa Sukamaju',
      photos: { photo1: 'data:image/jpeg;base64,AAAA' },
      earlier: [],
    });
    expect(html).toContain('Penemukenalan keberhasilan: Keberhasilan air bersih');
    expect(html).toContain('2 dari 3 tonggak tercapai');
    expect(html).toContain('Dicek bersama ketua RW 02 pada 2 September');
    expect(html).toContain('<img class="evidence" src="data:image/jpeg;base64,AAAA"');
    expect(html).toMatch(/<svg[\s\S]*>Air mengalir ke[\s\S]*<\/svg>/);
  });
});
