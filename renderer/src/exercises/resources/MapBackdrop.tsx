import { memo, useLayoutEffect, useRef } from 'react';
import type Konva from 'konva';
import { Group, Image as KonvaImage, Layer, Line } from 'react-konva';
import type { Bounds, Primitive } from '#shared/scene/primitives.js';
import { lineProps, StaticShape } from '../../canvas/SceneShapes.js';

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
 * instead of drawing the photo and each shape again. The drawn shapes stay selectable:
 * the cache keeps their hit regions. Pressing a shape is one handler on the layer.
 */
export const MapBackdrop = memo(function MapBackdrop({
  photo,
  primitives,
  bounds,
  density,
  listening,
  onShapeDown,
}: {
  photo: { image: HTMLImageElement; width: number; height: number } | null;
  primitives: readonly Primitive[];
  /** Where all of it lies, in map units. */
  bounds: Bounds;
  density: number;
  listening: boolean;
  onShapeDown: (e: Konva.KonvaEventObject<MouseEvent>) => void;
}) {
  const group = useRef<Konva.Group>(null);
  useLayoutEffect(() => {
    const node = group.current;
    if (!node) return;
    node.clearCache();
    const side = Math.max(bounds.width, bounds.height) * density;
    if (node.children.length === 0 || side > maxCacheSide || side <= 0) return;
    // The hit picture only finds which drawn shape a press is on (their hit strokes are 24
    // units wide): a quarter of the density is enough, and copying it on every draw of the
    // layer costs a sixteenth.
    node.cache({ pixelRatio: density, hitCanvasPixelRatio: Math.min(1, density) / 4 });
  }, [photo, primitives, bounds, density]);

  return (
    <Layer listening={listening} onMouseDown={onShapeDown}>
      <Group ref={group} name="map-backdrop">
        {photo ? (
          <KonvaImage
            image={photo.image}
            x={-photo.width / 2}
            y={-photo.height / 2}
            width={photo.width}
            height={photo.height}
            listening={false}
          />
        ) : null}
        {primitives.map((p, i) =>
          p.kind === 'line' && p.target ? (
            // A drawn road, river, area or stroke: selectable to delete it.
            <Line key={p.target} name={`shape-${p.target}`} {...lineProps(p)} hitStrokeWidth={24} />
          ) : (
            <StaticShape key={`s${i}`} p={p} />
          ),
        )}
      </Group>
    </Layer>
  );
});
