import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TreeDocument } from '#shared/exercises/framing/schema.js';
import { emptyResourceMapDocument, type ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { openSampleSession, startApp, type AppHarness } from '../support/appHarness.js';
import { mapResource } from '../support/coreFixtures.js';
import { tempDir, testResultsDir } from '../support/paths.js';
import { pdfPagesToPng, pdfText } from '../support/pdf.js';
import { visible } from '../support/waits.js';
import { headCommand } from '../support/exerciseHead.js';

/** The projector rule: canvas text is never under 18 px on screen at the opening view. */
const minScreenFontPx = 18;

interface ScreenText {
  text: string;
  px: number;
}

/**
 * Every Konva Text node on the stage inside `testId`, with its font size on screen; and
 * every map marker's letter (drawn in the marker's picture, which says its letter and size).
 */
async function screenFontSizes(page: Page, testId: string): Promise<ScreenText[]> {
  return page.evaluate((id) => {
    type KonvaText = {
      text(): string;
      fontSize(): number;
      getAttr(name: string): unknown;
      getAbsoluteScale(): { x: number; y: number };
    };
    type KonvaStage = { container(): HTMLElement; find(selector: string | ((n: KonvaText) => boolean)): KonvaText[] };
    const konva = (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva;
    const box = document.querySelector(`[data-testid="${id}"]`);
    const stage = konva.stages.find((s) => box?.contains(s.container()));
    if (!stage) throw new Error(`no Konva stage in ${id}`);
    // Konva Texts, and the labels that draw themselves with a Text's attributes (plain shapes).
    const texts = stage
      .find((n) => typeof n.getAttr('text') === 'string')
      .map((t) => ({ text: String(t.getAttr('text')), px: Number(t.getAttr('fontSize')) * t.getAbsoluteScale().y }));
    const letters = stage
      .find((n) => typeof n.getAttr('letter') === 'string')
      .map((m) => ({
        text: String(m.getAttr('letter')),
        px: Number(m.getAttr('letterSize')) * m.getAbsoluteScale().y,
      }));
    return [...texts, ...letters];
  }, testId);
}

/** A tree as wide as a real workshop's: a focal problem, 4 causes with 2 sub-causes each, 3 effects. */
function wideTree(): TreeDocument {
  const node = (id: string, parentId: string | null, side: 'cause' | 'effect', problem: string) => ({
    id,
    parentId,
    side,
    problem,
    objective: '',
    collapsed: false,
  });
  const nodes = [node('focal', null, 'cause', 'Air bersih sulit didapat saat musim kemarau panjang')];
  for (let c = 1; c <= 4; c += 1) {
    nodes.push(node(`c${c}`, 'focal', 'cause', `Penyebab ${c}: sumber mata air mengecil karena hutan ditebang`));
    for (let s = 1; s <= 2; s += 1) nodes.push(node(`c${c}s${s}`, `c${c}`, 'cause', `Akar ${c}.${s}: pipa bocor`));
  }
  for (let e = 1; e <= 3; e += 1) nodes.push(node(`e${e}`, 'focal', 'effect', `Akibat ${e}: anak sering diare`));
  return { schemaVersion: 1, view: 'problem', nodes };
}

function spreadMap(): ResourceMapDocument {
  const named: [string, ResourceMapDocument['resources'][number]['capital']][] = [
    ['Sawah irigasi', 'natural'],
    ['Hutan bambu', 'natural'],
    ['Kelompok tani', 'social'],
    ['Jalan desa', 'physical'],
    ['Koperasi simpan pinjam', 'financial'],
    ['Bidan desa', 'human'],
  ];
  return {
    ...emptyResourceMapDocument(),
    resources: named.map(([name, capital], i) => ({
      ...mapResource(name, capital, `r${i}`),
      x: -700 + i * 280,
      y: (i % 2) * 500 - 250,
    })),
    shapes: [{ id: 'label1', layer: 'labels', points: [0, -450], text: 'Dusun Cikahuripan' }],
  };
}

describe('canvas text at the opening view, on a 1024x768 projector', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await startApp();
    const sessionId = await openSampleSession(app);
    const handlers = app.backend.handlers;
    const tree = await handlers['exercise.create']({ sessionId, type: 'tree', title: 'Pohon air bersih' });
    await handlers['exercise.save']({ id: tree.id, baseVersion: tree.version, body: wideTree() });
    const map = await handlers['exercise.create']({ sessionId, type: 'resourceMap', title: 'Peta Sukamaju' });
    await handlers['exercise.save']({ id: map.id, baseVersion: map.version, body: spreadMap() });
    // Back out and in again so the session lists the two new exercises.
    await app.page.getByRole('button', { name: 'Kembali' }).click();
    await app.page.getByText('FGD pemetaan kelembagaan').click();
  });
  afterAll(async () => {
    await app?.close();
  });

  const expectReadable = async (testId: string, count: number): Promise<ScreenText[]> => {
    const sizes = await screenFontSizes(app.page, testId);
    expect(sizes.length).toBeGreaterThanOrEqual(count);
    expect(sizes.filter((s) => s.px < minScreenFontPx - 0.01)).toEqual([]);
    return sizes;
  };

  /**
   * A canvas too large for the screen at 18 px (issue 11): the opening view, a fit, shows
   * everything whole rather than cut it off, and is no smaller than that needs: the drawing
   * fills most of the canvas's width or height (the map's fit also frames its grid, a margin
   * beyond the outermost markers). Its labels are then as large as they can be without
   * hiding anything (under 18 px: the facilitator zooms in on the part discussed).
   */
  const expectWholeAndFilling = async (testId: string, count: number): Promise<ScreenText[]> => {
    const sizes = await screenFontSizes(app.page, testId);
    expect(sizes.length).toBeGreaterThanOrEqual(count);
    const drawn = await app.page.evaluate((id) => {
      type Rect = { x: number; y: number; width: number; height: number };
      type KNode = { getClientRect(): Rect };
      type KonvaStage = {
        container(): HTMLElement;
        width(): number;
        height(): number;
        getChildren(): { getChildren(): (KNode & { getClassName(): string })[] }[];
      };
      const konva = (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva;
      const box = document.querySelector(`[data-testid="${id}"]`);
      const stage = konva.stages.find((st) => box?.contains(st.container()))!;
      // Shapes only: a text's group is as wide as its longest line's characters at a full em
      // (TextShape), wider than the text itself, which lies within its box or marker.
      const rects = stage
        .getChildren()
        .flatMap((layer) => layer.getChildren().filter((n) => n.getClassName() !== 'Group'))
        .map((n) => n.getClientRect());
      const real = rects.filter((r) => r.width > 0 && r.height > 0);
      const left = Math.min(...real.map((r) => r.x));
      const top = Math.min(...real.map((r) => r.y));
      const right = Math.max(...real.map((r) => r.x + r.width));
      const bottom = Math.max(...real.map((r) => r.y + r.height));
      return { left, top, right, bottom, width: stage.width(), height: stage.height() };
    }, testId);
    expect(drawn.left).toBeGreaterThanOrEqual(-0.5);
    expect(drawn.top).toBeGreaterThanOrEqual(-0.5);
    expect(drawn.right).toBeLessThanOrEqual(drawn.width + 0.5);
    expect(drawn.bottom).toBeLessThanOrEqual(drawn.height + 0.5);
    if (sizes.some((s) => s.px < minScreenFontPx - 0.01))
      expect(drawn.right - drawn.left >= drawn.width * 0.7 || drawn.bottom - drawn.top >= drawn.height * 0.7).toBe(
        true,
      );
    return sizes;
  };

  it('draws a tree too wide for the screen whole at the opening view, as large as that allows', async () => {
    const { page } = app;
    await page.getByRole('button', { name: /^Pohon air bersih/ }).click();
    await page.getByTestId('tree-canvas').waitFor();
    await page.waitForTimeout(300);
    await app.screenshot('text-size-tree');
    // 16 boxes, each with its label.
    const sizes = await expectWholeAndFilling('tree-canvas', 16);
    expect(sizes.map((s) => s.text).join(' ')).toContain('Air bersih');
  });

  it('draws a spread map whole at the opening view (every marker, name and drawn label), and the pentagon labels whole at 18 px', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Kembali' }).click();
    await page.getByRole('button', { name: /^Peta Sukamaju/ }).click();
    await page.getByTestId('map-canvas').waitFor();
    await page.waitForTimeout(300);
    await app.screenshot('text-size-map');
    // 6 letters, 6 names and the drawn label.
    const sizes = await expectWholeAndFilling('map-canvas', 13);
    expect(sizes.map((s) => s.text)).toContain('Dusun Cikahuripan');

    await page.getByRole('tab', { name: 'Segilima aset' }).click();
    await page.locator('.pentagon-chart svg text').first().waitFor();
    await app.screenshot('text-size-pentagon');
    // Each label's box, measured with the bundled font, lies inside the viewBox and so on screen.
    const labels = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('.pentagon-chart svg')!;
      const view = svg.viewBox.baseVal;
      const shown = svg.getBoundingClientRect();
      return Array.from(svg.querySelectorAll('text')).map((t) => {
        const b = t.getBBox();
        const r = t.getBoundingClientRect();
        return {
          text: t.textContent ?? '',
          // The font size on screen: the SVG is drawn at its column's width, not at 1:1.
          px: Number(t.getAttribute('font-size')) * (t.getScreenCTM()?.a ?? 0),
          insideViewBox:
            b.x >= view.x &&
            b.y >= view.y &&
            b.x + b.width <= view.x + view.width &&
            b.y + b.height <= view.y + view.height,
          insideOnScreen:
            r.left >= shown.left && r.top >= shown.top && r.right <= shown.right && r.bottom <= shown.bottom,
        };
      });
    });
    expect(labels.map((l) => l.text).sort()).toEqual(['Alam', 'Fisik', 'Keuangan', 'Manusia', 'Sosial']);
    expect(labels.filter((l) => !l.insideViewBox || !l.insideOnScreen)).toEqual([]);
    expect(labels.filter((l) => l.px < minScreenFontPx - 0.01)).toEqual([]);

    // The PDF draws the same SVG: its labels are whole there too (test-results/text-size-map-report-*.png).
    const pdf = path.join(tempDir('text-size-pdf'), 'map.pdf');
    app.host.savePaths.push(pdf);
    await headCommand(page, 'Ekspor PDF');
    await visible(page.getByText(/PDF disimpan/), 20_000);
    const text = pdfText(pdf, { raw: true });
    for (const name of ['Manusia', 'Sosial', 'Alam', 'Fisik', 'Keuangan']) expect(text).toContain(name);
    pdfPagesToPng(pdf, path.join(testResultsDir, 'text-size-map-report'), 12);
  });

  it('draws the sample Venn diagram labels at 18 px or more', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Kembali' }).click();
    await page.getByRole('button', { name: /^Kondisi sekarang/ }).click();
    await page.getByTestId('venn-canvas').waitFor();
    await page.waitForTimeout(300);
    await app.screenshot('text-size-venn');
    // The community's name and the sample's 12 institutions.
    await expectReadable('venn-canvas', 13);
  });
});
