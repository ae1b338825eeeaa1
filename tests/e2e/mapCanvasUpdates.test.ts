import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { capitals } from '#shared/exercises/resources/capitals.js';
import { emptyResourceMapDocument, type ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { openSampleSession, startApp, type AppHarness } from '../support/appHarness.js';
import { mapResource } from '../support/coreFixtures.js';
import { dragBy, nodeCentre } from '../support/konva.js';
import { textOf } from '../support/waits.js';

/**
 * What a press, a selection and a drop change on a large map: only the nodes of the
 * marker concerned (and the selection's own small layer), never every marker. Counted in
 * the page by a probe on Konva's node methods that React drives: `setAttrs` (an
 * attribute changed), `on`/`off` (a handler bound or unbound) and `add` (a node put in a
 * layer). Not timed: the bench measures the time (scripts/benchCanvas.ts).
 */
const markerCount = 600;
const shapeCount = 5;

function bigMap(): ResourceMapDocument {
  return {
    ...emptyResourceMapDocument(),
    resources: Array.from({ length: markerCount }, (_, i) => ({
      ...mapResource(`Sumber ${i + 1}`, capitals[i % capitals.length]!, `r${i}`),
      // 30 by 20, close enough that the whole map is on screen at the opening zoom.
      x: (i % 30) * 60 - 870,
      y: Math.floor(i / 30) * 65 - 620,
    })),
    shapes: Array.from({ length: shapeCount }, (_, i) => ({
      id: `s${i}`,
      layer: 'roads' as const,
      points: [-900, i * 250 - 600, 900, i * 250 - 560],
    })),
  };
}

interface Touch {
  method: string;
  name: string;
}

/** Starts recording which named nodes React changes; `takeTouches` returns and clears the record. */
async function startProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Node = { name(): string };
    type Proto = Record<string, (this: Node, ...args: unknown[]) => unknown>;
    const konva = (window as unknown as { Konva: { Node: { prototype: Proto }; Container: { prototype: Proto } } })
      .Konva;
    const log: { method: string; name: string }[] = [];
    (window as unknown as { probeLog: typeof log }).probeLog = log;
    const wrap = (proto: Proto, method: string, nameOf: (self: Node, args: unknown[]) => string): void => {
      const original = proto[method]!;
      proto[method] = function (this: Node, ...args: unknown[]) {
        const result = original.apply(this, args);
        // Named after the call: a node being made gets its name in that very call.
        log.push({ method, name: nameOf(this, args) });
        return result;
      };
    };
    const own = (self: Node): string => self.name();
    wrap(konva.Node.prototype, 'setAttrs', own);
    wrap(konva.Node.prototype, 'on', own);
    wrap(konva.Node.prototype, 'off', own);
    wrap(konva.Container.prototype, 'add', (_self, args) => (args[0] as Node).name());
  });
}

async function takeTouches(page: Page): Promise<Touch[]> {
  return page.evaluate(() => {
    const log = (window as unknown as { probeLog: { method: string; name: string }[] }).probeLog;
    return log.splice(0, log.length);
  });
}

/** Names of marker and label nodes (`resource-<id>`, `label-<id>`) among the touches. */
const markerTouches = (touches: Touch[]): string[] =>
  [...new Set(touches.map((t) => t.name).filter((n) => /^(resource|label)-/.test(n)))].sort();

/**
 * Handlers bound or unbound on any node but the selection's own copies (made and
 * destroyed with the selection): the stage, the layers and the markers keep theirs.
 */
const rebound = (touches: Touch[]): string[] =>
  touches
    .filter((t) => (t.method === 'on' || t.method === 'off') && !/^select(ed|ion)-/.test(t.name))
    .map((t) => `${t.method} ${t.name}`);

/** The handler functions bound on the stage, its layers and every marker, kept in the page to compare later. */
async function keepHandlers(page: Page, key: string): Promise<number> {
  return page.evaluate((k) => {
    type Listener = { handler: unknown };
    type Node = { name(): string; eventListeners: Record<string, Listener[]>; getLayer(): unknown };
    type Stage = Node & { container(): HTMLElement; getLayers(): Node[]; find(f: (n: Node) => boolean): Node[] };
    const konva = (window as unknown as { Konva: { stages: Stage[] } }).Konva;
    const box = document.querySelector('[data-testid="map-canvas"]')!;
    const stage = konva.stages.find((s) => box.contains(s.container()))!;
    const nodes: Node[] = [stage, ...stage.getLayers(), ...stage.find((n) => n.name().startsWith('resource-'))];
    const handlers = nodes.flatMap((n) =>
      Object.values(n.eventListeners).flatMap((list) => list.map((l) => l.handler)),
    );
    (window as unknown as Record<string, unknown[]>)[k] = handlers;
    return handlers.length;
  }, key);
}

