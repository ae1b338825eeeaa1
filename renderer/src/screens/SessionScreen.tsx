import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '#shared/i18n/format.js';
import { phaseLabelKey, stepLabelKey } from '#shared/model/process.js';
import type { SessionDetail } from '#shared/ipc/contract.js';
import type { SessionFields } from '#shared/model/session.js';
import { definitionOf, exerciseTypeNames, isExerciseType, type ExerciseTypeName } from '#shared/exercises/registry.js';
import { AfterBadge } from '../exercises/AfterBadge.js';
import { exerciseViewOf } from '../exercises/registry.js';
import { call } from '../api.js';
import { useApp } from '../AppContext.js';
import { Icon } from '../components/Icon.js';
import { onTabListKeyDown, onToolbarKeyDown, rovingTabIndex } from '../components/roving.js';
import { Button, ConfirmDialog, Modal } from '../components/ui.js';
import { AttendancePanel } from './AttendancePanel.js';
import { SessionForm } from './SessionForm.js';
import { useExportPdf } from './useExportPdf.js';

type Tab = 'overview' | 'attendance' | 'agreements' | 'exercises';
const tabs: Tab[] = ['exercises', 'attendance', 'agreements', 'overview'];

function fieldsOf(s: SessionDetail): SessionFields {
  const { id: _id, participants: _p, exercises: _e, ...fields } = s;
  return fields;
}

