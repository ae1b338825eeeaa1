import { vennLayout, type VennView } from '#shared/exercises/venn/layout.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';

/**
 * Lays the Venn out off the page's thread (useVennLayout.ts): a drop of one circle in a
 * diagram of 60 or 200 costs tens of milliseconds of label placement, which on the page
 * would hold the frame after the drop.
 */
export interface LayoutRequest {
  id: number;
  doc: VennDocument;
  communityName: string;
  view: VennView | null;
}

// A dedicated worker's global scope; the renderer's types describe a window.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (e) => {
  const { id, doc, communityName, view } = e.data;
  scope.postMessage({ id, layout: vennLayout(doc, communityName, view) });
};
