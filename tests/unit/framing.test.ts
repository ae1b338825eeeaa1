import { describe, expect, it } from 'vitest';
import {
  mergeColumns,
  moveCard,
  newColumn,
  nextToName,
  orderBySize,
  splitColumn,
  titleHint,
  type Board,
} from '#shared/exercises/framing/consensus.js';
import { fitPoster, openCriteria, posterSizes, posterTextBox } from '#shared/exercises/framing/statement.js';
import {
  addChild,
  addSibling,
  checkReparent,
  descendantIds,
  nodeText,
  removeBranch,
  reparent,
  type TreeNode,
} from '#shared/exercises/framing/tree.js';
import {
  autoCollapseDepth,
  layoutTree,
  nodeHeight,
  nodeWidth,
  storedTreeLook,
  treeLookFor,
  treeScene,
  type TreeLook,
} from '#shared/exercises/framing/treeLayout.js';
import { emptyTreeDocument, zTreeDocument } from '#shared/exercises/framing/schema.js';
import { waterTree } from '../../electron/core/sample/sampleDocuments.js';

const board = (): Board => ({
  cards: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: id, group: '' })),
  loose: ['a', 'b', 'c', 'd', 'e'],
  columns: [],
});

describe('consensus board', () => {
  it('clusters a pair into a new column with a symbol, then moves more cards in', () => {
    let b = newColumn(board(), ['a', 'b'], 'k1');
    expect(b.columns).toEqual([{ id: 'k1', title: '', symbol: '★', cardIds: ['a', 'b'] }]);
    expect(b.loose).toEqual(['c', 'd', 'e']);
    b = moveCard(b, 'c', 'k1', 0);
    expect(b.columns[0]!.cardIds).toEqual(['c', 'a', 'b']);
    b = newColumn(b, ['d', 'e'], 'k2');
    expect(b.columns[1]!.symbol).toBe('●');
    expect(b.loose).toEqual([]);
  });

  it('a column emptied by moving its cards away disappears', () => {
    let b = newColumn(board(), ['a'], 'k1');
    b = moveCard(b, 'a', null);
    expect(b.columns).toEqual([]);
    expect(b.loose.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('splits and merges columns', () => {
    let b = newColumn(board(), ['a', 'b', 'c'], 'k1');
    b = splitColumn(b, 'k1', ['c'], 'k2');
    expect(b.columns.map((c) => c.cardIds)).toEqual([['a', 'b'], ['c']]);
    expect(splitColumn(b, 'k1', ['a', 'b'], 'k3')).toBe(b); // splitting off every card is no split
    b = mergeColumns(b, 'k2', 'k1');
    expect(b.columns).toEqual([{ id: 'k2', title: '', symbol: '●', cardIds: ['c', 'a', 'b'] }]);
  });

  it('orders columns largest first and names the largest unnamed one next', () => {
    let b = newColumn(board(), ['a'], 'small');
    b = newColumn(b, ['b', 'c', 'd'], 'big');
    expect(orderBySize(b).columns.map((c) => c.id)).toEqual(['big', 'small']);
    expect(nextToName(b)?.id).toBe('big');
  });

  it('hints titles of 3-7 words', () => {
    expect(titleHint('')).toBe('empty');
    expect(titleHint('Air bersih')).toBe('short');
    expect(titleHint('Membangun tandon air bersih bersama')).toBe('ok');
    expect(titleHint('satu dua tiga empat lima enam tujuh delapan')).toBe('long');
  });
});

describe('problem and objective tree', () => {
  const base: TreeNode[] = [
    { id: 'f', parentId: null, side: 'cause', problem: 'Air sulit', objective: 'Air mudah didapat', collapsed: false },
  ];

  it('adds causes below, effects above, and siblings on the same side', () => {
    let t = addChild(base, 'f', 'c1', 'cause');
    t = addChild(t, 'f', 'e1', 'effect');
    t = addChild(t, 'c1', 'c11');
    t = addSibling(t, 'c11', 'c12');
    expect(t.find((n) => n.id === 'c12')).toMatchObject({ parentId: 'c1', side: 'cause' });
    expect(t.find((n) => n.id === 'e1')!.side).toBe('effect');
    expect([...descendantIds(t, 'c1')].sort()).toEqual(['c11', 'c12']);
  });

  it('re-parents a branch and refuses a drop onto its own descendant', () => {
    let t = addChild(base, 'f', 'c1', 'cause');
    t = addChild(t, 'c1', 'c11');
    t = addChild(t, 'f', 'e1', 'effect');
    expect(checkReparent(t, 'c1', 'c11')).toBe('tree_cycle');
    expect(checkReparent(t, 'c1', 'c1')).toBe('tree_cycle');
    expect(checkReparent(t, 'f', 'c1')).toBe('focal_fixed');
    expect(reparent(t, 'c1', 'c11')).toEqual(t);
    t = reparent(t, 'c1', 'e1');
    expect(t.find((n) => n.id === 'c1')).toMatchObject({ parentId: 'e1', side: 'effect' });
    expect(t.find((n) => n.id === 'c11')!.side).toBe('effect');
    expect(removeBranch(t, 'e1').map((n) => n.id)).toEqual(['f']);
  });

  it('flips to the objective view, falling back to the problem where no objective is written', () => {
    expect(nodeText(base[0]!, 'objective')).toEqual({ text: 'Air mudah didapat', missing: false });
    expect(nodeText({ ...base[0]!, objective: '' }, 'objective')).toEqual({ text: 'Air sulit', missing: true });
  });

  it('the stored tree refuses a cycle', () => {
    const doc = emptyTreeDocument();
    const cyclic = {
      ...doc,
      nodes: [
        ...doc.nodes,
        { id: 'a', parentId: 'b', side: 'cause' as const, problem: '', objective: '', collapsed: false },
        { id: 'b', parentId: 'a', side: 'cause' as const, problem: '', objective: '', collapsed: false },
      ],
    };
    expect(zTreeDocument.safeParse(cyclic).success).toBe(false);
  });
});

/** Deterministic pseudo-random numbers, so a failing tree can be rebuilt. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function randomTree(size: number, seed: number): TreeNode[] {
  const r = random(seed);
  let nodes: TreeNode[] = [{ id: 'n0', parentId: null, side: 'cause', problem: 'p', objective: '', collapsed: false }];
  for (let i = 1; i < size; i += 1) {
    const parent = nodes[Math.floor(r() * nodes.length)]!;
    nodes = addChild(nodes, parent.id, `n${i}`, r() < 0.5 ? 'cause' : 'effect');
  }
  return nodes;
}

describe('tree layout', () => {
  it('never overlaps two boxes, for random trees of up to 60 nodes', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const size = 2 + Math.floor(random(seed)() * 59);
      const placed = layoutTree(randomTree(size, seed));
      for (let i = 0; i < placed.length; i += 1)
        for (let j = i + 1; j < placed.length; j += 1) {
          const a = placed[i]!;
          const b = placed[j]!;
          const apart = Math.abs(a.x - b.x) >= nodeWidth || Math.abs(a.y - b.y) >= nodeHeight;
          expect(apart, `seed ${seed}: ${a.id} and ${b.id}`).toBe(true);
        }
    }
  });

  it('folds branches deeper than the limit and counts what is hidden', () => {
    let nodes: TreeNode[] = [
      { id: 'n0', parentId: null, side: 'cause', problem: 'p', objective: '', collapsed: false },
    ];
    for (let i = 1; i <= autoCollapseDepth + 2; i += 1) nodes = addChild(nodes, `n${i - 1}`, `n${i}`, 'cause');
    const placed = layoutTree(nodes);
    expect(placed).toHaveLength(autoCollapseDepth + 1);
    expect(placed.at(-1)).toMatchObject({ id: `n${autoCollapseDepth}`, hidden: 2 });
  });

  it('draws causes below and effects above the focal problem, with connectors', () => {
    let nodes = addChild(randomTree(1, 1), 'n0', 'c', 'cause');
    nodes = addChild(nodes, 'n0', 'e', 'effect');
    const placed = new Map(layoutTree(nodes).map((p) => [p.id, p]));
    expect(placed.get('c')!.y).toBeGreaterThan(0);
    expect(placed.get('e')!.y).toBeLessThan(0);
    const scene = treeScene(nodes, 'problem');
    expect(scene.primitives.filter((p) => p.kind === 'line')).toHaveLength(2);
    expect(scene.primitives.filter((p) => p.kind === 'rect')).toHaveLength(3);
  });
});

describe('the statement', () => {
  it('flags the direction criteria not yet met', () => {
    const checks = {
      realistic: { met: true, note: 'Tenaga dan batu dari warga' },
      measurable: { met: true, note: '2 tandon' },
      timeFramed: { met: false, note: '' },
      scoped: { met: false, note: '' },
    };
    expect(openCriteria(checks)).toEqual(['timeFramed', 'scoped']);
  });

  it('fits a short statement in large type, shrinks a long one, and refuses one too long', () => {
    const box = posterTextBox('A4');
    const short = fitPoster(
      'Kita bangun dua tandon air hujan sebelum Desember 2026.',
      box.width,
      box.height,
      posterSizes.A4.maxSize,
      posterSizes.A4.minSize,
    );
    expect(short?.fontSize).toBe(posterSizes.A4.maxSize);
    const { maxSize, minSize } = posterSizes.A4;
    const long = fitPoster('Kita bangun dua tandon air hujan. '.repeat(10), box.width, box.height, maxSize, minSize);
    expect(long!.fontSize).toBeLessThan(maxSize);
    expect(long!.fontSize).toBeGreaterThanOrEqual(minSize);
    expect(long!.lines.join(' ')).toBe('Kita bangun dua tandon air hujan. '.repeat(10).trim());
    expect(fitPoster('kata '.repeat(400), box.width, box.height, maxSize, minSize)).toBeNull();
  });
});

describe('the tree on the wall', () => {
  const canvas = { width: 1024, height: 700, minLabelPx: 24 };
  const shownPx = (nodes: readonly TreeNode[], look: TreeLook): number => {
    const scene = treeScene(nodes, 'problem', null, look);
    return look.fontSize * Math.min(1.25, canvas.width / scene.bounds.width, canvas.height / scene.bounds.height);
  };

  it("the sample tree's words reach 24 px at 1024x700, where the printed look draws them at about 19", () => {
    const { nodes } = waterTree();
    expect(shownPx(nodes, storedTreeLook)).toBeLessThan(21);
    const look = treeLookFor(nodes, 'problem', canvas);
    expect(shownPx(nodes, look)).toBeGreaterThanOrEqual(24);
    // No box's words are cut: each fits its lines.
    const texts = treeScene(nodes, 'problem', null, look).primitives.filter((p) => p.kind === 'text');
    for (const t of texts) expect(t.lines.join(' ')).not.toContain('…');
  });

  it('a small tree keeps the printed look when it already reads large enough; boxes never overlap in any look', () => {
    const small = addChild(randomTree(1, 1), 'n0', 'c', 'cause');
    expect(treeLookFor(small, 'problem', canvas)).toBe(storedTreeLook);
    for (let seed = 1; seed <= 10; seed += 1) {
      const nodes = randomTree(5 + seed * 3, seed);
      const look = treeLookFor(nodes, 'problem', canvas);
      expect(shownPx(nodes, look)).toBeGreaterThanOrEqual(shownPx(nodes, storedTreeLook));
      const placed = layoutTree(nodes, look);
      placed.forEach((a, i) =>
        placed.slice(i + 1).forEach((b) => {
          const apart = Math.abs(a.x - b.x) >= look.nodeWidth || Math.abs(a.y - b.y) >= look.nodeHeight;
          expect(apart, `seed ${seed}: ${a.id} and ${b.id}`).toBe(true);
        }),
      );
    }
  });
});