export function SessionScreen({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { community, navigate, showError, setScreenCommands, language } = useApp();
  const damaged = new Set(community?.damagedExercises.map((d) => d.id));
  /** A file that cannot be written shows no controls that change it (the banner says why). */
  const readOnly = community?.readOnly ?? false;
  const [session, setSession] = useState<SessionDetail | null>(null);
  const [tab, setTab] = useState<Tab>('exercises');
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deletingExercise, setDeletingExercise] = useState<{ id: string; title: string } | null>(null);
  const [agreement, setAgreement] = useState('');
  const exportPdf = useExportPdf(sessionId);

  useEffect(() => {
    call('session.get', { id: sessionId }).then(setSession).catch(showError);
  }, [sessionId, showError]);

  useEffect(() => {
    setScreenCommands((command) => {
      if (command !== 'exportPdf') return false;
      void exportPdf();
      return true;
    });
    return () => setScreenCommands(null);
  }, [exportPdf, setScreenCommands]);

  const saveFields = useCallback(
    (fields: SessionFields) => call('session.update', { id: sessionId, fields }).then(setSession),
    [sessionId],
  );

  if (!session) return null;

  const tabLabel: Record<Tab, string> = {
    overview: t('session.details'),
    attendance: `${t('attendance.heading')} (${session.participants.length})`,
    agreements: `${t('session.agreements')} (${session.agreements.length})`,
    exercises: `${t('session.exercises')} (${session.exercises.length})`,
  };

  const addAgreement = (e: FormEvent): void => {
    e.preventDefault();
    if (!agreement.trim()) return;
    saveFields({ ...fieldsOf(session), agreements: [...session.agreements, agreement] })
      .then(() => setAgreement(''))
      .catch(showError);
  };

  const newExercise = (type: ExerciseTypeName): void => {
    call('exercise.create', { sessionId, type, title: t(definitionOf(type).labels.name) })
      .then((ex) => navigate({ name: 'exercise', sessionId, exerciseId: ex.id, type }))
      .catch(showError);
  };

  return (
    <div className="page">
      <div className="page-head">
        <Button variant="ghost" onClick={() => navigate({ name: 'community' })} aria-label={t('common.back')}>
          <Icon name="back" />
        </Button>
        <div className="page-title">
          <h1 className="clamp">{session.title}</h1>
          <p className="muted">
            {formatDate(language, session.date)} · {t(`session.kinds.${session.kind}`)} ·{' '}
            {t(phaseLabelKey(session.phase))}: {t(stepLabelKey(session.phase, session.step))}
          </p>
        </div>
        <Button variant="primary" onClick={() => void exportPdf()}>
          <Icon name="pdf" /> {t('session.exportPdf')}
        </Button>
      </div>
      <div className="tabs" role="tablist" onKeyDown={onTabListKeyDown}>
        {tabs.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={tab === k}
            tabIndex={tab === k ? 0 : -1}
            className={tab === k ? 'on' : ''}
            onClick={() => setTab(k)}
          >
            {tabLabel[k]}
          </button>
        ))}
      </div>
      {tab === 'overview' ? (
        <section className="card">
          <dl className="facts">
            {(
              [
                ['session.place', session.place],
                ['session.facilitators', session.facilitators],
                ['session.agenda', session.agenda],
                ['session.notes', session.notes],
              ] as const
            ).map(([key, value]) => (
              <div key={key}>
                <dt>{t(key)}</dt>
                <dd>{value || t('common.none')}</dd>
              </div>
            ))}
          </dl>
          {readOnly ? null : (
            <div className="form-actions">
              <Button variant="danger" onClick={() => setConfirmDelete(true)}>
                <Icon name="trash" /> {t('common.delete')}
              </Button>
              <Button onClick={() => setEditing(true)}>
                <Icon name="edit" /> {t('session.editTitle')}
              </Button>
            </div>
          )}
        </section>
      ) : null}
      {tab === 'attendance' ? (
        <AttendancePanel
          readOnly={readOnly}
          sessionId={sessionId}
          participants={session.participants}
          onChange={(participants) => setSession({ ...session, participants })}
        />
      ) : null}
      {tab === 'agreements' ? (
        <section className="card">
          {readOnly ? null : (
            <form className="inline-form" onSubmit={addAgreement}>
              <input
                aria-label={t('session.agreements')}
                placeholder={t('session.agreementPlaceholder')}
                value={agreement}
                onChange={(e) => setAgreement(e.target.value)}
              />
              <Button variant="primary" type="submit">
                <Icon name="plus" /> {t('common.add')}
              </Button>
            </form>
          )}
          {session.agreements.length === 0 ? <p className="muted">{t('session.noAgreements')}</p> : null}
          <ol className="agreements">
            {session.agreements.map((a, i) => (
              <li key={`${i}-${a}`}>
                <span>{a}</span>
                <Button
                  hidden={readOnly}
                  variant="ghost"
                  aria-label={`${t('common.delete')}: ${a}`}
                  onClick={() =>
                    saveFields({
                      ...fieldsOf(session),
                      agreements: session.agreements.filter((_, j) => j !== i),
                    }).catch(showError)
                  }
                >
                  <Icon name="close" size={18} />
                </Button>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {tab === 'exercises' ? (
        <section className="card">
          <div className="section-head">
            <h2>{t('session.exercises')}</h2>
          </div>
          <div
            className="new-exercises"
            role="toolbar"
            aria-label={t('session.newExercise')}
            hidden={readOnly}
            onKeyDown={onToolbarKeyDown}
          >
            {exerciseTypeNames().map((type, i) => (
              <Button key={type} variant="primary" onClick={() => newExercise(type)} tabIndex={rovingTabIndex(i, 0)}>
                <Icon name={exerciseViewOf(type)?.icon ?? 'plus'} /> {t(definitionOf(type).labels.create)}
              </Button>
            ))}
          </div>
          {session.exercises.length === 0 ? <p className="muted">{t('session.noExercises')}</p> : null}
          <ul className="exercise-list">
            {session.exercises.map((ex) => (
              <li key={ex.id}>
                <button
                  type="button"
                  onClick={() => {
                    // A damaged exercise, or a type a newer Rembug added, cannot open here:
                    // the backend says why in words.
                    if (isExerciseType(ex.type) && !damaged.has(ex.id))
                      navigate({ name: 'exercise', sessionId, exerciseId: ex.id, type: ex.type });
                    else call('exercise.get', { id: ex.id }).catch(showError);
                  }}
                >
                  <AfterBadge exercise={ex} />
                  <strong className="clamp">{ex.title}</strong>
                  {damaged.has(ex.id) ? <span className="tag">{t('community.damagedMark')}</span> : null}
                  <span className="muted">
                    {isExerciseType(ex.type) ? t(definitionOf(ex.type).labels.name) : ex.type}
                  </span>
                </button>
                <Button
                  hidden={readOnly}
                  variant="ghost"
                  aria-label={`${t('common.delete')}: ${ex.title}`}
                  onClick={() => setDeletingExercise({ id: ex.id, title: ex.title })}
                >
                  <Icon name="trash" />
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {editing ? (
        <Modal title={t('session.editTitle')} onClose={() => setEditing(false)}>
          <SessionForm
            initial={fieldsOf(session)}
            onCancel={() => setEditing(false)}
            onSubmit={(fields) =>
              saveFields(fields)
                .then(() => setEditing(false))
                .catch(showError)
            }
          />
        </Modal>
      ) : null}
      {deletingExercise ? (
        <ConfirmDialog
          message={t('session.deleteExerciseConfirm', { title: deletingExercise.title })}
          confirmLabel={t('common.delete')}
          onClose={() => setDeletingExercise(null)}
          onConfirm={() =>
            call('exercise.delete', { id: deletingExercise.id })
              .then(() => call('session.get', { id: sessionId }))
              .then((s) => {
                setSession(s);
                setDeletingExercise(null);
              })
              .catch(showError)
          }
        />
      ) : null}
      {confirmDelete ? (
        <ConfirmDialog
          message={t('session.deleteConfirm', { title: session.title })}
          confirmLabel={t('common.delete')}
          onClose={() => setConfirmDelete(false)}
          onConfirm={() =>
            call('session.delete', { id: sessionId })
              .then(() => navigate({ name: 'community' }))
              .catch(showError)
          }
        />
      ) : null}
    </div>
  );
}
