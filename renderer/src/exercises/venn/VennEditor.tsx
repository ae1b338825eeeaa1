import { useDeferredValue, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addInstitution,
  nudgeInstitution,
  removeInstitution,
  updateInstitution,
  moveInstitution,
} from '#shared/exercises/venn/actions.js';
import {
  zVennDocument,
  type Importance,
  type InstitutionKind,
  type VennDocument,
} from '#shared/exercises/venn/schema.js';
import type { ExerciseSummary } from '#shared/model/session.js';
import { sameNameKey } from '#shared/model/text.js';
import { call } from '../../api.js';
import { useApp } from '../../AppContext.js';
import { ZoomTools } from '../../canvas/ZoomTools.js';
import { Icon } from '../../components/Icon.js';
import { Button } from '../../components/ui.js';
import { useExercise } from '../document/useExercise.js';
import { ExerciseFrame } from '../ExerciseFrame.js';
import { EditorOnly } from '../presentation.js';
import { newId } from '../../ids.js';
import { plainKey, useKeymap } from '../../useKeymap.js';
import { institutionRows } from './institutionRows.js';
import { useObjectMenu } from '../../components/ObjectMenu.js';
import { InstitutionMenu } from './InstitutionMenu.js';
import { VennCanvas, type VennCanvasHandle } from './VennCanvas.js';
import { VennCompare } from './VennCompare.js';
import { VennLegend } from './VennLegend.js';
import { VennSide } from './VennSide.js';

