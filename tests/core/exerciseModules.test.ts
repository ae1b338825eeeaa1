import { describe, expect, it } from 'vitest';
import { loadSessionReportData } from '../../electron/core/report/reportData.js';
import { buildSessionReport } from '../../electron/core/report/sessionReport.js';
import { allDefinitions } from '#shared/exercises/registry.js';
import { resourcesDir } from '../support/paths.js';
import { emptyConsensusDocument, emptyTreeDocument } from '#shared/exercises/framing/schema.js';
import { emptyPairwiseDocument } from '#shared/exercises/ranking/schema.js';
import { emptyVennDocument } from '#shared/exercises/venn/schema.js';
import { communityWithSession, mapResource } from '../support/coreFixtures.js';

const institution = (id: string, name: string) => ({
  id,
  name,
  kind: 'religious' as const,
  relation: 'supportive' as const,
  importance: 3 as const,
  x: 200,
  y: 0,
  notes: '',
});

describe('what exercises give the community, through their definitions', () => {
  it('offers the session’s named clusters and objectives for citing, and its ranking options for quick entry', async () => {
    const { call, session } = await communityWithSession();
    const create = (type: 'consensus' | 'tree' | 'pairwise' | 'statement', title: string) =>
      call('exercise.create', { sessionId: session.id, type, title });
    const board = await create('consensus', 'Papan');
    const cards = [
      { id: 'c1', text: 'Bak penampung', group: '' },
      { id: 'c2', text: 'Iuran air', group: '' },
    ];
    await call('exercise.save', {
      id: board.id,
      baseVersion: 1,
      body: {
        ...emptyConsensusDocument(),
        cards,
        columns: [
          { id: 'k1', title: 'Tandon di tiap RT', symbol: '▲', cardIds: ['c1'] },
          { id: 'k2', title: '', symbol: '●', cardIds: ['c2'] },
        ],
      },
    });
    const tree = await create('tree', 'Pohon');
    const focal = emptyTreeDocument().nodes[0]!;
    await call('exercise.save', {
      id: tree.id,
      baseVersion: 1,
      body: { ...emptyTreeDocument(), nodes: [{ ...focal, problem: 'Air sulit', objective: 'Air cukup' }] },
    });
    const ranking = await create('pairwise', 'Pilihan');
    await call('exercise.save', {
      id: ranking.id,
      baseVersion: 1,
      body: {
        ...emptyPairwiseDocument(),
        items: [
          { id: 'a', name: 'Sumur bor' },
          { id: 'b', name: 'Pipa baru' },
        ],
      },
    });
    await create('statement', 'Rumusan');

    const sources = await call('session.sources', { id: session.id });
    expect(sources.map((s) => [s.title, s.citable.map((c) => c.label), s.names])).toEqual([
      ['Papan', ['Tandon di tiap RT'], []],
      ['Pohon', ['Air cukup'], []],
      ['Pilihan', [], ['Sumur bor', 'Pipa baru']],
      ['Rumusan', [], []],
    ]);
  });

  it('remembers each institution once, whatever its spacing or case', async () => {
    const { call, session } = await communityWithSession();
    const save = async (names: string[]) => {
      const venn = await call('exercise.create', { sessionId: session.id, type: 'venn', title: 'Venn' });
      await call('exercise.save', {
        id: venn.id,
        baseVersion: 1,
        body: { ...emptyVennDocument(), institutions: names.map((n, i) => institution(`i${i}`, n)) },
      });
    };
    await save(['Masjid Al-Ikhlās', 'Posyandu Melati']);
    await save(['MASJID AL-IKHLĀS', '  posyandu   melati ', 'BUMDes']);
    expect((await call('stakeholder.list', {})).map((s) => s.name)).toEqual([
      'BUMDes',
      'Masjid Al-Ikhlās',
      'Posyandu Melati',
    ]);
  });

  it('suggests resources from every map of the community, the newest naming winning', async () => {
    const { call, session } = await communityWithSession();
    for (const [title, name] of [
      ['Peta 1', 'mata air'],
      ['Peta 2', 'Mata  Air'],
    ] as const) {
      const map = await call('exercise.create', { sessionId: session.id, type: 'resourceMap', title });
      const body = (await call('exercise.get', { id: map.id })).body as Record<string, unknown>;
      await call('exercise.save', {
        id: map.id,
        baseVersion: 1,
        body: { ...body, resources: [mapResource(name, 'natural')] },
      });
    }
    expect(await call('resource.list', {})).toEqual([{ name: 'Mata  Air', capital: 'natural' }]);
  });
});

