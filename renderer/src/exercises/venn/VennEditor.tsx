import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { institutionTable } from '../../../../shared/exercises/venn/logic.js';
import { sameNameKey } from '../../../../shared/model/text.js';
import {
  zVennDocument,
  type Importance,
  type InstitutionKind,
  type VennDocument,
} from '../../../../shared/exercises/venn/schema.js';
import type { ExerciseSummary } from '../../../../shared/model/session.js';
import { call } from '../../api.js';
import { useApp } from '../../AppContext.js';
import { useExercise } from '../document/useExercise.js';
import { Icon } from '../../components/Icon.js';
import { Button, SegmentedField } from '../../components/ui.js';
import { SaveBadge, useDuplicateExercise } from '../exerciseHead.js';
import { RenameButton } from '../RenameButton.js';
import { ZoomTools } from '../../canvas/ZoomTools.js';
import { isTyping } from '../useKeymap.js';
import { useExerciseCommands } from '../useExerciseCommands.js';
import { newId } from '../../ids.js';
import { InstitutionPanel } from './InstitutionPanel.js';
import { VennCanvas, type VennCanvasHandle } from './VennCanvas.js';
import { VennLegend } from './VennLegend.js';
import { addInstitution, removeInstitution, updateInstitution } from './vennEdits.js';

const parseVenn = (body: unknown): VennDocument => zVennDocument.parse(body);
const nudgeStep = 10;

