import { useEffect, useRef, useState } from 'react';
import { Layer, Stage } from 'react-konva';
import type { Scene } from '#shared/scene/primitives.js';
import { CanvasBox } from '../../canvas/CanvasBox.js';
import { StaticShape } from '../../canvas/SceneShapes.js';

/**
 * A chart scene drawn to the width of its card (never larger than 1.25x, so its 24-unit
 * labels stay projector-sized), named and summarised for a screen reader.
 */
export function SceneView({
  scene,
  name,
  summary,
  testId,
}: {
  scene: Scene;
  name: string;
  summary: string;
  testId: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = (): void => setWidth(el.clientWidth);
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    measure();
    return () => observer.disconnect();
  }, []);
  const scale = Math.min(1.25, width / scene.bounds.width);
  const height = scene.bounds.height * (scale || 1);
  return (
    <CanvasBox container={box} testId={testId} text={{ name, summary }} style={{ height: height + 4 }}>
      {width > 0 ? (
        <Stage
          width={width}
          height={height}
          scaleX={scale}
          scaleY={scale}
          x={-scene.bounds.x * scale}
          y={-scene.bounds.y * scale}
          listening={false}
        >
          <Layer>
            {scene.primitives.map((p, i) => (
              <StaticShape key={i} p={p} />
            ))}
          </Layer>
        </Stage>
      ) : null}
    </CanvasBox>
  );
}
