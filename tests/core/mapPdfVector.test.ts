import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { capitalIcon, capitals } from '#shared/exercises/resources/capitals.js';
import { emptyResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { launchChromium } from '../support/chromium.js';
import { communityWithSession, mapResource } from '../support/coreFixtures.js';
import { testResultsDir } from '../support/paths.js';
import { pdfImageCount, pdfPagesToPng, pdfText } from '../support/pdf.js';

/**
 * The canvas draws each marker from a cached raster picture (a sprite per capital); the
 * report must not: its map stays vectors, so markers print sharp at any size.
 */
describe('the map in the session PDF', () => {
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('prints every marker as vector paths and text, with no raster image', async () => {
    const { call, host, dir, session } = await communityWithSession();
    // Forty markers, eight of each capital, on a grid, with a road and an area under them.
    const resources = Array.from({ length: 40 }, (_, i) => ({
      ...mapResource(`Sumber ${i + 1}`, capitals[i % capitals.length]!, `r${i}`),
      x: (i % 8) * 150 - 525,
      y: Math.floor(i / 8) * 160 - 320,
    }));
    const map = await call('exercise.create', { sessionId: session.id, type: 'resourceMap', title: 'Peta vektor' });
    await call('exercise.save', {
      id: map.id,
      baseVersion: 1,
      body: {
        ...emptyResourceMapDocument(),
        resources,
        shapes: [
          { id: 'road', layer: 'roads', points: [-600, 0, 600, 40] },
          { id: 'field', layer: 'areas', areaKind: 'ricefield', points: [-500, -300, -200, -300, -200, -100] },
        ],
      },
    });
    browser = await launchChromium();
    host.browser = browser;
    const report = path.join(dir, 'peta.pdf');
    host.savePaths.push(report);
    await call('report.exportSessionPdf', { sessionId: session.id, language: 'id' });

    const text = pdfText(report, { raw: true }).replace(/\s+/g, ' ');
    for (const r of resources) expect(text).toContain(r.name);
    // No raster at all: no photo on this map, and the markers (circle, icon, letter) are not pictures.
    expect(pdfImageCount(report)).toBe(0);
    pdfPagesToPng(report, path.join(testResultsDir, 'map-pdf-vector'), 2);
  });

  it("the report's SVG draws each marker's icon as a path of its capital", async () => {
    const { mapScene } = await import('#shared/exercises/resources/mapScene.js');
    const { sceneToSvg } = await import('#shared/scene/svg.js');
    const letters = { human: 'M', social: 'S', natural: 'A', physical: 'F', financial: 'K' };
    const doc = {
      ...emptyResourceMapDocument(),
      resources: capitals.map((c, i) => ({ ...mapResource(`Sumber ${c}`, c, `r${i}`), x: i * 100 })),
    };
    const svg = sceneToSvg(mapScene(doc, letters), '100%');
    expect(svg).not.toContain('<image');
    for (const c of capitals) expect(svg).toContain(`d="${capitalIcon[c]}"`);
    expect(svg.match(/<circle /g)).toHaveLength(capitals.length);
  });
});
