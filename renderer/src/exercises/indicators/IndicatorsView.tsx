import '../monitoring/monitoring.css';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addIndicator, removeIndicator, updateIndicator } from '#shared/exercises/indicators/actions.js';
import { zIndicatorsDocument, type IndicatorsDocument } from '#shared/exercises/indicators/schema.js';
import { linkChoices } from '#shared/exercises/indicators/suggestions.js';
import { linkText, targetText } from '#shared/exercises/monitoring/words.js';
import { Icon } from '../../components/Icon.js';
import { Button, ConfirmDialog } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { useExercise } from '../document/useExercise.js';
import { ExerciseFrame } from '../ExerciseFrame.js';
import { WallIndicators } from '../wallViews.js';
import { useMonitoringSources } from '../monitoring/useMonitoringSources.js';
import { IndicatorForm } from './IndicatorForm.js';

const parse = (body: unknown): IndicatorsDocument => zIndicatorsDocument.parse(body);

/**
 * Indicators (Indikator): the list, each with what it counts from where to where by when
 * and what of the plan it watches (named when that activity was deleted since), and the
 * form to add one or change the chosen one.
 */
export function IndicatorsView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const history = useExercise(exerciseId, parse);
  const { doc, perform, exercise } = history;
  const open = useMemo(
    () => (exercise && doc ? { id: exerciseId, type: 'indicators', title: exercise.title, body: doc } : null),
    [exercise, doc, exerciseId],
  );
  const { sources, exercises, monitoring } = useMonitoringSources(sessionId, open);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const choices = useMemo(() => linkChoices(exercises), [exercises]);
  if (!doc || !sources) return null;
  const missing = new Set(monitoring?.indicators.filter((i) => i.linkMissing).map((i) => i.indicator.id));
  const editingIndex = doc.indicators.findIndex((i) => i.id === editingId);
  const editing = editingIndex === -1 ? null : doc.indicators[editingIndex]!;
  const removingIndicator = doc.indicators.find((i) => i.id === removing);

  return (
    <ExerciseFrame sessionId={sessionId} history={history} wall={<WallIndicators doc={doc} />}>
      <section className="card" aria-label={t('indicators.list')}>
        <h2>
          {t('indicators.list')}{' '}
          <small className="muted">{t('indicators.count', { count: doc.indicators.length })}</small>
        </h2>
        {doc.indicators.length === 0 ? <p>{t('indicators.empty')}</p> : null}
        <ol className="indicator-list" data-testid="indicator-list">
          {doc.indicators.map((i) => (
            <li key={i.id} className={i.id === editingId ? 'selected' : ''}>
              <div className="indicator-text">
                <strong>{i.name}</strong>
                <span>{targetText(t, { indicator: i })}</span>
                <small>{linkText(t, i.link)}</small>
                {missing.has(i.id) && i.link?.kind === 'activity' ? (
                  <p className="field-error" role="note">
                    <Icon name="warning" /> {t('indicators.linkMissing', { label: i.link.label })}
                  </p>
                ) : null}
              </div>
              <div className="inline-form">
                <Button onClick={() => setEditingId(i.id)} aria-label={`${t('indicators.edit')}: ${i.name}`}>
                  <Icon name="edit" /> {t('indicators.edit')}
                </Button>
                <Button
                  variant="ghost"
                  onClick={() => setRemoving(i.id)}
                  aria-label={`${t('indicators.remove')}: ${i.name}`}
                >
                  <Icon name="trash" />
                </Button>
              </div>
            </li>
          ))}
        </ol>
      </section>
      <IndicatorForm
        key={editing?.id ?? 'new'}
        indicator={editing}
        heading={editing ? t('indicators.editing', { number: editingIndex + 1 }) : t('indicators.adding')}
        choices={choices}
        sessionDate={sources.sessionDate}
        newId={newId}
        onSave={(indicator) => {
          const refused = perform(editing ? updateIndicator : addIndicator, { indicator });
          if (refused) return t(`errors.${refused}`, { max: 100 });
          setEditingId(null);
          return null;
        }}
        {...(editing ? { onCancel: () => setEditingId(null) } : {})}
      />
      {removingIndicator ? (
        <ConfirmDialog
          message={t('indicators.removeConfirm', { name: removingIndicator.name })}
          confirmLabel={t('indicators.remove')}
          onConfirm={() => {
            perform(removeIndicator, { id: removingIndicator.id });
            if (editingId === removingIndicator.id) setEditingId(null);
            setRemoving(null);
          }}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </ExerciseFrame>
  );
}
