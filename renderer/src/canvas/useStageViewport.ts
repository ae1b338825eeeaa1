import type Konva from 'konva';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bounds } from '#shared/scene/primitives.js';
import { fitViewport, zoomAt, type Viewport } from './viewport.js';

/**
 * A Konva stage that fills its container: measures it, fits `bounds` once the size is
 * known, zooms with the wheel about the pointer and with buttons about the centre, and
 * pans by dragging the empty stage. `ready` says the container is in the page.
 */
export function useStageViewport(bounds: Bounds, ready = true) {
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

  const isStage = (target: unknown): boolean => target === stage.current;

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
        onDragEnd: (e: Konva.KonvaEventObject<DragEvent>) => {
          if (isStage(e.target)) setViewport({ scale: viewport.scale, x: e.target.x(), y: e.target.y() });
        },
        onWheel: (e: Konva.KonvaEventObject<WheelEvent>) => {
          e.evt.preventDefault();
          const pointer = stage.current?.getPointerPosition();
          if (pointer) setViewport((v) => (v ? zoomAt(v, e.evt.deltaY < 0 ? 1.1 : 1 / 1.1, pointer.x, pointer.y) : v));
        },
      }
    : null;

  return { container, size, viewport, fit, zoom, stageProps, isStage };
}
