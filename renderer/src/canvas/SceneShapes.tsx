import { memo } from 'react';
import { Circle, Group, Line, Path, Rect, Text } from 'react-konva';
import {
  textBlockHeight,
  type CirclePrimitive,
  type LinePrimitive,
  type RectPrimitive,
  type Primitive,
  type TextPrimitive,
} from '#shared/scene/primitives.js';

export const canvasFontFamily = 'Atkinson Hyperlegible, sans-serif';

/**
 * Draws a text primitive as the SVG export does: centred lines over an optional halo.
 * Memoised, as StaticShape: a scene that keeps an unchanged object's primitives (the same
 * objects) redraws nothing of it.
 */
export const TextShape = memo(function TextShape({ p }: { p: TextPrimitive }) {
  const height = textBlockHeight(p);
  const width = p.backdrop?.width ?? Math.max(...p.lines.map((l) => l.length)) * p.fontSize;
  return (
    <Group x={p.x - width / 2} y={p.y} listening={false}>
      {p.backdrop ? (
        <Rect width={width} height={height} fill={p.backdrop.fill} opacity={p.backdrop.opacity} cornerRadius={6} />
      ) : null}
      <Text
        text={p.lines.join('\n')}
        width={width}
        height={height}
        align="center"
        verticalAlign="middle"
        fontSize={p.fontSize}
        lineHeight={p.lineHeight}
        fontFamily={canvasFontFamily}
        fontStyle={p.bold ? 'bold' : 'normal'}
        fill={p.fill}
        wrap="none"
      />
    </Group>
  );
});

/**
 * A Konva Text's attributes for a text primitive: what it says and at what size, read by
 * whatever reads the stage, for a node that draws itself (labelSceneFunc).
 */
export const textAttributes = (t: TextPrimitive) => ({
  text: t.lines.join('\n'),
  fontSize: t.fontSize,
  lineHeight: t.lineHeight,
  fontFamily: canvasFontFamily,
  fontStyle: t.bold ? 'bold' : 'normal',
  fill: t.fill,
  wrap: 'none' as const,
});

/** '#rrggbb' + opacity -> 'rgba()', since a Konva shape has no separate fill opacity. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

export function rectProps(p: RectPrimitive) {
  return {
    x: p.x,
    y: p.y,
    width: p.width,
    height: p.height,
    fill: p.fill,
    stroke: p.stroke,
    strokeWidth: p.strokeWidth,
    dash: p.dash,
    cornerRadius: p.cornerRadius ?? 0,
  };
}

export function lineProps(p: LinePrimitive) {
  return {
    points: p.points,
    stroke: p.stroke,
    strokeWidth: p.strokeWidth,
    dash: p.dash,
    closed: Boolean(p.fill),
    fill: p.fill,
    lineCap: 'round' as const,
    lineJoin: 'round' as const,
  };
}

export function circleProps(p: CirclePrimitive) {
  return {
    x: p.x,
    y: p.y,
    radius: p.r,
    fill: withAlpha(p.fill, p.fillOpacity),
    stroke: p.stroke,
    strokeWidth: p.strokeWidth,
    dash: p.dash,
  };
}

/** Non-interactive primitives (rectangles, texts, circles without a handler). */
export const StaticShape = memo(function StaticShape({ p, name }: { p: Primitive; name?: string | undefined }) {
  if (p.kind === 'text') return <TextShape p={p} />;
  if (p.kind === 'line') return <Line {...lineProps(p)} listening={false} />;
  if (p.kind === 'rect') return <Rect {...rectProps(p)} listening={false} />;
  // A photo needs a loaded image element: the view that has one draws it.
  if (p.kind === 'image') return null;
  if (p.kind === 'icon')
    return (
      <Path
        x={p.x - p.size / 2}
        y={p.y - p.size / 2}
        scaleX={p.size / 24}
        scaleY={p.size / 24}
        data={p.data}
        fill={p.fill}
        listening={false}
      />
    );
  return <Circle {...circleProps(p)} name={name} listening={false} />;
});
