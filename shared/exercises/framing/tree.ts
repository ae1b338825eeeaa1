/**
 * Problem tree -> objective tree (domain.md): a focal problem, causes below, effects above.
 * Each node holds its problem text and its positive objective; the objective view reads
 * the same tree as means -> ends.
 */
export type Side = 'cause' | 'effect';

export interface TreeNode {
  id: string;
  /** null only for the focal problem. */
  parentId: string | null;
  /** Which side of the focal problem; children inherit it. Ignored on the focal node. */
  side: Side;
  problem: string;
  objective: string;
  collapsed: boolean;
}

export function focalOf(nodes: readonly TreeNode[]): TreeNode | undefined {
  return nodes.find((n) => n.parentId === null);
}

export function childrenOf(nodes: readonly TreeNode[], id: string): TreeNode[] {
  return nodes.filter((n) => n.parentId === id);
}

export function descendantIds(nodes: readonly TreeNode[], id: string): Set<string> {
  const out = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const current = stack.pop()!;
    for (const c of childrenOf(nodes, current))
      if (!out.has(c.id)) {
        out.add(c.id);
        stack.push(c.id);
      }
  }
  return out;
}

export function addChild(nodes: readonly TreeNode[], parentId: string, id: string, side?: Side): TreeNode[] {
  const parent = nodes.find((n) => n.id === parentId);
  if (!parent) return [...nodes];
  const nodeSide = parent.parentId === null ? (side ?? 'cause') : parent.side;
  return [...nodes, { id, parentId, side: nodeSide, problem: '', objective: '', collapsed: false }];
}

/** A sibling of a node (for the focal problem there is none: a cause is added instead). */
export function addSibling(nodes: readonly TreeNode[], nodeId: string, id: string): TreeNode[] {
  const node = nodes.find((n) => n.id === nodeId);
  if (!node) return [...nodes];
  if (node.parentId === null) return addChild(nodes, node.id, id, 'cause');
  return [...nodes, { id, parentId: node.parentId, side: node.side, problem: '', objective: '', collapsed: false }];
}

export type ReparentProblem = 'tree_cycle' | 'focal_fixed';

/** Why a node cannot move under a new parent, or null when it can. */
export function checkReparent(nodes: readonly TreeNode[], nodeId: string, newParentId: string): ReparentProblem | null {
  const node = nodes.find((n) => n.id === nodeId);
  if (!node || node.parentId === null) return 'focal_fixed';
  if (nodeId === newParentId || descendantIds(nodes, nodeId).has(newParentId)) return 'tree_cycle';
  return null;
}

/** Moves a node and its branch under a new parent; the branch takes the new side. */
export function reparent(nodes: readonly TreeNode[], nodeId: string, newParentId: string, side?: Side): TreeNode[] {
  if (checkReparent(nodes, nodeId, newParentId)) return [...nodes];
  const parent = nodes.find((n) => n.id === newParentId)!;
  const newSide = parent.parentId === null ? (side ?? nodes.find((n) => n.id === nodeId)!.side) : parent.side;
  const branch = descendantIds(nodes, nodeId);
  return nodes.map((n) =>
    n.id === nodeId ? { ...n, parentId: newParentId, side: newSide } : branch.has(n.id) ? { ...n, side: newSide } : n,
  );
}

export function removeBranch(nodes: readonly TreeNode[], nodeId: string): TreeNode[] {
  const node = nodes.find((n) => n.id === nodeId);
  if (!node || node.parentId === null) return [...nodes];
  const gone = descendantIds(nodes, nodeId).add(nodeId);
  return nodes.filter((n) => !gone.has(n.id));
}

export type TreeView = 'problem' | 'objective';

/** The text a node shows in a view; an objective not yet written falls back to the problem. */
export function nodeText(node: TreeNode, view: TreeView): { text: string; missing: boolean } {
  if (view === 'problem') return { text: node.problem, missing: node.problem.trim() === '' };
  const missing = node.objective.trim() === '';
  return { text: missing ? node.problem : node.objective, missing };
}
