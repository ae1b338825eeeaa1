import type Konva from 'konva';
import {
  forwardRef,
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  startTransition,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Layer, Stage } from 'react-konva';
import { vennPieces, type VennPiece, type VennPieces } from '#shared/exercises/venn/scene.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import { StaticShape } from '../../canvas/SceneShapes.js';
import { useDragLift } from '../../canvas/useDragLift.js';
import { useBoxSize, useStageViewport } from '../../canvas/useStageViewport.js';
import { isInside, minLabelPx, unionBounds } from '../../canvas/viewport.js';
import { storedPosition } from '#shared/exercises/venn/layout.js';
import { usePresentation } from '../presentation.js';
import { communityRadius, importanceRadius, radiusOf } from '#shared/exercises/venn/logic.js';
import { CanvasBox } from '../../canvas/CanvasBox.js';
import { vennCanvasText } from '../../canvas/CanvasText.js';
import { CanvasObjects, type CanvasObject } from '../../canvas/CanvasObjects.js';
import { FocusRing } from '../../canvas/FocusRing.js';
import { institutionRows } from './institutionRows.js';
import { useVennLayout } from './useVennLayout.js';
import {
  InstitutionCircle,
  InstitutionLabel,
  SelectionOutline,
  type CircleHandlers,
  type MoveWith,
} from './VennShapes.js';

/** Even an empty diagram is framed to show where the first circles will go. */
const viewRadius = communityRadius + 2 * importanceRadius[2] + 80;
const minimumView = { x: -viewRadius, y: -viewRadius, width: 2 * viewRadius, height: 2 * viewRadius };
/** Room kept around an object brought into view for the keyboard, for its focus ring. */
const ringMargin = 16;
const namePrefix = 'institution-';

export interface VennCanvasHandle {
  fit: () => void;
  zoom: (factor: number) => void;
}

interface Props {
  doc: VennDocument;
  communityName: string;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Called once, when a drag is released: the drag is one undo step. */
  onMove: (id: string, x: number, y: number) => void;
  /** A finger or pen held on a circle, or a right click: its menu, at that point of the page. */
  onObjectMenu?: (id: string, at: { x: number; y: number }) => void;
}

/**
 * The live diagram. It draws the same scene as the PDF, piece by piece: each institution's
 * circle and label are memoised on its piece (vennPieces keeps a piece while its
 * institution is unchanged), the circles share one set of handlers that read the pressed
 * circle's name, and the selection is an outline on a layer of its own. So a press, a
 * selection or a drop redraws only the circles it changes, never the whole diagram. While
 * a circle is dragged, Konva moves the node (and its label) itself and React is not
 * involved; the new position is committed on release.
 *
 * The move on a drop is rendered by React as a transition, which it can interrupt: the
 * release draws at once (the drag layer), and what it changes in the rest of the page
 * follows in slices of a few milliseconds. The selection on a press is not: a key pressed
 * just after must act on the circle just pressed.
 */
