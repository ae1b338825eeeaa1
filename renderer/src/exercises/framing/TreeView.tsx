import type Konva from 'konva';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Layer, Rect, Stage } from 'react-konva';
import { zTreeDocument, type TreeDocument } from '../../../../shared/exercises/framing/schema.js';
import {
  addChild,
  addSibling,
  checkReparent,
  focalOf,
  removeBranch,
  reparent,
  type Side,
} from '../../../../shared/exercises/framing/tree.js';
import { layoutTree, nodeHeight, nodeWidth, treeScene } from '../../../../shared/exercises/framing/treeLayout.js';
import type { TextPrimitive } from '../../../../shared/scene/primitives.js';
import { rectProps, StaticShape, TextShape, withAlpha } from '../../canvas/SceneShapes.js';
import { useExercise } from '../document/useExercise.js';
import { useStageViewport } from '../../canvas/useStageViewport.js';
import { ZoomTools } from '../../canvas/ZoomTools.js';
import { Icon } from '../../components/Icon.js';
import { Button, Field, Segmented } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { ExerciseFrame } from '../ExerciseFrame.js';
import { isTyping } from '../useKeymap.js';
import { CanvasBox } from '../../canvas/CanvasBox.js';

const parse = (body: unknown): TreeDocument => zTreeDocument.parse(body);
const noBounds = { x: 0, y: 0, width: 1, height: 1 };

