import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exerciseTypeNames, type ExerciseTypeName } from '#shared/exercises/registry.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import { openSampleSession, startApp, type AppHarness } from '../support/appHarness.js';
import { tempDir } from '../support/paths.js';
import { visible } from '../support/waits.js';

/** Controls a user could see and press on the page now, outside the projection's own hint bar. */
function pressableControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, [role="tab"], summary, a[href]')]
      .filter((el) => {
        if (el.closest('.projection-hints')) return false;
        const box = el.getBoundingClientRect();
        if (box.width <= 2 || box.height <= 2) return false;
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
        const top = document.elementFromPoint(x, y);
        return top !== null && (top === el || el.contains(top));
      })
      .map((el) => `${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 40)}`),
  );
}

/** The smallest type size of words shown on the wall (not the canvas or chart pictures), with its words. */
function smallestWallText(page: Page): Promise<{ px: number; text: string }> {
  return page.evaluate(() => {
    let smallest = { px: Infinity, text: '' };
    const wall = document.querySelector('.wall-work');
    if (!wall) return smallest;
    const walker = document.createTreeWalker(wall, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || el.closest('svg, canvas, .visually-hidden')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < smallest.px) smallest = { px, text: node.textContent.trim().slice(0, 60) };
    }
    return smallest;
  });
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const hasClass = (page: Page, selector: string, name: string): Promise<boolean> =>
  page.locator(selector).evaluate((el, n) => el.classList.contains(n), name);

/**
 * Issue 11, projection mode: F5 (or the head's button) turns the facilitator's window
 * into the wall, Esc gives the editor back; the facilitator still works in it. And the
 * exercise head at 1024x768 leaves the title its room, the rest in a "More" menu.
 */
