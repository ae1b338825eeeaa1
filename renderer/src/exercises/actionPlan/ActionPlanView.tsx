import './actionPlan.css';
import { refusalError } from '../../api.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addActivity, moveActivity, setGoal, setSpan } from '#shared/exercises/actionPlan/actions.js';
import { checkPlan, monthIndex } from '#shared/exercises/actionPlan/checks.js';
import { checkTexts, localShareText, rupiah } from '#shared/exercises/actionPlan/report.js';
import { zActionPlanDocument, type ActionPlanDocument, type Month } from '#shared/exercises/actionPlan/schema.js';
import { useApp } from '../../AppContext.js';
import { Icon } from '../../components/Icon.js';
import { Button, Field } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { useExercise } from '../document/useExercise.js';
import { ExerciseFrame } from '../ExerciseFrame.js';
import { WallPlan } from '../wallViews.js';
import { BlurText } from '../framing/BlurText.js';
import { ActivityEditor } from './ActivityEditor.js';
import { ActivityTable } from './ActivityTable.js';
import { PlanTimeline } from './PlanTimeline.js';
import { TeamPanel } from './TeamPanel.js';
import { usePlanSources } from './usePlanSources.js';

const parse = (body: unknown): ActionPlanDocument => zActionPlanDocument.parse(body);
type Tab = 'table' | 'timeline' | 'team';

/**
 * The action plan (Rencana kegiatan): the goal and the plan's months, the activities as a
 * table (the chosen one's details below it) or as a month-by-month timeline, the team,
 * the checks in plain words with the community's own share of the cost, and the poster.
 */
