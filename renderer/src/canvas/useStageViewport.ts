import type Konva from 'konva';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bounds } from '#shared/scene/primitives.js';
import { useTouchGestures, type ObjectMenuRequest } from './useTouchGestures.js';
import { fitViewport, isInside, wheelZoomFactor, zoomAt, type Viewport } from './viewport.js';

/**
 * A Konva stage that fills its container: measures it, fits `bounds` once the size is
 * known, zooms with the wheel (or a touchpad's pinch) about the pointer, with two fingers
 * about them and with buttons about the centre, and pans by dragging the empty stage or
 * moving two fingers. `ready` says the container is in the page. A long press (finger or
 * pen) or a right click on an object asks for its menu through `onObjectMenu`, with the
 * object's Konva name.
 */
export function useStageViewport(
  bounds: Bounds,
  ready = true,
  { onObjectMenu }: { onObjectMenu?: (request: ObjectMenuRequest) => void } = {},
) {
  const container = useRef<HTMLDivElement>(null);
  const stage = useRef<Konva.Stage>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [viewport, setViewport] = useState<Viewport | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!ready || !el) return;
    const measure = (): void => setSize({ width: el.clientWidth, height: el.clientHeight });
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    measure();
    return () => observer.disconnect();
  }, [ready]);

  const fit = useCallback(() => {
    if (size.width > 0) setViewport(fitViewport(bounds, size.width, size.height));
  }, [bounds, size]);

  useEffect(() => {
    if (!viewport && size.width > 0) fit();
  }, [fit, size.width, viewport]);

  const zoom = useCallback(
    (factor: number) => setViewport((v) => (v ? zoomAt(v, factor, size.width / 2, size.height / 2) : v)),
    [size],
  );

  // Pans, at the same zoom, to centre `shown` when it is not wholly in view: the object the
  // keyboard moved to is never off screen.
  const reveal = useCallback(
    (shown: Bounds) =>
      setViewport((v) =>
        v && !isInside(shown, v, size.width, size.height)
          ? {
              scale: v.scale,
              x: size.width / 2 - (shown.x + shown.width / 2) * v.scale,
              y: size.height / 2 - (shown.y + shown.height / 2) * v.scale,
            }
          : v,
      ),
    [size],
  );

  useTouchGestures({ box: container, stage, shown: viewport !== null, onView: setViewport, onObjectMenu });

  // The same functions on every render: react-konva rebinds a listener whose function changed.
  const isStage = useCallback((target: unknown): boolean => target === stage.current, []);
  const onDragEnd = useCallback((e: Konva.KonvaEventObject<DragEvent>) => {
    if (e.target !== stage.current) return;
    const { x, y } = e.target.position();
    setViewport((v) => (v ? { scale: v.scale, x, y } : v));
  }, []);
  const onWheel = useCallback((e: Konva.KonvaEventObject<WheelEvent>) => {
    e.evt.preventDefault();
    const pointer = stage.current?.getPointerPosition();
    const factor = wheelZoomFactor(e.evt.deltaY, e.evt.ctrlKey);
    if (pointer) setViewport((v) => (v ? zoomAt(v, factor, pointer.x, pointer.y) : v));
  }, []);

  /** Props for <Stage>, or null until the first fit. */
  const stageProps = viewport
    ? {
        ref: stage,
        width: size.width,
        height: size.height,
        scaleX: viewport.scale,
        scaleY: viewport.scale,
        x: viewport.x,
        y: viewport.y,
        draggable: true,
        onDragEnd,
        onWheel,
      }
    : null;

  return { container, size, viewport, fit, zoom, reveal, stageProps, isStage };
}