const parseVenn = (body: unknown): VennDocument => zVennDocument.parse(body);
const nudgeStep = 10;
const arrows: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function VennEditor({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const { community, showError } = useApp();
  const history = useExercise(exerciseId, parseVenn);
  const { doc, perform } = history;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [newNameError, setNewNameError] = useState(false);
  // The institution Enter just added, while the name field is still empty: the digits
  // and arrows typed there act on its circle, as the room calls out how important it is.
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const [stakeholders, setStakeholders] = useState<{ name: string; kind: string }[]>([]);
  const [siblings, setSiblings] = useState<ExerciseSummary[]>([]);
  // Until the facilitator chooses, the "after" copy has its original chosen: one click to compare.
  const [compareChoice, setCompareWith] = useState<string | null>(null);
  const original = siblings.find((s) => s.id === history.exercise?.copyOf)?.id ?? '';
  const compareWith = compareChoice ?? original;
  // The before/after comparison is this diagram's own page, opened from its side panel.
  const [comparing, setComparing] = useState<string | null>(null);
  const canvas = useRef<VennCanvasHandle>(null);

  useEffect(() => {
    call('stakeholder.list', {}).then(setStakeholders).catch(showError);
    call('session.get', { id: sessionId })
      .then((s) => setSiblings(s.exercises.filter((e) => e.type === 'venn' && e.id !== exerciseId)))
      .catch(showError);
  }, [exerciseId, sessionId, showError]);

  const selected = doc?.institutions.find((i) => i.id === selectedId) ?? null;
  // The side panel follows the selection a moment after the canvas (VennSide).
  const panelSelectedId = useDeferredValue(selectedId);
  const menu = useObjectMenu(setSelectedId, selected?.id);
  // The side panel follows a change a moment after the canvas, too (VennSide).
  const panelDoc = useDeferredValue(doc);
  const rows = useMemo(() => (panelDoc ? institutionRows(panelDoc) : []), [panelDoc]);

  const deleteSelected = (): void => {
    if (!selectedId) return;
    perform(removeInstitution, { id: selectedId });
    setSelectedId(null);
  };

  // Keys act on the selected circle while the canvas or the institution list has the focus;
  // Ctrl combinations (undo, redo) belong to the frame.
  useKeymap(
    [
      {
        keyTest: (e) => selectedId !== null && plainKey('1', '2', '3', '4')(e),
        canvasOnly: true,
        run: (e) =>
          selectedId &&
          perform(updateInstitution, { id: selectedId, change: { importance: Number(e.key) as Importance } }),
      },
      {
        keyTest: (e) => selectedId !== null && plainKey('Delete', 'Backspace')(e),
        run: deleteSelected,
        canvasOnly: true,
      },
      {
        keyTest: (e) => selectedId !== null && !e.ctrlKey && !e.metaKey && e.key in arrows,
        canvasOnly: true,
        run: (e) => {
          const [x, y] = arrows[e.key]!;
          const step = e.shiftKey ? 1 : nudgeStep;
          if (selectedId)
            perform(nudgeInstitution, { id: selectedId, dx: x * step, dy: y * step }, `nudge:${selectedId}`);
        },
      },
      { keyTest: plainKey('Escape'), run: () => setSelectedId(null), canvasOnly: true },
      { keyTest: plainKey('+', '='), run: () => canvas.current?.zoom(1.2), canvasOnly: true },
      { keyTest: plainKey('-'), run: () => canvas.current?.zoom(1 / 1.2), canvasOnly: true },
      { keyTest: plainKey('0'), run: () => canvas.current?.fit(), canvasOnly: true },
    ],
    comparing === null,
  );

  if (!doc || !community) return null;
  if (comparing)
    return (
      <VennCompare sessionId={sessionId} beforeId={comparing} afterId={exerciseId} onBack={() => setComparing(null)} />
    );

  const add = (e: FormEvent): void => {
    e.preventDefault();
    if (newName.trim() === '') {
      setNewNameError(true);
      return;
    }
    const known = stakeholders.find((s) => sameNameKey(s.name) === sameNameKey(newName));
    const id = newId();
    perform(addInstitution, { id, name: newName, kind: (known?.kind as InstitutionKind | undefined) ?? 'community' });
    setSelectedId(id);
    setJustAdded(id);
    setNewName('');
  };
  const added = doc.institutions.find((i) => i.id === justAdded && i.id === selectedId) ?? null;
  // 1-4 and the arrows in the empty name field act on the circle just added; anything
  // else (a letter, a name) is typing again, and the field is the name field again.
  const onNameKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (!added || newName !== '' || e.ctrlKey || e.altKey || e.metaKey) return;
    if (plainKey('1', '2', '3', '4')(e.nativeEvent)) {
      e.preventDefault();
      perform(updateInstitution, { id: added.id, change: { importance: Number(e.key) as Importance } });
    } else if (e.key in arrows) {
      e.preventDefault();
      const [x, y] = arrows[e.key]!;
      const step = e.shiftKey ? 1 : nudgeStep;
      perform(nudgeInstitution, { id: added.id, dx: x * step, dy: y * step }, `nudge:${added.id}`);
    } else if (e.key === 'Escape') setJustAdded(null);
  };

  return (
    <ExerciseFrame
      sessionId={sessionId}
      history={history}
      layout="canvas"
      legend={<VennLegend colourBy={doc.colourBy} />}
      toolbar={
        <>
          <div className="toolbar">
            <form className="add-form" onSubmit={add}>
              <input
                aria-label={t('venn.newName')}
                placeholder={t('venn.newName')}
                // The diagram starts here: naming the institutions the group calls out.
                data-autofocus
                list="stakeholder-names"
                value={newName}
                aria-invalid={newNameError}
                aria-describedby={added ? 'venn-just-added' : undefined}
                onKeyDown={onNameKeyDown}
                onChange={(e) => {
                  setNewNameError(false);
                  setJustAdded(null);
                  setNewName(e.target.value);
                }}
              />
              <datalist id="stakeholder-names">
                {stakeholders.map((s) => (
                  <option key={s.name} value={s.name} />
                ))}
              </datalist>
              <Button variant="primary" type="submit">
                <Icon name="plus" /> {t('venn.addInstitution')}
              </Button>
            </form>
          </div>
          {newNameError ? (
            <p className="field-error toolbar-error" role="alert">
              {t('errors.empty_name')}
            </p>
          ) : null}
        </>
      }
      side={
        <VennSide
          doc={panelDoc ?? doc}
          rows={rows}
          selectedId={panelSelectedId}
          onSelect={setSelectedId}
          perform={perform}
          siblings={siblings}
          compareWith={compareWith}
          onCompareWith={setCompareWith}
          onCompare={setComparing}
        />
      }
    >
      <div className="canvas-wrap">
        <VennCanvas
          ref={canvas}
          doc={doc}
          communityName={community.community.name}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onMove={(id, x, y) => perform(moveInstitution, { id, x, y })}
          onObjectMenu={menu.open}
        />
        {menu.at && selected ? (
          <InstitutionMenu
            institution={selected}
            at={menu.at}
            onChange={(change) => perform(updateInstitution, { id: selected.id, change })}
            onDelete={deleteSelected}
            onClose={menu.close}
          />
        ) : null}
        {/* On the canvas's corner, as on the tree and the map, and after it for Tab: the circles come first. */}
        <ZoomTools zoom={(f) => canvas.current?.zoom(f)} fit={() => canvas.current?.fit()} className="canvas-tools" />
        {/* On the wall the frame puts it in a strip under the drawing, where it covers no circle. */}
        <EditorOnly>
          <VennLegend colourBy={doc.colourBy} />
        </EditorOnly>
        {doc.institutions.length === 0 ? <p className="canvas-hint">{t('venn.empty')}</p> : null}
        {/* Over the canvas's top, not above it: the drawing keeps its size while the hint comes and goes. */}
        <p id="venn-just-added" className="canvas-hint just-added" aria-live="polite">
          {added ? t('venn.justAdded', { name: added.name }) : ''}
        </p>
      </div>
    </ExerciseFrame>
  );
}
