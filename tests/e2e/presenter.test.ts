import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyPairwiseDocument } from '#shared/exercises/ranking/schema.js';
import { emptyVennDocument, type Institution, type VennDocument } from '#shared/exercises/venn/schema.js';
import { startApp, type AppHarness } from '../support/appHarness.js';
import { dragBy, nodeCentre } from '../support/konva.js';
import { fgd, village } from '../support/coreFixtures.js';
import { tempDir, testResultsDir } from '../support/paths.js';
import { textOf, visible } from '../support/waits.js';

const seeded = (id: string, name: string, importance: Institution['importance'], x: number, y: number) =>
  ({ id, name, kind: 'community', relation: 'supportive', importance, x, y, notes: '' }) satisfies Institution;

/** The circles a page's (last) Konva stage draws, by institution id: centre and radius on screen, and the label's words. */
async function circlesOn(page: Page): Promise<Record<string, { x: number; y: number; r: number; label: string }>> {
  return page.evaluate(() => {
    type Rect = { x: number; y: number; width: number; height: number };
    type Node = {
      name(): string;
      getClientRect(): Rect;
      find(test: (n: { getAttr(name: string): unknown }) => boolean): { getAttr(name: string): unknown }[];
    };
    type Stage = { find(test: (n: Node) => boolean): Node[]; findOne(s: string): Node | undefined };
    const konva = (window as unknown as { Konva?: { stages: Stage[] } }).Konva;
    const stage = konva?.stages.at(-1);
    const out: Record<string, { x: number; y: number; r: number; label: string }> = {};
    for (const circle of stage?.find((n) => n.name().startsWith('institution-')) ?? []) {
      const id = circle.name().slice('institution-'.length);
      const r = circle.getClientRect();
      const label = stage!.findOne(`.label-${id}`);
      out[id] = {
        x: r.x + r.width / 2,
        y: r.y + r.height / 2,
        r: r.width / 2,
        label: (label?.find((n) => typeof n.getAttr('text') === 'string') ?? [])
          .map((t) => String(t.getAttr('text')))
          .join(' ')
          .replace(/\s+/g, ' '),
      };
    }
    return out;
  });
}

