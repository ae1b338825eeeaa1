import type Konva from 'konva';
import { useMemo, useRef } from 'react';

type Place = [Konva.Container, number];

interface Lifted {
  id: string;
  marker: Place;
  label: { node: Konva.Node; place: Place; dx: number; dy: number } | null;
}

/**
 * Dragging a map marker. While it is dragged the marker and its name sit alone on a layer
 * of their own, so each mouse move redraws two nodes instead of the whole map (Konva's
 * advice for dragging among many shapes), and the selection's copy follows by its
 * position. React is told once, at the drop; then both go back where React put them.
 *
 * The handlers go on the layers (one each, made once), not on every marker: a marker's
 * node carries no listener of its own.
 */
export function useMarkerDrag(onDrop: (id: string, x: number, y: number) => void) {
  const markers = useRef<Konva.Layer>(null);
  const labels = useRef<Konva.Layer>(null);
  const layer = useRef<Konva.Layer>(null);
  const selection = useRef<Konva.Layer>(null);
  const lifted = useRef<Lifted | null>(null);
  const drop = useRef(onDrop);
  drop.current = onDrop;

  return useMemo(() => {
    const idOf = (node: Konva.Node): string | null =>
      node.name().startsWith('resource-') ? node.name().slice('resource-'.length) : null;
    const placeOf = (node: Konva.Node): Place => [node.getParent() as Konva.Container, node.zIndex()];
    const selectionCopy = (id: string): Konva.Node | undefined =>
      selection.current?.children.find((n) => n.name() === `selection-${id}`);

    const onDragStart = (e: Konva.KonvaEventObject<DragEvent>): void => {
      const node = e.target;
      const id = idOf(node);
      if (!id || !layer.current) return;
      const label = labels.current?.children.find((n) => n.name() === `label-${id}`) ?? null;
      lifted.current = {
        id,
        marker: placeOf(node),
        label: label
          ? { node: label, place: placeOf(label), dx: label.x() - node.x(), dy: label.y() - node.y() }
          : null,
      };
      // Shown while a marker is on it (hidden, it is one canvas less to composite on every frame).
      layer.current.visible(true);
      node.moveTo(layer.current);
      label?.moveTo(layer.current);
    };

    const onDragMove = (e: Konva.KonvaEventObject<DragEvent>): void => {
      const from = lifted.current;
      if (!from || e.target.name() !== `resource-${from.id}`) return;
      const x = e.target.x();
      const y = e.target.y();
      from.label?.node.position({ x: x + from.label.dx, y: y + from.label.dy });
      selectionCopy(from.id)?.position({ x, y });
    };

    const putBack = (node: Konva.Node, [parent, index]: Place): void => {
      node.moveTo(parent);
      node.zIndex(Math.min(index, parent.children.length - 1));
    };

    const onDragEnd = (e: Konva.KonvaEventObject<DragEvent>): void => {
      const from = lifted.current;
      if (!from || e.target.name() !== `resource-${from.id}`) return;
      // The stage pans on its own drag end: this one is the marker's.
      e.cancelBubble = true;
      lifted.current = null;
      putBack(e.target, from.marker);
      if (from.label) putBack(from.label.node, from.label.place);
      layer.current?.visible(false);
      drop.current(from.id, e.target.x(), e.target.y());
    };

    return { markers, labels, layer, selection, onDragStart, onDragMove, onDragEnd };
  }, []);
}
