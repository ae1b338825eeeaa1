import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type Konva from 'konva';
import { Layer, Line, Stage } from 'react-konva';
import { capitalColour, capitals, type Capital } from '#shared/exercises/resources/capitals.js';
import { withMargin } from '#shared/exercises/resources/mapLayout.js';
import {
  areaFill,
  hasGrid,
  mapBackdropPrimitives,
  mapGridPrimitives,
  withGridMargin,
} from '#shared/exercises/resources/mapScene.js';
import {
  emptyResourceMapDocument,
  photoSize,
  type AreaKind,
  type MapResource,
  type ResourceMapDocument,
} from '#shared/exercises/resources/schema.js';
import type { DrawingEvent } from '#shared/exercises/resources/tools.js';
import { boundsOf, type Bounds } from '#shared/scene/primitives.js';
import { lineAt } from '#shared/scene/lineAt.js';
import { CanvasBox } from '../../canvas/CanvasBox.js';
import { mapCanvasText } from '../../canvas/CanvasText.js';
import { CanvasObjects, type CanvasObject } from '../../canvas/CanvasObjects.js';
import { FocusRing } from '../../canvas/FocusRing.js';
import { lineProps } from '../../canvas/SceneShapes.js';
import { useBoxSize, useStageViewport } from '../../canvas/useStageViewport.js';
import { minLabelPx, unionBounds } from '../../canvas/viewport.js';
import { ZoomTools } from '../../canvas/ZoomTools.js';
import { EditorOnly, usePresentation } from '../presentation.js';
import type { Tool } from './DrawToolbar.js';
import { cacheDensity, MapBackdrop } from './MapBackdrop.js';
import {
  LabelNode,
  MarkerNode,
  markerPiece,
  SelectedMarker,
  selectedMarkerPiece,
  type MarkerPiece,
} from './MapMarkers.js';
import { useMapLayout } from './useMapLayout.js';
import { useMapPhoto } from './useMapPhoto.js';
import { useMarkerDrag } from './useMarkerDrag.js';

/**
 * How many markers one frame mounts while a map opens: the photo and the shapes show in
 * the first frame with the first markers, the rest follow a few frames later, instead of
 * one long task that draws nothing until all of them are made.
 */
const markersPerFrame = 500;

const noResources: readonly MapResource[] = [];
/** Where a marker's own name goes in its translated description (no translation holds it). */
const namePlaceholder = '\u0000';

/** How far from a drawn line's middle a press still takes it, in map units (half the 24-unit hit stroke it had as a node). */
const shapeReach = 12;

/** The latest value, for handlers made once that must act on the current props. */
function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