describe('projection mode at 1024x768', () => {
  let app: AppHarness;
  let vennId = '';
  const venn = async (): Promise<VennDocument> =>
    (await app.backend.handlers['exercise.get']({ id: vennId })).body as VennDocument;

  beforeAll(async () => {
    app = await startApp();
    const sessionId = await openSampleSession(app);
    const session = await app.backend.handlers['session.get']({ id: sessionId });
    vennId = session.exercises.find((e) => e.title.startsWith('Kondisi sekarang'))!.id;
    await app.page.getByRole('tab', { name: /Latihan/ }).waitFor();
    await app.page.getByRole('button', { name: /^Kondisi sekarang/ }).click();
    await app.page.getByTestId('institution-table').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('F5 fills the window with the Venn; 1-4, arrows and Ctrl+Z still work; Esc gives the editor back', async () => {
    const { page } = app;
    const editorCanvas = (await page.getByTestId('venn-canvas').boundingBox())!;
    // Select the second institution from the table, as a facilitator would.
    const before = await venn();
    const chosen = before.institutions.find((i) => i.importance !== 3)!;
    await page
      .getByTestId('institution-table')
      .getByRole('button', { name: new RegExp(chosen.name) })
      .click();
    await page.getByTestId('venn-canvas').focus();

    await page.keyboard.press('F5');
    await visible(page.getByTestId('wall'));
    // The head, the tabs, the side panel and the app's top bar are gone or covered.
    await page.getByRole('button', { name: 'Kembali' }).waitFor({ state: 'detached' });
    expect(await page.locator('.page-head').count()).toBe(0);
    expect(await page.locator('aside.side').count()).toBe(0);
    expect(await page.getByTestId('institution-table').count()).toBe(0);
    expect(await page.evaluate(() => document.elementFromPoint(20, 20)?.closest('[data-testid="wall"]') !== null)).toBe(
      true,
    );
    expect(await pressableControls(page)).toEqual([]);
    // The canvas takes the whole width and nearly all the height; the legend is a strip under it.
    await page.waitForTimeout(300);
    const canvas = (await page.getByTestId('venn-canvas').boundingBox())!;
    expect(canvas.width).toBe(1024);
    expect(canvas.height).toBeGreaterThanOrEqual(700);
    // More than the editor gave it: the side panel's width and the head's height are the drawing's now.
    expect(canvas.width).toBeGreaterThan(editorCanvas.width + 250);
    expect(canvas.height).toBeGreaterThan(editorCanvas.height + 60);
    const legend = (await page.locator('.wall-legend').boundingBox())!;
    expect(legend.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 0.5);
    await visible(page.locator('.wall-legend').getByText('Mendukung'));
    // The canvas kept the keyboard: the digit and the arrows act on the selected institution.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-keyscope="canvas"]') !== null)).toBe(true);
    await page.keyboard.press('3');
    await expect.poll(async () => (await venn()).institutions.find((i) => i.id === chosen.id)?.importance).toBe(3);
    const movedFrom = (await venn()).institutions.find((i) => i.id === chosen.id)!;
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await venn()).institutions.find((i) => i.id === chosen.id)?.x)
      .toBe(movedFrom.x + 10);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await venn()).institutions.find((i) => i.id === chosen.id)?.x).toBe(movedFrom.x);
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await venn()).institutions.find((i) => i.id === chosen.id)?.importance)
      .toBe(chosen.importance);
    await app.screenshot('projection-venn-live');

    await page.keyboard.press('Escape');
    await visible(page.getByRole('button', { name: 'Kembali' }));
    expect(await page.getByTestId('wall').count()).toBe(0);
    await visible(page.getByTestId('institution-table'));
    const back = (await page.getByTestId('venn-canvas').boundingBox())!;
    expect(back).toEqual(editorCanvas);
    // Still selected, still on the canvas: the editor is as it was.
    await visible(page.getByRole('spinbutton').or(page.locator('.side .panel-section')).first());
    expect(await page.evaluate(() => document.activeElement?.closest('[data-keyscope="canvas"]') !== null)).toBe(true);
  });

  it('enters by the head button too; the hint bar hides after a few idle seconds and comes back with the mouse', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Proyeksikan' }).click();
    await visible(page.getByTestId('wall'));
    expect(await hasClass(page, '[data-testid="projection-hints"]', 'idle')).toBe(false);
    await visible(page.getByTestId('projection-hints').getByText('Esc'));
    await expect.poll(() => hasClass(page, '[data-testid="projection-hints"]', 'idle'), { timeout: 6000 }).toBe(true);
    await page.mouse.move(500, 400);
    await page.mouse.move(520, 410);
    expect(await hasClass(page, '[data-testid="projection-hints"]', 'idle')).toBe(false);
    // Its button leaves, for a finger or a mouse alone.
    await page.getByTestId('projection-hints').getByRole('button', { name: 'Keluar (Esc)' }).click();
    await visible(page.getByRole('button', { name: 'Kembali' }));
    // The View menu's "Proyeksikan" enters, and again leaves.
    await app.emit({ type: 'menu', command: 'project' });
    await visible(page.getByTestId('wall'));
    await app.emit({ type: 'menu', command: 'project' });
    await visible(page.getByRole('button', { name: 'Kembali' }));
    expect(await page.getByTestId('wall').count()).toBe(0);
  });

  it('the head leaves the title at least 400 px, and the More menu reaches rename, duplicate, poster and PDF by keyboard', async () => {
    const { page } = app;
    const title = (await page.locator('.page-head .page-title').boundingBox())!;
    expect(title.width).toBeGreaterThanOrEqual(400);
    const more = page.getByRole('button', { name: 'Lainnya' });
    expect(await more.getAttribute('aria-haspopup')).toBe('menu');
    await more.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Lainnya' });
    await visible(menu);
    const names = await menu.getByRole('menuitem').allTextContents();
    expect(names).toEqual(['Ganti judul', 'Gandakan sebagai diagram baru', 'Poster', 'Ekspor PDF']);
    const focused = (): Promise<string> => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    expect(await focused()).toBe('Ganti judul');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Gandakan sebagai diagram baru');
    await page.keyboard.press('End');
    expect(await focused()).toBe('Ekspor PDF');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Lainnya');

    // Rename: Down opens the menu too; Enter on the first choice opens the dialog on its field.
    await page.keyboard.press('ArrowDown');
    await visible(menu);
    await page.keyboard.press('Enter');
    const rename = page.getByRole('dialog', { name: 'Ganti judul' });
    await visible(rename);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Kondisi sekarang (RW 02)');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('heading', { name: 'Kondisi sekarang (RW 02)' }));
    expect((await app.backend.handlers['exercise.get']({ id: vennId })).title).toBe('Kondisi sekarang (RW 02)');

    // Poster: its size dialog.
    await more.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const poster = page.getByRole('dialog', { name: 'Poster untuk papan informasi' });
    await visible(poster);
    await page.keyboard.press('Escape');
    await poster.waitFor({ state: 'detached' });

    // PDF: the session's report is saved where the user chose.
    const pdf = path.join(tempDir('projection-pdf'), 'fgd.pdf');
    app.host.savePaths.push(pdf);
    await more.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await visible(page.getByText(/PDF disimpan/), 20_000);

    // Duplicate: the copy opens.
    await more.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('heading', { name: /Kondisi sekarang \(RW 02\).*sesudah/ }));
    // The copy says it is the "after" one, beside its title and on the wall.
    await visible(page.locator('.page-head').getByTestId('after-badge'));
    await page.getByTestId('venn-canvas').focus();
    await page.keyboard.press('F5');
    await visible(page.getByTestId('wall').locator('.wall-legend').getByTestId('after-badge'));
    await app.screenshot('projection-venn-after');
    await page.keyboard.press('Escape');
    await visible(page.getByRole('button', { name: 'Kembali' }));
  });

  it('every exercise type of the sample shows its work on the wall, and no control of the editor', async () => {
    const { page } = app;
    const inWall = (selector: string) => page.getByTestId('wall').locator(selector);
    const work: Record<ExerciseTypeName, () => Promise<unknown>> = {
      venn: () => visible(inWall('[data-testid="venn-canvas"] canvas')),
      resourceMap: () => visible(inWall('[data-testid="map-canvas"] canvas')),
      tree: () => visible(inWall('[data-testid="tree-canvas"] canvas')),
      pairwise: () => visible(inWall('.ranking-chart svg')),
      matrix: () => visible(inWall('.ranking-chart svg')),
      vote: () => visible(inWall('.ranking-chart svg')),
      consensus: () => visible(inWall('[data-testid="wall-board"] li')),
      statement: () => visible(inWall('[data-testid="wall-statement"]').getByText(/^Sebelum kemarau 2027/)),
      actionPlan: () => visible(inWall('[data-testid="wall-plan"] tbody tr')),
      indicators: () => visible(inWall('[data-testid="wall-indicators"]').getByText(/RT punya tandon air hujan/)),
      monitoring: () => visible(inWall('[data-testid="monitoring-overview"]')),
      successes: () => visible(inWall('[data-testid="success-board"]')),
      evaluation: () =>
        visible(inWall('[data-testid="evaluation-side-by-side"]').getByText(/Pemuda jarang diundang rapat/)),
    };
    const canvasTypes = new Set<ExerciseTypeName>(['venn', 'resourceMap', 'tree']);
    const community = (await app.backend.handlers['community.current']({}))!;
    const seen = new Set<ExerciseTypeName>();
    const named = (title: string): RegExp => new RegExp(`^${escaped(title)}`);
    for (const summary of community.sessions) {
      const session = await app.backend.handlers['session.get']({ id: summary.id });
      const todo = session.exercises.filter((e) => {
        const type = e.type as ExerciseTypeName;
        if (seen.has(type)) return false;
        seen.add(type);
        return true;
      });
      if (todo.length === 0) continue;
      // Back to the community's sessions, then into this one.
      const sessions = page.getByRole('heading', { name: 'Desa Sukamaju' });
      while (!(await sessions.isVisible())) {
        await page.getByRole('button', { name: 'Kembali' }).click();
        await page.waitForTimeout(200);
      }
      await page
        .getByRole('button', { name: new RegExp(escaped(summary.title)) })
        .first()
        .click();
      await page.getByRole('tab', { name: /Latihan/ }).waitFor();
      for (const exercise of todo) {
        const type = exercise.type as ExerciseTypeName;
        await page
          .getByRole('button', { name: named(exercise.title) })
          .first()
          .click();
        await visible(page.getByRole('button', { name: 'Proyeksikan' }));
        await page.keyboard.press('F5');
        await work[type]();
        // The room reads what it is looking at: the title in the strip under the work, or
        // the legend there where the drawing names itself (a Venn's village, a map's own title).
        const strip = page.getByTestId('wall').locator('.wall-legend');
        expect({ type, title: await strip.locator('.wall-title').allTextContents() }).toEqual({
          type,
          title: type === 'venn' || type === 'resourceMap' ? [] : [exercise.title],
        });
        // The hint bar names only the keys this wall answers to.
        const hints = (await page.getByTestId('projection-hints').textContent()) ?? '';
        expect({ type, digits: hints.includes('1–4'), arrows: hints.includes('←') }).toEqual({
          type,
          digits: type === 'venn',
          arrows: canvasTypes.has(type),
        });
        // The hint bar has gone by itself: the room sees only the work.
        await expect
          .poll(() => hasClass(page, '[data-testid="projection-hints"]', 'idle'), { timeout: 6000 })
          .toBe(true);
        await page.waitForTimeout(500);
        await app.screenshot(`projection-${type}`);
        expect({ type, controls: await pressableControls(page) }).toEqual({ type, controls: [] });
        if (!canvasTypes.has(type)) {
          const smallest = await smallestWallText(page);
          expect({ type, smallest }).toEqual({ type, smallest: { ...smallest, px: Math.max(24, smallest.px) } });
        }
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Kembali' }).click();
        await page.getByRole('tab', { name: /Latihan/ }).waitFor();
      }
    }
    expect([...seen].sort()).toEqual([...exerciseTypeNames()].sort());
    // Thirteen types, each waiting for the hint bar to hide by itself (3 s).
  }, 180_000);
});
