import { useEffect, useMemo, useRef, useState } from 'react';
import { shownPosition, vennLayout, type VennLayout, type VennView } from '#shared/exercises/venn/layout.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import type { LabelPlacement } from '#shared/scene/labelPlacement.js';
import type { Bounds } from '#shared/scene/primitives.js';
import type { LayoutRequest } from './vennLayout.worker.js';

/**
 * The Venn laid out for its canvas, without holding up a drop. A change that only moves
 * circles (a drop, an arrow key) is drawn at once from the last full layout, the moved
 * circles and their labels where they now are; the full layout (compression, labels
 * placed clear of each other) follows from a worker a moment later. Any other change (an
 * added circle, a new name or importance, a new canvas size) is laid out at once, as
 * before. Without a worker (one that cannot start) everything is laid out at once.
 */

export interface Laid {
  doc: VennDocument;
  communityName: string;
  viewKey: string;
  layout: VennLayout;
}

let shared: Worker | null | undefined;
let nextId = 1;
const failed = new Set<() => void>();

function layoutWorker(): Worker | null {
  if (shared !== undefined) return shared;
  try {
    shared = new Worker(new URL('./vennLayout.worker.ts', import.meta.url), { type: 'module' });
    shared.addEventListener('error', () => {
      shared = null;
      for (const notify of failed) notify();
    });
  } catch {
    shared = null;
  }
  return shared;
}

/** Whether `next` differs from `before` only in where circles are. */
export function onlyMoved(before: VennDocument, next: VennDocument): boolean {
  const a = before.institutions;
  const b = next.institutions;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const p = a[i]!;
    const q = b[i]!;
    if (p !== q && (p.id !== q.id || p.name !== q.name || p.importance !== q.importance)) return false;
  }
  return true;
}

const shift = (l: LabelPlacement, dx: number, dy: number): LabelPlacement => ({
  ...l,
  box: { ...l.box, x: l.box.x + dx, y: l.box.y + dy },
  leader: l.leader?.map((v, i) => v + (i % 2 === 0 ? dx : dy)) ?? null,
});

function grow(b: Bounds, box: { x: number; y: number; width: number; height: number }): Bounds {
  const x = Math.min(b.x, box.x);
  const y = Math.min(b.y, box.y);
  return {
    x,
    y,
    width: Math.max(b.x + b.width, box.x + box.width) - x,
    height: Math.max(b.y + b.height, box.y + box.height) - y,
  };
}

/** The last full layout with the moved circles, and their labels, carried to where they are now. */
export function movedLayout(last: Laid, doc: VennDocument): VennLayout {
  const before = new Map(last.doc.institutions.map((i) => [i.id, i]));
  const shown = new Map(last.layout.shown);
  const labels = new Map(last.layout.labels);
  let bounds = last.layout.bounds;
  for (const inst of doc.institutions) {
    const old = before.get(inst.id);
    if (old === inst || (old && old.x === inst.x && old.y === inst.y)) continue;
    const from = last.layout.shown.get(inst.id)!;
    const to = shownPosition(inst, last.layout.compression);
    shown.set(inst.id, to);
    const label = labels.get(inst.id);
    if (label) {
      const moved = shift(label, to.x - from.x, to.y - from.y);
      labels.set(inst.id, moved);
      bounds = grow(bounds, moved.box);
    }
  }
  return { ...last.layout, shown, labels, bounds };
}

export function useVennLayout(doc: VennDocument, communityName: string, view: VennView | null): VennLayout {
  const viewKey = view ? `${view.width}x${view.height}@${view.minLabelPx}` : '';
  const [settled, setSettled] = useState<Laid | null>(null);
  // Counts a worker that failed: everything is then laid out at once.
  const [failures, setFailures] = useState(0);
  const lastFull = useRef<Laid | null>(null);
  const pending = useRef(0);

  const { layout, full } = useMemo(() => {
    if (settled && settled.doc === doc && settled.communityName === communityName && settled.viewKey === viewKey)
      return { layout: settled.layout, full: true };
    const last = lastFull.current;
    if (
      layoutWorker() &&
      last &&
      last.communityName === communityName &&
      last.viewKey === viewKey &&
      onlyMoved(last.doc, doc)
    )
      return { layout: movedLayout(last, doc), full: false };
    return { layout: vennLayout(doc, communityName, view), full: true };
    // `view` is read through viewKey, its value; `failures` asks again after a worker failed.
  }, [doc, communityName, viewKey, settled, failures]);

  useEffect(() => {
    if (full) {
      lastFull.current = { doc, communityName, viewKey, layout };
      pending.current = 0;
      return;
    }
    const worker = layoutWorker();
    if (!worker) return setFailures((n) => n + 1);
    const id = nextId++;
    pending.current = id;
    const request: LayoutRequest = { id, doc, communityName, view };
    const onMessage = (e: MessageEvent<{ id: number; layout: VennLayout }>): void => {
      if (e.data.id !== pending.current) return;
      setSettled({ doc, communityName, viewKey, layout: e.data.layout });
    };
    const onFailed = (): void => setFailures((n) => n + 1);
    worker.addEventListener('message', onMessage);
    failed.add(onFailed);
    worker.postMessage(request);
    return () => {
      worker.removeEventListener('message', onMessage);
      failed.delete(onFailed);
    };
    // `view` is read through viewKey, its value.
  }, [full, layout, doc, communityName, viewKey]);

  return layout;
}
