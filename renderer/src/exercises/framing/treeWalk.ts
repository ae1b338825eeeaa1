import type { TreeNode } from '#shared/exercises/framing/tree.js';
import type { PlacedNode } from '#shared/exercises/framing/treeLayout.js';
import type { ArrowKey } from '../../components/roving.js';

/** Boxes of one row of the tidy layout share their y; anything closer counts as the same row. */
const sameRow = 1;

/**
 * Where an arrow key goes from box `fromId` on the drawn tree: up and down along the lines
 * to the box joined to this one that way (its parent, or its child nearest across: causes
 * hang below their parent, effects above); left and right to the nearest box in the same
 * row, across branches. Null when there is no box that way. Folded-away boxes are not in
 * `placed`.
 */
export function treeArrowTarget(
  placed: readonly PlacedNode[],
  nodes: readonly TreeNode[],
  fromId: string,
  key: ArrowKey,
): string | null {
  const from = placed.find((p) => p.id === fromId);
  if (!from) return null;
  const joined = (p: PlacedNode): boolean => {
    const node = nodes.find((n) => n.id === p.id);
    const fromNode = nodes.find((n) => n.id === fromId);
    return node?.parentId === fromId || fromNode?.parentId === p.id;
  };
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const sign = key === 'ArrowRight' ? 1 : -1;
    const row = placed.filter((p) => Math.abs(p.y - from.y) < sameRow && (p.x - from.x) * sign > 0);
    return nearest(row, (p) => Math.abs(p.x - from.x))?.id ?? null;
  }
  // Up and down follow the lines: to the parent or a child drawn that way, the nearest across.
  const sign = key === 'ArrowDown' ? 1 : -1;
  const linked = placed.filter((p) => (p.y - from.y) * sign >= sameRow && joined(p));
  return nearest(linked, (p) => Math.abs(p.x - from.x))?.id ?? null;
}

function nearest<T>(items: readonly T[], distance: (item: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || distance(item) < distance(best)) best = item;
  return best;
}

/** The order Home, End and a screen reader's list go through the boxes: rows from the top, each from the left. */
export function readingOrder(placed: readonly PlacedNode[]): PlacedNode[] {
  return [...placed].sort((a, b) => (Math.abs(a.y - b.y) < sameRow ? a.x - b.x : a.y - b.y));
}
