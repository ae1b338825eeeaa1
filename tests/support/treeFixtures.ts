import type { TreeDocument } from '#shared/exercises/framing/schema.js';
import type { TreeNode } from '#shared/exercises/framing/tree.js';

/** A tree box as the tests write it: unfolded, its objective empty unless given. */
export function treeNode(
  id: string,
  parentId: string | null,
  side: TreeNode['side'],
  problem: string,
  objective = '',
): TreeNode {
  return { id, parentId, side, problem, objective, collapsed: false };
}

/** A problem tree (shown as problems) of these boxes. */
export function problemTree(nodes: TreeNode[]): TreeDocument {
  return { schemaVersion: 1, view: 'problem', nodes };
}