describe('an exercise written by a newer Rembug', () => {
  it('is refused in the words for a newer file, and nothing is changed', async () => {
    const { call, send, session, backend } = await communityWithSession();
    const venn = await call('exercise.create', { sessionId: session.id, type: 'venn', title: 'Dari masa depan' });
    backend
      .openFile!.db.prepare('UPDATE exercises SET body = ? WHERE id = ?')
      .run(JSON.stringify({ ...emptyVennDocument(), schemaVersion: 99, comesLater: true }), venn.id);
    const before = backend.openFile!.db.prepare('SELECT body, version FROM exercises WHERE id = ?').get(venn.id);
    const opened = await send('exercise.get', { id: venn.id });
    expect(opened.ok || opened.error).toMatchObject({ code: 'newer_version', params: { file: 'cibodas.rembug' } });
    // The session's report still prints the rest and names the exercise it cannot print.
    const { html } = buildSessionReport(loadSessionReportData(backend.openFile!, session.id), 'id', resourcesDir);
    expect(html.match(/<p class="unprinted">[^<]*<\/p>/)?.[0]).toMatch(/Dari masa depan.*tidak dicetak/);
    const saved = await send('exercise.save', { id: venn.id, baseVersion: 1, body: emptyVennDocument() });
    expect(saved.ok || saved.error.code).toBe('newer_version');
    expect(backend.openFile!.db.prepare('SELECT body, version FROM exercises WHERE id = ?').get(venn.id)).toEqual(
      before,
    );
  });

  it('is never overwritten, whichever way its body was written', async () => {
    const { call, send, session, backend } = await communityWithSession();
    const venn = await call('exercise.create', { sessionId: session.id, type: 'venn', title: 'Ditulis lain' });
    // Version not the first key: read whole, not from the body's first bytes.
    const body = `{ "colourBy": "kind", "institutions": [], "schemaVersion": 7 }`;
    backend.openFile!.db.prepare('UPDATE exercises SET body = ? WHERE id = ?').run(body, venn.id);
    const saved = await send('exercise.save', { id: venn.id, baseVersion: 1, body: emptyVennDocument() });
    expect(saved.ok || saved.error.code).toBe('newer_version');
    expect(backend.openFile!.db.prepare('SELECT body FROM exercises WHERE id = ?').get(venn.id)).toEqual({ body });
  });

  it('of a type this Rembug does not know is refused as newer, and the rest of the session still offers its items', async () => {
    const { call, send, session, backend } = await communityWithSession();
    const plan = await call('exercise.create', { sessionId: session.id, type: 'tree', title: 'Kalender musim' });
    const board = await call('exercise.create', { sessionId: session.id, type: 'pairwise', title: 'Pilihan' });
    await call('exercise.save', {
      id: board.id,
      baseVersion: 1,
      body: { ...emptyPairwiseDocument(), items: [{ id: 'a', name: 'Sumur bor' }] },
    });
    backend.openFile!.db.prepare("UPDATE exercises SET type = 'seasonalCalendar' WHERE id = ?").run(plan.id);
    const opened = await send('exercise.get', { id: plan.id });
    expect(opened.ok || opened.error.code).toBe('newer_version');
    const sources = await call('session.sources', { id: session.id });
    expect(sources.map((s) => [s.title, s.names])).toEqual([['Pilihan', ['Sumur bor']]]);
    // Nor does a body that is not JSON stop the others.
    backend.openFile!.db.prepare("UPDATE exercises SET type = 'tree', body = '{broken' WHERE id = ?").run(plan.id);
    expect(((await send('exercise.get', { id: plan.id })) as { error: { code: string } }).error.code).toBe(
      'damaged_exercise',
    );
    expect((await call('session.sources', { id: session.id })).map((s) => s.title)).toEqual(['Pilihan']);
  });

  it("carries each type's own report styles on the report's page", async () => {
    const { backend, session } = await communityWithSession();
    const { html } = buildSessionReport(loadSessionReportData(backend.openFile!, session.id), 'id', resourcesDir);
    const styles = allDefinitions().flatMap((d) => (d.reportStyle ? [d.reportStyle] : []));
    expect(styles.length).toBeGreaterThan(2);
    for (const style of styles) expect(html).toContain(style);
  });
});