export const VennCanvas = forwardRef<VennCanvasHandle, Props>(function VennCanvas(
  { doc, communityName, selectedId, onSelect, onMove, onObjectMenu },
  ref,
) {
  // Laid out for this canvas: far bands compressed and labels grown so that a fit shows
  // everything with labels at least 18 px (24 on the wall); drawn as stored until measured.
  const box = useBoxSize();
  const labelPx = usePresentation() === 'editor' ? minLabelPx.editor : minLabelPx.wall;
  const { width: boxWidth } = box.size;
  // The height the drawing gets: what the zoom tools and the legend leave.
  const boxHeight = box.size.height - box.insets.top - box.insets.bottom;
  const layoutView = boxWidth > 0 ? { width: boxWidth, height: boxHeight, minLabelPx: labelPx } : null;
  const layout = useVennLayout(doc, communityName, layoutView);
  const pieces = useMemo(() => vennPieces(doc, communityName, layout), [doc, communityName, layout]);
  const framed = useMemo(() => unionBounds(pieces.bounds, minimumView), [pieces.bounds]);
  const { container, size, viewport, fit, zoom, reveal, stageProps, isStage } = useStageViewport(framed, true, {
    box,
    onObjectMenu: ({ target, x, y }) =>
      target.startsWith(namePrefix) && onObjectMenu?.(target.slice(namePrefix.length), { x, y }),
  });
  const drag = useDragLift();
  // Counts drops: the render that draws a drop's move carries a new count, and its commit
  // puts the lifted circle and labels back (drag.settle) with the moved layout in place.
  const [drops, setDrops] = useState(0);
  useLayoutEffect(() => drag.settle(), [drops, drag]);
  const { t } = useTranslation();
  // The circle whose keyboard stop has the focus: the canvas rings it, as the page rings a button.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // The keyboard's stops and the spoken summary follow a change a moment after the picture
  // (a render React may interrupt): a drop redraws the circle first.
  const wordsDoc = useDeferredValue(doc);
  // And the selection: a press redraws the outline and two labels at once, and the spoken
  // summary a moment later.
  const wordsSelectedId = useDeferredValue(selectedId);
  const rows = institutionRows(wordsDoc);
  // Walked in the table's order, most important first, each named with what the picture
  // shows. A name is worded again only when what it says changed (a drop rewords one, not 200).
  const names = useRef({ t, byId: new Map<string, { says: string; object: CanvasObject }>() });
  const objects = useMemo<CanvasObject[]>(() => {
    if (names.current.t !== t) names.current = { t, byId: new Map() };
    const known = names.current.byId;
    return rows.map((row) => {
      const says = `${row.name}\u0000${row.importance}\u0000${row.band}\u0000${row.relation}`;
      const kept = known.get(row.id);
      if (kept?.says === says) return kept.object;
      const object = {
        id: row.id,
        name: t('venn.objectName', {
          name: row.name,
          importance: row.importance,
          level: t(`venn.importanceLevels.${row.importance}`),
          band: t(`venn.bands.${row.band}`),
          relation: t(`venn.relations.${row.relation}`),
        }),
      };
      known.set(row.id, { says, object });
      return object;
    });
  }, [rows, t]);
  const text = useMemo(() => vennCanvasText(t, wordsDoc, wordsSelectedId, rows), [t, wordsDoc, wordsSelectedId, rows]);
  const focused = doc.institutions.find((i) => i.id === focusedId);
  const focusedAt = focused ? layout.shown.get(focused.id) : undefined;
  const selectedPiece = pieces.institutions.find((p) => p.id === selectedId) ?? null;

  useImperativeHandle(ref, () => ({ fit, zoom }), [fit, zoom]);

  // Zoom stays as the facilitator set it, except that a newly added circle outside the
  // view brings the whole diagram back into view.
  const count = doc.institutions.length;
  const lastCount = useRef(count);
  useEffect(() => {
    const added = count > lastCount.current;
    lastCount.current = count;
    const newest = doc.institutions[count - 1];
    if (!added || !newest || !viewport) return;
    const r = radiusOf(newest);
    const at = layout.shown.get(newest.id) ?? newest;
    if (!isInside({ x: at.x - r, y: at.y - r, width: 2 * r, height: 2 * r }, viewport, size.width, size.height)) fit();
  }, [count, doc.institutions, fit, layout, size, viewport]);

  // The newest props and pieces, read by handlers made once for the canvas's life.
  const latest = useRef({ onSelect, onMove, pieces, doc, reveal, layout });
  latest.current = { onSelect, onMove, pieces, doc, reveal, layout };

  const handlers = useMemo<CircleHandlers>(() => {
    const idOf = (node: Konva.Node): string => node.name().slice(namePrefix.length);
    const pieceOf = (id: string): VennPiece | undefined => latest.current.pieces.institutions.find((p) => p.id === id);
    // Where the dragged circle was when the drag began, for its labels to follow.
    let dragFrom = { x: 0, y: 0 };
    const select = (e: Konva.KonvaEventObject<Event>): void => latest.current.onSelect(idOf(e.target));
    return {
      onMouseDown: select,
      onTouchStart: select,
      onDragStart: (e) => {
        const id = idOf(e.target);
        const piece = pieceOf(id);
        dragFrom = piece ? { x: piece.circle.x, y: piece.circle.y } : e.target.position();
        drag.lift(e.target, id);
      },
      onDragMove: (e) => drag.follow(e.target.x() - dragFrom.x, e.target.y() - dragFrom.y),
      onDragEnd: (e) => {
        e.cancelBubble = true;
        drag.release();
        // Dropped where it is drawn; stored where that is without the display's compression,
        // so it lands in the band it was dropped in.
        const id = idOf(e.target);
        const inst = latest.current.doc.institutions.find((i) => i.id === id);
        if (!inst) return drag.settle();
        const at = storedPosition(inst.importance, e.target.position(), latest.current.layout.compression);
        startTransition(() => {
          latest.current.onMove(id, at.x, at.y);
          setDrops((n) => n + 1);
        });
      },
    };
  }, [drag]);

  const onStagePress = useCallback(
    (e: Konva.KonvaEventObject<Event>) => {
      if (isStage(e.target)) latest.current.onSelect(null);
    },
    [isStage],
  );

  const onFocusChange = useCallback((id: string | null) => {
    setFocusedId(id);
    const inst = latest.current.doc.institutions.find((i) => i.id === id);
    const at = inst ? latest.current.layout.shown.get(inst.id) : undefined;
    // The ring too (it lies just outside the circle), so it is whole.
    const r = inst ? radiusOf(inst) + ringMargin : 0;
    if (at) latest.current.reveal({ x: at.x - r, y: at.y - r, width: 2 * r, height: 2 * r });
  }, []);

  return (
    <CanvasBox container={container} testId="venn-canvas" text={text} layoutView={layoutView}>
      {stageProps ? (
        <Stage {...stageProps} onMouseDown={onStagePress} onTap={onStagePress}>
          <CircleLayer pieces={pieces} handlers={handlers} />
          {/* Over the circles, under the labels: a selected circle is outlined whatever lies on it. */}
          {/* Layers with nothing to show are hidden: each shown one is a canvas composited on every frame. */}
          <Layer name="selection-layer" listening={false} visible={selectedPiece !== null}>
            {selectedPiece ? (
              // Not keyed by the circle: selecting another moves this one outline, no node is made.
              <SelectionOutline p={selectedPiece.circle} moveWith={drag.register} />
            ) : null}
          </Layer>
          <LabelLayer pieces={pieces} boldId={selectedId} moveWith={drag.register} />
          {/* Shown by useDragLift while a circle or a parked label is on it. */}
          <Layer ref={drag.layer} visible={false} />
          <Layer listening={false} visible={Boolean(focused && focusedAt)}>
            {focused && focusedAt ? (
              <FocusRing kind="circle" x={focusedAt.x} y={focusedAt.y} r={radiusOf(focused)} />
            ) : null}
          </Layer>
        </Stage>
      ) : null}
      <CanvasObjects
        label={t('venn.objects')}
        objects={objects}
        // Not deferred: a key pressed next (Tab) must start from the stop just selected.
        selectedId={selectedId}
        onSelect={onSelect}
        onFocusChange={onFocusChange}
        walk="tab"
      />
    </CanvasBox>
  );
});

/**
 * The circles' layer: no selection in its props, so a press that selects a circle does not
 * render it (nor walk its 200 circles) at all; only a change of the pieces does.
 */
const CircleLayer = memo(function CircleLayer({ pieces, handlers }: { pieces: VennPieces; handlers: CircleHandlers }) {
  return (
    <Layer>
      <StaticShape p={pieces.community.circle} name="community" />
      {pieces.institutions.map((p) => (
        <InstitutionCircle key={p.id} p={p.circle} handlers={handlers} />
      ))}
    </Layer>
  );
});

/** Every label over every circle; the selected institution's in bold. */
const LabelLayer = memo(function LabelLayer({
  pieces,
  boldId,
  moveWith,
}: {
  pieces: VennPieces;
  boldId: string | null;
  moveWith: MoveWith;
}) {
  return (
    <Layer listening={false}>
      <InstitutionLabel p={pieces.community.label} leader={null} bold moveWith={moveWith} />
      {pieces.institutions.map((p) => (
        <InstitutionLabel key={p.id} p={p.label} leader={p.leader} bold={p.id === boldId} moveWith={moveWith} />
      ))}
    </Layer>
  );
});