/** Problem tree and objective tree: one tree, two readings; tidy layout, re-parent by drag. */
export function TreeView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const history = useExercise(exerciseId, parse);
  const { doc, commit } = history;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // The focal problem starts selected, so Tab adds the first cause straight away.
  const focalSelected = useRef(false);
  useEffect(() => {
    if (!doc || focalSelected.current) return;
    focalSelected.current = true;
    setSelectedId(focalOf(doc.nodes)?.id ?? null);
  }, [doc]);
  const [problem, setProblem] = useState<string | null>(null);
  const scene = useMemo(() => (doc ? treeScene(doc.nodes, doc.view, selectedId) : null), [doc, selectedId]);
  const { container, viewport, fit, zoom, stageProps, isStage } = useStageViewport(
    scene?.bounds ?? noBounds,
    doc !== null,
  );
  const placed = useMemo(() => (doc ? layoutTree(doc.nodes) : []), [doc]);
  const selected = doc?.nodes.find((n) => n.id === selectedId) ?? null;

  // Adding or removing a box re-flows the whole tidy layout: frame it again.
  const count = doc?.nodes.length ?? 0;
  const lastCount = useRef(count);
  useEffect(() => {
    if (count !== lastCount.current && viewport) fit();
    lastCount.current = count;
  }, [count, fit, viewport]);

  const change = useCallback((edit: (d: TreeDocument) => TreeDocument) => doc && commit(edit(doc)), [commit, doc]);

  const add = useCallback(
    (kind: 'child' | 'sibling', side?: Side) => {
      if (!doc || !selected) return;
      const id = newId();
      change((d) => ({
        ...d,
        nodes: kind === 'child' ? addChild(d.nodes, selected.id, id, side) : addSibling(d.nodes, selected.id, id),
      }));
      setSelectedId(id);
    },
    [change, doc, selected],
  );

  const remove = useCallback(() => {
    if (!selected || selected.parentId === null) return;
    change((d) => ({ ...d, nodes: removeBranch(d.nodes, selected.id) }));
    setSelectedId(selected.parentId);
  }, [change, selected]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (isTyping(e.target) || document.querySelector('[role="dialog"]') || !selected) return;
      if (e.key === 'Tab') add('child', 'cause');
      else if (e.key === 'Enter') add('sibling');
      else if (e.key === 'Delete' || e.key === 'Backspace') remove();
      else if (e.key === 'Escape') setSelectedId(null);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [add, remove, selected]);

  if (!doc || !scene) return null;

  const dropOnto = (nodeId: string, world: { x: number; y: number }): void => {
    const target = placed.find(
      (p) => p.id !== nodeId && Math.abs(p.x - world.x) <= nodeWidth / 2 && Math.abs(p.y - world.y) <= nodeHeight / 2,
    );
    if (!target) return;
    const why = checkReparent(doc.nodes, nodeId, target.id);
    if (why) return setProblem(t(why === 'tree_cycle' ? 'framing.treeCycle' : 'framing.focalFixed'));
    setProblem(null);
    const targetIsFocal = doc.nodes.find((n) => n.id === target.id)?.parentId === null;
    change((d) => ({
      ...d,
      nodes: reparent(d.nodes, nodeId, target.id, targetIsFocal ? (world.y < 0 ? 'effect' : 'cause') : undefined),
    }));
  };

  const texts = scene.primitives.filter((p): p is TextPrimitive => p.kind === 'text');

  return (
    <ExerciseFrame sessionId={sessionId} history={history}>
      <div className="toolbar">
        <Segmented
          label={t('framing.tree')}
          value={doc.view}
          options={[
            { value: 'problem', label: t('framing.problemView') },
            { value: 'objective', label: t('framing.objectiveView') },
          ]}
          onChange={(view) => change((d) => ({ ...d, view }))}
        />
        <div className="tool-group">
          <Button onClick={() => add('child', 'cause')} disabled={!selected}>
            <Icon name="plus" /> {t('framing.addCause')}
          </Button>
          <Button onClick={() => add('child', 'effect')} disabled={!selected || selected.parentId !== null}>
            <Icon name="plus" /> {t('framing.addEffect')}
          </Button>
          <Button onClick={() => add('sibling')} disabled={!selected || selected.parentId === null}>
            {t('framing.addSibling')}
          </Button>
        </div>
      </div>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {selected ? (
        <div className="node-editor" key={selected.id}>
          {selected.parentId === null ? <strong>{t('framing.focal')}</strong> : null}
          {(['problem', 'objective'] as const).map((key) => (
            <Field key={key} label={t(key === 'problem' ? 'framing.problemText' : 'framing.objectiveText')}>
              {(id) => (
                <input
                  id={id}
                  key={`${selected.id}-${selected[key]}`}
                  defaultValue={selected[key]}
                  onBlur={(e) =>
                    e.target.value !== selected[key] &&
                    change((d) => ({
                      ...d,
                      nodes: d.nodes.map((n) => (n.id === selected.id ? { ...n, [key]: e.target.value } : n)),
                    }))
                  }
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
                  }}
                />
              )}
            </Field>
          ))}
          <Button
            onClick={() =>
              change((d) => ({
                ...d,
                nodes: d.nodes.map((n) => (n.id === selected.id ? { ...n, collapsed: !n.collapsed } : n)),
              }))
            }
          >
            {t('framing.fold')}
          </Button>
          {selected.parentId !== null ? (
            <Button variant="danger" onClick={remove} aria-label={t('framing.removeBranch')}>
              <Icon name="trash" />
            </Button>
          ) : null}
        </div>
      ) : (
        <p className="muted small">{t('framing.treeKeys')}</p>
      )}
      <div className="tree-body">
        <div className="canvas-wrap">
          <ZoomTools zoom={zoom} fit={fit} className="canvas-tools" />
          <CanvasBox container={container} testId="tree-canvas">
            {stageProps ? (
              <Stage
                {...stageProps}
                onMouseDown={(e) => {
                  if (isStage(e.target)) setSelectedId(null);
                }}
              >
                <Layer>
                  {scene.primitives.map((p, i) => {
                    if (p.kind !== 'rect' || !p.target)
                      return p.kind === 'line' ? <StaticShape key={`l${i}`} p={p} /> : null;
                    const id = p.target;
                    return (
                      <Rect
                        key={id}
                        name={`node-${id}`}
                        {...rectProps(p)}
                        draggable={doc.nodes.find((n) => n.id === id)?.parentId !== null}
                        onMouseDown={() => setSelectedId(id)}
                        onTap={() => setSelectedId(id)}
                        onDblClick={() =>
                          change((d) => ({
                            ...d,
                            nodes: d.nodes.map((n) => (n.id === id ? { ...n, collapsed: !n.collapsed } : n)),
                          }))
                        }
                        onDragStart={(e) => (e.target as Konva.Rect).fill(withAlpha('#9CA3AF', 0.6))}
                        onDragEnd={(e) => {
                          e.cancelBubble = true;
                          const centre = { x: e.target.x() + p.width / 2, y: e.target.y() + p.height / 2 };
                          e.target.position({ x: p.x, y: p.y });
                          (e.target as Konva.Rect).fill(p.fill);
                          dropOnto(id, centre);
                        }}
                      />
                    );
                  })}
                </Layer>
                <Layer listening={false}>
                  {texts.map((p, i) => (
                    <TextShape key={`${p.target}-${i}`} p={p} />
                  ))}
                </Layer>
              </Stage>
            ) : null}
          </CanvasBox>
        </div>
      </div>
    </ExerciseFrame>
  );
}
