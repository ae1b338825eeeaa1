import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Importance, VennDocument } from '#shared/exercises/venn/schema.js';
import { openSampleSession, startApp, type AppHarness } from '../support/appHarness.js';
import { countOf, textOf, visible } from '../support/waits.js';

/** The two institutions the room adds to the sample's twelve: one far out on each side, as a real FGD has. */
const farOnes: VennDocument['institutions'] = [
  {
    id: 'ksp',
    name: 'Koperasi Simpan Pinjam',
    kind: 'private',
    relation: 'neutral',
    importance: 1,
    x: -900,
    y: 650,
    notes: '',
  },
  {
    id: 'distan',
    name: 'Dinas Pertanian',
    kind: 'government',
    relation: 'supportive',
    importance: 2,
    x: 1100,
    y: -500,
    notes: '',
  },
];
/**
 * What the room changes on the "after" copy: three of the fourteen, each to a new
 * importance. Circles that overlap nobody before or after, so no tie changes with them
 * (a tie is an overlap) and exactly these three rows change.
 */
const changes: [name: string, importance: Importance][] = [
  ['Koperasi Simpan Pinjam', 2],
  ['Dinas Pertanian', 1],
  ['LSM Bina Desa', 1],
];
const changedNames = changes.map(([name]) => name);

/** On screen, in px: each SVG text's font size times the SVG's drawn scale; the smallest of a picture. */
async function smallestLabelsPx(app: AppHarness): Promise<{ byFont: number; byBox: number }[]> {
  return app.page.locator('[data-testid="compare-pictures"] svg').evaluateAll((svgs) =>
    svgs.map((node) => {
      const svg = node as SVGSVGElement;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const texts = [...svg.querySelectorAll('text')];
      return {
        byFont: Math.min(...texts.map((t) => Number(t.getAttribute('font-size')) * scale)),
        // The glyph box of one line is a little taller than the type size: a cross-check of the scale.
        byBox: Math.min(
          ...texts.flatMap((t) => {
            const lines = [...t.querySelectorAll('tspan')];
            return (lines.length > 0 ? lines : [t]).map((l) => l.getBoundingClientRect().height);
          }),
        ),
      };
    }),
  );
}

/**
 * Issue 11, before and after are unmistakable, at 1024x768: "Gandakan" on the sample's
 * "Kondisi sekarang (sebelum)" (14 institutions) says it made the copy, the copy is badged
 * SESUDAH in its head and in the session's list and keeps "(sesudah)" visible; the room
 * changes 3 institutions; the comparison opens with the original chosen, draws both
 * pictures with every label at least 18 px, lists the 3 changed rows first and folds the
 * 11 unchanged behind one button.
 */
