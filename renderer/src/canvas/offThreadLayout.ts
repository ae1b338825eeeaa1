import { useEffect, useMemo, useRef, useState } from 'react';
import type { MapLayout, MapView } from '#shared/exercises/resources/mapLayout.js';
import type { MapResource } from '#shared/exercises/resources/schema.js';
import type { VennLayout, VennView } from '#shared/exercises/venn/layout.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import type { Bounds } from '#shared/scene/primitives.js';

/**
 * A canvas laid out without holding up a drop. A change that only moves objects (a drop,
 * an arrow key) is drawn at once from the last full layout, the moved objects and their
 * labels carried to where they now are (`moved`); the full layout (labels placed clear of
 * each other again) follows from a worker a moment later (layout.worker.ts). Any other
 * change (an added object, a new name, a new canvas size) is laid out at once, as before;
 * so is everything when no worker can start.
 */

/** What the worker lays out: the inputs of a layout function in shared/, as plain data. */
export type LayoutJob =
  | { kind: 'venn'; doc: VennDocument; communityName: string; view: VennView | null }
  | { kind: 'map'; resources: readonly MapResource[]; under: Bounds | null; view: MapView | null; grid: boolean };

export type LayoutOf<J extends LayoutJob> = J extends { kind: 'venn' } ? VennLayout : MapLayout;

let shared: Worker | null | undefined;
let nextId = 1;
const onFailure = new Set<() => void>();

function layoutWorker(): Worker | null {
  if (shared !== undefined) return shared;
  try {
    shared = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    shared.addEventListener('error', () => {
      shared = null;
      for (const notify of onFailure) notify();
    });
  } catch {
    shared = null;
  }
  return shared;
}

/** Whether two jobs were laid out for the same canvas (then a move can be drawn from the last layout). */
export const sameView = (a: { width: number; height: number; minLabelPx: number } | null, b: typeof a): boolean =>
  a === b ||
  (a !== null && b !== null && a.width === b.width && a.height === b.height && a.minLabelPx === b.minLabelPx);

export interface Laid<J extends LayoutJob> {
  job: J;
  layout: LayoutOf<J>;
}

/**
 * `job` must be the same object while its inputs are the same (memoised by the caller).
 * `layoutNow` lays it out on the page; `moved` draws a move from the last full layout, or
 * says null when the change is more than a move.
 */
export function useOffThreadLayout<J extends LayoutJob>(
  job: J,
  layoutNow: (job: J) => LayoutOf<J>,
  moved: (last: Laid<J>, job: J) => LayoutOf<J> | null,
): LayoutOf<J> {
  const [settled, setSettled] = useState<Laid<J> | null>(null);
  // Counts a worker that failed: everything is then laid out at once.
  const [failures, setFailures] = useState(0);
  const lastFull = useRef<Laid<J> | null>(null);
  const pending = useRef(0);

  const { layout, full } = useMemo(() => {
    if (settled?.job === job) return { layout: settled.layout, full: true };
    const last = lastFull.current;
    const quick = last && layoutWorker() ? moved(last, job) : null;
    return quick ? { layout: quick, full: false } : { layout: layoutNow(job), full: true };
    // `layoutNow` and `moved` are plain functions of their arguments; `failures` asks again after a worker failed.
  }, [job, settled, failures]);

  useEffect(() => {
    if (full) {
      lastFull.current = { job, layout };
      pending.current = 0;
      return;
    }
    const worker = layoutWorker();
    if (!worker) return setFailures((n) => n + 1);
    const id = nextId++;
    pending.current = id;
    const onMessage = (e: MessageEvent<{ id: number; layout: LayoutOf<J> }>): void => {
      if (e.data.id === pending.current) setSettled({ job, layout: e.data.layout });
    };
    const failed = (): void => setFailures((n) => n + 1);
    worker.addEventListener('message', onMessage);
    onFailure.add(failed);
    worker.postMessage({ id, job });
    return () => {
      worker.removeEventListener('message', onMessage);
      onFailure.delete(failed);
    };
  }, [full, layout, job]);

  return layout;
}
