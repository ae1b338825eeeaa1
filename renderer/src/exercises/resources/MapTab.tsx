import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addResource,
  addShape,
  moveResource,
  nudgeResource,
  removeResource,
  removeShape,
} from '#shared/exercises/resources/actions.js';
import type { AreaKind, ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import type { DrawingTool, DrawnShape } from '#shared/exercises/resources/tools.js';
import { newId } from '../../ids.js';
import { plainKey, useKeymap } from '../../useKeymap.js';
import { AddResourceForm } from './AddResourceForm.js';
import { DrawToolbar, type Tool } from './DrawToolbar.js';
import type { Act } from './mapActions.js';
import { MapCanvas } from './MapCanvas.js';
import { MapSettings } from './MapSettings.js';
import { PhotoTools } from './PhotoTools.js';
import { useObjectMenu } from '../../components/ObjectMenu.js';
import { ResourceMenu } from './ResourceMenu.js';
import { ResourcePanel } from './ResourcePanel.js';
import { useDrawing } from './useDrawing.js';

/** How far one arrow press moves a marker, in map units (a marker's radius is 28). */
const nudgeStep = 10;
const arrows: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export interface MapSelection {
  resourceId: string | null;
  shapeId: string | null;
}

/** The map tab: the canvas, and beside it the drawing tools, the photo, adding resources and the selected resource. */
export function MapTab({
  doc,
  act,
  selection,
  onSelection,
}: {
  doc: ResourceMapDocument;
  act: Act;
  selection: MapSelection;
  onSelection: (selection: MapSelection) => void;
}) {
  const { t } = useTranslation();
  const [tool, setTool] = useState<Tool>('select');
  const [areaKind, setAreaKind] = useState<AreaKind>('ricefield');
  const [labelText, setLabelText] = useState('');
  const drawingTool = useMemo<DrawingTool | null>(
    () => (tool === 'select' ? null : { layer: tool, areaKind, text: labelText }),
    [areaKind, labelText, tool],
  );
  const onShape = useCallback((shape: DrawnShape) => act(addShape, { shape: { id: newId(), ...shape } }), [act]);
  const { draft, drawing, send } = useDrawing(drawingTool, onShape);
  const selected = doc.resources.find((r) => r.id === selection.resourceId) ?? null;
  const select = (resourceId: string | null): void => onSelection({ resourceId, shapeId: null });
  const menu = useObjectMenu(select, selected?.id);
  const selectShape = (shapeId: string | null): void => onSelection({ resourceId: null, shapeId });

  useKeymap([
    { keyTest: (e) => drawing && plainKey('Enter')(e), run: () => send({ type: 'enter' }), canvasOnly: true },
    { keyTest: (e) => drawing && plainKey('Escape')(e), run: () => send({ type: 'escape' }), canvasOnly: true },
    // Nothing being drawn: Escape leaves the drawing tool (its hint says so), back to selecting.
    { keyTest: (e) => tool !== 'select' && plainKey('Escape')(e), run: () => setTool('select'), canvasOnly: true },
    {
      keyTest: (e) => selection.shapeId !== null && plainKey('Delete', 'Backspace')(e),
      canvasOnly: true,
      run: () => {
        act(removeShape, { id: selection.shapeId! });
        selectShape(null);
      },
    },
    {
      keyTest: (e) => selection.resourceId !== null && plainKey('Delete', 'Backspace')(e),
      canvasOnly: true,
      run: () => {
        act(removeResource, { id: selection.resourceId! });
        select(null);
      },
    },
    {
      // The keyboard's drag: arrows move the selected marker, Shift for a fine step.
      keyTest: (e) => selection.resourceId !== null && !e.ctrlKey && !e.metaKey && !e.altKey && e.key in arrows,
      canvasOnly: true,
      run: (e) => {
        const [x, y] = arrows[e.key]!;
        const step = e.shiftKey ? 1 : nudgeStep;
        const id = selection.resourceId!;
        act(nudgeResource, { id, dx: x * step, dy: y * step }, `nudge:${id}`);
      },
    },
  ]);

  return (
    <>
      <div className="editor-body map-body">
        <MapCanvas
          doc={doc}
          tool={tool}
          areaKind={areaKind}
          selectedId={selection.resourceId}
          selectedShapeId={selection.shapeId}
          onSelect={select}
          onSelectShape={selectShape}
          onMove={(id, x, y) => act(moveResource, { id, x, y })}
          draft={draft}
          onDrawing={send}
          onObjectMenu={menu.open}
        />
        {menu.at && selected ? (
          <ResourceMenu
            resource={selected}
            at={menu.at}
            act={act}
            onRemove={() => {
              act(removeResource, { id: selected.id });
              select(null);
            }}
            onClose={menu.close}
          />
        ) : null}
        <aside className="side">
          {/*
           * Drawing tools and the photo sit beside the map, not in a row above it: the map
           * takes the whole height under the tabs (issue 11: at least 3/4 of a 1024x768 wall).
           */}
          <section className="map-tools" aria-label={t('resources.tool')}>
            <DrawToolbar
              tool={tool}
              onTool={setTool}
              areaKind={areaKind}
              onAreaKind={setAreaKind}
              labelText={labelText}
              onLabelText={setLabelText}
            />
            <PhotoTools doc={doc} act={act} />
          </section>
          {/* Naming what the group points at sits beside the map, not above it: the map keeps its height. */}
          <AddResourceForm
            onAdd={(name, capital) => {
              const id = newId();
              act(addResource, { id, name, capital });
              select(id);
            }}
          />
          {selected ? (
            <ResourcePanel
              key={selected.id}
              resource={selected}
              act={act}
              onRemove={() => {
                act(removeResource, { id: selected.id });
                select(null);
              }}
            />
          ) : (
            <p className="muted">{t('resources.hint')}</p>
          )}
          <MapSettings doc={doc} act={act} />
        </aside>
      </div>
    </>
  );
}
