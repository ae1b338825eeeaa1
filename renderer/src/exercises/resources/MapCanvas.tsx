import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type Konva from 'konva';
import { Circle, Group, Image as KonvaImage, Layer, Line, Stage } from 'react-konva';
import { capitalColour, capitals, type Capital } from '#shared/exercises/resources/capitals.js';
import { areaFill, mapScene } from '#shared/exercises/resources/mapScene.js';
import { photoSize, type AreaKind, type ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import type { DrawingEvent } from '#shared/exercises/resources/tools.js';
import type { TextPrimitive } from '#shared/scene/primitives.js';
import { useApp } from '../../AppContext.js';
import { CanvasBox } from '../../canvas/CanvasBox.js';
import { mapCanvasText } from '../../canvas/CanvasText.js';
import { CanvasObjects, type CanvasObject } from '../../canvas/CanvasObjects.js';
import { FocusRing } from '../../canvas/FocusRing.js';
import { circleProps, lineProps, StaticShape, TextShape } from '../../canvas/SceneShapes.js';
import { useDragLift } from '../../canvas/useDragLift.js';
import { useStageViewport } from '../../canvas/useStageViewport.js';
import { ZoomTools } from '../../canvas/ZoomTools.js';
import { loadPhoto } from './photoImport.js';
import type { Tool } from './DrawToolbar.js';

/** The village map on the wall: photo, drawn shapes, markers, and the shape being drawn. */
export function MapCanvas({
  doc,
  tool,
  areaKind,
  selectedId,
  selectedShapeId,
  onSelect,
  onSelectShape,
  onMove,
  draft,
  onDrawing,
  onObjectMenu,
}: {
  doc: ResourceMapDocument;
  tool: Tool;
  areaKind: AreaKind;
  selectedId: string | null;
  selectedShapeId: string | null;
  onSelect: (resourceId: string | null) => void;
  onSelectShape: (shapeId: string | null) => void;
  /** A marker dropped at a new place (once per drag). */
  onMove: (resourceId: string, x: number, y: number) => void;
  draft: number[];
  onDrawing: (event: DrawingEvent) => void;
  /** A finger or pen held on a marker, or a right click: its menu, at that point of the page. */
  onObjectMenu?: (resourceId: string, at: { x: number; y: number }) => void;
}) {
  const { t } = useTranslation();
  const { showError } = useApp();
  const drag = useDragLift();
  const letters = useMemo(
    () => Object.fromEntries(capitals.map((c) => [c, t(`resources.letters.${c}`)])) as Record<Capital, string>,
    [t],
  );
  const scene = useMemo(() => mapScene(doc, letters, selectedId), [doc, letters, selectedId]);
  const { container, stageProps, isStage, fit, zoom, reveal } = useStageViewport(scene.bounds, true, {
    onObjectMenu: ({ target, x, y }) =>
      target.startsWith('resource-') && onObjectMenu?.(target.slice('resource-'.length), { x, y }),
  });
  const [photoImage, setPhotoImage] = useState<HTMLImageElement | null>(null);
  const photoId = doc.photo?.id ?? null;
  useEffect(() => {
    if (!photoId) return setPhotoImage(null);
    loadPhoto(photoId).then(setPhotoImage).catch(showError);
  }, [photoId, showError]);

  const selecting = tool === 'select';
  const texts = scene.primitives.filter((p): p is TextPrimitive => p.kind === 'text');
  const pointer = (e: Konva.KonvaEventObject<PointerEvent>) =>
    (e.target.getStage() as Konva.Stage).getRelativePointerPosition();
  const photo = doc.photo ? photoSize(doc.photo) : null;
  // Markers in the order they were put on the map (the table's order), each named with its capital and rating.
  const objects = useMemo<CanvasObject[]>(
    () =>
      doc.resources.map((r) => ({
        id: r.id,
        name: t('resources.markerName', {
          name: r.name,
          capital: t(`resources.capitals.${r.capital}`),
          rating: r.rating,
        }),
      })),
    [doc.resources, t],
  );
  // The marker whose keyboard stop has the focus: the canvas rings it.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusedMarker = scene.primitives.find(
    (p) => p.kind === 'circle' && focusedId !== null && p.target === focusedId,
  );

  return (
    <div className="canvas-wrap">
      <CanvasBox container={container} testId="map-canvas" text={mapCanvasText(t, doc, selectedId)}>
        {stageProps ? (
          <Stage
            {...stageProps}
            draggable={selecting}
            onMouseDown={(e) => {
              if (selecting && isStage(e.target)) {
                onSelect(null);
                onSelectShape(null);
              }
            }}
            onPointerDown={(e) => {
              const at = selecting ? null : pointer(e);
              if (at) onDrawing({ type: 'pointerDown', x: at.x, y: at.y, time: performance.now() });
            }}
            onPointerMove={(e) => {
              const at = selecting || draft.length === 0 ? null : pointer(e);
              if (at) onDrawing({ type: 'pointerMove', x: at.x, y: at.y });
            }}
            onPointerUp={() => {
              if (!selecting) onDrawing({ type: 'pointerUp' });
            }}
          >
            <Layer>
              {photoImage && photo ? (
                <KonvaImage
                  image={photoImage}
                  x={-photo.width / 2}
                  y={-photo.height / 2}
                  width={photo.width}
                  height={photo.height}
                  listening={false}
                />
              ) : null}
              {scene.primitives.map((p, i) =>
                p.kind === 'circle' && p.target ? (
                  <Circle
                    key={p.target}
                    name={`resource-${p.target}`}
                    {...circleProps(p)}
                    draggable={selecting}
                    listening={selecting}
                    onMouseDown={() => {
                      onSelectShape(null);
                      onSelect(p.target!);
                    }}
                    // Selected as the finger lands, as with the mouse: the tap's end may hit-test a redrawn layer.
                    onTouchStart={() => {
                      onSelectShape(null);
                      onSelect(p.target!);
                    }}
                    onDragStart={(e) => drag.lift(e.target, p.target!)}
                    onDragMove={(e) => drag.follow(e.target.x() - p.x, e.target.y() - p.y)}
                    onDragEnd={(e) => {
                      e.cancelBubble = true;
                      drag.drop(e.target);
                      onMove(p.target!, e.target.x(), e.target.y());
                    }}
                  />
                ) : p.kind === 'icon' ? (
                  <Group key={`i${i}`} ref={drag.register(p.target)}>
                    <StaticShape p={p} />
                  </Group>
                ) : p.kind === 'line' && p.target ? (
                  // A drawn road, river, area or stroke: selectable to delete it.
                  <Line
                    key={p.target}
                    name={`shape-${p.target}`}
                    {...lineProps(p)}
                    stroke={p.target === selectedShapeId ? '#0b5cad' : p.stroke}
                    hitStrokeWidth={24}
                    listening={selecting}
                    onMouseDown={() => {
                      onSelect(null);
                      onSelectShape(p.target!);
                    }}
                  />
                ) : p.kind !== 'text' ? (
                  <StaticShape key={`s${i}`} p={p} />
                ) : null,
              )}
            </Layer>
            <Layer listening={false}>
              {texts.map((p, i) => (
                <Group key={`${p.target}-${i}`} ref={drag.register(p.target)}>
                  <TextShape p={p} />
                </Group>
              ))}
              {draft.length >= 2 ? (
                <Line
                  points={draft}
                  stroke="#111827"
                  strokeWidth={4}
                  dash={tool === 'pen' ? undefined : [10, 6]}
                  closed={tool === 'areas'}
                  fill={tool === 'areas' ? areaFill[areaKind] : undefined}
                />
              ) : null}
            </Layer>
            <Layer ref={drag.layer} />
            <Layer listening={false}>
              {focusedMarker?.kind === 'circle' ? (
                <FocusRing kind="circle" x={focusedMarker.x} y={focusedMarker.y} r={focusedMarker.r} />
              ) : null}
            </Layer>
          </Stage>
        ) : null}
        <CanvasObjects
          label={t('resources.markers')}
          objects={objects}
          selectedId={selectedId}
          onSelect={(id) => {
            onSelectShape(null);
            onSelect(id);
          }}
          onFocusChange={(id) => {
            setFocusedId(id);
            const marker = scene.primitives.find((p) => p.kind === 'circle' && id !== null && p.target === id);
            // With room for the ring and the name under the marker.
            if (marker?.kind === 'circle')
              reveal({
                x: marker.x - marker.r - 16,
                y: marker.y - marker.r - 16,
                width: 2 * marker.r + 32,
                height: 2 * marker.r + 64,
              });
          }}
          walk="tab"
        />
      </CanvasBox>
      <ZoomTools zoom={zoom} fit={fit} className="canvas-tools" />
      <div className="legend" aria-label={t('exercise.legend')}>
        <ul>
          {capitals.map((c) => (
            <li key={c}>
              <span className="swatch" style={{ background: capitalColour[c] }} /> {letters[c]}{' '}
              {t(`resources.capitals.${c}`)}
            </li>
          ))}
        </ul>
      </div>
      {doc.resources.length === 0 ? <p className="canvas-hint">{t('resources.none')}</p> : null}
    </div>
  );
}
