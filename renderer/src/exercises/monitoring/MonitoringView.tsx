import './monitoring.css';
import { isRefusalReason } from '#shared/result.js';
import { refusalError } from '../../api.js';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addMeasurement,
  removeMeasurement,
  setActivityState,
  setObstacle,
} from '#shared/exercises/monitoring/actions.js';
import { overviewScene, progressScene } from '#shared/exercises/monitoring/charts.js';
import { activityStates, zMonitoringDocument, type MonitoringDocument } from '#shared/exercises/monitoring/schema.js';
import {
  chartWords,
  dateText,
  progressSummary,
  statusText,
  valueWithUnit,
} from '#shared/exercises/monitoring/words.js';
import { useApp } from '../../AppContext.js';
import { Icon } from '../../components/Icon.js';
import { Button, Field } from '../../components/ui.js';
import { useExercise } from '../document/useExercise.js';
import { ExerciseFrame } from '../ExerciseFrame.js';
import { BlurText } from '../framing/BlurText.js';
import { MeasurementForm } from './MeasurementForm.js';
import { SceneChart } from '../../canvas/SceneChart.js';
import { useMonitoringSources } from './useMonitoringSources.js';

const parse = (body: unknown): MonitoringDocument => zMonitoringDocument.parse(body);
type Tab = 'measure' | 'activities' | 'overview';

/**
 * A monitoring session (Pemantauan): a measurement per indicator, each plan activity's
 * status with its obstacle when stuck, and the wall overview (every indicator a bar with
 * its status in words, the stuck activities, one indicator's progress chart).
 */
