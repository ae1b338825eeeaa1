import type Konva from 'konva';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Layer, Rect, Stage } from 'react-konva';
import { nodeText, type TreeNode, type TreeView } from '#shared/exercises/framing/tree.js';
import {
  layoutTree,
  storedTreeLook,
  treeLookFor,
  treeScene,
  type PlacedNode,
} from '#shared/exercises/framing/treeLayout.js';
import type { RectPrimitive, TextPrimitive } from '#shared/scene/primitives.js';
import { CanvasBox } from '../../canvas/CanvasBox.js';
import { treeCanvasText } from '../../canvas/CanvasText.js';
import { CanvasObjects, type CanvasObject } from '../../canvas/CanvasObjects.js';
import { FocusRing } from '../../canvas/FocusRing.js';
import { rectProps, StaticShape, TextShape, withAlpha } from '../../canvas/SceneShapes.js';
import { useBoxSize, useStageViewport } from '../../canvas/useStageViewport.js';
import { minLabelPx } from '../../canvas/viewport.js';
import { ZoomTools } from '../../canvas/ZoomTools.js';
import { usePresentation } from '../presentation.js';
import { readingOrder, treeArrowTarget } from './treeWalk.js';

type Point = { x: number; y: number };

/**
 * The tree on the wall: boxes to select (click or tap), fold (double click) and drag onto
 * another box to re-parent; the focal problem stays put. Texts sit on a layer of their
 * own that does not listen, so a click on a word selects its box. The keyboard reaches
 * the boxes through CanvasObjects: Tab onto the selected box, arrows along the drawn tree.
 */
