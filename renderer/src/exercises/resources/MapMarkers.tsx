import { memo } from 'react';
import type Konva from 'konva';
import { Group, Shape } from 'react-konva';
import type { MarkerLook } from '#shared/exercises/resources/mapLayout.js';
import { markerPrimitives, type MarkerPrimitives } from '#shared/exercises/resources/mapScene.js';
import type { MapResource } from '#shared/exercises/resources/schema.js';
import type { LabelPlacement } from '#shared/scene/labelPlacement.js';
import { textBlockHeight } from '#shared/scene/primitives.js';
import { textAttributes } from '../../canvas/SceneShapes.js';
import { drawMarker, hitMarker, markerHalfSide } from './markerDrawing.js';
import { labelSceneFunc, labelWidth } from '../../canvas/drawPrimitives.js';

type SceneFunc = (context: Konva.Context, shape: Konva.Shape) => void;

/**
 * Everything the canvas needs to draw one resource, made once per resource object (the
 * document keeps an unchanged resource the same object), letter, look and name placement:
 * the primitives and the drawing functions (what the whole map covers is the layout's,
 * mapLayout.ts). Handing React the same piece again lets the memoised marker skip the
 * render, and Konva keeps the same node with the same attributes.
 */
export interface MarkerPiece {
  id: string;
  x: number;
  y: number;
  primitives: MarkerPrimitives;
  /** The name label's box relative to the marker's centre. */
  label: { dx: number; dy: number; width: number; height: number };
  look: MarkerLook;
  placement: LabelPlacement;
  drawMarker: SceneFunc;
  hitMarker: SceneFunc;
  drawLabel: SceneFunc;
}

const pieces = new WeakMap<MapResource, MarkerPiece>();

function makePiece(
  primitives: MarkerPrimitives,
  r: MapResource,
  look: MarkerLook,
  placement: LabelPlacement,
): MarkerPiece {
  const [letterText, name] = primitives.labels;
  const width = labelWidth(name);
  const left = name.x - width / 2;
  return {
    id: r.id,
    x: r.x,
    y: r.y,
    primitives,
    label: { dx: left - r.x, dy: name.y - r.y, width, height: textBlockHeight(name) },
    look,
    placement,
    drawMarker: drawMarker(primitives.marker, letterText),
    hitMarker: hitMarker(primitives.marker),
    // The leader is drawn by the name's node, in the name's ink.
    drawLabel: labelSceneFunc(name, primitives.leader && { ...primitives.leader, stroke: name.fill }),
  };
}

const samePlacement = (a: LabelPlacement, b: LabelPlacement): boolean =>
  a.box.x === b.box.x &&
  a.box.y === b.box.y &&
  a.box.width === b.box.width &&
  a.lines.join('\n') === b.lines.join('\n') &&
  (a.leader?.join(',') ?? '') === (b.leader?.join(',') ?? '');

/**
 * The piece of a resource as drawn unselected: the same object for as long as the
 * resource, its letter, the look and where its name goes stay (a drop elsewhere on the map
 * leaves most names where they were, and their pieces with them).
 */
export function markerPiece(r: MapResource, letter: string, look: MarkerLook, placement: LabelPlacement): MarkerPiece {
  const known = pieces.get(r);
  if (
    known &&
    known.primitives.labels[0].lines[0] === letter &&
    known.look.growth === look.growth &&
    samePlacement(known.placement, placement)
  )
    return known;
  const piece = makePiece(markerPrimitives(r, letter, placement, look), r, look, placement);
  pieces.set(r, piece);
  return piece;
}

/**
 * The selected look of a resource (thicker outline, bold name), made when selected. Its
 * name's backdrop is opaque: it lies over the unselected name, which must not show through.
 */
export function selectedMarkerPiece(
  r: MapResource,
  letter: string,
  look: MarkerLook,
  placement: LabelPlacement,
): MarkerPiece {
  const primitives = markerPrimitives(r, letter, placement, look, true);
  const [letterText, name] = primitives.labels;
  const opaque = { ...name, ...(name.backdrop ? { backdrop: { ...name.backdrop, opacity: 1 } } : {}) };
  return makePiece({ ...primitives, labels: [letterText, opaque] }, r, look, placement);
}

/**
 * A marker as one Konva node: a plain shape whose box is the circle's square centred on
 * the resource, and which draws the circle, icon and letter as one shared sprite. It is
 * hit as a circle. Named `resource-<id>` for the delegated handlers and the menus. (Not a
 * Text node: Konva measures a Text's lines as it makes it, a thousand measures while a
 * large map opens, for a letter the sprite draws anyway.)
 */
export const MarkerNode = memo(function MarkerNode({
  piece,
  draggable,
  copy = false,
}: {
  piece: MarkerPiece;
  draggable: boolean;
  /** The selection's copy, inside a group at the marker's centre: not the marker the handlers and menus find. */
  copy?: boolean;
}) {
  const half = markerHalfSide(piece.primitives.marker);
  return (
    <Shape
      name={`${copy ? 'selected' : 'resource'}-${piece.id}`}
      x={copy ? 0 : piece.x}
      y={copy ? 0 : piece.y}
      width={2 * half}
      height={2 * half}
      offsetX={half}
      offsetY={half}
      // What the sprite shows, for whatever reads the stage (a test of the sizes on screen).
      letter={piece.primitives.labels[0].lines[0]}
      letterSize={piece.primitives.labels[0].fontSize}
      sceneFunc={piece.drawMarker}
      hitFunc={piece.hitMarker}
      draggable={draggable}
      perfectDrawEnabled={false}
    />
  );
});

/**
 * A marker's name under it, as one node that draws its paper backdrop and its lines
 * (`relative`: the selection's copy). A plain shape carrying a Text's attributes (what it
 * says, at what size) for whatever reads the stage, not a Konva Text, which measures its
 * lines again as it is made: the layout measured them, and a large map opens with 1,000 names.
 */
export const LabelNode = memo(function LabelNode({ piece, relative }: { piece: MarkerPiece; relative?: boolean }) {
  const { dx, dy, width, height } = piece.label;
  return (
    <Shape
      name={`${relative ? 'selected-label' : 'label'}-${piece.id}`}
      x={relative ? dx : piece.x + dx}
      y={relative ? dy : piece.y + dy}
      {...textAttributes(piece.primitives.labels[1])}
      width={width}
      height={height}
      sceneFunc={piece.drawLabel}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
});

/**
 * The selected marker drawn again over everything, on the selection's own layer: thicker
 * outline, bold name. Selecting another marker redraws this small layer only; the layer of
 * all markers keeps its nodes untouched. Placed at the marker's centre, so a drag moves it
 * by its position alone.
 */
export function SelectedMarker({ piece }: { piece: MarkerPiece }) {
  return (
    <Group name={`selection-${piece.id}`} x={piece.x} y={piece.y} listening={false}>
      <MarkerNode piece={piece} draggable={false} copy />
      <LabelNode piece={piece} relative />
    </Group>
  );
}