describe('before and after, unmistakable', () => {
  let app: AppHarness;
  let originalId = '';
  let copyId = '';
  const titleOf = async (id: string) => (await app.backend.handlers['exercise.get']({ id })).title;
  const docOf = async (id: string) => (await app.backend.handlers['exercise.get']({ id })).body as VennDocument;

  beforeAll(async () => {
    app = await startApp();
    const sessionId = await openSampleSession(app);
    const session = await app.backend.handlers['session.get']({ id: sessionId });
    originalId = session.exercises.find((e) => e.title === 'Kondisi sekarang (sebelum)')!.id;
    const original = await app.backend.handlers['exercise.get']({ id: originalId });
    const doc = original.body as VennDocument;
    await app.backend.handlers['exercise.save']({
      id: originalId,
      baseVersion: original.version,
      body: { ...doc, institutions: [...doc.institutions, ...farOnes] },
    });
    expect((await docOf(originalId)).institutions).toHaveLength(14);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it('duplicates: the notice says the copy was made, the head badges it SESUDAH, the title keeps its end', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: /Latihan/ }).click();
    await page.getByRole('button', { name: /^Kondisi sekarang \(sebelum\)/ }).click();
    await visible(page.getByTestId('venn-canvas'));
    // The original is no copy: no badge.
    expect(await page.getByTestId('after-badge').count()).toBe(0);
    await page.getByRole('button', { name: 'Lainnya' }).click();
    await page.getByRole('menuitem', { name: 'Gandakan sebagai diagram baru' }).click();
    await visible(page.getByRole('heading', { level: 1, name: /\(sesudah\)/ }));
    const notice = page.getByRole('status').filter({ hasText: /dibuat/ });
    await textOf(notice, 'Salinan SESUDAH dibuat. Yang terbuka kini salinannya; aslinya tetap.');
    // Short enough to be read whole in the top bar's two lines: not cut by an ellipsis.
    const cut = await notice.locator('span[title]').evaluate((span) => span.scrollHeight > span.clientHeight + 1);
    expect(cut).toBe(false);

    const session = await app.backend.handlers['session.get']({
      id: (await app.backend.handlers['exercise.get']({ id: originalId })).sessionId,
    });
    const copy = session.exercises.find((e) => e.copyOf === originalId)!;
    copyId = copy.id;
    // "(sebelum)" gave way to "(sesudah)"; the file names the original.
    expect(copy.title).toBe('Kondisi sekarang (sesudah)');
    expect(await titleOf(originalId)).toBe('Kondisi sekarang (sebelum)');

    const badge = page.locator('.page-head').getByTestId('after-badge');
    await textOf(badge, 'SESUDAH');
    expect(await badge.getAttribute('title')).toBe('Salinan dari “Kondisi sekarang (sebelum)”');
    // The title's end is drawn inside the heading's box, not cut off by its clamp.
    const endShown = await page.locator('h1.exercise-title').evaluate((h1) => {
      const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
      const box = h1.getBoundingClientRect();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.lastIndexOf('(sesudah)') ?? -1;
        if (at < 0 || (node.parentElement?.closest('.visually-hidden') ?? null) !== null) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + '(sesudah)'.length);
        const r = range.getBoundingClientRect();
        return r.width > 0 && r.bottom <= box.bottom + 1 && r.right <= box.right + 1 && r.left >= box.left - 1;
      }
      return false;
    });
    expect(endShown).toBe(true);
    await app.screenshot('beforeAfter-head');
  });

  it('changes 3 of the 14 institutions on the copy, the original stays as it was', async () => {
    const { page } = app;
    const before = await docOf(copyId);
    for (const [name, next] of changes) {
      expect(before.institutions.find((i) => i.name === name)!.importance).not.toBe(next);
      await page
        .getByTestId('institution-table')
        .locator('strong', { hasText: new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) })
        .click();
      await page.keyboard.press(String(next));
      await expect
        .poll(async () => (await docOf(copyId)).institutions.find((i) => i.name === name)!.importance)
        .toBe(next);
    }
    await textOf(page.getByTestId('save-status'), 'Tersimpan');
    const original = await docOf(originalId);
    expect(original.institutions.filter((i) => changedNames.includes(i.name)).map((i) => i.importance)).toEqual(
      before.institutions.filter((i) => changedNames.includes(i.name)).map((i) => i.importance),
    );
  });

  it("badges the copy in the session's list, and only the copy", async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Kembali' }).first().click();
    await page.getByRole('tab', { name: /Latihan/ }).click();
    const copyRow = page.locator('.exercise-list li', { hasText: 'Kondisi sekarang (sesudah)' });
    await textOf(copyRow.getByTestId('after-badge'), 'SESUDAH');
    await countOf(page.locator('.exercise-list').getByTestId('after-badge'), 1);
    await copyRow.scrollIntoViewIfNeeded();
    await app.screenshot('beforeAfter-session-list');
  });

  it('compares with the original chosen: both pictures large (labels >= 18 px), 3 changed rows first, 11 folded', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /^SESUDAH.*Kondisi sekarang \(sesudah\)/ }).click();
    await visible(page.getByTestId('venn-canvas'));
    const pick = page.getByLabel('Bandingkan dengan');
    await expect.poll(() => pick.inputValue()).toBe(originalId);
    await page.getByRole('button', { name: 'Bandingkan', exact: true }).click();
    await visible(page.getByTestId('compare-table'));
    await countOf(page.locator('[data-testid="compare-pictures"] svg'), 2);

    const sizes = await smallestLabelsPx(app);
    expect(sizes).toHaveLength(2);
    for (const size of sizes) {
      expect(size.byFont).toBeGreaterThanOrEqual(18);
      expect(size.byBox).toBeGreaterThanOrEqual(18);
    }
    // Each picture shows all 14 institutions with their names.
    for (const svg of await page.locator('[data-testid="compare-pictures"] svg').all()) {
      const text = (await svg.textContent()) ?? '';
      for (const name of ['Pemerintah Desa', 'Bank keliling (rentenir)', ...changedNames])
        expect(text.replace(/\s+/g, ' ')).toContain(name.split(' ')[0]);
    }
    const captions = await page.locator('[data-testid="compare-pictures"] figcaption').allTextContents();
    expect(captions.map((c) => c.replace(/\s+/g, ' ').trim())).toEqual([
      'SEBELUM Kondisi sekarang (sebelum)',
      'SESUDAH Kondisi sekarang (sesudah)',
    ]);
    await app.screenshot('beforeAfter-compare');

    const table = page.getByTestId('compare-table');
    const rowNames = () => table.locator('tbody tr:not(.unchanged-toggle) td:first-child').allTextContents();
    expect((await rowNames()).sort()).toEqual([...changedNames].sort());
    const fold = table.getByRole('button', { name: '11 tidak berubah' });
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    await fold.click();
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    const all = await rowNames();
    expect(all).toHaveLength(14);
    // The changed ones stay first.
    expect(all.slice(0, 3).sort()).toEqual([...changedNames].sort());
    expect(all.slice(3)).toContain('Pemerintah Desa');
    await table.scrollIntoViewIfNeeded();
    await app.screenshot('beforeAfter-compare-table');
    await fold.click();
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    await countOf(table.locator('tbody tr.unchanged'), 0);
  });
  it("draws a duplicated map's pentagon over its original's, chosen already", async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Rembug', exact: true }).click();
    await page.getByText('Pemetaan potensi desa').first().click();
    await page.getByRole('tab', { name: /Latihan/ }).click();
    const community = await app.backend.handlers['community.current']({});
    const session = community!.sessions.find((x) => x.title === 'Pemetaan potensi desa')!;
    const mapId = (await app.backend.handlers['session.get']({ id: session.id })).exercises.find(
      (e) => e.type === 'resourceMap',
    )!.id;
    await page.getByRole('button', { name: /^Peta potensi Desa Sukamaju/ }).click();
    await page.getByRole('button', { name: 'Lainnya' }).click();
    await page.getByRole('menuitem', { name: 'Gandakan sebagai diagram baru' }).click();
    await visible(page.getByRole('heading', { level: 1, name: /\(sesudah\)/ }));
    await page.getByRole('tab', { name: 'Segilima aset' }).click();
    await expect.poll(() => page.getByLabel('Bandingkan dengan peta', { exact: true }).inputValue()).toBe(mapId);
    await visible(page.getByTestId('map-changes'));
    await app.screenshot('beforeAfter-pentagon');
  });
});
