import { fitText, wrapText } from '../../scene/fitText.js';
import { boundsOf, minLabelFontSize, type Primitive, type Scene } from '../../scene/primitives.js';
import { accent, ink, paper } from '../../theme.js';
import { childrenOf, focalOf, nodeText, type TreeNode, type TreeView } from './tree.js';

/**
 * The size of the boxes, their text and the gaps between them. Printed (and stored) a box
 * is 240 x 124 with four lines of the label size: a box's words whole as a village writes
 * them (about 60 letters). A canvas picks its own look (treeLookFor) so that a fit of the
 * whole tree draws the words as large as the room needs (the wall does; the editor keeps this one).
 */
export interface TreeLook {
  fontSize: number;
  nodeWidth: number;
  nodeHeight: number;
  maxLines: number;
  gapX: number;
  gapY: number;
}

const lineHeight = 1.15;
/** Room round the text inside a box. */
const padX = 10;
const padY = 8;

export const storedTreeLook: TreeLook = {
  fontSize: minLabelFontSize,
  nodeWidth: 240,
  nodeHeight: 124,
  maxLines: 4,
  gapX: 24,
  gapY: 48,
};
export const nodeWidth = storedTreeLook.nodeWidth;
export const nodeHeight = storedTreeLook.nodeHeight;
/** Branches deeper than this are shown folded, with the count of hidden nodes. */
export const autoCollapseDepth = 4;

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  depth: number;
  /** Descendants hidden because this node is folded. */
  hidden: number;
}

/**
 * Tidy layout: each branch gets its own horizontal band as wide as its widest level, and a
 * parent sits centred over its children, so boxes never overlap. Causes grow downwards
 * from the focal problem, effects upwards. Linear in the number of nodes.
 */
export function layoutTree(nodes: readonly TreeNode[], look: TreeLook = storedTreeLook): PlacedNode[] {
  const { nodeWidth, nodeHeight, gapX, gapY } = look;
  const focal = focalOf(nodes);
  if (!focal) return [];
  const kids = new Map<string, TreeNode[]>();
  for (const n of nodes) if (n.parentId) kids.set(n.parentId, [...(kids.get(n.parentId) ?? []), n]);
  const folded = (n: TreeNode, depth: number): boolean => n.collapsed || depth >= autoCollapseDepth;
  const countBelow = (id: string): number => (kids.get(id) ?? []).reduce((s, c) => s + 1 + countBelow(c.id), 0);
  const widths = new Map<string, number>();
  const width = (n: TreeNode, depth: number): number => {
    const children = folded(n, depth) ? [] : (kids.get(n.id) ?? []);
    const w = children.length
      ? Math.max(nodeWidth, children.reduce((s, c) => s + width(c, depth + 1), 0) + gapX * (children.length - 1))
      : nodeWidth;
    widths.set(n.id, w);
    return w;
  };
  const placed: PlacedNode[] = [];
  const place = (n: TreeNode, left: number, depth: number, direction: 1 | -1): void => {
    const w = widths.get(n.id)!;
    const isFolded = folded(n, depth);
    placed.push({
      id: n.id,
      x: left + w / 2,
      y: direction * depth * (nodeHeight + gapY),
      depth,
      hidden: isFolded ? countBelow(n.id) : 0,
    });
    if (isFolded) return;
    let x = left + (w - childrenWidth(n, depth)) / 2;
    for (const c of kids.get(n.id) ?? []) {
      place(c, x, depth + 1, direction);
      x += widths.get(c.id)! + gapX;
    }
  };
  const childrenWidth = (n: TreeNode, depth: number): number => {
    const children = folded(n, depth) ? [] : (kids.get(n.id) ?? []);
    return children.reduce((s, c) => s + widths.get(c.id)!, 0) + gapX * Math.max(0, children.length - 1);
  };
  placed.push({ id: focal.id, x: 0, y: 0, depth: 0, hidden: focal.collapsed ? countBelow(focal.id) : 0 });
  if (focal.collapsed) return placed;
  for (const side of ['cause', 'effect'] as const) {
    const roots = childrenOf(nodes, focal.id).filter((n) => n.side === side);
    const total = roots.reduce((s, r) => s + width(r, 1), 0) + gapX * Math.max(0, roots.length - 1);
    let x = -total / 2;
    for (const r of roots) {
      place(r, x, 1, side === 'cause' ? 1 : -1);
      x += widths.get(r.id)! + gapX;
    }
  }
  return placed;
}

