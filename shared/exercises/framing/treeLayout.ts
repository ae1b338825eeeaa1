import { fitText } from '../../scene/fitText.js';
import { boundsOf, minLabelFontSize, type Primitive, type Scene } from '../../scene/primitives.js';
import { accent, ink, paper } from '../../theme.js';
import { childrenOf, focalOf, nodeText, type TreeNode, type TreeView } from './tree.js';

// Wide and tall enough for three lines of about 16 characters at the smallest label size.
export const nodeWidth = 240;
/** Four lines of the label size: a box's words whole as a village writes them (about 60 letters). */
export const nodeHeight = 124;
const maxBoxLines = 4;
const gapX = 24;
const gapY = 48;
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
export function layoutTree(nodes: readonly TreeNode[]): PlacedNode[] {
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

const fontSize = minLabelFontSize;

/** Boxes, text and connectors for the canvas and the PDF; the focal problem stands out. */
export function treeScene(nodes: readonly TreeNode[], view: TreeView, selectedId: string | null = null): Scene {
  const placed = layoutTree(nodes);
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
        strokeWidth: 3,
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
      strokeWidth: p.id === selectedId ? 6 : focal ? 4 : 2,
      dash: missing && view === 'objective' ? [8, 6] : undefined,
      cornerRadius: 10,
      target: p.id,
    });
    const lines = fitText(text || '…', fontSize, nodeWidth - 20, maxBoxLines);
    primitives.push({
      kind: 'text',
      x: p.x,
      y: p.y - (lines.length * fontSize * 1.15) / 2,
      lines,
      fontSize,
      lineHeight: 1.15,
      fill: ink,
      bold: focal,
      target: p.id,
    });
    if (p.hidden > 0)
      primitives.push({
        kind: 'text',
        x: p.x + nodeWidth / 2 - 26,
        y: p.y + nodeHeight / 2 - 12,
        lines: [`+${p.hidden}`],
        fontSize: minLabelFontSize,
        lineHeight: 1.1,
        fill: paper,
        bold: true,
        // Wide enough for "+99" in bold at the label size.
        backdrop: { fill: ink, opacity: 1, width: 52 },
        target: p.id,
      });
  }
  return { primitives, bounds: boundsOf(primitives, 30) };
}
