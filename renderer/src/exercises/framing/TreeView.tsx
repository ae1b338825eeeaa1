import './framing.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addTreeChild,
  addTreeSibling,
  removeBranch,
  reparentNode,
  setCollapsed,
  setNodeText,
  setTreeView,
} from '#shared/exercises/framing/actions.js';
import { zTreeDocument, type TreeDocument } from '#shared/exercises/framing/schema.js';
import { checkReparent, focalOf } from '#shared/exercises/framing/tree.js';
import { newId } from '../../ids.js';
import { useExercise } from '../document/useExercise.js';
import { ExerciseFrame } from '../ExerciseFrame.js';
import { plainKey, useKeymap } from '../../useKeymap.js';
import { NodeEditor } from './NodeEditor.js';
import { useObjectMenu } from '../../components/ObjectMenu.js';
import { TreeBoxMenu } from './TreeBoxMenu.js';
import { TreeCanvas } from './TreeCanvas.js';
import { TreeOutline } from './TreeOutline.js';
import { TreeToolbar, type AddWhere } from './TreeToolbar.js';

const parse = (body: unknown): TreeDocument => zTreeDocument.parse(body);

/** Problem tree and objective tree: one tree, two readings; tidy layout, re-parent by drag. */
export function TreeView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const history = useExercise(exerciseId, parse);
  const { doc, perform } = history;
  const [selectedId, setSelectedId] = useFocalFirst(doc);
  const [refusal, setRefusal] = useState<string | null>(null);
  const selected = doc?.nodes.find((n) => n.id === selectedId) ?? null;
  const menu = useObjectMenu(setSelectedId, selected?.id);

  const add = (where: AddWhere): void => {
    if (!selected) return;
    const id = newId();
    if (where.kind === 'child') perform(addTreeChild, { parentId: selected.id, id, side: where.side });
    else perform(addTreeSibling, { nodeId: selected.id, id });
    setSelectedId(id);
  };

  const remove = (): void => {
    if (!selected || selected.parentId === null) return;
    perform(removeBranch, { nodeId: selected.id });
    setSelectedId(selected.parentId);
  };

  const toggleFold = (nodeId: string): void => {
    const node = doc?.nodes.find((n) => n.id === nodeId);
    if (node) perform(setCollapsed, { nodeId, collapsed: !node.collapsed });
  };

  // Keys act on the selected box while the tree has the focus, as on a mind map: Insert a
  // cause below, Enter a box beside. Tab is never one of them: it always moves the focus.
  const whenSelected =
    (...keys: string[]) =>
    (e: KeyboardEvent) =>
      selected !== null && plainKey(...keys)(e);
  useKeymap([
    { keyTest: whenSelected('Insert'), run: () => add({ kind: 'child', side: 'cause' }), canvasOnly: true },
    { keyTest: whenSelected('Enter'), run: () => add({ kind: 'sibling' }), canvasOnly: true },
    { keyTest: whenSelected('Delete', 'Backspace'), run: remove, canvasOnly: true },
    { keyTest: whenSelected('Escape'), run: () => setSelectedId(null), canvasOnly: true },
  ]);

  if (!doc) return null;

  const dropOnto = (nodeId: string, targetId: string, world: { x: number; y: number }): void => {
    const why = checkReparent(doc.nodes, nodeId, targetId);
    setRefusal(why && t(why === 'tree_cycle' ? 'framing.treeCycle' : 'framing.focalFixed'));
    if (why) return;
    // Dropped on the focal problem, the box becomes an effect above it or a cause below.
    perform(reparentNode, { nodeId, parentId: targetId, side: world.y < 0 ? 'effect' : 'cause' });
  };

  return (
    // The canvas keeps its place whatever is selected: the selected box's words are edited
    // in the side panel beside it, not in a row that would push the tree down on selection.
    <ExerciseFrame
      sessionId={sessionId}
      history={history}
      layout="canvas"
      toolbar={
        <TreeToolbar view={doc.view} onView={(view) => perform(setTreeView, view)} selected={selected} onAdd={add} />
      }
      side={
        <>
          {refusal ? (
            <p className="field-error" role="alert">
              {refusal}
            </p>
          ) : null}
          {selected ? (
            <NodeEditor
              key={selected.id}
              node={selected}
              onText={(field, text) => perform(setNodeText, { nodeId: selected.id, field, text })}
              onToggleFold={() => toggleFold(selected.id)}
              onRemove={remove}
            />
          ) : (
            <p className="muted">{t('framing.selectBox')}</p>
          )}
          {/* Shown while a box is selected too: it says how to leave that (Esc). */}
          <p className="muted small" data-testid="tree-keys">
            {t('framing.treeKeys')}
          </p>
          <TreeOutline nodes={doc.nodes} view={doc.view} selectedId={selectedId} onSelect={setSelectedId} />
        </>
      }
    >
      <TreeCanvas
        nodes={doc.nodes}
        view={doc.view}
        selectedId={selectedId}
        onSelect={setSelectedId}
        onToggleFold={toggleFold}
        onDropNode={dropOnto}
        onObjectMenu={menu.open}
      />
      {menu.at && selected ? (
        <TreeBoxMenu
          node={selected}
          title={doc.view === 'objective' ? selected.objective || selected.problem : selected.problem}
          at={menu.at}
          onAdd={add}
          onToggleFold={() => toggleFold(selected.id)}
          onRemove={remove}
          onClose={menu.close}
        />
      ) : null}
    </ExerciseFrame>
  );
}

/** The focal problem starts selected, so Insert on the tree adds the first cause straight away. */
function useFocalFirst(doc: TreeDocument | null) {
  const selection = useState<string | null>(null);
  const setSelectedId = selection[1];
  const focalSelected = useRef(false);
  useEffect(() => {
    if (!doc || focalSelected.current) return;
    focalSelected.current = true;
    setSelectedId(focalOf(doc.nodes)?.id ?? null);
  }, [doc, setSelectedId]);
  return selection;
}