/**
 * The village map on the wall, drawn in layers that change for different reasons: the
 * backdrop (photo, grid, drawn shapes; cached as one picture), the markers and over them
 * their names (one node each, memoised per resource), the marker being dragged, the selection (the
 * selected marker and shape drawn again over the rest) and the keyboard's focus ring.
 * Selecting, hovering or dropping a marker touches only that marker's nodes and the
 * selection's layer; the handlers are one per layer, made once.
 */
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
  const letters = useMemo(
    () => Object.fromEntries(capitals.map((c) => [c, t(`resources.letters.${c}`)])) as Record<Capital, string>,
    [t],
  );
  const shownResources = useMemo(
    () => (doc.hiddenLayers.includes('resources') ? [] : doc.resources),
    [doc.hiddenLayers, doc.resources],
  );
  // Only these parts of the document are drawn under the markers: a moved marker keeps the same backdrop.
  const { photo: docPhoto, shapes, hiddenLayers } = doc;
  const backdrop = useMemo(
    () => mapBackdropPrimitives({ ...emptyResourceMapDocument(), photo: docPhoto, shapes, hiddenLayers }),
    [docPhoto, shapes, hiddenLayers],
  );
  const underBounds = useMemo(() => (backdrop.length > 0 ? boundsOf(backdrop, 0) : null), [backdrop]);
  // Laid out for this canvas: names grown (and placed clear of each other) so that a fit
  // shows the whole map with names at least 18 px (24 on the wall); as stored until measured.
  const box = useBoxSize();
  const labelPx = usePresentation() === 'editor' ? minLabelPx.editor : minLabelPx.wall;
  const boxWidth = box.size.width;
  // The height the map gets: what the zoom tools leave.
  const boxHeight = box.size.height - box.insets.top - box.insets.bottom;
  const grid = hasGrid(doc);
  const layoutView = boxWidth > 0 ? { width: boxWidth, height: boxHeight, minLabelPx: labelPx } : null;
  // Nothing is drawn before the box is measured (the stage waits for its size): the
  // markers are laid out once, for the canvas they are drawn on, not first for none.
  const laidResources = layoutView ? shownResources : noResources;
  const layout = useMapLayout(laidResources, underBounds, layoutView, grid);
  // One piece per resource, the same object while the resource and where its name goes are unchanged.
  const markers = useMemo(
    () => laidResources.map((r) => markerPiece(r, letters[r.capital], layout.look, layout.labels.get(r.id)!)),
    [laidResources, letters, layout],
  );
  // The grid sized to what is drawn, as in the PDF (mapScene); the same lines while that size stays.
  const gridKey = grid ? JSON.stringify(withGridMargin(layout.bounds)) : '';
  const gridLines = useMemo(() => (gridKey ? mapGridPrimitives(JSON.parse(gridKey) as Bounds) : []), [gridKey]);
  const underMarkers = useMemo(() => [...gridLines, ...backdrop], [gridLines, backdrop]);
  // The cached backdrop's own size: it changes with what lies under the markers, never with a drop.
  const underMarkersBounds = useMemo(() => boundsOf(underMarkers, 0), [underMarkers]);
  const bounds = useMemo(
    () =>
      gridLines.length === 0
        ? withMargin(layout.bounds)
        : // The drawing and its grid, with 10 units to spare.
          withMargin(unionBounds(layout.bounds, boundsOf(gridLines, 0)), 10),
    [layout.bounds, gridLines],
  );

  const onSelectLatest = useLatest({ onSelect, onSelectShape, onMove, onObjectMenu });
  const { container, stageProps, isStage, fit, zoom, reveal, viewport } = useStageViewport(bounds, true, {
    box,
    onObjectMenu: ({ target, x, y }) =>
      target.startsWith('resource-') &&
      onSelectLatest.current.onObjectMenu?.(target.slice('resource-'.length), { x, y }),
  });
  const { image: photoImage, settled: photoSettled } = useMapPhoto(doc.photo?.id ?? null);
  const photo = useMemo(
    () => (photoImage && doc.photo ? { image: photoImage, ...photoSize(doc.photo) } : null),
    [photoImage, doc.photo],
  );

  // Markers mount a frame's worth at a time when a large map opens.
  const stageShown = stageProps !== null;
  const [mounted, setMounted] = useState(markersPerFrame);
  useEffect(() => {
    // Counted from the first drawn frame: before the stage is sized nothing is drawn.
    if (!stageShown || mounted >= markers.length) return;
    const frame = requestAnimationFrame(() => setMounted((n) => n + markersPerFrame));
    return () => cancelAnimationFrame(frame);
  }, [stageShown, mounted, markers.length]);
  const shownMarkers = mounted >= markers.length ? markers : markers.slice(0, mounted);

  const selecting = tool === 'select';
  const drag = useMarkerDrag((id, x, y) => onSelectLatest.current.onMove(id, x, y));
  const handlers = useMemo(() => {
    const markerId = (node: Konva.Node): string | null =>
      node.name().startsWith('resource-') ? node.name().slice('resource-'.length) : null;
    const pressMarker = (e: Konva.KonvaEventObject<Event>): void => {
      const id = markerId(e.target);
      if (!id) return;
      onSelectLatest.current.onSelectShape(null);
      onSelectLatest.current.onSelect(id);
    };
    return { pressMarker };
  }, [onSelectLatest]);

  // The stage's handlers, made once: new functions on each render would make react-konva
  // unbind and bind them again on every selection.
  const stageLatest = useLatest({
    stageProps,
    isStage,
    selecting,
    draft,
    onDrawing,
    onSelect,
    onSelectShape,
    underMarkers,
  });
  const stageHandlers = useMemo(() => {
    const pointer = (e: Konva.KonvaEventObject<Event>) =>
      (e.target.getStage() as Konva.Stage).getRelativePointerPosition();
    return {
      onDragEnd: (e: Konva.KonvaEventObject<DragEvent>) => stageLatest.current.stageProps?.onDragEnd(e),
      onWheel: (e: Konva.KonvaEventObject<WheelEvent>) => stageLatest.current.stageProps?.onWheel(e),
      onMouseDown: (e: Konva.KonvaEventObject<MouseEvent>) => {
        const now = stageLatest.current;
        if (!now.selecting || !now.isStage(e.target)) return;
        // Nothing that listens was pressed: a drawn road, river or area, if the press is on one.
        const at = pointer(e);
        const shape = at ? lineAt(now.underMarkers, at, shapeReach) : null;
        now.onSelect(null);
        now.onSelectShape(shape);
      },
      onPointerDown: (e: Konva.KonvaEventObject<PointerEvent>) => {
        const at = stageLatest.current.selecting ? null : pointer(e);
        if (at) stageLatest.current.onDrawing({ type: 'pointerDown', x: at.x, y: at.y, time: performance.now() });
      },
      onPointerMove: (e: Konva.KonvaEventObject<PointerEvent>) => {
        const now = stageLatest.current;
        const at = now.selecting || now.draft.length === 0 ? null : pointer(e);
        if (at) now.onDrawing({ type: 'pointerMove', x: at.x, y: at.y });
      },
      onPointerUp: () => {
        if (!stageLatest.current.selecting) stageLatest.current.onDrawing({ type: 'pointerUp' });
      },
    };
  }, [stageLatest]);
  // Markers in the order they were put on the map (the table's order), each named with its
  // capital and rating: one translation per capital and rating, the name put in (translating
  // 1,000 names one by one took 50 ms as a large map opened).
  const markerName = useMemo(() => {
    const templates = new Map<string, string[]>();
    return (r: MapResource): string => {
      const key = `${r.capital} ${r.rating}`;
      let parts = templates.get(key);
      if (!parts) {
        const capital = t(`resources.capitals.${r.capital}`);
        parts = t('resources.markerName', { name: namePlaceholder, capital, rating: r.rating }).split(namePlaceholder);
        templates.set(key, parts);
      }
      return parts.join(r.name);
    };
  }, [t]);
  // The keyboard's stops (a button per marker, each named in words) follow the picture: a
  // large map opens with all its markers and its photo drawn first (making 1,000 stops took
  // 140 ms that the photo waited for), and a drop moves the marker before its stop.
  // Once all are there they stay (a marker added later mounts a frame late; its stop need not).
  const [opened, setOpened] = useState(false);
  const pictureDrawn = stageShown && mounted >= markers.length && photoSettled;
  useEffect(() => {
    if (pictureDrawn) setOpened(true);
  }, [pictureDrawn]);
  const wordsResources = useDeferredValue(opened ? doc.resources : noResources, noResources);
  const objects = useMemo<CanvasObject[]>(
    () => wordsResources.map((r) => ({ id: r.id, name: markerName(r) })),
    [wordsResources, markerName],
  );
  const text = useMemo(() => mapCanvasText(t, doc, selectedId), [t, doc, selectedId]);
  // The marker whose keyboard stop has the focus: the canvas rings it.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const pieceOf = (id: string | null): MarkerPiece | undefined =>
    id === null ? undefined : markers.find((m) => m.id === id);
  const focusedMarker = pieceOf(focusedId);
  const selectedResource = selectedId === null ? undefined : laidResources.find((r) => r.id === selectedId);
  const selected = useMemo(
    () =>
      selectedResource
        ? selectedMarkerPiece(
            selectedResource,
            letters[selectedResource.capital],
            layout.look,
            layout.labels.get(selectedResource.id)!,
          )
        : null,
    [selectedResource, letters, layout],
  );
  const selectedShape = underMarkers.find((p) => p.kind === 'line' && p.target === selectedShapeId);
  const density = cacheDensity(viewport?.scale ?? 1);

  return (
    <div className="canvas-wrap">
      <CanvasBox container={container} testId="map-canvas" text={text} layoutView={layoutView}>
        {stageProps ? (
          <Stage {...stageProps} draggable={selecting} {...stageHandlers}>
            <MapBackdrop photo={photo} primitives={underMarkers} bounds={underMarkersBounds} density={density} />
            <Layer
              ref={drag.markers}
              listening={selecting}
              onMouseDown={handlers.pressMarker}
              // Selected as the finger lands, as with the mouse: the tap's end may hit-test a redrawn layer.
              onTouchStart={handlers.pressMarker}
              onDragStart={drag.onDragStart}
            >
              {shownMarkers.map((m) => (
                <MarkerNode key={m.id} piece={m} draggable={selecting} />
              ))}
              {/* The names over every marker, on the same layer: one canvas less to composite on every frame. */}
              {shownMarkers.map((m) => (
                <LabelNode key={m.id} piece={m} />
              ))}
            </Layer>
            {/* Layers with nothing to show are hidden: each shown one is a canvas composited on every frame. */}
            <Layer ref={drag.layer} visible={false} onDragMove={drag.onDragMove} onDragEnd={drag.onDragEnd} />
            <Layer
              ref={drag.selection}
              listening={false}
              visible={Boolean(selectedShape?.kind === 'line' || selected || draft.length >= 2)}
            >
              {selectedShape?.kind === 'line' ? (
                <Line {...lineProps(selectedShape)} fill={undefined} stroke="#0b5cad" listening={false} />
              ) : null}
              {selected ? <SelectedMarker key={selected.id} piece={selected} /> : null}
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
            <Layer listening={false} visible={Boolean(focusedMarker)}>
              {focusedMarker ? (
                <FocusRing
                  kind="circle"
                  x={focusedMarker.x}
                  y={focusedMarker.y}
                  r={focusedMarker.primitives.marker[0].r}
                />
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
            const marker = pieceOf(id);
            // With room for the ring and the name under the marker.
            if (marker) {
              const r = marker.primitives.marker[0].r;
              reveal({ x: marker.x - r - 16, y: marker.y - r - 16, width: 2 * r + 32, height: 2 * r + 64 });
            }
          }}
          walk="tab"
        />
      </CanvasBox>
      <ZoomTools zoom={zoom} fit={fit} className="canvas-tools" />
      {/* On the wall the frame puts it in a strip under the map, where it covers no marker. */}
      <EditorOnly>
        <MapLegend />
      </EditorOnly>
      {doc.resources.length === 0 ? <p className="canvas-hint">{t('resources.none')}</p> : null}
    </div>
  );
}

/** What a marker's colour and letter mean: the five capitals. */
export function MapLegend() {
  const { t } = useTranslation();
  return (
    <div className="legend" aria-label={t('exercise.legend')}>
      <ul>
        {capitals.map((c) => (
          <li key={c}>
            <span className="swatch" style={{ background: capitalColour[c] }} /> {t(`resources.letters.${c}`)}{' '}
            {t(`resources.capitals.${c}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
