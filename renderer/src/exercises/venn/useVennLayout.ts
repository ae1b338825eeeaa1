import { useMemo } from 'react';
import { shownPosition, vennLayout, type VennLayout, type VennView } from '#shared/exercises/venn/layout.js';
import { radiusOf } from '#shared/exercises/venn/logic.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import { shiftPlacement } from '#shared/scene/labelPlacement.js';
import { sameView, useOffThreadLayout, type Laid, type LayoutJob } from '../../canvas/offThreadLayout.js';
import { unionBounds } from '../../canvas/viewport.js';

type VennJob = Extract<LayoutJob, { kind: 'venn' }>;

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

/** The last full layout with the moved circles, and their labels, carried to where they are now. */
export function movedLayout(last: Laid<VennJob>, job: VennJob): VennLayout | null {
  const was = last.job;
  if (was.communityName !== job.communityName || !sameView(was.view, job.view) || !onlyMoved(was.doc, job.doc))
    return null;
  const before = new Map(was.doc.institutions.map((i) => [i.id, i]));
  const shown = new Map(last.layout.shown);
  const labels = new Map(last.layout.labels);
  let bounds = last.layout.bounds;
  for (const inst of job.doc.institutions) {
    const old = before.get(inst.id);
    if (old === inst || (old && old.x === inst.x && old.y === inst.y)) continue;
    const from = last.layout.shown.get(inst.id)!;
    const to = shownPosition(inst, last.layout.compression);
    shown.set(inst.id, to);
    const r = radiusOf(inst);
    bounds = unionBounds(bounds, { x: to.x - r, y: to.y - r, width: 2 * r, height: 2 * r });
    const label = labels.get(inst.id);
    if (label) {
      const moved = shiftPlacement(label, to.x - from.x, to.y - from.y);
      labels.set(inst.id, moved);
      bounds = unionBounds(bounds, moved.box);
    }
  }
  return { ...last.layout, shown, labels, bounds };
}

const layoutNow = (job: VennJob): VennLayout => vennLayout(job.doc, job.communityName, job.view);

/** The Venn laid out for its canvas; a drop is drawn at once and laid out fully off the page's thread. */
export function useVennLayout(doc: VennDocument, communityName: string, view: VennView | null): VennLayout {
  const viewKey = view ? `${view.width}x${view.height}@${view.minLabelPx}` : '';
  const job = useMemo<VennJob>(
    () => ({ kind: 'venn', doc, communityName, view }),
    // `view` is read through viewKey, its value.
    [doc, communityName, viewKey],
  );
  return useOffThreadLayout(job, layoutNow, movedLayout);
}