export function TreeCanvas({
  nodes,
  view,
  selectedId,
  onSelect,
  onToggleFold,
  onDropNode,
  onObjectMenu,
}: {
  nodes: readonly TreeNode[];
  view: TreeView;
  selectedId: string | null;
  onSelect: (nodeId: string | null) => void;
  onToggleFold: (nodeId: string) => void;
  /** A box let go on box `targetId`, its centre at `centre` (world coordinates: above 0 is the effects' side). */
  onDropNode: (nodeId: string, targetId: string, centre: Point) => void;
  /** A finger or pen held on a box, or a right click: its menu, at that point of the page. */
  onObjectMenu?: (nodeId: string, at: Point) => void;
}) {
  const { t } = useTranslation();
  // On the wall, laid out for the screen: boxes and words sized so that a fit of the whole
  // tree draws the words at least 24 px when the tree's shape allows. The editor keeps the
  // printed look, so that typing in a box never resizes every box under the facilitator's
  // eyes (the words are edited large in the side panel).
  const canvasBox = useBoxSize();
  const onWall = usePresentation() !== 'editor';
  const boxWidth = canvasBox.size.width;
  const boxHeight = canvasBox.size.height - canvasBox.insets.top - canvasBox.insets.bottom;
  const look = useMemo(
    () =>
      onWall
        ? treeLookFor(nodes, view, { width: boxWidth, height: boxHeight, minLabelPx: minLabelPx.wall })
        : storedTreeLook,
    [nodes, view, boxWidth, boxHeight, onWall],
  );
  const scene = useMemo(() => treeScene(nodes, view, selectedId, look), [nodes, view, selectedId, look]);
  const { container, viewport, fit, zoom, reveal, stageProps, isStage } = useStageViewport(scene.bounds, true, {
    box: canvasBox,
    onObjectMenu: ({ target, x, y }) =>
      target.startsWith('node-') && onObjectMenu?.(target.slice('node-'.length), { x, y }),
  });
  // A new look re-flows every box as a new box does: framed again.
  useRefitOnChange(`${nodes.length}|${look.fontSize}|${look.nodeWidth}|${look.nodeHeight}`, viewport !== null, fit);
  const focalId = nodes.find((n) => n.parentId === null)?.id;
  const texts = scene.primitives.filter((p): p is TextPrimitive => p.kind === 'text');
  const placed = useMemo(() => layoutTree(nodes, look), [nodes, look]);
  const objects = useTreeObjects(placed, nodes, view);
  // The box whose keyboard stop has the focus: the canvas rings it.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusedBox = scene.primitives.find(
    (p): p is RectPrimitive => p.kind === 'rect' && focusedId !== null && p.target === focusedId,
  );

  const box = (p: RectPrimitive & { target: string }) => (
    <Rect
      key={p.target}
      name={`node-${p.target}`}
      {...rectProps(p)}
      draggable={p.target !== focalId}
      onMouseDown={() => onSelect(p.target)}
      // Selected as the finger lands, as with the mouse: the tap's end may hit-test a redrawn layer.
      onTouchStart={() => onSelect(p.target)}
      onDblClick={() => onToggleFold(p.target)}
      onDragStart={(e) => (e.target as Konva.Rect).fill(withAlpha('#9CA3AF', 0.6))}
      onDragEnd={(e) => {
        // The box goes back to its place at once: the tidy layout decides where it ends up.
        e.cancelBubble = true;
        const centre = { x: e.target.x() + p.width / 2, y: e.target.y() + p.height / 2 };
        e.target.position({ x: p.x, y: p.y });
        (e.target as Konva.Rect).fill(p.fill);
        const onto = placed.find(
          (q) =>
            q.id !== p.target &&
            Math.abs(q.x - centre.x) <= look.nodeWidth / 2 &&
            Math.abs(q.y - centre.y) <= look.nodeHeight / 2,
        );
        if (onto) onDropNode(p.target, onto.id, centre);
      }}
    />
  );

  return (
    <div className="tree-body">
      <div className="canvas-wrap">
        <CanvasBox container={container} testId="tree-canvas" text={treeCanvasText(t, nodes, view, selectedId)}>
          {stageProps ? (
            <Stage {...stageProps} onMouseDown={(e) => isStage(e.target) && onSelect(null)}>
              <Layer>
                {scene.primitives.map((p, i) => {
                  if (p.kind === 'rect' && p.target) return box({ ...p, target: p.target });
                  return p.kind === 'line' ? <StaticShape key={`l${i}`} p={p} /> : null;
                })}
              </Layer>
              <Layer listening={false}>
                {texts.map((p, i) => (
                  <TextShape key={`${p.target}-${i}`} p={p} />
                ))}
                {focusedBox ? (
                  <FocusRing
                    kind="rect"
                    x={focusedBox.x}
                    y={focusedBox.y}
                    width={focusedBox.width}
                    height={focusedBox.height}
                  />
                ) : null}
              </Layer>
            </Stage>
          ) : null}
          <CanvasObjects
            label={t('framing.treeObjects')}
            objects={objects}
            selectedId={selectedId}
            onSelect={onSelect}
            onFocusChange={(id) => {
              setFocusedId(id);
              const box = scene.primitives.find((p) => p.kind === 'rect' && id !== null && p.target === id);
              // With room for the ring around the box.
              if (box?.kind === 'rect')
                reveal({ x: box.x - 16, y: box.y - 16, width: box.width + 32, height: box.height + 32 });
            }}
            walk="arrows"
            arrowTarget={(fromId, key) => treeArrowTarget(placed, nodes, fromId, key)}
          />
        </CanvasBox>
        <ZoomTools zoom={zoom} fit={fit} className="canvas-tools" />
      </div>
    </div>
  );
}

/**
 * The boxes the keyboard walks, in reading order, each named as a screen reader should
 * say it: where it sits (focal problem, a cause or an effect and how far down), its text,
 * and whether its branch is folded away.
 */
function useTreeObjects(placed: readonly PlacedNode[], nodes: readonly TreeNode[], view: TreeView): CanvasObject[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    return readingOrder(placed).map((p) => {
      const node = byId.get(p.id)!;
      const text = nodeText(node, view).text.trim() || t('framing.boxEmpty');
      const place = t(`framing.boxPlaces.${view}.${node.parentId === null ? 'focal' : node.side}`);
      const name =
        node.parentId === null
          ? t('framing.boxFocal', { place, text })
          : t('framing.boxName', { place, level: p.depth, text });
      return { id: p.id, name: p.hidden > 0 ? t('framing.boxFolded', { name }) : name };
    });
  }, [placed, nodes, t, view]);
}

/** Adding or removing a box (or a new look) re-flows the whole tidy layout: frame it again. */
function useRefitOnChange(key: string, shown: boolean, fit: () => void): void {
  const lastKey = useRef(key);
  useEffect(() => {
    if (key !== lastKey.current && shown) fit();
    lastKey.current = key;
  }, [key, fit, shown]);
}
