/**
 * The bench's yardstick: a bare Konva page (konva from node_modules, no React) drawing the
 * same primitives as Rembug's view, on the same layers, at the same size and zoom, and doing
 * on press, drag and drop only what the picture needs: the selected circle's outline and its
 * label's weight change, the dragged object is lifted onto a layer of its own, and put back.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { Primitive } from '#shared/scene/primitives.js';
import type { LayoutView, SeededCanvas } from './benchCanvasDriver.js';
import { drawnAfter, setThrottle, watchDrawn, type OpenMeasure } from './benchCanvasDriver.js';

/** Where and how big Rembug's stage is, so the bare one draws the same pixels. */
export interface StageGeometry {
  width: number;
  height: number;
  x: number;
  y: number;
  scale: number;
  layoutView: LayoutView | null;
}

export function rembugStageGeometry(page: Page): Promise<StageGeometry> {
  return page.evaluate(() => {
    type Stage = { width(): number; height(): number; x(): number; y(): number; scaleX(): number };
    const konva = (window as unknown as { Konva: { stages: Stage[] } }).Konva;
    const s = konva.stages[konva.stages.length - 1]!;
    const view = document.querySelector<HTMLElement>('[data-layout-view]')?.dataset.layoutView;
    return {
      width: s.width(),
      height: s.height(),
      x: s.x(),
      y: s.y(),
      scale: s.scaleX(),
      layoutView: view ? (JSON.parse(view) as { width: number; height: number; minLabelPx: number }) : null,
    };
  });
}

export interface BarePage {
  page: Page;
  cdp: CDPSession;
  /** From the page's start (Konva loaded, photo decoded) to painted, and its longest task. */
  open: OpenMeasure;
  close(): Promise<void>;
}

/** konva.min.js of the installed konva (the package's exports do not name it). */
function konvaBundle(): string {
  const entry = createRequire(import.meta.url).resolve('konva');
  const marker = `${path.sep}node_modules${path.sep}konva${path.sep}`;
  return path.join(entry.slice(0, entry.lastIndexOf(marker) + marker.length), 'konva.min.js');
}

/** The selected look of each kind, as Rembug's scenes draw it. */
const selectedLook = {
  map: { stroke: null, strokeWidth: 7 },
  venn: { stroke: '#000000', strokeWidth: 8 },
} as const;

/** A new bare page drawing `seeded` under `throttle`x CPU slowdown while it builds. */
export async function openBarePage(
  browser: Browser,
  seeded: SeededCanvas,
  geometry: StageGeometry,
  throttle: number,
): Promise<BarePage> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.setContent('<!doctype html><html><body style="margin:0"><div id="stage"></div></body></html>');
  await page.addScriptTag({ path: konvaBundle() });
  await watchDrawn(page, seeded.lastNode, seeded.photo !== null);
  await setThrottle(cdp, throttle);
  await page.evaluate(drawBare, {
    primitives: seeded.primitivesFor(geometry.layoutView),
    photo: seeded.photo,
    geometry,
    selected: selectedLook[seeded.scene.kind],
    draggablePrefix: seeded.scene.kind === 'map' ? 'resource-' : 'institution-',
  });
  const open = await drawnAfter(page);
  await setThrottle(cdp, 1);
  await page.waitForTimeout(500);
  return { page, cdp, open, close: () => context.close() };
}

interface BareInput {
  primitives: Primitive[];
  photo: SeededCanvas['photo'];
  geometry: StageGeometry;
  selected: { stroke: string | null; strokeWidth: number };
  draggablePrefix: string;
}