export function VennEditor({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const { community, navigate, showError } = useApp();
  const { exercise, setExercise, doc, canUndo, canRedo, status, update, undo, redo } = useExercise(
    exerciseId,
    parseVenn,
  );
  const exportPdf = useExerciseCommands(sessionId, undo, redo);
  const duplicate = useDuplicateExercise(sessionId);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [newNameError, setNewNameError] = useState(false);
  const [stakeholders, setStakeholders] = useState<{ name: string; kind: string }[]>([]);
  const [siblings, setSiblings] = useState<ExerciseSummary[]>([]);
  const [compareWith, setCompareWith] = useState('');
  const canvas = useRef<VennCanvasHandle>(null);

  useEffect(() => {
    call('stakeholder.list', {}).then(setStakeholders).catch(showError);
    call('session.get', { id: sessionId })
      .then((s) => setSiblings(s.exercises.filter((e) => e.type === 'venn' && e.id !== exerciseId)))
      .catch(showError);
  }, [exerciseId, sessionId, showError]);

  const selected = doc?.institutions.find((i) => i.id === selectedId) ?? null;
  const rows = useMemo(() => (doc ? institutionTable(doc) : []), [doc]);

  // Edits apply to the newest document, so quick repeated keys never work on a stale copy.
  const change = update;

  const deleteSelected = useCallback(() => {
    if (!selectedId) return;
    change((d) => removeInstitution(d, selectedId));
    setSelectedId(null);
  }, [change, selectedId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (isTyping(e.target) || document.querySelector('[role="dialog"]')) return;
      // Ctrl/Cmd combinations (undo, redo) are handled by useExerciseCommands.
      if (e.ctrlKey || e.metaKey) return;
      if (selectedId && ['1', '2', '3', '4'].includes(e.key))
        change((d) => updateInstitution(d, selectedId, { importance: Number(e.key) as Importance }));
      else if (selectedId && (e.key === 'Delete' || e.key === 'Backspace')) deleteSelected();
      else if (selectedId && e.key.startsWith('Arrow') && selected) {
        const step = e.shiftKey ? 1 : nudgeStep;
        const dx = e.key === 'ArrowLeft' ? -step : e.key === 'ArrowRight' ? step : 0;
        const dy = e.key === 'ArrowUp' ? -step : e.key === 'ArrowDown' ? step : 0;
        change((d) => {
          const at = d.institutions.find((i) => i.id === selectedId);
          return at ? updateInstitution(d, selectedId, { x: at.x + dx, y: at.y + dy }) : d;
        });
      } else if (e.key === 'Escape') setSelectedId(null);
      else if (e.key === '+' || e.key === '=') canvas.current?.zoom(1.2);
      else if (e.key === '-') canvas.current?.zoom(1 / 1.2);
      else if (e.key === '0') canvas.current?.fit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [change, deleteSelected, redo, selected, selectedId, undo]);

  if (!doc || !exercise || !community) return null;

  const add = (e: FormEvent): void => {
    e.preventDefault();
    if (newName.trim() === '') {
      setNewNameError(true);
      return;
    }
    const known = stakeholders.find((s) => sameNameKey(s.name) === sameNameKey(newName));
    const id = newId();
    change((d) => addInstitution(d, newName, (known?.kind as InstitutionKind | undefined) ?? 'community', id));
    setSelectedId(id);
    setNewName('');
  };

  return (
    <div className="editor">
      <div className="page-head">
        <Button variant="ghost" onClick={() => navigate({ name: 'session', sessionId })} aria-label={t('common.back')}>
          <Icon name="back" />
        </Button>
        <div className="page-title">
          <h1 className="clamp">{exercise.title}</h1>
        </div>
        <RenameButton
          exerciseId={exerciseId}
          title={exercise.title}
          onRenamed={(title) => setExercise({ ...exercise, title })}
        />
        <SaveBadge status={status} />
        <Button onClick={() => duplicate(exercise)} aria-label={t('venn.duplicate')} title={t('venn.duplicate')}>
          <Icon name="copy" /> {t('venn.duplicateShort')}
        </Button>
        <Button onClick={() => void exportPdf()}>
          <Icon name="pdf" /> {t('session.exportPdf')}
        </Button>
      </div>
      <div className="toolbar">
        <form className="add-form" onSubmit={add}>
          <input
            aria-label={t('venn.newName')}
            placeholder={t('venn.newName')}
            list="stakeholder-names"
            value={newName}
            aria-invalid={newNameError}
            onChange={(e) => {
              setNewNameError(false);
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
        <div className="tool-group">
          <Button onClick={undo} disabled={!canUndo} aria-label={t('venn.undo')} title="Ctrl+Z">
            <Icon name="undo" />
          </Button>
          <Button onClick={redo} disabled={!canRedo} aria-label={t('venn.redo')} title="Ctrl+Y">
            <Icon name="redo" />
          </Button>
        </div>
        <ZoomTools zoom={(f) => canvas.current?.zoom(f)} fit={() => canvas.current?.fit()} />
      </div>
      {newNameError ? (
        <p className="field-error toolbar-error" role="alert">
          {t('errors.empty_name')}
        </p>
      ) : null}
      <div className="editor-body">
        <div className="canvas-wrap">
          <VennCanvas
            ref={canvas}
            doc={doc}
            communityName={community.community.name}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onMove={(id, x, y) => change((d) => updateInstitution(d, id, { x, y }))}
          />
          <VennLegend colourBy={doc.colourBy} />
          {doc.institutions.length === 0 ? <p className="canvas-hint">{t('venn.empty')}</p> : null}
        </div>
        <aside className="side">
          {selected ? (
            <InstitutionPanel
              institution={selected}
              onChange={(c) => change((d) => updateInstitution(d, selected.id, c))}
              onDelete={deleteSelected}
            />
          ) : (
            <p className="muted">{t('venn.selectHint')}</p>
          )}
          <SegmentedField
            label={t('venn.colourBy')}
            value={doc.colourBy}
            options={[
              { value: 'relation', label: t('venn.colourByRelation') },
              { value: 'kind', label: t('venn.colourByKind') },
            ]}
            onChange={(colourBy) => change((d) => ({ ...d, colourBy }))}
          />
          <h2>{t('venn.table')}</h2>
          <ul className="institution-list" data-testid="institution-table">
            {rows.map((r) => (
              <li key={r.id} className={r.id === selectedId ? 'selected' : ''}>
                <button type="button" onClick={() => setSelectedId(r.id)}>
                  <strong className="clamp">{r.name}</strong>
                  <span>
                    <span className="pill" title={t('venn.importance')}>
                      {r.importance}
                    </span>{' '}
                    {t(`venn.bands.${r.band}`)}
                  </span>
                  {r.ties.length > 0 ? (
                    <span className="muted clamp">
                      {t('venn.ties')}: {r.ties.map((tie) => tie.name).join(', ')}
                    </span>
                  ) : null}
                  {r.notes ? <span className="muted clamp">{r.notes}</span> : null}
                </button>
              </li>
            ))}
          </ul>
          {siblings.length > 0 ? (
            <div className="field compare-pick">
              <label htmlFor="compare-with">{t('venn.compareWith')}</label>
              <div className="inline-form">
                <select id="compare-with" value={compareWith} onChange={(e) => setCompareWith(e.target.value)}>
                  <option value="">{t('common.none')}</option>
                  {siblings.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.title}
                    </option>
                  ))}
                </select>
                <Button
                  disabled={!compareWith}
                  onClick={() => navigate({ name: 'compare', sessionId, beforeId: compareWith, afterId: exerciseId })}
                >
                  <Icon name="compare" /> {t('venn.compare')}
                </Button>
              </div>
            </div>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
