import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlan, citeKey } from '#shared/exercises/actionPlan/checks.js';
import {
  emptyActionPlanDocument,
  emptyActivity,
  type ActionPlanDocument,
} from '#shared/exercises/actionPlan/schema.js';
import { emptyStatementDocument, emptyTreeDocument } from '#shared/exercises/framing/schema.js';
import { emptyResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { emptyVennDocument } from '#shared/exercises/venn/schema.js';
import { launchChromium } from '../support/chromium.js';
import { communityWithSession, fgd, mapResource } from '../support/coreFixtures.js';
import { testResultsDir } from '../support/paths.js';
import { pdfImageCount, pdfPagesToPng, pdfText } from '../support/pdf.js';

const institution = (id: string, name: string) => ({
  id,
  name,
  kind: 'government' as const,
  relation: 'supportive' as const,
  importance: 3 as const,
  x: 100,
  y: 0,
  notes: '',
});

/**
 * A community on its way to a plan: a Discovery session with a Venn diagram, a map, an
 * objective tree and a framed statement, and a Development session holding the plan.
 */
async function communityWithDiscovery() {
  const fixture = await communityWithSession();
  const { call, session } = fixture;
  const people = [
    await call('participant.add', {
      sessionId: session.id,
      fields: { name: 'Bu Siti Aminah', gender: 'female', ageGroup: 'adult', group: 'KWT Melati' },
    }),
    await call('participant.add', {
      sessionId: session.id,
      fields: { name: 'Pak Darto', gender: 'male', ageGroup: 'elder', group: '' },
    }),
  ];
  const save = async (type: 'venn' | 'resourceMap' | 'tree' | 'statement', title: string, body: unknown) => {
    const ex = await call('exercise.create', { sessionId: session.id, type, title });
    await call('exercise.save', { id: ex.id, baseVersion: 1, body });
    return ex;
  };
  const venn = await save('venn', 'Venn', {
    ...emptyVennDocument(),
    institutions: [institution('i1', 'Puskesmas Pacet'), institution('i2', 'BUMDes Cibodas')],
  });
  const map = await save('resourceMap', 'Peta', {
    ...emptyResourceMapDocument(),
    resources: [mapResource('Mata air Cikahuripan', 'natural', 'r1')],
  });
  const tree = await save('tree', 'Pohon', {
    ...emptyTreeDocument(),
    nodes: [
      {
        id: 'focal',
        parentId: null,
        side: 'cause',
        problem: 'Air kurang',
        objective: 'Air bersih cukup sepanjang tahun',
        collapsed: false,
      },
    ],
  });
  const statement = await save('statement', 'Rumusan', {
    ...emptyStatementDocument(),
    text: 'Warga mengelola air bersih bersama',
  });
  const development = await call('session.create', {
    ...fgd,
    title: 'Perencanaan kegiatan',
    date: '2026-08-10',
    phase: 'development',
    step: 'activating',
  });
  const planEx = await call('exercise.create', {
    sessionId: development.id,
    type: 'actionPlan',
    title: 'Rencana kegiatan',
  });
  return { ...fixture, people, venn, map, tree, statement, development, planEx };
}

describe('what an action plan can cite and suggest', () => {
  it('offers the community’s objectives, framed solution, people, institutions and map resources', async () => {
    const { call, people, tree, statement, map } = await communityWithDiscovery();
    const sources = await call('plan.sources', {});
    expect(sources.cites.map((c) => [c.sourceType, c.label, c.exerciseId])).toEqual([
      ['tree', 'Air bersih cukup sepanjang tahun', tree.id],
      ['statement', 'Warga mengelola air bersih bersama', statement.id],
    ]);
    expect(sources.people.map((p) => [p.name, p.participantId])).toEqual([
      ['Bu Siti Aminah', people[0]!.id],
      ['Pak Darto', people[1]!.id],
    ]);
    expect(sources.institutions.map((i) => i.name).sort()).toEqual(['BUMDes Cibodas', 'Puskesmas Pacet']);
    expect(sources.mapResources).toEqual([
      { exerciseId: map.id, resourceId: 'r1', name: 'Mata air Cikahuripan', capital: 'natural' },
    ]);
  });

  it('after the cited tree is deleted and a person removed, the saved plan keeps its words and the checks name what is gone', async () => {
    const { call, people, tree, planEx } = await communityWithDiscovery();
    const sources = await call('plan.sources', {});
    const cite = sources.cites.find((c) => c.sourceType === 'tree')!;
    const body: ActionPlanDocument = {
      ...emptyActionPlanDocument(),
      activities: [
        {
          ...emptyActivity('a1'),
          what: 'Perbaiki bak penampung',
          why: { exerciseId: cite.exerciseId, itemId: cite.itemId, sourceType: cite.sourceType, label: cite.label },
          responsible: [{ participantId: people[1]!.id, name: 'Pak Darto' }],
          startMonth: '2026-09',
          endMonth: '2026-10',
          doneWhen: 'Bak tidak bocor',
          swadaya: 500_000,
        },
      ],
    };
    await call('exercise.save', { id: planEx.id, baseVersion: 1, body });
    const living = (s: typeof sources) => ({
      citeKeys: new Set(s.cites.map((c) => citeKey(c.exerciseId, c.itemId))),
      participantIds: new Set(s.participantIds),
    });
    expect(checkPlan(body, living(sources)).activities).toEqual([]);

    await call('exercise.delete', { id: tree.id });
    await call('participant.remove', { id: people[1]!.id });
    const after = await call('plan.sources', {});
    const stored = (await call('exercise.get', { id: planEx.id })).body as ActionPlanDocument;
    expect(stored).toEqual(body);
    expect(checkPlan(stored, living(after)).activities.map((c) => c.reason)).toEqual(['citeGone', 'personGone']);
  });
});

describe('the plan on paper', () => {
  let browser: Browser | null = null;
  afterAll(async () => {
    await browser?.close();
  });

  const sixActivities = (): ActionPlanDocument => ({
    ...emptyActionPlanDocument(),
    goal: 'Warga mengelola air bersih bersama',
    startMonth: '2026-09',
    endMonth: '2027-06',
    activities: [
      ['Bentuk pengurus air', 'Bu Siti Aminah', '2026-09', '2026-09'],
      ['Perbaiki bak penampung', 'Pak Darto', '2026-10', '2026-11'],
      ['Pasang pipa ke RT 03', 'Pak Darto', '2026-11', '2027-01'],
      ['Pelatihan perawatan pipa', 'Bu Siti Aminah', '2027-01', '2027-01'],
      ['Iuran air bulanan', 'Bu Siti Aminah', '2027-02', '2027-06'],
      ['Papan informasi di balai desa', 'Pak Darto', '2027-03', '2027-03'],
    ].map(([what, who, start, end], i) => ({
      ...emptyActivity(`a${i}`),
      what: what!,
      responsible: [{ participantId: null, name: who! }],
      startMonth: start!,
      endMonth: end!,
      doneWhen: 'Selesai',
      swadaya: 1_000_000,
      outsideHelp: 2_000_000,
    })),
    team: [{ id: 't1', person: { participantId: null, name: 'Bu Siti Aminah' }, role: 'ketua' }],
  });

  it('prints the plan in the session PDF and as a poster, with activities, people and months as text and the timeline as vector', async () => {
    const { call, host, dir, planEx, development } = await communityWithDiscovery();
    await call('exercise.save', { id: planEx.id, baseVersion: 1, body: sixActivities() });
    browser = await launchChromium();
    host.browser = browser;

    const report = path.join(dir, 'sesi.pdf');
    host.savePaths.push(report);
    await call('report.exportSessionPdf', { sessionId: development.id, language: 'id' });
    const reportText = pdfText(report, { raw: true }).replace(/\s+/g, ' ');
    for (const expected of [
      'Rencana kegiatan',
      'Perbaiki bak penampung',
      'Pak Darto',
      'Okt 2026 – Nov 2026',
      'Swadaya: 33% dari biaya',
      'Garis waktu kegiatan',
      'Ketua',
    ])
      expect(reportText).toContain(expected);
    expect(pdfImageCount(report)).toBe(0);
    pdfPagesToPng(report, path.join(testResultsDir, 'actionPlan-core-session'), 3);

    const poster = path.join(dir, 'poster.pdf');
    host.savePaths.push(poster);
    expect(await call('report.exportPoster', { exerciseId: planEx.id, size: 'A4', language: 'id' })).toEqual({
      path: poster,
      fileName: 'poster.pdf',
    });
    const posterText = pdfText(poster, { raw: true }).replace(/\s+/g, ' ');
    for (const expected of [
      'RENCANA KEGIATAN',
      'Papan informasi di balai desa',
      'Bu Siti Aminah',
      'Feb 2027',
      'Sep 2026',
    ])
      expect(posterText.toUpperCase()).toContain(expected.toUpperCase());
    expect(pdfImageCount(poster)).toBe(0);
    pdfPagesToPng(poster, path.join(testResultsDir, 'actionPlan-core-poster'), 2);
  });

  // A type without a poster is refused 'not_found' (tests/core/poster.test.ts): every built-in type has one now.
  it('refuses a poster of a plan with no activity yet, and writes nothing', async () => {
    const { send, call, host, dir, session } = await communityWithDiscovery();
    const plan = await call('exercise.create', { sessionId: session.id, type: 'actionPlan', title: 'Rencana' });
    const target = path.join(dir, 'x.pdf');
    host.savePaths.push(target);
    const result = await send('report.exportPoster', { exerciseId: plan.id, size: 'A3', language: 'en' });
    expect(result.ok ? 'ok' : result.error.code).toBe('poster_empty');
    expect(fs.existsSync(target)).toBe(false);
  });
});
