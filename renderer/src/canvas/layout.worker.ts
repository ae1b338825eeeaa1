import { mapLayout } from '#shared/exercises/resources/mapLayout.js';
import { mapFrame } from '#shared/exercises/resources/mapScene.js';
import { vennLayout } from '#shared/exercises/venn/layout.js';
import type { LayoutJob } from './offThreadLayout.js';

/**
 * Lays canvases out off the page's thread (offThreadLayout.ts): placing the labels of a
 * Venn of 60 or a map of 100 markers after a drop costs tens to hundreds of milliseconds,
 * which on the page would hold the frame after the drop.
 */

// A dedicated worker's global scope; the renderer's types describe a window.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; job: LayoutJob }>) => void) | null;
  postMessage: (message: unknown) => void;
};

function run(job: LayoutJob): unknown {
  switch (job.kind) {
    case 'venn':
      return vennLayout(job.doc, job.communityName, job.view);
    case 'map':
      return mapLayout(job.resources, job.under, job.view, mapFrame(job.grid));
  }
}

scope.onmessage = (e) => {
  scope.postMessage({ id: e.data.id, layout: run(e.data.job) });
};
