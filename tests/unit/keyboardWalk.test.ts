import { describe, expect, it } from 'vitest';
import type { TreeNode } from '#shared/exercises/framing/tree.js';
import { layoutTree } from '#shared/exercises/framing/treeLayout.js';
import { newResource, nudgeResource } from '#shared/exercises/resources/actions.js';
import {
  emptyResourceMapDocument,
  zResourceMapDocument,
  type ResourceMapDocument,
} from '#shared/exercises/resources/schema.js';
import { rovingTabIndex, rovingTarget } from '#renderer/components/roving.js';
import { readingOrder, treeArrowTarget } from '#renderer/exercises/framing/treeWalk.js';
import { treeNode } from '../support/treeFixtures.js';

describe('roving focus in a row of choices', () => {
  it('steps with the arrows, wrapping round, and jumps with Home and End', () => {
    expect(rovingTarget('ArrowRight', 1, 4)).toBe(2);
    expect(rovingTarget('ArrowDown', 3, 4)).toBe(0);
    expect(rovingTarget('ArrowLeft', 0, 4)).toBe(3);
    expect(rovingTarget('ArrowUp', 2, 4)).toBe(1);
    expect(rovingTarget('Home', 2, 4)).toBe(0);
    expect(rovingTarget('End', 0, 4)).toBe(3);
  });

  it('ignores other keys and empty rows', () => {
    expect(rovingTarget('Enter', 1, 4)).toBeNull();
    expect(rovingTarget('Tab', 1, 4)).toBeNull();
    expect(rovingTarget('ArrowRight', 0, 0)).toBeNull();
  });

  it('makes one Tab stop: the chosen option, or the first when none is chosen', () => {
    expect([0, 1, 2, 3].map((i) => rovingTabIndex(i, 2))).toEqual([-1, -1, 0, -1]);
    expect([0, 1, 2].map((i) => rovingTabIndex(i, -1))).toEqual([0, -1, -1]);
  });
});

describe('arrows along a drawn problem tree', () => {
  const node = (id: string, parentId: string | null, side: 'cause' | 'effect' = 'cause'): TreeNode =>
    treeNode(id, parentId, side, id);
  // Two effects above the focal problem; below it, cause a (with a1 and a2) and cause b (with b1).
  const nodes = [
    node('focal', null),
    node('e1', 'focal', 'effect'),
    node('e2', 'focal', 'effect'),
    node('a', 'focal'),
    node('b', 'focal'),
    node('a1', 'a'),
    node('a2', 'a'),
    node('b1', 'b'),
  ];
  const placed = layoutTree(nodes);
  const go = (from: string, key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight') =>
    treeArrowTarget(placed, nodes, from, key);

  it('goes down to a child and up to the parent, not to a box of another branch', () => {
    expect(['a', 'b']).toContain(go('focal', 'ArrowDown'));
    expect(['a1', 'a2']).toContain(go('a', 'ArrowDown'));
    expect(go('a2', 'ArrowUp')).toBe('a');
    expect(go('b1', 'ArrowUp')).toBe('b');
    expect(['e1', 'e2']).toContain(go('focal', 'ArrowUp'));
    expect(go('e1', 'ArrowDown')).toBe('focal');
  });

  it('goes left and right along a row, across branches, and stays at either end', () => {
    expect(go('a2', 'ArrowRight')).toBe('b1');
    expect(go('b1', 'ArrowLeft')).toBe('a2');
    expect(go('a1', 'ArrowLeft')).toBeNull();
    expect(go('b', 'ArrowRight')).toBeNull();
    expect(go('e1', 'ArrowUp')).toBeNull();
    expect(go('a1', 'ArrowDown')).toBeNull();
  });

  it('reads the boxes in rows from the top, each from the left', () => {
    expect(readingOrder(placed).map((p) => p.id)).toEqual(['e1', 'e2', 'focal', 'a', 'b', 'a1', 'a2', 'b1']);
  });

  it('walks only the boxes drawn: a folded branch hides its children', () => {
    const folded = nodes.map((n) => (n.id === 'a' ? { ...n, collapsed: true } : n));
    const shown = layoutTree(folded);
    expect(shown.map((p) => p.id)).not.toContain('a1');
    expect(treeArrowTarget(shown, folded, 'a', 'ArrowDown')).toBeNull();
    expect(treeArrowTarget(shown, folded, 'b1', 'ArrowLeft')).toBeNull();
  });
});

describe('arrow keys move a map marker', () => {
  const doc = (x: number, y: number): ResourceMapDocument => ({
    ...emptyResourceMapDocument(),
    resources: [{ ...newResource('r', 'Sawah', 'natural'), x, y }],
  });

  it('by whole units, one undo step for a run of presses, never past the map range', () => {
    expect(nudgeResource.perform(doc(0, 0), { id: 'r', dx: 10, dy: -1 }).resources[0]).toMatchObject({ x: 10, y: -1 });
    expect(nudgeResource.history).toBe('merge');
    const edge = doc(99_995, 0);
    const pushed = nudgeResource.perform(edge, { id: 'r', dx: 10, dy: 0 });
    expect(pushed.resources[0]!.x).toBe(100_000);
    expect(zResourceMapDocument.safeParse(pushed).success).toBe(true);
    expect(nudgeResource.perform(pushed, { id: 'r', dx: 10, dy: 0 })).toBe(pushed);
    expect(nudgeResource.perform(edge, { id: 'gone', dx: 10, dy: 0 })).toBe(edge);
  });
});
