import './sceneChart.css';
import { useEffect, useRef, useState } from 'react';
import { Layer, Stage } from 'react-konva';
import type { RefusalReason } from '#shared/result.js';
import type { Scene } from '#shared/scene/primitives.js';
import { ApiError } from '../../api.js';
import { CanvasBox } from '../../canvas/CanvasBox.js';
import { StaticShape } from '../../canvas/SceneShapes.js';

/**
 * A still chart on the wall (the evaluation's bars, the success board, the asset
 * pentagons), drawn by Konva from the same scene the PDF writes as SVG. It fits the
 * width, never grows past its own size, and says in words what it shows (live summary).
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
  const scale = width > 0 ? Math.min(maxScale, width / scene.bounds.width) : 1;
  const height = scene.bounds.height * scale;
  return (
    <div className="scene-chart">
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
    </div>
  );
}

/** Today as `YYYY-MM-DD` in the facilitator's own time zone (the laptop's calendar day). */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A refused edit, shown in the banner in the user's words (`errors.<reason>`), like a refused save. */
export function refusalError(reason: RefusalReason): ApiError {
  return new ApiError({ code: 'invalid_input', message: reason, params: { reason } });
}
