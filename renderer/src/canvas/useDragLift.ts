import type Konva from 'konva';
import { useMemo, useRef } from 'react';

type Place = [Konva.Container, number];
type GroupRef = (node: Konva.Group | null) => (() => void) | undefined;

/** A group lifted with its target; `returns` when it goes back at the drop (else it is parked). */
type LiftedGroup = [Konva.Group, Place, boolean];

interface Lifted {
  target: string;
  node: Konva.Node;
  place: Place;
  labels: LiftedGroup[];
  /** How far the node has moved from its place: where its labels are drawn. */
  offset: { x: number; y: number };
  /** The drag is over; waiting for React to draw the drop (settle). */
  released: boolean;
}

/**
 * While a marker is dragged it sits, with its labels, alone on a layer of its own, so each
 * mouse move redraws a few shapes instead of the whole picture (Konva's advice for dragging
 * among many shapes). React is not told until the drop.
 *
 * At the drop everything stays lifted until React has drawn the move (`release`, then
 * `settle` from the canvas's commit): the release itself redraws only the drag layer, and
 * the labels never show at their old place for a frame between the two. Then the marker
 * goes back under the labels, but its labels stay parked on the drag layer (over the
 * others, as a label is) until the next lift: putting them back would redraw every label
 * of the picture on the drop; the next lift redraws that layer anyway.
 *
 * Everything returned stays the same across renders (the functions read refs only), so the
 * handlers and refs built from it never make react-konva unbind and bind listeners again.
 */
export function useDragLift() {
  const layer = useRef<Konva.Layer>(null);
  const labels = useRef(new Map<string, Set<Konva.Group>>());
  const lifted = useRef<Lifted | null>(null);
  const parked = useRef<[Konva.Group, Place][]>([]);
  // One ref callback per target and kind: a new function on each render would make React
  // detach and attach every label's ref on every render.
  const refs = useRef(new Map<string, GroupRef>());

  return useMemo(() => {
    const none: GroupRef = () => undefined;
    const placeOf = (node: Konva.Node): Place => [node.getParent() as Konva.Container, node.zIndex()];

    const returning = new WeakSet<Konva.Group>();

    // A layer left empty (the selection's, while its outline is lifted; the drag layer
    // between drags) is hidden: each visible layer is a canvas the page composites on
    // every frame of a drag, empty or not.
    const hideIfEmpty = (container: Konva.Container | null | undefined): void => {
      if (container?.nodeType === 'Layer' && container.children.length === 0) container.visible(false);
    };

    const liftLabel = (from: Lifted, g: Konva.Group): void => {
      if (!layer.current || !g.getParent() || g.getParent() === layer.current) return;
      const place = placeOf(g);
      from.labels.push([g, place, returning.has(g)]);
      g.moveTo(layer.current);
      g.position(from.offset);
      hideIfEmpty(place[0]);
    };

    // A node or label whose piece went while it was lifted or parked (re-rendered away) stays gone.
    const putBack = (node: Konva.Node, [parent, index]: Place): void => {
      if (!node.getParent()) return;
      node.moveTo(parent);
      node.zIndex(Math.min(index, parent.children.length - 1));
      if (parent.nodeType === 'Layer') parent.visible(true);
    };

    /**
     * Ref callback for the group around one of a target's labels (or anything that moves
     * with it); `returns` for one that goes back at once at the drop (a selection outline,
     * which lies under the labels).
     */
    const register = (target: string | undefined, returns = false): GroupRef => {
      if (!target) return none;
      const key = `${returns ? 'r' : 'p'}:${target}`;
      const known = refs.current.get(key);
      if (known) return known;
      const ref: GroupRef = (node) => {
        if (!node) return undefined;
        if (returns) returning.add(node);
        const set = labels.current.get(target) ?? new Set<Konva.Group>();
        set.add(node);
        labels.current.set(target, set);
        // Drawn while its target is lifted (the selection outline of a circle pressed a
        // moment ago): it joins the target.
        if (lifted.current?.target === target && !lifted.current.released) liftLabel(lifted.current, node);
        return () => {
          set.delete(node);
          if (set.size === 0 && labels.current.get(target) === set) labels.current.delete(target);
        };
      };
      refs.current.set(key, ref);
      return ref;
    };

    /** The lifted marker goes back where React put it, its labels to the parking. */
    const settle = (): void => {
      const from = lifted.current;
      lifted.current = null;
      if (!from) return;
      putBack(from.node, from.place);
      for (const [g, place, returns] of from.labels) {
        g.position({ x: 0, y: 0 });
        if (returns) putBack(g, place);
        else parked.current.push([g, place]);
      }
      hideIfEmpty(layer.current);
    };

    const lift = (node: Konva.Node, target: string): void => {
      settle();
      for (const [g, place] of parked.current) putBack(g, place);
      parked.current = [];
      if (!layer.current) return;
      const from: Lifted = { target, node, place: placeOf(node), labels: [], offset: { x: 0, y: 0 }, released: false };
      lifted.current = from;
      layer.current.visible(true);
      node.moveTo(layer.current);
      for (const g of labels.current.get(target) ?? []) liftLabel(from, g);
    };

    /** Keeps the labels with the marker: (dx, dy) is how far it moved from its place. */
    const follow = (dx: number, dy: number): void => {
      const from = lifted.current;
      if (!from || from.released) return;
      from.offset = { x: dx, y: dy };
      for (const [g] of from.labels) g.position(from.offset);
    };

    /** The drag is over: the canvas calls `settle` once React has drawn the move. */
    const release = (): void => {
      if (lifted.current) lifted.current.released = true;
    };

    return { layer, register, lift, follow, release, settle };
  }, []);
}