describe('a 600-marker map: what a selection and a drop change', () => {
  let app: AppHarness;
  let mapId = '';
  const mapBody = async (): Promise<ResourceMapDocument> =>
    (await app.backend.handlers['exercise.get']({ id: mapId })).body as ResourceMapDocument;
  beforeAll(async () => {
    app = await startApp();
    const sessionId = await openSampleSession(app);
    const handlers = app.backend.handlers;
    const map = await handlers['exercise.create']({ sessionId, type: 'resourceMap', title: 'Peta besar uji' });
    mapId = map.id;
    await handlers['exercise.save']({ id: map.id, baseVersion: map.version, body: bigMap() });
    // A map whose photo is not in the file (removed by another program): the rest must still work.
    const fromBig = bigMap();
    const lost = await handlers['exercise.create']({ sessionId, type: 'resourceMap', title: 'Peta foto hilang' });
    await handlers['exercise.save']({
      id: lost.id,
      baseVersion: lost.version,
      body: {
        ...fromBig,
        resources: fromBig.resources.slice(0, 3),
        photo: { id: 'foto-hilang', width: 1200, height: 900 },
      },
    });
    await app.page.getByRole('button', { name: 'Kembali' }).click();
    await app.page.getByText('FGD pemetaan kelembagaan').click();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens with the shapes drawn at once and the markers following over a few frames, two nodes a marker', async () => {
    const { page } = app;
    // Each frame from the click on: whether the map's stage holds the drawing of its shapes, and how many markers.
    await page.evaluate((all) => {
      type Node = { name(): string };
      type Stage = { container(): HTMLElement; find(f: (n: Node) => boolean): Node[]; findOne(s: string): unknown };
      const konva = (window as unknown as { Konva: { stages: Stage[] } }).Konva;
      const samples: [number, number][] = [];
      (window as unknown as { openSamples: typeof samples }).openSamples = samples;
      const sample = (): void => {
        const box = document.querySelector('[data-testid="map-canvas"]');
        const stage = box ? konva.stages.find((s) => box.contains(s.container())) : undefined;
        if (stage) {
          const markers = stage.find((n) => n.name().startsWith('resource-')).length;
          samples.push([stage.findOne('.map-drawing') ? 1 : 0, markers]);
        }
        if (samples.length < 400 && samples.at(-1)?.[1] !== all) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    }, markerCount);
    await page.getByRole('button', { name: /^Peta besar uji/ }).click();
    await page.getByTestId('map-canvas').waitFor();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { openSamples: number[][] }).openSamples.at(-1)))
      .toEqual([1, markerCount]);
    const samples = await page.evaluate(() => (window as unknown as { openSamples: number[][] }).openSamples);
    const firstWithShapes = samples.find(([drawing]) => drawing === 1)!;
    // The shapes were there while most markers were still to come.
    expect(firstWithShapes[1]).toBeGreaterThan(0);
    expect(firstWithShapes[1]).toBeLessThan(markerCount);
    // All five shapes in the one drawing node, none a node of its own.
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { Konva: { stages: { find(s: string): unknown[] }[] } }).Konva.stages
            .at(-1)!
            .find('Line').length,
      ),
    ).toBe(0);

    const layers = await page.evaluate(() => {
      type Node = { name(): string; getClassName(): string; children?: Node[]; isCached?(): boolean };
      type Stage = Node & { container(): HTMLElement; getLayers(): Node[]; findOne(s: string): Node | undefined };
      const konva = (window as unknown as { Konva: { stages: Stage[] } }).Konva;
      const box = document.querySelector('[data-testid="map-canvas"]')!;
      const stage = konva.stages.find((s) => box.contains(s.container()))!;
      return {
        layers: stage.getLayers().map((l) => (l.children ?? []).map((c) => c.name().replace(/-.*/, ''))),
        backdropCached: stage.findOne('.map-backdrop')?.isCached?.() ?? false,
      };
    });
    // One node per marker and one per name, the names over the markers on the same layer (one
    // canvas less to composite): no groups, circles, icon paths or letters apiece.
    expect(layers.layers.filter((l) => l.length === 2 * markerCount).map((l) => [...new Set(l)])).toEqual([
      ['resource', 'label'],
    ]);
    const markersLayer = layers.layers.find((l) => l.length === 2 * markerCount)!;
    expect(markersLayer.slice(0, markerCount).every((n) => n === 'resource')).toBe(true);
    expect(layers.backdropCached).toBe(true);
  });

  it('selecting a marker changes none of the other markers, and binds no handler again', async () => {
    const { page } = app;
    const bound = await keepHandlers(page, 'handlersBefore');
    expect(bound).toBeGreaterThan(0);
    await startProbe(page);
    for (const id of ['r195', 'r196', 'r345']) {
      await takeTouches(page);
      const at = await nodeCentre(page, `resource-${id}`);
      await page.mouse.click(at.x, at.y);
      const name = `Sumber ${Number(id.slice(1)) + 1}`;
      await expect.poll(() => page.getByRole('textbox', { name: 'Nama sumber daya' }).inputValue()).toBe(name);
      await page.waitForTimeout(200);
      const touches = await takeTouches(page);
      // The probe sees the selection's copy being made, so it would see a marker changed too.
      expect(touches.map((t) => t.name)).toContain(`selected-${id}`);
      expect(markerTouches(touches)).toEqual([]);
      expect(rebound(touches)).toEqual([]);
    }
    await keepHandlers(page, 'handlersAfter');
    const same = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown[]>;
      return (
        w.handlersBefore!.length === w.handlersAfter!.length &&
        w.handlersBefore!.every((h, i) => h === w.handlersAfter![i])
      );
    });
    expect(same).toBe(true);
  });

  it('dragging and dropping a marker changes only that marker and its name', async () => {
    const { page } = app;
    await takeTouches(page);
    const from = await nodeCentre(page, 'resource-r255');
    await dragBy(page, from, 70, 45);
    const before = bigMap().resources[255]!;
    await expect.poll(async () => (await mapBody()).resources.find((r) => r.id === 'r255')!.x).not.toBe(before.x);
    await page.waitForTimeout(200);
    const touches = await takeTouches(page);
    expect(markerTouches(touches)).toEqual(['label-r255', 'resource-r255']);
    expect(rebound(touches)).toEqual([]);
    // The other markers are where they were.
    const body = await mapBody();
    expect(body.resources.filter((r) => r.id !== 'r255')).toEqual(bigMap().resources.filter((r) => r.id !== 'r255'));
  });

  it('while a marker is dragged, its selection copy rides on the drag layer and the selection layer is hidden', async () => {
    const { page } = app;
    // Where the marker, its name and its selection copy are: each one's layer (bottom first) and whether that is shown.
    const places = (): Promise<{ layer: number; shown: boolean; x: number; y: number }[]> =>
      page.evaluate(() => {
        type KNode = { getLayer(): KNode; visible(): boolean; x(): number; y(): number };
        type Stage = { findOne(s: string): KNode; getLayers(): KNode[] };
        const stage = (window as unknown as { Konva: { stages: Stage[] } }).Konva.stages.at(-1)!;
        return ['.resource-r300', '.label-r300', '.selection-r300'].map((name) => {
          const node = stage.findOne(name);
          return {
            layer: stage.getLayers().indexOf(node.getLayer()),
            shown: node.getLayer().visible(),
            x: node.x(),
            y: node.y(),
          };
        });
      });
    const from = await nodeCentre(page, 'resource-r300');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 30, from.y + 20, { steps: 6 });
    const during = await places();
    // Marker, name and copy on one layer (the drag layer, shown); the copy where the marker is.
    expect(new Set(during.map((p) => p.layer)).size).toBe(1);
    expect(during.every((p) => p.shown)).toBe(true);
    expect([during[2]!.x, during[2]!.y]).toEqual([during[0]!.x, during[0]!.y]);
    const layersShown = await page.evaluate(() =>
      (window as unknown as { Konva: { stages: { getLayers(): { visible(): boolean }[] }[] } }).Konva.stages
        .at(-1)!
        .getLayers()
        .map((l) => l.visible()),
    );
    // Backdrop, markers with their names and the drag layer shown; the selection's and the focus ring's hidden.
    expect(layersShown).toEqual([true, true, true, false, false]);
    await page.mouse.up();
    await expect
      .poll(async () => (await mapBody()).resources.find((r) => r.id === 'r300')!.x)
      .not.toBe(bigMap().resources[300]!.x);
    const after = await places();
    // Back where React put them: markers, names, and the selection's layer shown again, its copy on the dropped marker.
    expect(after.map((p) => [p.layer, p.shown])).toEqual([
      [1, true],
      [1, true],
      [3, true],
    ]);
    expect([after[2]!.x, after[2]!.y]).toEqual([after[0]!.x, after[0]!.y]);
  });

  it('offers the names the community used before a few at a time: those holding what is typed', async () => {
    const { page } = app;
    const options = (): Promise<string[]> =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('#known-resources option'), (o) => o.getAttribute('value')!),
      );
    // 600 known names (this map's): the first 30, not 600 options in the page.
    await expect.poll(async () => (await options()).length).toBe(30);
    const field = page.getByLabel('Sumber daya baru');
    await field.fill('sumber 12');
    // "Sumber 12" and 120 to 129: every name holding it, whatever its case.
    await expect.poll(options).toEqual(['Sumber 12', ...Array.from({ length: 10 }, (_, i) => `Sumber ${120 + i}`)]);
    await field.fill('');
  });

  it('a photo that cannot be read is said, and the map gets its keyboard stops all the same', async () => {
    const { page } = app;
    // The keyboard's stops wait for the picture, photo included: not for one that never comes.
    await page.getByRole('button', { name: 'Kembali' }).click();
    await page.getByRole('button', { name: /^Peta foto hilang/ }).click();
    await textOf(page.getByRole('alert'), /^Foto ini tidak ada lagi di berkas komunitas/);
    await app.screenshot('map-photo-missing');
    const stops = page.getByRole('list', { name: 'Penanda sumber daya' }).getByRole('button');
    await expect
      .poll(() => stops.allTextContents())
      .toEqual([
        'Sumber 1: modal Manusia, nilai 3',
        'Sumber 2: modal Sosial, nilai 3',
        'Sumber 3: modal Alam, nilai 3',
      ]);
  });
});
