import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Circle, Group, Layer, Stage } from 'react-konva';
import { vennScene } from '#shared/exercises/venn/scene.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import type { TextPrimitive } from '#shared/scene/primitives.js';
import { circleProps, StaticShape, TextShape } from '../../canvas/SceneShapes.js';
import { useDragLift } from '../../canvas/useDragLift.js';
import { useStageViewport } from '../../canvas/useStageViewport.js';
import { isInside, unionBounds } from '../../canvas/viewport.js';
import { communityRadius, importanceRadius, institutionTable, radiusOf } from '#shared/exercises/venn/logic.js';
import { CanvasBox } from '../../canvas/CanvasBox.js';
import { vennCanvasText } from '../../canvas/CanvasText.js';
import { CanvasObjects, type CanvasObject } from '../../canvas/CanvasObjects.js';
import { FocusRing } from '../../canvas/FocusRing.js';

/** Even an empty diagram is framed to show where the first circles will go. */
const viewRadius = communityRadius + 2 * importanceRadius[2] + 80;
const minimumView = { x: -viewRadius, y: -viewRadius, width: 2 * viewRadius, height: 2 * viewRadius };
/** Room kept around an object brought into view for the keyboard, for its focus ring. */
const ringMargin = 16;

export interface VennCanvasHandle {
  fit: () => void;
  zoom: (factor: number) => void;
}

interface Props {
  doc: VennDocument;
  communityName: string;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Called once, when a drag is released: the drag is one undo step. */
  onMove: (id: string, x: number, y: number) => void;
  /** A finger or pen held on a circle, or a right click: its menu, at that point of the page. */
  onObjectMenu?: (id: string, at: { x: number; y: number }) => void;
}

/**
 * The live diagram. It draws the same scene as the PDF. While a circle is dragged, Konva
 * moves the node (and its label) itself and React is not involved, so dragging stays
 * smooth on a slow laptop; the new position is committed on release.
 */
export const VennCanvas = forwardRef<VennCanvasHandle, Props>(function VennCanvas(
  { doc, communityName, selectedId, onSelect, onMove, onObjectMenu },
  ref,
) {
  const scene = useMemo(() => vennScene(doc, { communityName, selectedId }), [doc, communityName, selectedId]);
  const framed = useMemo(() => unionBounds(scene.bounds, minimumView), [scene.bounds]);
  const { container, size, viewport, fit, zoom, reveal, stageProps, isStage } = useStageViewport(framed, true, {
    onObjectMenu: ({ target, x, y }) =>
      target.startsWith('institution-') && onObjectMenu?.(target.slice('institution-'.length), { x, y }),
  });
  const drag = useDragLift();
  const { t } = useTranslation();
  // The circle whose keyboard stop has the focus: the canvas rings it, as the page rings a button.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // Walked in the table's order, most important first, each named with what the picture shows.
  const objects = useMemo<CanvasObject[]>(
    () =>
      institutionTable(doc).map((row) => ({
        id: row.id,
        name: t('venn.objectName', {
          name: row.name,
          importance: row.importance,
          level: t(`venn.importanceLevels.${row.importance}`),
          band: t(`venn.bands.${row.band}`),
          relation: t(`venn.relations.${row.relation}`),
        }),
      })),
    [doc, t],
  );
  const focused = doc.institutions.find((i) => i.id === focusedId);

  useImperativeHandle(ref, () => ({ fit, zoom }), [fit, zoom]);

  // Zoom stays as the facilitator set it, except that a newly added circle outside the
  // view brings the whole diagram back into view.
  const count = doc.institutions.length;
  const lastCount = useRef(count);
  useEffect(() => {
    const added = count > lastCount.current;
    lastCount.current = count;
    const newest = doc.institutions[count - 1];
    if (!added || !newest || !viewport) return;
    const r = radiusOf(newest);
    if (!isInside({ x: newest.x - r, y: newest.y - r, width: 2 * r, height: 2 * r }, viewport, size.width, size.height))
      fit();
  }, [count, doc.institutions, fit, size, viewport]);

  const circles = scene.primitives.filter((p) => p.kind === 'circle');
  const texts = scene.primitives.filter((p): p is TextPrimitive => p.kind === 'text');

  return (
    <CanvasBox container={container} testId="venn-canvas" text={vennCanvasText(t, doc, selectedId)}>
      {stageProps ? (
        <Stage
          {...stageProps}
          onMouseDown={(e) => {
            if (isStage(e.target)) onSelect(null);
          }}
          onTap={(e) => {
            if (isStage(e.target)) onSelect(null);
          }}
        >
          <Layer>
            {circles.map((p) =>
              p.kind === 'circle' && p.target && p.target !== 'community' ? (
                <Circle
                  key={p.target}
                  name={`institution-${p.target}`}
                  {...circleProps(p)}
                  draggable
                  onMouseDown={() => onSelect(p.target!)}
                  onTouchStart={() => onSelect(p.target!)}
                  onDragStart={(e) => drag.lift(e.target, p.target!)}
                  onDragMove={(e) => drag.follow(e.target.x() - p.x, e.target.y() - p.y)}
                  onDragEnd={(e) => {
                    e.cancelBubble = true;
                    drag.drop(e.target);
                    onMove(p.target!, Math.round(e.target.x()), Math.round(e.target.y()));
                  }}
                />
              ) : (
                <StaticShape key={p.target ?? 'c'} p={p} name={p.target} />
              ),
            )}
          </Layer>
          <Layer listening={false}>
            {texts.map((p, i) => (
              <Group key={`${p.target ?? 'l'}-${i}`} ref={drag.register(p.target)}>
                <TextShape p={p} />
              </Group>
            ))}
          </Layer>
          <Layer ref={drag.layer} />
          <Layer listening={false}>
            {focused ? <FocusRing kind="circle" x={focused.x} y={focused.y} r={radiusOf(focused)} /> : null}
          </Layer>
        </Stage>
      ) : null}
      <CanvasObjects
        label={t('venn.objects')}
        objects={objects}
        selectedId={selectedId}
        onSelect={onSelect}
        onFocusChange={(id) => {
          setFocusedId(id);
          const at = doc.institutions.find((i) => i.id === id);
          // The ring too (it lies just outside the circle), so it is whole.
          const r = at ? radiusOf(at) + ringMargin : 0;
          if (at) reveal({ x: at.x - r, y: at.y - r, width: 2 * r, height: 2 * r });
        }}
        walk="tab"
      />
    </CanvasBox>
  );
});