export function MonitoringView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const { showError } = useApp();
  const history = useExercise(exerciseId, parse);
  const { doc, perform, exercise } = history;
  const open = useMemo(
    () => (exercise && doc ? { id: exerciseId, type: 'monitoring', title: exercise.title, body: doc } : null),
    [exercise, doc, exerciseId],
  );
  const { sources, monitoring } = useMonitoringSources(sessionId, open);
  const [tab, setTab] = useState<Tab>('measure');
  const [chartId, setChartId] = useState('');
  if (!doc || !sources || !monitoring) return null;
  const words = chartWords(t);
  const names = new Map(monitoring.indicators.map((i) => [i.indicator.id, i.indicator]));
  const chartRow = monitoring.indicators.find((i) => i.indicator.id === chartId) ?? monitoring.indicators[0];
  const refuse = (refused: string | null): void => {
    if (refused) showError(isRefusalReason(refused) ? refusalError(refused) : new Error(refused));
  };

  const measureTab = (
    <>
      {monitoring.indicators.length === 0 ? <p className="card">{t('monitoring.noIndicators')}</p> : null}
      {monitoring.indicators.map((row) => (
        <MeasurementForm
          key={row.indicator.id}
          row={row}
          sessionDate={sources.sessionDate}
          onSave={(measurement) => refuse(perform(addMeasurement, { measurement }))}
        />
      ))}
      <section className="card" aria-label={t('monitoring.measurementsHeading')}>
        <h2>{t('monitoring.measurementsHeading')}</h2>
        {doc.measurements.length === 0 ? <p>{t('monitoring.noMeasurements')}</p> : null}
        <ul className="measured-list" data-testid="measured-here">
          {doc.measurements.map((m) => {
            const indicator = names.get(m.indicatorId);
            const value = valueWithUnit(t, m.value, indicator?.unit ?? '');
            return (
              <li key={m.id}>
                <span>
                  <strong>{indicator?.name ?? t('monitoring.indicatorGone')}</strong>: {value} · {dateText(t, m.date)}
                  {m.measuredBy ? ` · ${m.measuredBy}` : ''}
                  {m.photoId ? ` · ${t('monitoring.photoAttached')}` : ''}
                </span>
                <Button
                  variant="ghost"
                  aria-label={t('monitoring.removeMeasurement', { value: `${indicator?.name ?? ''} ${value}` })}
                  onClick={() => perform(removeMeasurement, { id: m.id })}
                >
                  <Icon name="trash" />
                </Button>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );

  const activitiesTab = (
    <section className="card" aria-label={t('monitoring.activitiesHeading')}>
      <h2>{t('monitoring.activitiesHeading')}</h2>
      {monitoring.activities.length === 0 ? <p>{t('monitoring.noPlan')}</p> : null}
      <ol className="activity-status-list" data-testid="activity-status">
        {monitoring.activities.map((a) => {
          const key = `${a.planExerciseId}/${a.activityId}`;
          const here = doc.statuses.find((s) => s.planExerciseId === a.planExerciseId && s.activityId === a.activityId);
          return (
            <li key={key} className={`state-${a.status}`}>
              <div className="activity-status-row">
                <span className="activity-label">
                  {a.label} {a.missing ? <em>{t('monitoring.activityGone')}</em> : null}
                  {a.date && !here ? <small> · {dateText(t, a.date)}</small> : null}
                </span>
                <Field label={t('monitoring.stateHeading')}>
                  {(id) => (
                    <select
                      id={id}
                      aria-label={t('monitoring.stateOf', { label: a.label })}
                      value={a.status}
                      onChange={(e) =>
                        refuse(
                          perform(setActivityState, {
                            planExerciseId: a.planExerciseId,
                            activityId: a.activityId,
                            label: a.label,
                            status: e.target.value as (typeof activityStates)[number],
                          }),
                        )
                      }
                    >
                      {activityStates.map((s) => (
                        <option key={s} value={s}>
                          {t(`monitoring.states.${s}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </div>
              {a.status === 'stuck' ? (
                here ? (
                  <Field label={`${t('monitoring.obstacle')}: ${a.label}`}>
                    {(id) => (
                      <BlurText
                        id={id}
                        value={here.obstacle}
                        placeholder={t('monitoring.obstacleHint')}
                        enterCommits
                        onCommit={(obstacle) =>
                          perform(setObstacle, { planExerciseId: a.planExerciseId, activityId: a.activityId, obstacle })
                        }
                      />
                    )}
                  </Field>
                ) : (
                  <p>
                    <strong>{t('monitoring.obstacle')}:</strong> {a.obstacle}
                  </p>
                )
              ) : null}
              {a.status === 'stuck' && here && !here.obstacle.trim() ? (
                <p className="field-error">{t('monitoring.obstacleMissing')}</p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );

  const overviewTab = (
    <>
      <section className="card monitoring-chart" aria-label={t('monitoring.overview')}>
        <h2>{t('monitoring.overview')}</h2>
        {monitoring.indicators.length === 0 ? (
          <p>{t('monitoring.noIndicators')}</p>
        ) : (
          <SceneChart
            maxScale={1.25}
            scene={overviewScene(monitoring.indicators, words)}
            name={t('monitoring.overviewChart')}
            summary={monitoring.indicators.map((i) => `${i.indicator.name}: ${statusText(t, i)}`).join('; ')}
            testId="monitoring-overview"
          />
        )}
        {/* The chart's words for a screen reader; the wall reads them on the bars. */}
        <ul className="visually-hidden" data-testid="overview-statuses">
          {monitoring.indicators.map((i) => (
            <li key={i.indicator.id} className={`status-${i.progress.status}`}>
              <strong>{i.indicator.name}</strong>: {statusText(t, i)}
            </li>
          ))}
        </ul>
        <h3>{t('monitoring.stuckHeading')}</h3>
        {monitoring.stuck.length === 0 ? <p>{t('monitoring.stuckNone')}</p> : null}
        <ul data-testid="stuck-activities">
          {monitoring.stuck.map((a) => (
            <li key={`${a.planExerciseId}/${a.activityId}`}>
              <strong>{a.label}</strong>
              {a.obstacle ? ` — ${a.obstacle}` : ''}
            </li>
          ))}
        </ul>
      </section>
      {chartRow ? (
        <section
          className="card monitoring-chart"
          aria-label={t('monitoring.progressChart', { name: chartRow.indicator.name })}
        >
          <Field label={t('monitoring.chooseIndicator')}>
            {(id) => (
              <select id={id} value={chartRow.indicator.id} onChange={(e) => setChartId(e.target.value)}>
                {monitoring.indicators.map((i) => (
                  <option key={i.indicator.id} value={i.indicator.id}>
                    {i.indicator.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <SceneChart
            maxScale={1.25}
            scene={progressScene(chartRow, words)}
            name={t('monitoring.progressChart', { name: chartRow.indicator.name })}
            summary={progressSummary(t, chartRow)}
            testId="progress-chart"
          />
        </section>
      ) : null}
    </>
  );

  return (
    <ExerciseFrame
      sessionId={sessionId}
      history={history}
      tabs={[
        { key: 'measure', label: t('monitoring.tabMeasure') },
        { key: 'activities', label: t('monitoring.tabActivities') },
        { key: 'overview', label: t('monitoring.tabOverview') },
      ]}
      tab={tab}
      onTab={setTab}
      wall={overviewTab}
    >
      {tab === 'measure' ? measureTab : null}
      {tab === 'activities' ? activitiesTab : null}
      {tab === 'overview' ? overviewTab : null}
    </ExerciseFrame>
  );
}
