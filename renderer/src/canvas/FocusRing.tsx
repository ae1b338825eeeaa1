import { Circle, Group, Rect } from 'react-konva';

/** The page's focus colour (theme.css `--focus`): dark amber, at least 3:1 on white and on the paper band. */
export const focusColour = '#b45309';
const paper = '#ffffff';
/** Screen pixels, whatever the zoom: the ring is as thick as the page's (4 px) with a 2 px paper band inside. */
const ringWidth = 4;
const bandWidth = 2;
const gap = 6;

type Shape =
  | { kind: 'circle'; x: number; y: number; r: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number };

/**
 * The keyboard focus drawn by the canvas itself around the object whose stop has the
 * focus (the page's outline cannot reach a drawn object, and the canvas box would clip
 * it): the page's amber ring over a paper band, so it shows on any fill colour. Stroke
 * widths stay in screen pixels at any zoom (`strokeScaleEnabled={false}`).
 */
export function FocusRing(shape: Shape) {
  const common = { listening: false, strokeScaleEnabled: false } as const;
  if (shape.kind === 'circle')
    return (
      <Group name="focus-ring" listening={false}>
        <Circle
          x={shape.x}
          y={shape.y}
          radius={shape.r + gap}
          stroke={paper}
          strokeWidth={ringWidth + 2 * bandWidth}
          {...common}
        />
        <Circle
          x={shape.x}
          y={shape.y}
          radius={shape.r + gap}
          stroke={focusColour}
          strokeWidth={ringWidth}
          {...common}
        />
      </Group>
    );
  const box = {
    x: shape.x - gap,
    y: shape.y - gap,
    width: shape.width + 2 * gap,
    height: shape.height + 2 * gap,
    cornerRadius: 10,
  };
  return (
    <Group name="focus-ring" listening={false}>
      <Rect {...box} stroke={paper} strokeWidth={ringWidth + 2 * bandWidth} {...common} />
      <Rect {...box} stroke={focusColour} strokeWidth={ringWidth} {...common} />
    </Group>
  );
}
