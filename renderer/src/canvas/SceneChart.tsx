import './sceneChart.css';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { Layer, Stage } from 'react-konva';
import type { Scene } from '#shared/scene/primitives.js';
import { CanvasBox } from './CanvasBox.js';
import { StaticShape } from './SceneShapes.js';

/** The measured width of an element (0 until it is laid out), kept up to date as it resizes. */
export function useElementWidth(): [RefObject<HTMLDivElement | null>, number] {
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
  return [box, width];
}

/**
 * A shared scene (the one the PDF writes as SVG) drawn by Konva at `scale`, `width` wide,
 * its bounds' corner at the stage's origin. It is a picture: it listens to no pointer.
 */
export function SceneStage({ scene, width, scale }: { scene: Scene; width: number; scale: number }) {
  return (
    <Stage
      width={width}
      height={scene.bounds.height * scale}
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
  );
}

/**
 * A still chart on the wall (the evaluation's bars, the success board, the asset
 * pentagons, monitoring's progress), drawn from the same scene as the PDF. It fits the
 * width, never grows past `maxScale` (1.25 keeps 24-unit labels projector-sized), and
 * says in words what it shows (live summary).
 */
export function SceneChart({
  scene,
  testId,
  name,
  summary,
  maxScale = 1,
}: {
  scene: Scene;
  testId: string;
  name: string;
  summary: string;
  maxScale?: number;
}) {
  const [box, width] = useElementWidth();
  const scale = width > 0 ? Math.min(maxScale, width / scene.bounds.width) : 1;
  const height = scene.bounds.height * scale;
  return (
    <div className="scene-flow scene-chart">
      <CanvasBox container={box} testId={testId} text={{ name, summary }} style={{ height: height + 4 }}>
        {width > 0 ? <SceneStage scene={scene} width={width} scale={scale} /> : null}
      </CanvasBox>
    </div>
  );
}
