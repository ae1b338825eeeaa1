import type Konva from 'konva';
import { useMemo, useRef } from 'react';

type Place = [Konva.Container, number];
type GroupRef = (node: Konva.Group | null) => (() => void) | undefined;

/**
 * While a marker is dragged it sits, with its labels, alone on a layer of its own, so each
 * mouse move redraws a few shapes instead of the whole picture (Konva's advice for dragging
 * among many shapes). React is not told until the drop; then everything goes back where
 * React put it.
 *
 * Everything returned stays the same across renders (the functions read refs only), so the
 * handlers and refs built from it never make react-konva unbind and bind listeners again.
 */
export function useDragLift() {
  const layer = useRef<Konva.Layer>(null);
  const labels = useRef(new Map<string, Set<Konva.Group>>());
  const origin = useRef<{ node: Place; labels: [Konva.Group, Place][] } | null>(null);
  // One ref callback per target: a new function on each render would make React detach
  // and attach every label's ref on every render.
  const refs = useRef(new Map<string, GroupRef>());

  return useMemo(() => {
    const none: GroupRef = () => undefined;

    /** Ref callback for the group around one of a target's labels (or anything that moves with it). */
    const register = (target: string | undefined): GroupRef => {
      if (!target) return none;
      const known = refs.current.get(target);
      if (known) return known;
      const ref: GroupRef = (node) => {
        if (!node) return undefined;
        const set = labels.current.get(target) ?? new Set<Konva.Group>();
        set.add(node);
        labels.current.set(target, set);
        return () => {
          set.delete(node);
          if (set.size === 0 && labels.current.get(target) === set) labels.current.delete(target);
        };
      };
      refs.current.set(target, ref);
      return ref;
    };

    const lift = (node: Konva.Node, target: string): void => {
      if (!layer.current) return;
      const own = [...(labels.current.get(target) ?? [])].filter((g) => g.getParent());
      origin.current = {
        node: [node.getParent() as Konva.Container, node.zIndex()],
        labels: own.map((g) => [g, [g.getParent() as Konva.Container, g.zIndex()]]),
      };
      node.moveTo(layer.current);
      for (const g of own) g.moveTo(layer.current);
    };

    /** Keeps the labels with the marker: (dx, dy) is how far it moved from its place. */
    const follow = (dx: number, dy: number): void => {
      for (const [g] of origin.current?.labels ?? []) g.position({ x: dx, y: dy });
    };

    const drop = (node: Konva.Node): void => {
      const from = origin.current;
      origin.current = null;
      if (!from) return;
      node.moveTo(from.node[0]);
      node.zIndex(from.node[1]);
      for (const [g, [parent, index]] of from.labels) {
        // A label whose piece went while it was lifted (re-rendered away) stays gone.
        if (!g.getParent()) continue;
        g.moveTo(parent);
        g.zIndex(Math.min(index, parent.children.length - 1));
        g.position({ x: 0, y: 0 });
      }
    };

    return { layer, register, lift, follow, drop };
  }, []);
}