export function ActionPlanView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const { showError } = useApp();
  const history = useExercise(exerciseId, parse);
  const { doc, perform } = history;
  const { sources, living } = usePlanSources();
  const [tab, setTab] = useState<Tab>('table');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [newWhat, setNewWhat] = useState('');
  if (!doc) return null;

  const checks = checkPlan(doc, living);
  const notes = checkTexts(t, checks);
  const totals = doc.activities.reduce(
    (s, a) => ({ swadaya: s.swadaya + a.swadaya, outside: s.outside + a.outsideHelp }),
    {
      swadaya: 0,
      outside: 0,
    },
  );
  const selectedIndex = doc.activities.findIndex((a) => a.id === selectedId);
  const selected = selectedIndex === -1 ? null : doc.activities[selectedIndex]!;
  const statements = (sources?.cites ?? []).filter((c) => c.sourceType === 'statement');

  const add = (): void => {
    if (!newWhat.trim()) return;
    const id = newId();
    // A new row serves what the row before it serves: plans are built one objective at a time.
    const before = doc.activities.at(-1);
    const refused = perform(addActivity, { id, what: newWhat.trim(), why: before?.why ?? null });
    if (refused) return showError(refusalError(refused));
    setNewWhat('');
    setSelectedId(id);
  };
  const span = (startMonth: Month, endMonth: Month): void => {
    perform(setSpan, { startMonth, endMonth });
  };

  const headCard = (
    <section className="card plan-head">
      <Field label={t('actionPlan.goal')}>
        {(id) => (
          <BlurText
            id={id}
            className="plan-goal"
            value={doc.goal}
            placeholder={t('actionPlan.goalHint')}
            enterCommits
            onCommit={(goal) => perform(setGoal, { goal })}
          />
        )}
      </Field>
      {statements.length > 0 && !doc.goal.trim() ? (
        <div className="inline-form">
          {statements.slice(-3).map((s) => (
            <Button key={s.exerciseId} onClick={() => perform(setGoal, { goal: s.label })}>
              {t('actionPlan.useStatement')}: {s.label}
            </Button>
          ))}
        </div>
      ) : null}
      <div className="plan-grid three">
        <Field label={t('actionPlan.spanStart')}>
          {(id) => (
            <input
              id={id}
              type="month"
              value={doc.startMonth}
              onChange={(e) => span(month(e.target.value), doc.endMonth)}
            />
          )}
        </Field>
        <Field label={t('actionPlan.spanEnd')}>
          {(id) => (
            <input
              id={id}
              type="month"
              value={doc.endMonth}
              onChange={(e) => span(doc.startMonth, month(e.target.value))}
            />
          )}
        </Field>
        <div className="plan-share" data-testid="plan-share">
          <strong>{localShareText(t, doc)}</strong>
          <small>
            {t('actionPlan.totals', { swadaya: rupiah(t, totals.swadaya), outside: rupiah(t, totals.outside) })}
          </small>
        </div>
      </div>
    </section>
  );
  const checksCard = (
    <section className="card plan-checks" aria-label={t('actionPlan.checks')} data-testid="plan-checks">
      <h2>
        <Icon name="warning" /> {t('actionPlan.checks')}
      </h2>
      {notes.length === 0 ? <p>{t('actionPlan.checksNone')}</p> : null}
      <ul>
        {checks.plan.map((reason) => (
          <li key={reason} className="plan-flag">
            {t(`actionPlan.planChecks.${reason}`)}
          </li>
        ))}
        {checks.activities.slice(0, 12).map((c, i) => (
          <li key={`${c.activityId}-${c.reason}-${i}`}>
            <button
              type="button"
              className="link"
              onClick={() => {
                setTab('table');
                setSelectedId(c.activityId);
              }}
            >
              {notes[checks.plan.length + i]}
            </button>
          </li>
        ))}
        {checks.activities.length > 12 ? <li className="muted">… +{checks.activities.length - 12}</li> : null}
      </ul>
    </section>
  );

  return (
    <ExerciseFrame
      sessionId={sessionId}
      history={history}
      tabs={[
        { key: 'table', label: t('actionPlan.tabTable') },
        { key: 'timeline', label: t('actionPlan.tabTimeline') },
        { key: 'team', label: t('actionPlan.tabTeam') },
      ]}
      tab={tab}
      onTab={setTab}
      wall={tab === 'timeline' ? <PlanTimeline doc={doc} /> : <WallPlan doc={doc} />}
    >
      {tab === 'table' ? headCard : null}
      {tab === 'table' ? (
        <>
          <section className="card" aria-label={t('actionPlan.activities')}>
            <h2>
              {t('actionPlan.activities')}{' '}
              <small className="muted">{t('actionPlan.activityCount', { count: doc.activities.length })}</small>
            </h2>
            {doc.activities.length > 0 ? (
              <ActivityTable
                activities={doc.activities}
                selectedId={selectedId}
                checks={checks.activities}
                onSelect={setSelectedId}
                onMove={(id, to) => perform(moveActivity, { id, to })}
              />
            ) : null}
            <div className="inline-form">
              <input
                aria-label={t('actionPlan.newActivityHint')}
                placeholder={t('actionPlan.newActivityHint')}
                value={newWhat}
                onChange={(e) => setNewWhat(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter') return;
                  e.preventDefault();
                  add();
                }}
              />
              <Button variant="primary" onClick={add} disabled={!newWhat.trim()}>
                <Icon name="plus" /> {t('actionPlan.addActivity')}
              </Button>
            </div>
          </section>
          {selected ? (
            <ActivityEditor
              key={selected.id}
              activity={selected}
              number={selectedIndex + 1}
              sources={sources}
              perform={perform}
              onRemoved={() => setSelectedId(null)}
            />
          ) : null}
        </>
      ) : null}
      {tab === 'timeline' ? <PlanTimeline doc={doc} /> : null}
      {tab === 'team' ? <TeamPanel doc={doc} sources={sources} perform={perform} /> : null}
      {checksCard}
    </ExerciseFrame>
  );
}

function month(value: string): Month {
  return monthIndex(value) === null ? '' : value;
}
