import { useMemo } from 'react';
import { mapLayout, type MapLayout, type MapView } from '#shared/exercises/resources/mapLayout.js';
import { mapFrame } from '#shared/exercises/resources/mapScene.js';
import type { MapResource } from '#shared/exercises/resources/schema.js';
import { shiftPlacement } from '#shared/scene/labelPlacement.js';
import type { Bounds } from '#shared/scene/primitives.js';
import { sameView, useOffThreadLayout, type Laid, type LayoutJob } from '../../canvas/offThreadLayout.js';
import { unionBounds } from '../../canvas/viewport.js';

type MapJob = Extract<LayoutJob, { kind: 'map' }>;

/** The last full layout with the moved markers' names carried along with them; null when more than markers moved. */
export function movedMapLayout(last: Laid<MapJob>, job: MapJob): MapLayout | null {
  const was = last.job;
  const a = was.resources;
  const b = job.resources;
  if (was.under !== job.under || was.grid !== job.grid || !sameView(was.view, job.view) || a.length !== b.length)
    return null;
  const labels = new Map(last.layout.labels);
  let bounds = last.layout.bounds;
  const outline = last.layout.look.radius + 4;
  for (let i = 0; i < a.length; i += 1) {
    const p = a[i]!;
    const q = b[i]!;
    if (p === q) continue;
    if (p.id !== q.id || p.name !== q.name) return null;
    if (p.x === q.x && p.y === q.y) continue;
    const label = labels.get(q.id);
    if (!label) return null;
    const moved = shiftPlacement(label, q.x - p.x, q.y - p.y);
    labels.set(q.id, moved);
    bounds = unionBounds(unionBounds(bounds, moved.box), {
      x: q.x - outline,
      y: q.y - outline,
      width: 2 * outline,
      height: 2 * outline,
    });
  }
  return { ...last.layout, labels, bounds };
}

const layoutNow = (job: MapJob): MapLayout => mapLayout(job.resources, job.under, job.view, mapFrame(job.grid));

/** The map laid out for its canvas; a drop is drawn at once and its names placed again off the page's thread. */
export function useMapLayout(
  resources: readonly MapResource[],
  under: Bounds | null,
  view: MapView | null,
  grid: boolean,
): MapLayout {
  const viewKey = view ? `${view.width}x${view.height}@${view.minLabelPx}` : '';
  // `view` is read through viewKey, its value.
  const job = useMemo<MapJob>(() => ({ kind: 'map', resources, under, view, grid }), [resources, under, viewKey, grid]);
  return useOffThreadLayout(job, layoutNow, movedMapLayout);
}