/** Waits until the page's circles satisfy `check`, and returns them. */
async function circlesWhen(
  page: Page,
  check: (circles: Awaited<ReturnType<typeof circlesOn>>) => boolean,
  timeout = 10_000,
): Promise<Awaited<ReturnType<typeof circlesOn>>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const circles = await circlesOn(page);
    if (check(circles)) return circles;
    if (Date.now() > deadline) throw new Error(`the circles never matched: ${JSON.stringify(circles)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * As `circlesWhen`, then until two reads 250 ms apart agree: a change is drawn at once from
 * the last layout and laid out in full a moment later (the far band compressed for the wall),
 * which may move other circles a little.
 */
async function circlesSettled(
  page: Page,
  check: (circles: Awaited<ReturnType<typeof circlesOn>>) => boolean,
): Promise<Awaited<ReturnType<typeof circlesOn>>> {
  let circles = await circlesWhen(page, check);
  for (let i = 0; i < 40; i += 1) {
    await new Promise((r) => setTimeout(r, 250));
    const again = await circlesOn(page);
    if (JSON.stringify(again) === JSON.stringify(circles)) return circles;
    circles = again;
  }
  throw new Error(`the circles never settled: ${JSON.stringify(circles)}`);
}

const labels = (circles: Awaited<ReturnType<typeof circlesOn>>): string[] =>
  Object.values(circles)
    .map((c) => c.label)
    .sort();

/**
 * Issue 11, presenter view on two screens: the laptop (the presenter's page) keeps the full
 * editor, the projector (the audience window: a second page on the same backend, sent the
 * wall's changes as the shell sends them) shows the exercise and nothing else, live.
 */
describe('presenter view: the laptop edits, the projector shows', () => {
  let app: AppHarness;
  let audience: Page;
  let sessionId = '';
  let vennId = '';
  const work = tempDir('presenter');
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(testResultsDir, `${name}.png`) });
  const venn = async () => (await app.backend.handlers['exercise.get']({ id: vennId })).body as VennDocument;
  const wallMenu = async (choice: RegExp) => {
    await app.page.getByTestId('wall-button').click();
    await app.page
      .getByRole('menu')
      .getByRole('menuitemradio', { name: choice })
      .or(app.page.getByRole('menu').getByRole('menuitem', { name: choice }))
      .click();
  };

  beforeAll(async () => {
    app = await startApp();
    app.host.savePaths.push(path.join(work, 'Desa Cibodas.rembug'));
    await app.backend.handlers['community.create'](village);
    sessionId = (await app.backend.handlers['session.create']({ ...fgd, title: 'FGD kelembagaan RW 02' })).id;
    const created = await app.backend.handlers['exercise.create']({
      sessionId,
      type: 'venn',
      title: 'Kondisi sekarang',
    });
    vennId = created.id;
    await app.backend.handlers['exercise.save']({
      id: vennId,
      baseVersion: created.version,
      body: {
        ...emptyVennDocument(),
        institutions: [
          seeded('desa', 'Pemerintah Desa', 4, 0, -40),
          seeded('posyandu', 'Posyandu Mawar', 3, -220, 60),
          seeded('bank', 'Bank Keliling', 1, 300, 200),
        ],
      },
    });
    const ranking = await app.backend.handlers['exercise.create']({
      sessionId,
      type: 'pairwise',
      title: 'Prioritas masalah air',
    });
    await app.backend.handlers['exercise.save']({
      id: ranking.id,
      baseVersion: ranking.version,
      body: {
        ...emptyPairwiseDocument(),
        question: 'Masalah air mana yang paling mendesak?',
        items: ['Sumur kering', 'Pipa bocor', 'Air keruh'].map((name, i) => ({ id: `m${i}`, name })),
      },
    });
    await app.restart();
    audience = await app.openAudience();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the projector waits with the app name alone until something is shown', async () => {
    await textOf(audience.getByTestId('audience-waiting'), 'Rembug');
    await shot(audience, 'audience-waiting');
  });

  it('shows the Venn on the wall from the head, and the projector draws it without the editor around it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /^Desa Cibodas/ }).click();
    await page.getByText('FGD kelembagaan RW 02').click();
    await page.getByText('Kondisi sekarang').click();
    await textOf(page.getByTestId('wall-button'), /^Dinding$/);
    await wallMenu(/^Tampilkan latihan ini di dinding/);
    await textOf(page.getByTestId('wall-button'), 'Dinding · langsung');
    const shown = await circlesWhen(audience, (c) => Object.keys(c).length === 3);
    expect(labels(shown)).toEqual(['Bank Keliling', 'Pemerintah Desa', 'Posyandu Mawar']);
    // Drawn large: the wall's canvas fills the projector.
    const canvas = (await audience.locator('canvas').first().boundingBox())!;
    expect(canvas.width).toBeGreaterThan(1000);
    expect(canvas.height).toBeGreaterThan(700);
    await shot(page, 'presenter-venn');
    await shot(audience, 'audience-venn');
  });

  it('an edit on the laptop appears on the projector: a new institution, its importance by key, a drag', async () => {
    const { page } = app;
    await page.getByLabel('Nama lembaga').first().fill('Karang Taruna');
    await page.keyboard.press('Enter');
    let shown = await circlesWhen(audience, (c) => labels(c).includes('Karang Taruna'));
    const added = Object.keys(shown).find((id) => shown[id]!.label === 'Karang Taruna')!;
    // Importance 4, called out by the room: on the wall, as large as the village government's circle.
    expect(shown[added]!.r).toBeLessThan(shown.desa!.r * 0.9);
    await page.keyboard.press('4');
    await expect
      .poll(async () => (await venn()).institutions.find((i) => i.name === 'Karang Taruna')?.importance)
      .toBe(4);
    shown = await circlesSettled(audience, (c) => Math.abs(c[added]!.r - c.desa!.r) < 1);
    // A drag of Posyandu Mawar to the right on the laptop moves it to the right on the wall.
    const before = shown.posyandu!;
    await dragBy(page, await nodeCentre(page, 'institution-posyandu'), 90, 0);
    await expect
      .poll(async () => (await venn()).institutions.find((i) => i.id === 'posyandu')!.x)
      .toBeGreaterThan(-220);
    shown = await circlesSettled(audience, (c) => c.posyandu!.x > before.x + 10);
    expect(Math.abs(shown.posyandu!.y - before.y)).toBeLessThan(Math.abs(shown.posyandu!.x - before.x));
    // What the wall shows is what the file keeps.
    await expect
      .poll(async () => (await venn()).institutions.map((i) => [i.name, i.importance]))
      .toEqual([
        ['Pemerintah Desa', 4],
        ['Posyandu Mawar', 3],
        ['Bank Keliling', 1],
        ['Karang Taruna', 4],
      ]);
    await shot(page, 'presenter-edited');
    await shot(audience, 'audience-edited');
    // The drawing grew on the laptop; the wall fitted it again: every circle whole on the projector.
    const box = (await audience.locator('canvas').first().boundingBox())!;
    const cut = Object.entries(await circlesOn(audience)).filter(
      ([, c]) => c.x - c.r < -1 || c.y - c.r < -1 || c.x + c.r > box.width + 1 || c.y + c.r > box.height + 1,
    );
    expect(cut).toEqual([]);
  });

  it('frozen, the wall keeps the last picture while the laptop goes on; unfrozen, it shows the newest', async () => {
    const { page } = app;
    await wallMenu(/^Bekukan dinding/);
    await textOf(page.getByTestId('wall-button'), 'Dinding · dibekukan');
    await page.getByLabel('Nama lembaga').first().fill('BUMDes');
    await page.keyboard.press('Enter');
    await page.keyboard.press('3');
    await expect.poll(async () => (await venn()).institutions.find((i) => i.name === 'BUMDes')?.importance).toBe(3);
    // The laptop has it, the file has it; the wall does not, even a moment later.
    await circlesWhen(page, (c) => labels(c).includes('BUMDes'));
    await audience.waitForTimeout(500);
    expect(labels(await circlesOn(audience))).toEqual([
      'Bank Keliling',
      'Karang Taruna',
      'Pemerintah Desa',
      'Posyandu Mawar',
    ]);
    await shot(page, 'presenter-frozen');
    await shot(audience, 'audience-frozen');
    await wallMenu(/^Bekukan dinding/);
    await textOf(page.getByTestId('wall-button'), 'Dinding · langsung');
    await circlesWhen(audience, (c) => labels(c).includes('BUMDes'));
  });

  it('blacked out, the projector shows black; back live, the diagram again', async () => {
    const { page } = app;
    await wallMenu(/^Gelapkan dinding/);
    await textOf(page.getByTestId('wall-button'), 'Dinding · gelap');
    const black = await visible(audience.getByTestId('audience-black'));
    expect(await black.first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    expect(await audience.locator('canvas').count()).toBe(0);
    const box = (await black.first().boundingBox())!;
    expect([box.width, box.height]).toEqual([1024, 768]);
    await shot(audience, 'audience-black');
    await wallMenu(/^Gelapkan dinding/);
    await circlesWhen(audience, (c) => Object.keys(c).length === 5);
  });

  it('the projector shows no file name, menu, button or notice, also while the laptop shows one', async () => {
    const { page } = app;
    // A notice on the laptop: the PDF export says where it went.
    app.host.savePaths.push(path.join(work, 'kondisi.pdf'));
    await page.getByRole('button', { name: 'Lainnya' }).click();
    await page.getByRole('menuitem', { name: 'Ekspor PDF' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'PDF disimpan' }));
    const community = (await app.backend.handlers['community.current']({}))!;
    const seen = await audience.evaluate(() => document.body.innerText);
    expect(seen).not.toContain(community.fileName);
    expect(seen).not.toContain('Desa Cibodas');
    expect(seen).not.toContain('PDF');
    for (const selector of [
      '.topbar',
      '.page-head',
      '.toast',
      '[role="alert"]:not(.visually-hidden)',
      // A screen reader's summary of the canvas (visually hidden) is no notice.
      '[role="status"]:not(.visually-hidden)',
      '[role="menu"]',
      '[role="tablist"]',
    ])
      expect(
        await audience.locator(selector).evaluateAll((found) => found.map((el) => el.outerHTML.slice(0, 200))),
        selector,
      ).toEqual([]);
    // No control a person could see (the canvas's object list for screen readers is clipped to a pixel).
    const controls = await audience.locator('button, input, select, textarea, a[href]').evaluateAll((found) =>
      found
        .filter((el) => {
          const box = el.getBoundingClientRect();
          const hidden = el.closest('.visually-hidden') !== null || getComputedStyle(el).visibility === 'hidden';
          return !hidden && box.width > 2 && box.height > 2;
        })
        .map((el) => el.outerHTML.slice(0, 200)),
    );
    expect(controls).toEqual([]);
    await shot(page, 'presenter-notice');
    await shot(audience, 'audience-clean');
  });

  it('shows the next exercise on the wall, and the laptop opens it too', async () => {
    const { page } = app;
    await wallMenu(/^Tampilkan latihan berikutnya: Prioritas masalah air/);
    await textOf(page.getByRole('heading', { level: 1 }), /Prioritas masalah air/);
    await visible(audience.getByText('Sumur kering'));
    await expect.poll(() => audience.locator('canvas').count()).toBeGreaterThanOrEqual(0);
    expect(labels(await circlesOn(audience))).toEqual([]);
    await textOf(page.getByTestId('wall-button'), 'Dinding · langsung');
    await shot(page, 'presenter-next');
    await shot(audience, 'audience-next');
  });
});