/** Runs in the page (self-contained): builds the stage and its handlers. */
function drawBare({ primitives, photo, geometry, selected, draggablePrefix }: BareInput): void {
  // The page's global Konva (konva.min.js); typed loosely since it is not imported here.
  type KNode = {
    x(v?: number): number;
    y(v?: number): number;
    moveTo(c: unknown): void;
    zIndex(v?: number): number;
    getParent(): unknown;
    setAttrs(a: Record<string, unknown>): void;
    on(e: string, f: (ev: { target: KNode }) => void): void;
    add(...n: KNode[]): void;
    batchDraw(): void;
    name(): string;
  };
  type KonvaCtor = new (config: Record<string, unknown>) => KNode;
  const K = (window as unknown as { Konva: Record<string, KonvaCtor> }).Konva as Record<
    'Stage' | 'Layer' | 'Group' | 'Circle' | 'Line' | 'Rect' | 'Text' | 'Path' | 'Image',
    KonvaCtor
  >;
  const started = new MouseEvent('click');
  document.dispatchEvent(started);
  const stage = new K.Stage({
    container: 'stage',
    width: geometry.width,
    height: geometry.height,
    x: geometry.x,
    y: geometry.y,
    scaleX: geometry.scale,
    scaleY: geometry.scale,
  });
  const main = new K.Layer({});
  const labelLayer = new K.Layer({ listening: false });
  const dragLayer = new K.Layer({});
  const withAlpha = (hex: string, alpha: number): string => {
    const n = Number.parseInt(hex.slice(1), 16);
    return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
  };
  const followers = new Map<string, KNode[]>();
  const labelTexts = new Map<string, KNode>();
  const follow = (target: string | undefined, node: KNode): void => {
    if (!target) return;
    followers.set(target, [...(followers.get(target) ?? []), node]);
  };
  if (photo) {
    const image = new Image();
    image.src = `data:image/jpeg;base64,${photo.data}`;
    image.onload = () => {
      const node = new K.Image({
        image,
        x: -photo.width / 2,
        y: -photo.height / 2,
        width: photo.width,
        height: photo.height,
        listening: false,
      });
      main.add(node);
      node.zIndex(0);
      main.batchDraw();
    };
  }
  const circles = new Map<string, KNode>();
  for (const p of primitives) {
    if (p.kind === 'text') {
      const height = p.lines.length * p.fontSize * p.lineHeight;
      const width = p.backdrop?.width ?? Math.max(...p.lines.map((l) => l.length)) * p.fontSize;
      const group = new K.Group({ x: p.x - width / 2, y: p.y, listening: false });
      if (p.backdrop)
        group.add(new K.Rect({ width, height, fill: p.backdrop.fill, opacity: p.backdrop.opacity, cornerRadius: 6 }));
      const text = new K.Text({
        text: p.lines.join('\n'),
        width,
        height,
        align: 'center',
        verticalAlign: 'middle',
        fontSize: p.fontSize,
        lineHeight: p.lineHeight,
        fontFamily: 'Atkinson Hyperlegible, sans-serif',
        fontStyle: p.bold ? 'bold' : 'normal',
        fill: p.fill,
        wrap: 'none',
      });
      group.add(text);
      labelLayer.add(group);
      follow(p.target, group);
      // The name's label (the last one of a target) turns bold when selected.
      if (p.target) labelTexts.set(p.target, text);
    } else if (p.kind === 'circle') {
      const draggable = p.target !== undefined && p.target !== 'community';
      const circle = new K.Circle({
        x: p.x,
        y: p.y,
        radius: p.r,
        fill: withAlpha(p.fill, p.fillOpacity),
        stroke: p.stroke,
        strokeWidth: p.strokeWidth,
        dash: p.dash,
        name: draggable ? `${draggablePrefix}${p.target}` : undefined,
        draggable,
        listening: draggable,
      });
      main.add(circle);
      if (draggable) circles.set(p.target!, circle);
    } else if (p.kind === 'icon') {
      const icon = new K.Path({
        x: p.x - p.size / 2,
        y: p.y - p.size / 2,
        scaleX: p.size / 24,
        scaleY: p.size / 24,
        data: p.data,
        fill: p.fill,
        listening: false,
      });
      main.add(icon);
      follow(p.target, icon);
    } else if (p.kind === 'line') {
      // A drawn shape is selectable; a leader line (its target a circle or marker) follows its circle.
      const leader = p.target !== undefined && circles.has(p.target);
      const line = new K.Line({
        points: p.points,
        stroke: p.stroke,
        strokeWidth: p.strokeWidth,
        dash: p.dash,
        closed: Boolean(p.fill),
        fill: p.fill,
        lineCap: 'round',
        lineJoin: 'round',
        hitStrokeWidth: p.target && !leader ? 24 : undefined,
        listening: Boolean(p.target) && !leader,
      });
      main.add(line);
      if (leader) follow(p.target, line);
    } else if (p.kind === 'rect') {
      main.add(
        new K.Rect({
          x: p.x,
          y: p.y,
          width: p.width,
          height: p.height,
          fill: p.fill,
          stroke: p.stroke,
          strokeWidth: p.strokeWidth,
          dash: p.dash,
          cornerRadius: p.cornerRadius ?? 0,
          listening: false,
        }),
      );
    }
  }
  stage.add(main, labelLayer, dragLayer);

  // Press selects: the old selection's outline and label go back, the new one's change.
  const unselected = new Map<string, { stroke: unknown; strokeWidth: unknown }>();
  let selectedId: string | null = null;
  const select = (id: string): void => {
    if (selectedId === id) return;
    if (selectedId) {
      circles.get(selectedId)!.setAttrs(unselected.get(selectedId)!);
      labelTexts.get(selectedId)?.setAttrs({ fontStyle: 'normal' });
    }
    const circle = circles.get(id)!;
    const attrs = circle as unknown as { attrs: { stroke: unknown; strokeWidth: unknown } };
    unselected.set(id, { stroke: attrs.attrs.stroke, strokeWidth: attrs.attrs.strokeWidth });
    circle.setAttrs({ strokeWidth: selected.strokeWidth, ...(selected.stroke ? { stroke: selected.stroke } : {}) });
    labelTexts.get(id)?.setAttrs({ fontStyle: 'bold' });
    selectedId = id;
  };
  const targetOf = (node: KNode): string => node.name().slice(draggablePrefix.length);
  let lifted: { from: { x: number; y: number }; places: [KNode, unknown, number][] } | null = null;
  for (const circle of circles.values()) {
    circle.on('pointerdown', (e) => select(targetOf(e.target)));
    circle.on('dragstart', (e) => {
      const own = [e.target, ...(followers.get(targetOf(e.target)) ?? [])];
      lifted = {
        from: { x: e.target.x(), y: e.target.y() },
        places: own.map((n) => [n, n.getParent(), n.zIndex()]),
      };
      for (const n of own) n.moveTo(dragLayer);
    });
    circle.on('dragmove', (e) => {
      if (!lifted) return;
      const dx = e.target.x() - lifted.from.x;
      const dy = e.target.y() - lifted.from.y;
      for (const [n] of lifted.places.slice(1)) {
        const base = n as unknown as { benchBase?: { x: number; y: number } };
        base.benchBase ??= { x: n.x(), y: n.y() };
        n.x(base.benchBase.x + dx);
        n.y(base.benchBase.y + dy);
      }
    });
    circle.on('dragend', () => {
      for (const [n, parent, index] of lifted?.places ?? []) {
        n.moveTo(parent);
        n.zIndex(index);
        delete (n as unknown as { benchBase?: unknown }).benchBase;
      }
      lifted = null;
    });
  }
}
