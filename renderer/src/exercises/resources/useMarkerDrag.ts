import type Konva from 'konva';
import { useMemo, useRef } from 'react';

type Place = [Konva.Container, number];

interface Lifted {
  id: string;
  marker: Place;
  label: { node: Konva.Node; place: Place; dx: number; dy: number } | null;
  /** The selection's copy of the marker, lifted too, and whether its layer was shown. */
  selected: { node: Konva.Node; place: Place; layerShown: boolean } | null;
}

/**
 * Dragging a map marker. While it is dragged the marker, its name and the selection's copy
 * of it sit alone on a layer of their own, so each mouse move redraws three nodes instead
 * of the whole map (Konva's advice for dragging among many shapes), and the selection's
 * layer, empty meanwhile, is hidden: one canvas less to redraw and composite on every
 * frame (36-38 fps against 43 on a 2,000-object map at 4x). React is told once, at the
 * drop; then all go back where React put them.
 *
 * The handlers go on the layers (one each, made once), not on every marker: a marker's
 * node carries no listener of its own.
 */
export function useMarkerDrag(onDrop: (id: string, x: number, y: number) => void) {
  const markers = useRef<Konva.Layer>(null);
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
      // The names share the markers' layer, over them.
      const label = markers.current?.children.find((n) => n.name() === `label-${id}`) ?? null;
      const copy = selectionCopy(id);
      const selectionLayer = selection.current;
      lifted.current = {
        id,
        marker: placeOf(node),
        label: label
          ? { node: label, place: placeOf(label), dx: label.x() - node.x(), dy: label.y() - node.y() }
          : null,
        selected:
          copy && selectionLayer ? { node: copy, place: placeOf(copy), layerShown: selectionLayer.visible() } : null,
      };
      // Shown while a marker is on it (hidden, it is one canvas less to composite on every frame).
      layer.current.visible(true);
      node.moveTo(layer.current);
      label?.moveTo(layer.current);
      if (copy) {
        copy.moveTo(layer.current);
        // Nothing else is selected while a marker is: the layer holds nothing more to show.
        if (selectionLayer?.children.length === 0) selectionLayer.visible(false);
      }
    };

    const onDragMove = (e: Konva.KonvaEventObject<DragEvent>): void => {
      const from = lifted.current;
      if (!from || e.target.name() !== `resource-${from.id}`) return;
      const x = e.target.x();
      const y = e.target.y();
      from.label?.node.position({ x: x + from.label.dx, y: y + from.label.dy });
      from.selected?.node.position({ x, y });
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
      if (from.selected) {
        putBack(from.selected.node, from.selected.place);
        from.selected.place[0].visible(from.selected.layerShown);
      }
      layer.current?.visible(false);
      drop.current(from.id, e.target.x(), e.target.y());
    };

    return { markers, layer, selection, onDragStart, onDragMove, onDragEnd };
  }, []);
}
