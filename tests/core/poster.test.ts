import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderBySize } from '#shared/exercises/framing/consensus.js';
import type { ConsensusDocument, StatementDocument, TreeDocument } from '#shared/exercises/framing/schema.js';
import type { ActionPlanDocument } from '#shared/exercises/actionPlan/schema.js';
import { rankPairwise } from '#shared/exercises/ranking/pairwise.js';
import type { MatrixDocument, PairwiseDocument, VoteDocument } from '#shared/exercises/ranking/schema.js';
import { matrixResult } from '#shared/exercises/ranking/tables.js';
import { tallyVote } from '#shared/exercises/ranking/voting.js';
import type { ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { emptyVennDocument, type VennDocument } from '#shared/exercises/venn/schema.js';
import { registerExerciseType, type ExerciseTypeName } from '#shared/exercises/registry.js';
import { checklistDefinition } from '../extra-type/shared/definition.js';
import { launchChromium } from '../support/chromium.js';
import { communityWithSession, makeBackend } from '../support/coreFixtures.js';
import { testResultsDir } from '../support/paths.js';
import { pdfImageCount, pdfInfo, pdfPagesToPng, pdfText } from '../support/pdf.js';

/** Text of the PDF on one line, as a reader finds words in it. */
const flat = (file: string): string => pdfText(file, { raw: true }).replace(/\s+/g, ' ');
const pages = (file: string): number => Number(pdfInfo(file)['Pages']);

/** Words each poster of the sample must show, read from the exercise itself. */
function expectedWords(type: ExerciseTypeName, body: unknown): string[] {
  const top = (ranking: readonly { item: string }[], items: readonly { id: string; name: string }[]) =>
    items.find((i) => i.id === ranking[0]!.item)!.name;
  switch (type) {
    case 'venn':
      return (body as VennDocument).institutions.map((i) => i.name).filter((n) => n.length <= 16);
    case 'pairwise': {
      const doc = body as PairwiseDocument;
      const result = rankPairwise(
        doc.items.map((i) => i.id),
        doc.choices[doc.groups[0]!.id] ?? {},
      );
      return [top(result.ranking, doc.items)];
    }
    case 'matrix': {
      const doc = body as MatrixDocument;
      return [top(matrixResult(doc, doc.groups[0]!.id).ranking, doc.items)];
    }
    case 'vote': {
      const doc = body as VoteDocument;
      return [top(tallyVote(doc, doc.groups[0]!.id).ranking, doc.items)];
    }
    case 'consensus': {
      const doc = body as ConsensusDocument;
      const biggest = orderBySize({ cards: doc.cards, loose: doc.loose, columns: doc.columns }).columns[0]!;
      return [biggest.title, `Kartu: ${biggest.cardIds.length}`];
    }
    case 'tree':
      // Boxes cut a long text with an ellipsis, as on the wall: the focal problem's start shows.
      return [
        'Pohon masalah',
        (body as TreeDocument).nodes
          .find((n) => n.parentId === null)!
          .problem.split(' ')
          .slice(0, 4)
          .join(' '),
      ];
    case 'statement':
      return [(body as StatementDocument).text.split(' ').slice(0, 4).join(' ')];
    case 'resourceMap': {
      const doc = body as ResourceMapDocument;
      return [`Alam: ${doc.resources.filter((r) => r.capital === 'natural').length}`];
    }
    case 'actionPlan':
      // Each cell is cut to two lines on the sheet: the activity's first words show.
      return ['Rencana kegiatan', (body as ActionPlanDocument).activities[0]!.what.split(' ').slice(0, 3).join(' ')];
    default:
      return [];
  }
}

describe('notice-board posters', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The sample community open, with every exercise's body. */
  async function sample() {
    const fixture = makeBackend();
    fixture.host.browser = browser;
    await fixture.call('community.openSample', {});
    const listed = await fixture.call('poster.list', {});
    const bodies = new Map<string, unknown>();
    for (const entry of listed)
      bodies.set(entry.exerciseId, (await fixture.call('exercise.get', { id: entry.exerciseId })).body);
    return { ...fixture, listed, bodies };
  }

  it('exports a poster of each type of the sample: the values as text, vector pictures, only the map photo raster', async () => {
    const { call, host, dir, listed, bodies } = await sample();
    const types: ExerciseTypeName[] = [
      'venn',
      'pairwise',
      'matrix',
      'vote',
      'consensus',
      'tree',
      'statement',
      'resourceMap',
      'actionPlan',
    ];
    for (const type of types) {
      const entry = listed.find((e) => e.type === type);
      expect(entry, `the sample has a ${type}`).toBeDefined();
      const target = path.join(dir, `poster-${type}.pdf`);
      host.savePaths.push(target);
      const size = type === 'venn' ? 'A3' : 'A4';
      expect(await call('report.exportPoster', { exerciseId: entry!.exerciseId, size, language: 'id' })).toEqual({
        path: target,
        fileName: `poster-${type}.pdf`,
      });
      const text = flat(target);
      expect(text, type).toContain('Desa Sukamaju');
      for (const word of expectedWords(type, bodies.get(entry!.exerciseId))) expect(text, type).toContain(word);
      const hasPhoto = type === 'resourceMap' && (bodies.get(entry!.exerciseId) as ResourceMapDocument).photo !== null;
      expect(pdfImageCount(target), type).toBe(hasPhoto ? 1 : 0);
      expect(pdfInfo(target)['Page size'], type).toContain(`(${size}`);
      pdfPagesToPng(target, path.join(testResultsDir, `poster-core-${type}`), 2);
    }
  });

  it('prints the map whose photo is gone from the file without it, saying so, on its poster and in the session report', async () => {
    const { call, host, dir, backend, listed, bodies } = await sample();
    const entry = listed.find((e) => e.type === 'resourceMap')!;
    const doc = bodies.get(entry.exerciseId) as ResourceMapDocument;
    expect(doc.photo, 'the sample map has a photo').not.toBeNull();
    // Another program (a SQLite browser) removed the photo's row; the map still names it.
    backend.openFile!.db.prepare('DELETE FROM photos WHERE id = ?').run(doc.photo!.id);

    const poster = path.join(dir, 'poster-tanpa-foto.pdf');
    host.savePaths.push(poster);
    expect(await call('report.exportPoster', { exerciseId: entry.exerciseId, size: 'A4', language: 'id' })).toEqual({
      path: poster,
      fileName: 'poster-tanpa-foto.pdf',
    });
    const said = 'Foto peta kertas tidak ada lagi di berkas komunitas; peta dicetak tanpa foto.';
    expect(flat(poster)).toContain(said);
    expect(flat(poster)).toContain(expectedWords('resourceMap', doc)[0]);
    expect(pdfImageCount(poster)).toBe(0);
    pdfPagesToPng(poster, path.join(testResultsDir, 'poster-map-photo-gone'), 1);

    const report = path.join(dir, 'laporan-tanpa-foto.pdf');
    host.savePaths.push(report);
    await call('report.exportSessionPdf', { sessionId: entry.sessionId, language: 'en' });
    // A name broken after its hyphen in a table cell reads whole again.
    const text = flat(report).replace(/- /g, '-');
    expect(text).toContain("The paper map's photo is no longer in the community file; the map is printed without it.");
    for (const r of doc.resources) expect(text).toContain(r.name);
    expect(pdfImageCount(report)).toBe(0);
    pdfPagesToPng(report, path.join(testResultsDir, 'report-map-photo-gone'), 2);
  });

  it('lists the posters newest session first, and prints a pack of three as one PDF in the order chosen', async () => {
    const { call, host, dir, listed, bodies } = await sample();
    const dates = listed.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(listed.map((e) => e.type)).size).toBeGreaterThanOrEqual(9);
    const chosen = ['venn', 'consensus', 'statement'].map((type) => listed.find((e) => e.type === type)!);
    const target = path.join(dir, 'pack.pdf');
    host.savePaths.push(target);
    await call('report.exportPosterPack', {
      exerciseIds: chosen.map((e) => e.exerciseId),
      size: 'A4',
      language: 'id',
    });
    expect(pages(target)).toBe(3);
    const text = flat(target);
    const at = chosen.map((e) => text.indexOf(expectedWords(e.type as ExerciseTypeName, bodies.get(e.exerciseId))[0]!));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(pdfImageCount(target)).toBe(0);
    pdfPagesToPng(target, path.join(testResultsDir, 'poster-core-pack'), 3);
  });

  it('refuses an empty exercise before asking where to save, and a pack holding one, naming it', async () => {
    const { call, send, host, dir, session } = await communityWithSession();
    host.browser = browser;
    const venn = await call('exercise.create', { sessionId: session.id, type: 'venn', title: 'Diagram kosong' });
    const filled = await call('exercise.create', { sessionId: session.id, type: 'venn', title: 'Lembaga desa' });
    const body: VennDocument = {
      ...emptyVennDocument(),
      institutions: [
        {
          id: 'a',
          name: 'Posyandu Melati',
          kind: 'community',
          relation: 'supportive',
          importance: 4,
          x: 200,
          y: 0,
          notes: '',
        },
      ],
    };
    await call('exercise.save', { id: filled.id, baseVersion: 1, body });
    const target = path.join(dir, 'x.pdf');
    host.savePaths.push(target);
    const single = await send('report.exportPoster', { exerciseId: venn.id, size: 'A4', language: 'id' });
    expect(single.ok ? 'ok' : single.error.code).toBe('poster_empty');
    const pack = await send('report.exportPosterPack', {
      exerciseIds: [filled.id, venn.id],
      size: 'A4',
      language: 'id',
    });
    expect(pack.ok ? null : pack.error.params).toMatchObject({ title: 'Diagram kosong' });
    expect(fs.existsSync(target)).toBe(false);
    expect(host.savePaths).toEqual([target]);
    // The same pack without the empty one prints.
    expect(await call('report.exportPosterPack', { exerciseIds: [filled.id], size: 'A3', language: 'en' })).toEqual({
      path: target,
      fileName: 'x.pdf',
    });
    expect(flat(target)).toContain('Posyandu Melati');
  });

  it('refuses a poster of a type that has none, and does not list it', async () => {
    registerExerciseType(checklistDefinition);
    const { call, send, host, dir, session } = await communityWithSession();
    const checklist = await call('exercise.create', {
      sessionId: session.id,
      type: checklistDefinition.type as ExerciseTypeName,
      title: 'Daftar periksa',
    });
    const target = path.join(dir, 'x.pdf');
    host.savePaths.push(target);
    const result = await send('report.exportPoster', { exerciseId: checklist.id, size: 'A3', language: 'en' });
    expect(result.ok ? 'ok' : result.error.code).toBe('not_found');
    expect(fs.existsSync(target)).toBe(false);
    expect((await call('poster.list', {})).map((e) => e.exerciseId)).not.toContain(checklist.id);
  });
});