/** Boxes, text and connectors for the canvas and the PDF; the focal problem stands out. */
export function treeScene(
  nodes: readonly TreeNode[],
  view: TreeView,
  selectedId: string | null = null,
  look: TreeLook = storedTreeLook,
): Scene {
  const { nodeWidth, nodeHeight, fontSize, maxLines } = look;
  // Outlines, corners and the fold badge grow with the words, so they stay as thick on the wall.
  const k = fontSize / storedTreeLook.fontSize;
  const placed = layoutTree(nodes, look);
  const at = new Map(placed.map((p) => [p.id, p]));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const primitives: Primitive[] = [];
  for (const p of placed) {
    const node = byId.get(p.id)!;
    const parent = node.parentId ? at.get(node.parentId) : undefined;
    if (parent) {
      const down = p.y > parent.y;
      const fromY = parent.y + (down ? nodeHeight / 2 : -nodeHeight / 2);
      const toY = p.y + (down ? -nodeHeight / 2 : nodeHeight / 2);
      const midY = (fromY + toY) / 2;
      primitives.push({
        kind: 'line',
        points: [parent.x, fromY, parent.x, midY, p.x, midY, p.x, toY],
        stroke: ink,
        strokeWidth: 3 * k,
      });
    }
  }
  for (const p of placed) {
    const node = byId.get(p.id)!;
    const focal = node.parentId === null;
    const { text, missing } = nodeText(node, view);
    primitives.push({
      kind: 'rect',
      x: p.x - nodeWidth / 2,
      y: p.y - nodeHeight / 2,
      width: nodeWidth,
      height: nodeHeight,
      fill: focal ? '#FDE68A' : view === 'objective' ? '#D1FADF' : node.side === 'cause' ? '#E0ECFF' : '#FEE4E2',
      stroke: p.id === selectedId ? accent : ink,
      strokeWidth: (p.id === selectedId ? 6 : focal ? 4 : 2) * k,
      dash: missing && view === 'objective' ? [8 * k, 6 * k] : undefined,
      cornerRadius: 10 * k,
      target: p.id,
    });
    const lines = fitText(text || '…', fontSize, nodeWidth - 2 * padX, maxLines);
    primitives.push({
      kind: 'text',
      x: p.x,
      y: p.y - (lines.length * fontSize * lineHeight) / 2,
      lines,
      fontSize,
      lineHeight,
      fill: ink,
      bold: focal,
      target: p.id,
    });
    if (p.hidden > 0)
      primitives.push({
        kind: 'text',
        x: p.x + nodeWidth / 2 - 26 * k,
        y: p.y + nodeHeight / 2 - 12 * k,
        lines: [`+${p.hidden}`],
        fontSize,
        lineHeight: 1.1,
        fill: paper,
        bold: true,
        // Wide enough for "+99" in bold at the label size.
        backdrop: { fill: ink, opacity: 1, width: 52 * k },
        target: p.id,
      });
  }
  return { primitives, bounds: boundsOf(primitives, 30) };
}

/** The canvas a tree is laid out for, and the smallest its words may be on it (px). */
export interface TreeCanvasView {
  width: number;
  height: number;
  /** 18 in the editor, 24 on the wall. */
  minLabelPx: number;
}

/** The largest scale a fit uses (renderer/src/canvas/viewport.ts maxFitScale). */
const maxFitScale = 1.25;
// Only the ratios of text, box and gaps matter to the fit; the steps give ratios fine enough
// (the box's width from 3 to 27 times the text size) in 132 tries.
const fontSteps = Array.from({ length: 11 }, (_, i) => 24 + 4 * i);
const widthSteps = Array.from({ length: 12 }, (_, i) => 200 + 40 * i);
const maxWallLines = 6;

/**
 * The look for a canvas: of the sizes of text and box tried, the one whose fit of the
 * whole tree draws the words largest with no box's words cut; the tree's shape decides
 * (a deep tree wants wide, short boxes; a wide one narrow, taller ones). Never smaller
 * than the printed look. Cheap: a tidy layout is linear, and line breaks are cached.
 */
export function treeLookFor(nodes: readonly TreeNode[], view: TreeView, canvas: TreeCanvasView): TreeLook {
  const texts = nodes.map((n) => nodeText(n, view).text || '…');
  const focal = focalOf(nodes);
  if (!focal || canvas.width <= 0 || canvas.height <= 0) return storedTreeLook;
  const shown = (look: TreeLook): number => {
    const placed = layoutTree(nodes, look);
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (const p of placed) {
      x0 = Math.min(x0, p.x - look.nodeWidth / 2);
      x1 = Math.max(x1, p.x + look.nodeWidth / 2);
      y0 = Math.min(y0, p.y - look.nodeHeight / 2);
      y1 = Math.max(y1, p.y + look.nodeHeight / 2);
    }
    // The scene's margin of 30 on each side (treeScene's bounds).
    const scale = Math.min(maxFitScale, canvas.width / (x1 - x0 + 60), canvas.height / (y1 - y0 + 60));
    return look.fontSize * scale;
  };
  let best = { look: storedTreeLook, px: shown(storedTreeLook) };
  if (best.px >= canvas.minLabelPx) return storedTreeLook;
  for (const fontSize of fontSteps)
    for (const width of widthSteps) {
      // Bold (the focal problem) runs about a tenth wider: break lines for it.
      const lines = Math.max(...texts.map((t) => wrapText(t, fontSize * 1.12, width - 2 * padX).length));
      if (lines > maxWallLines) continue;
      const look: TreeLook = {
        fontSize,
        nodeWidth: width,
        nodeHeight: Math.ceil(lines * fontSize * lineHeight + 2 * padY),
        maxLines: lines,
        gapX: storedTreeLook.gapX,
        // Room for the connectors' elbows, less than the printed tree's.
        gapY: Math.max(20, 0.6 * fontSize),
      };
      const px = shown(look);
      if (px > best.px + 0.01) best = { look, px };
    }
  return best.look;
}
