import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type Konva from 'konva';
import { Group, Image as KonvaImage, Layer, Shape } from 'react-konva';
import type { Bounds, Primitive } from '#shared/scene/primitives.js';
import { drawPrimitive } from '../../canvas/drawPrimitives.js';
import { StaticShape } from '../../canvas/SceneShapes.js';

/** The cached picture's longest side, in device pixels: past it (zoomed far in) the backdrop is drawn as it is. */
const maxCacheSide = 4096;

/** Device pixels per map unit at this zoom, rounded up to a power of two (a zoom step does not re-cache). */
export function cacheDensity(scale: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1 / 64, scale * (window.devicePixelRatio || 1))));
}

/**
 * What lies under the markers: the photo of the paper map, the grid and the drawn shapes.
 * It changes only when a shape is drawn or removed, a layer hidden or the photo changed,
 * so it is drawn once into one cached picture (Konva's `cache()`) at the zoom's pixel
 * density, and every later redraw of the stage (a pan, a zoom step) copies that picture
 * instead of drawing the photo and each shape again.
 *
 * The grid and the lines are one node that draws them all (drawPrimitives.ts): a
 * thousand roads and areas are a thousand calls on the canvas, not a thousand Konva nodes
 * made while the map opens. The layer has no hit regions: a press on a drawn shape is
 * found by its geometry (lineAt, from the stage's press), so no hit picture the size of
 * the photo is copied on every redraw.
 */
export const MapBackdrop = memo(function MapBackdrop({
  photo,
  primitives,
  bounds,
  density,
}: {
  photo: { image: HTMLImageElement; width: number; height: number } | null;
  primitives: readonly Primitive[];
  /** Where all of it lies, in map units. */
  bounds: Bounds;
  density: number;
}) {
  const group = useRef<Konva.Group>(null);
  // Lines and frames in one node; the few words written on the map stay Text nodes, which
  // say what they show to whatever reads the stage.
  const { drawShapes, texts } = useMemo(() => {
    const drawn = primitives.filter((p) => p.kind !== 'text');
    return {
      drawShapes: (context: Konva.Context) => {
        for (const p of drawn) drawPrimitive(context._context, p);
      },
      texts: primitives.filter((p) => p.kind === 'text'),
    };
  }, [primitives]);
  useLayoutEffect(() => {
    const node = group.current;
    if (!node) return;
    node.clearCache();
    const side = Math.max(bounds.width, bounds.height) * density;
    if (side > maxCacheSide || side <= 0) return;
    // The drawing node has no size of its own for Konva to measure: the cache covers `bounds`.
    node.cache({ ...bounds, pixelRatio: density });
  }, [photo, primitives, bounds, density]);

  return (
    <Layer listening={false}>
      <Group ref={group} name="map-backdrop">
        {photo ? (
          <KonvaImage
            image={photo.image}
            x={-photo.width / 2}
            y={-photo.height / 2}
            width={photo.width}
            height={photo.height}
          />
        ) : null}
        <Shape name="map-drawing" sceneFunc={drawShapes} perfectDrawEnabled={false} />
        {texts.map((p, i) => (
          <StaticShape key={`${p.target ?? 't'}${i}`} p={p} />
        ))}
      </Group>
    </Layer>
  );
});
