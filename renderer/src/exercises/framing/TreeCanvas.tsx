import type Konva from 'konva';
import { useEffect, useRef } from 'react';
import { Layer, Rect, Stage } from 'react-konva';
import type { TreeNode } from '#shared/exercises/framing/tree.js';
import type { RectPrimitive, Scene, TextPrimitive } from '#shared/scene/primitives.js';
import { CanvasBox } from '../../canvas/CanvasBox.js';
import { rectProps, StaticShape, TextShape, withAlpha } from '../../canvas/SceneShapes.js';
import { useStageViewport } from '../../canvas/useStageViewport.js';
import { ZoomTools } from '../../canvas/ZoomTools.js';

type Point = { x: number; y: number };

/**
 * The tree on the wall: boxes to select (click or tap), fold (double click) and drag onto
 * another box to re-parent; the focal problem stays put. Texts sit on a layer of their
 * own that does not listen, so a click on a word selects its box.
 */
export function TreeCanvas({
  scene,
  nodes,
  onSelect,
  onToggleFold,
  onDropNode,
}: {
  scene: Scene;
  nodes: readonly TreeNode[];
  onSelect: (nodeId: string | null) => void;
  onToggleFold: (nodeId: string) => void;
  /** A box let go with its centre at `centre` (world coordinates). */
  onDropNode: (nodeId: string, centre: Point) => void;
}) {
  const { container, viewport, fit, zoom, stageProps, isStage } = useStageViewport(scene.bounds);
  useRefitOnCountChange(nodes.length, viewport !== null, fit);
  const focalId = nodes.find((n) => n.parentId === null)?.id;
  const texts = scene.primitives.filter((p): p is TextPrimitive => p.kind === 'text');

  const box = (p: RectPrimitive & { target: string }) => (
    <Rect
      key={p.target}
      name={`node-${p.target}`}
      {...rectProps(p)}
      draggable={p.target !== focalId}
      onMouseDown={() => onSelect(p.target)}
      onTap={() => onSelect(p.target)}
      onDblClick={() => onToggleFold(p.target)}
      onDragStart={(e) => (e.target as Konva.Rect).fill(withAlpha('#9CA3AF', 0.6))}
      onDragEnd={(e) => {
        // The box goes back to its place at once: the tidy layout decides where it ends up.
        e.cancelBubble = true;
        const centre = { x: e.target.x() + p.width / 2, y: e.target.y() + p.height / 2 };
        e.target.position({ x: p.x, y: p.y });
        (e.target as Konva.Rect).fill(p.fill);
        onDropNode(p.target, centre);
      }}
    />
  );

  return (
    <div className="tree-body">
      <div className="canvas-wrap">
        <ZoomTools zoom={zoom} fit={fit} className="canvas-tools" />
        <CanvasBox container={container} testId="tree-canvas">
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
              </Layer>
            </Stage>
          ) : null}
        </CanvasBox>
      </div>
    </div>
  );
}

/** Adding or removing a box re-flows the whole tidy layout: frame it again. */
function useRefitOnCountChange(count: number, shown: boolean, fit: () => void): void {
  const lastCount = useRef(count);
  useEffect(() => {
    if (count !== lastCount.current && shown) fit();
    lastCount.current = count;
  }, [count, fit, shown]);
}
