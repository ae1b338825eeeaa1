import type Konva from 'konva';
import { memo } from 'react';
import { Circle, Group, Shape } from 'react-konva';
import { selectedOutline } from '#shared/exercises/venn/scene.js';
import {
  textBlockHeight,
  type CirclePrimitive,
  type LinePrimitive,
  type TextPrimitive,
} from '#shared/scene/primitives.js';
import { labelSceneFunc, labelWidth } from '../../canvas/drawPrimitives.js';
import { circleProps, textAttributes } from '../../canvas/SceneShapes.js';

/** The handlers every institution circle shares: made once per canvas, they read the circle's name. */
export interface CircleHandlers {
  onMouseDown: (e: Konva.KonvaEventObject<MouseEvent>) => void;
  onTouchStart: (e: Konva.KonvaEventObject<TouchEvent>) => void;
  onDragStart: (e: Konva.KonvaEventObject<DragEvent>) => void;
  onDragMove: (e: Konva.KonvaEventObject<DragEvent>) => void;
  onDragEnd: (e: Konva.KonvaEventObject<DragEvent>) => void;
}

/** A ref for a group that moves with its circle while the circle is dragged (useDragLift's register). */
export type MoveWith = (
  target: string | undefined,
  returns?: boolean,
) => (node: Konva.Group | null) => (() => void) | undefined;

/**
 * One institution's circle, drawn again only when its piece changes (its institution was
 * edited or moved): the handlers are the same functions on every render, so react-konva
 * never unbinds and binds them again.
 */
export const InstitutionCircle = memo(function InstitutionCircle({
  p,
  handlers,
}: {
  p: CirclePrimitive;
  handlers: CircleHandlers;
}) {
  return <Circle name={`institution-${p.target ?? ''}`} {...circleProps(p)} draggable {...handlers} />;
});

/**
 * One label, above every circle, with its leader line when it stands outside a small
 * circle; the selected institution's in bold, as the PDF of a selection would show it.
 * One node draws the leader, the paper backdrop and the lines (labelSceneFunc): a press
 * redraws every label of the layer, and a node apiece costs a fraction of the group of a
 * line, a box and a text it was. A plain shape carrying a Text's attributes, not a Konva
 * Text, which measures its lines again when made and when the selection bolds them.
 */
export const InstitutionLabel = memo(function InstitutionLabel({
  p,
  leader,
  bold,
  moveWith,
}: {
  p: TextPrimitive;
  leader: LinePrimitive | null;
  bold: boolean;
  moveWith: MoveWith;
}) {
  const label = bold === Boolean(p.bold) ? p : { ...p, bold };
  const width = labelWidth(label);
  return (
    <Group name={`label-${p.target ?? ''}`} ref={moveWith(p.target)}>
      <Shape
        x={label.x - width / 2}
        y={label.y}
        {...textAttributes(label)}
        width={width}
        height={textBlockHeight(label)}
        sceneFunc={labelSceneFunc(label, leader)}
        listening={false}
        perfectDrawEnabled={false}
      />
    </Group>
  );
});

/**
 * The selected circle's outline, on a layer of its own: selecting another circle redraws
 * this and two labels, not the circles. Drawn in the circle's own dash over its thin
 * outline, it looks as the selected circle of the scene does (vennScene with a selection).
 */
export const SelectionOutline = memo(function SelectionOutline({
  p,
  moveWith,
}: {
  p: CirclePrimitive;
  moveWith: MoveWith;
}) {
  return (
    // Back under the labels at the drop (the labels stay over it).
    <Group name="selection" ref={moveWith(p.target, true)} listening={false}>
      <Circle
        name="selection-outline"
        x={p.x}
        y={p.y}
        radius={p.r}
        stroke={selectedOutline.stroke}
        strokeWidth={selectedOutline.strokeWidth}
        dash={p.dash}
        listening={false}
      />
    </Group>
  );
});
