import fs from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exerciseTypeNames, type ExerciseTypeName } from '#shared/exercises/registry.js';
import type { ConsensusDocument, StatementDocument, TreeDocument } from '#shared/exercises/framing/schema.js';
import {
  defaultGroups,
  emptyMatrixDocument,
  emptyPairwiseDocument,
  emptyVoteDocument,
  type MatrixDocument,
  type PairwiseDocument,
  type VoteDocument,
} from '#shared/exercises/ranking/schema.js';
import { emptyResourceMapDocument, type ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import { en } from '#shared/i18n/en.js';
import { id } from '#shared/i18n/id.js';
import type { Dictionary } from '#shared/i18n/id.js';
import type { Language } from '#shared/i18n/languages.js';
import { startApp, type AppHarness } from '../support/appHarness.js';
import { mapResource } from '../support/coreFixtures.js';
import { visible } from '../support/waits.js';
import { headCommand } from '../support/exerciseHead.js';
import { problemTree, treeNode } from '../support/treeFixtures.js';

/**
 * axe-core (WCAG 2.1 A and AA rules) on every screen, every tab of every exercise type and
 * the dialogs they open, in both languages. The app's CSP refuses injected script tags, so
 * axe's source is evaluated in the page (the harness's DevTools channel is not bound by CSP).
 */
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const words: Record<Language, Dictionary> = { id, en };

interface Violation {
  screen: string;
  rule: string;
  impact: string;
  nodes: string[];
}

async function axeViolations(page: Page, screen: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // Let transitions and the canvas settle, so the colours axe reads are the final ones.
  await page.waitForTimeout(150);
  const found = await page.evaluate(async () => {
    type AxeResult = {
      violations: { id: string; impact: string | null; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    };
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
    }));
  });
  // Beyond axe: every canvas and every SVG picture on screen has a name and a text that
  // describes it (its live summary, or the table of its values).
  const withoutTwin = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.stage-canvas, svg[role="img"]'))
      .filter((el) => {
        const name = el.getAttribute('aria-label')?.trim() ?? '';
        const ids = el.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
        const description = ids.map((one) => document.getElementById(one)?.textContent?.trim() ?? '').join('');
        return name === '' || description === '';
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`),
  );
  const twins = withoutTwin.length > 0 ? [{ rule: 'text-twin', impact: 'serious', nodes: withoutTwin }] : [];
  return [...found, ...twins].map((v) => ({ screen, ...v }));
}

const pairwiseBody = (): PairwiseDocument => {
  const items = ['Air bersih', 'Jalan desa', 'Modal usaha', 'Posyandu'].map((name, i) => ({ id: `p${i}`, name }));
  const choices: PairwiseDocument['choices'] = { all: {} };
  for (let a = 0; a < items.length; a += 1)
    for (let b = a + 1; b < items.length; b += 1)
      choices.all![`p${a}|p${b}`] = { choice: (a + b) % 3 === 0 ? 'equal' : a % 2 === 0 ? 'first' : 'second' };
  return { ...emptyPairwiseDocument(), question: 'Masalah mana paling mendesak?', items, choices };
};

const matrixBody = (): MatrixDocument => {
  const items = ['Sumur bor', 'Tandon hujan', 'Pipa dari mata air'].map((name, i) => ({ id: `m${i}`, name }));
  const criteria = ['Biaya terjangkau', 'Cepat selesai'].map((name, i) => ({ id: `k${i}`, name, weight: 1 }));
  const cells: MatrixDocument['cells'] = { all: {} };
  items.forEach((item, i) => {
    cells.all![item.id] = { k0: (i + 2) % 6, k1: (i * 2) % 6 };
  });
  return { ...emptyMatrixDocument(), question: 'Cara mana paling cocok?', items, criteria, cells };
};

const voteBody = (): VoteDocument => {
  const items = ['Perbaiki jalan', 'Bangun MCK', 'Pelatihan usaha'].map((name, i) => ({ id: `v${i}`, name }));
  const ballots = [0, 1, 2].map((n) => ({
    id: `b${n}`,
    participantId: null,
    label: '',
    dots: { [`v${n % 3}`]: 1, [`v${(n + 1) % 3}`]: 1 },
    order: [],
  }));
  return {
    ...emptyVoteDocument(),
    question: 'Apa yang didahulukan?',
    items,
    groups: defaultGroups(),
    ballots: { all: ballots },
  };
};

const consensusBody = (): ConsensusDocument => ({
  schemaVersion: 1,
  focusQuestion: 'Apa yang bisa kita lakukan agar air bersih cukup?',
  cards: [
    { id: 'c1', text: 'Tampung air hujan', group: 'Ibu-ibu' },
    { id: 'c2', text: 'Tanam pohon di mata air', group: '' },
    { id: 'c3', text: 'Perbaiki pipa bocor', group: '' },
  ],
  loose: ['c3'],
  columns: [{ id: 'k1', title: 'Air hujan ditampung bersama', symbol: '★', cardIds: ['c1', 'c2'] }],
  resolve: { meaning: '', nextSteps: '' },
});

const treeBody = (): TreeDocument => {
  const node = (nodeId: string, parentId: string | null, side: 'cause' | 'effect', problem: string) =>
    treeNode(nodeId, parentId, side, problem, problem ? `Tidak lagi: ${problem}` : '');
  return problemTree([
    node('focal', null, 'cause', 'Air bersih sulit didapat'),
    node('c1', 'focal', 'cause', 'Mata air mengecil'),
    node('c1a', 'c1', 'cause', 'Hutan ditebang'),
    node('c2', 'focal', 'cause', 'Pipa bocor'),
    node('e1', 'focal', 'effect', 'Anak sering diare'),
  ]);
};

const statementBody = (): StatementDocument => ({
  schemaVersion: 1,
  text: 'Warga membangun tandon air hujan di tiap RT sebelum kemarau 2027.',
  explanation: '',
  cites: [],
  criteria: {
    realistic: { met: true, note: '' },
    measurable: { met: false, note: '' },
    timeFramed: { met: true, note: '' },
    scoped: { met: false, note: '' },
  },
});

const mapBody = (): ResourceMapDocument => ({
  ...emptyResourceMapDocument(),
  resources: [
    { ...mapResource('Sawah irigasi', 'natural', 'r1'), x: -300, y: -100, rating: 4 },
    { ...mapResource('Kelompok tani', 'social', 'r2'), x: 200, y: 150, rating: 3 },
    {
      ...mapResource('Koperasi', 'financial', 'r3'),
      x: 0,
      y: 300,
      rating: 2,
      problems: { conflict: 'Pengurus berselisih' },
    },
  ],
  shapes: [{ id: 'road1', layer: 'roads', points: [-400, 0, 400, 0] }],
});

/** A filled-in body for each type that has one here; any other registered type is checked as created (empty). */
const filled: Partial<Record<ExerciseTypeName, () => unknown>> = {
  pairwise: pairwiseBody,
  matrix: matrixBody,
  vote: voteBody,
  consensus: consensusBody,
  tree: treeBody,
  statement: statementBody,
  resourceMap: mapBody,
};
// The sample's own Venn diagrams stand for the Venn type; every other type gets one exercise.
const seeded = exerciseTypeNames()
  .filter((type) => type !== 'venn')
  .map((type) => ({ type, title: `Uji ${type}`, body: filled[type] }));

/** The text a screen reader reads for an element's description (its aria-describedby targets). */
async function describedText(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    const ids = element?.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
    return ids.map((one) => document.getElementById(one)?.textContent ?? '').join(' ');
  }, selector);
}

describe.each(['id', 'en'] as const)('axe-core finds no WCAG 2.1 A/AA violation, in %s', (lang) => {
  let app: AppHarness;
  const w = words[lang];
  const found: Violation[] = [];
  const checked: string[] = [];
  const check = async (screen: string): Promise<void> => {
    checked.push(screen);
    found.push(...(await axeViolations(app.page, `${lang} ${screen}`)));
  };

  /** Clicks every tab of the current page in turn and checks each. */
  const eachTab = async (screen: string, within: string): Promise<void> => {
    const tabs = app.page.locator(`${within} [role="tab"]`);
    const n = await tabs.count();
    for (let i = 0; i < n; i += 1) {
      const tab = tabs.nth(i);
      const name = ((await tab.textContent()) ?? '').trim();
      await tab.click();
      await app.page.waitForTimeout(150);
      await check(`${screen} / ${name}`);
    }
  };

  beforeAll(async () => {
    app = await startApp();
    // A screen that does not come up fails fast instead of holding every later step for 10 s.
    app.page.setDefaultTimeout(4000);
    if (lang === 'en') {
      await app.page.getByRole('button', { name: 'EN', exact: true }).click();
      await visible(app.page.getByRole('heading', { name: en.start.title }));
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  it('on the start screen and the new community form', async () => {
    const { page } = app;
    await check('start');
    await page.getByRole('button', { name: w.start.newCommunity }).first().click();
    await visible(page.getByLabel(new RegExp(w.community.name)));
    await check('start / new community');
  });

  it('on the community screen, its dialogs and the backups screen', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: w.start.openSample }).click();
    await page.getByText('FGD pemetaan kelembagaan').click();
    const sessionId = (await app.backend.handlers['community.current']({}))!.sessions.find(
      (s) => s.title === 'FGD pemetaan kelembagaan',
    )!.id;
    for (const { type, title, body } of seeded) {
      const ex = await app.backend.handlers['exercise.create']({ sessionId, type, title });
      if (body) await app.backend.handlers['exercise.save']({ id: ex.id, baseVersion: ex.version, body: body() });
    }
    await page.getByRole('button', { name: w.common.back }).click();
    await visible(page.getByRole('button', { name: w.session.new }));
    await check('community');
    // The journey's wall view and its "start a session" dialog.
    await page.getByRole('button', { name: w.journey.wallView }).click();
    await check('community / journey wall view');
    await page.getByRole('button', { name: w.journey.wallViewOff }).click();
    await page.getByRole('button', { name: w.journey.startSession }).click();
    await visible(page.getByRole('dialog'));
    await check('community / journey start session');
    await page.keyboard.press('Escape');
    // A failed write as the shell reports it: the error banner with its "save a copy" button.
    await app.emit({ type: 'error', error: { code: 'disk_full', message: 'disk full', params: {} } });
    await visible(page.getByRole('alert'));
    await check('community / error banner');
    await page.getByRole('alert').getByRole('button', { name: w.common.close }).click();
    await page.getByRole('button', { name: w.session.new }).click();
    await visible(page.getByRole('dialog'));
    await check('community / new session');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: w.common.edit }).first().click();
    await visible(page.getByRole('dialog'));
    await check('community / edit');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: w.backups.open }).click();
    await visible(page.getByRole('heading', { name: w.backups.title }));
    await check('backups');
    await page.getByRole('button', { name: w.backups.back }).click();
  });

  it('on every tab of the session screen', async () => {
    const { page } = app;
    await page.getByText('FGD pemetaan kelembagaan').click();
    await visible(page.getByRole('button', { name: w.session.exportPdf }));
    await eachTab('session', '.screen');
    await page.getByRole('tab', { name: new RegExp(w.session.exercises) }).click();
    await page.getByRole('button', { name: `${w.common.delete}: Kondisi sekarang (sebelum)` }).click();
    await visible(page.getByRole('dialog'));
    await check('session / delete exercise question');
    await page.keyboard.press('Escape');
  });

  const openExercise = async (title: string): Promise<void> => {
    const { page } = app;
    await page.getByRole('tab', { name: new RegExp(w.session.exercises) }).click();
    await page.getByRole('button', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}`) }).click();
    await visible(page.getByRole('heading', { name: title }));
    await page.waitForTimeout(300);
  };
  /** Back (from a comparison, back twice) until the session's exercise tab is there. */
  const backToSession = async (): Promise<void> => {
    const exercisesTab = app.page.getByRole('tab', { name: new RegExp(w.session.exercises) });
    for (let step = 0; step < 3 && !(await exercisesTab.isVisible()); step += 1) {
      await app.page.getByRole('button', { name: w.common.back }).first().click();
      await app.page.waitForTimeout(200);
    }
    await visible(exercisesTab);
  };

  it('on the Venn diagram, with an institution selected, and its comparison', async () => {
    const { page } = app;
    await openExercise('Kondisi sekarang (sebelum)');
    await check('venn');
    // The canvas is an application named as the diagram, described by its live summary.
    await visible(page.getByRole('application', { name: w.venn.typeName }));
    const sessionId = (await app.backend.handlers['community.current']({}))!.sessions.find(
      (s) => s.title === 'FGD pemetaan kelembagaan',
    )!.id;
    const venn = (await app.backend.handlers['session.get']({ id: sessionId })).exercises.find(
      (e) => e.title === 'Kondisi sekarang (sebelum)',
    )!;
    const body = (await app.backend.handlers['exercise.get']({ id: venn.id })).body as VennDocument;
    expect(await describedText(page, '[data-testid="venn-canvas"]')).toMatch(
      new RegExp(`^[^.]*${body.institutions.length}[^.]*\\. ${w.twin.noneSelected}`),
    );
    const first = page.getByTestId('institution-table').locator('li').first();
    const firstName = ((await first.locator('strong').textContent()) ?? '').trim();
    await first.click();
    const chosen = body.institutions.find((i) => i.name === firstName)!;
    await expect.poll(() => describedText(page, '[data-testid="venn-canvas"]')).toContain(`${firstName}, `);
    const summary = await describedText(page, '[data-testid="venn-canvas"]');
    expect(summary).toContain(w.venn.relations[chosen.relation]);
    expect(summary).toContain(w.venn.kinds[chosen.kind]);
    // The table beside the diagram says relation and kind too, not only importance and closeness.
    expect(await first.textContent()).toContain(w.venn.kinds[chosen.kind]);
    await check('venn / selected');
    if (lang === 'id') await app.screenshot('twin-venn-table');
    await headCommand(page, w.exercise.rename, w.projection.more);
    await visible(page.getByRole('dialog'));
    await check('venn / rename dialog');
    await page.keyboard.press('Escape');
    await page.getByLabel(w.venn.compareWith).selectOption({ label: 'Yang kita inginkan (sesudah)' });
    await page.getByRole('button', { name: w.venn.compare, exact: true }).click();
    await visible(page.getByTestId('compare-table'));
    await check('venn / compare');
    const pictures = page.locator('.compare-pictures svg');
    expect(await pictures.nth(1).getAttribute('aria-label')).toBe(
      w.twin.vennPicture.replace('{{title}}', 'Yang kita inginkan (sesudah)'),
    );
    expect(await describedText(page, '.compare-pictures svg')).toContain('Koperasi Wanita Melati');
    await backToSession();
  });

  for (const { type, title } of seeded)
    it(`on every tab of a ${type} exercise`, async () => {
      await openExercise(title);
      const tabs = await app.page.locator('.screen [role="tab"]').count();
      if (tabs === 0) await check(type);
      else await eachTab(type, '.screen');
      if (type === 'tree') {
        // The canvas is named by the tree's reading and summarised in words; the outline lists every box.
        const canvas = app.page.getByRole('application', { name: w.framing.problemView });
        await visible(canvas);
        const summary = await describedText(app.page, '[data-testid="tree-canvas"]');
        expect(summary).toContain('Air bersih sulit didapat');
        expect(summary).toContain('5');
        await app.page.getByTestId('tree-outline').locator('summary').click();
        const boxes = app.page.getByTestId('tree-outline').locator('button');
        expect(await boxes.allTextContents()).toEqual([
          'Anak sering diare',
          'Air bersih sulit didapat',
          'Mata air mengecil',
          'Hutan ditebang',
          'Pipa bocor',
        ]);
        await check('tree / outline open');
        if (lang === 'id') {
          await boxes.last().scrollIntoViewIfNeeded();
          await app.screenshot('twin-tree-outline');
        }
        await boxes.filter({ hasText: 'Hutan ditebang' }).click();
        await expect
          .poll(() => describedText(app.page, '[data-testid="tree-canvas"]'))
          .toContain(`${w.twin.parts.problem.cause}, ${lang === 'id' ? 'tingkat' : 'level'} 2: Hutan ditebang`);
      }
      if (type === 'resourceMap') {
        await app.page.getByRole('tab', { name: w.resources.tabMap }).click();
        await visible(app.page.getByRole('application', { name: w.resources.map }));
        const summary = await describedText(app.page, '[data-testid="map-canvas"]');
        expect(summary).toContain(`${w.resources.capitals.natural} 1`);
        expect(summary).toContain(w.resources.layerNames.roads);
        await app.page.getByRole('tab', { name: w.resources.tabPentagon }).click();
        // The pentagon is named and described by its values table.
        expect(await app.page.locator('.pentagon-chart svg').getAttribute('aria-label')).toBe(w.twin.pentagonChart);
        expect(await describedText(app.page, '.pentagon-chart svg')).toContain(w.resources.capitals.financial);
      }
      if (type === 'pairwise' || type === 'matrix' || type === 'vote') {
        await app.page.getByRole('tab', { name: w.ranking.result }).click();
        // The bars are named and described by the result table, which names every option.
        const chart = app.page.locator('.ranking-chart svg');
        expect(await chart.getAttribute('aria-label')).toContain(w.ranking.allGroup);
        const table = await describedText(app.page, '.ranking-chart svg');
        const firstOption = { pairwise: 'Air bersih', matrix: 'Sumur bor', vote: 'Perbaiki jalan' }[type];
        expect(table).toContain(firstOption);
      }
      if (type === 'consensus') {
        // A card's menu of places (a held finger or a right click opens it).
        await app.page.getByRole('tab', { name: w.framing.consensus }).click();
        await app.page.locator('.idea-text', { hasText: 'Perbaiki pipa bocor' }).click({ button: 'right' });
        await visible(app.page.getByRole('menu'));
        await check('consensus / card menu');
        await app.page.keyboard.press('Escape');
      }
      if (type === 'statement') {
        await app.page.getByRole('button', { name: w.framing.showLarge }).click();
        await visible(app.page.getByRole('dialog'));
        await check('statement / large');
        await app.page.keyboard.press('Escape');
      }
      await backToSession();
    });

  it('adds up to no violation', () => {
    // The walk went through the screens and tabs (35 when written): a step that failed early checks less.
    expect(checked.length).toBeGreaterThanOrEqual(30);
    expect(found).toEqual([]);
  });
});
