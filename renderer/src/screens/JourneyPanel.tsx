import './journey.css';
import { memo, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isExerciseType } from '#shared/exercises/registry.js';
import { formatDate, formatNumber } from '#shared/i18n/format.js';
import type { Language } from '#shared/i18n/languages.js';
import {
  pathSteps,
  stepStatuses,
  techniquesFor,
  type Journey,
  type JourneySession,
  type JourneyStep,
  type StepStatus,
} from '#shared/model/journey.js';
import { phaseLabelKey, phases, stepLabelKey, type Phase, type ProcessStep } from '#shared/model/process.js';
import { call } from '../api.js';
import { useApp } from '../AppContext.js';
import { Icon } from '../components/Icon.js';
import { Button } from '../components/ui.js';
import { PosterPack } from './PosterPack.js';
import { useKeymap } from '../useKeymap.js';
import { exerciseViewOf } from '../exercises/registry.js';
import { JourneyStart, techniqueLabel } from './JourneyStart.js';

const stepNumber = new Map(pathSteps.map((s, i) => [s.step as string, i + 1]));
const stepAnchor = (step: string): string => `journey-step-${step}`;

/** The status drawn so it reads without colour: a filled tick, a dashed ring with dots, an empty ring. */
function StatusMark({ status, size = 40 }: { status: StepStatus; size?: number }) {
  return (
    <svg className={`status-mark ${status}`} width={size} height={size} viewBox="0 0 40 40" aria-hidden="true">
      <circle cx="20" cy="20" r="16" strokeDasharray={status === 'under_way' ? '6 4' : undefined} />
      {status === 'done' ? <path d="M12 20l6 6 11-12" className="tick" /> : null}
      {status === 'under_way' ? <path d="M13 20h.01M20 20h.01M27 20h.01" className="dots" /> : null}
    </svg>
  );
}

function Techniques({ step }: { step: ProcessStep }) {
  const { t } = useTranslation();
  return (
    <ul className="journey-techniques">
      {techniquesFor(step, isExerciseType).map((technique) => {
        const type = 'exerciseType' in technique ? technique.exerciseType : null;
        const icon = type ? exerciseViewOf(type)?.icon : undefined;
        return (
          <li key={type ?? ('paper' in technique ? technique.paper : '')} className={type ? 'in-app' : 'paper'}>
            {icon ? <Icon name={icon} /> : null}
            <span>{techniqueLabel(t, technique)}</span>
            {type ? <span className="tag">{t('journey.inRembug')}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

function SessionRow({
  session,
  language,
  onOpen,
}: {
  session: JourneySession;
  language: Language;
  onOpen: (sessionId: string) => void;
}) {
  const { t } = useTranslation();
  const n = (v: number): string => formatNumber(language, v);
  const a = session.attendance;
  return (
    <li>
      <button type="button" onClick={() => onOpen(session.id)}>
        <span className="date">{formatDate(language, session.date)}</span>
        <strong className="clamp">{session.title}</strong>
        <span className="muted">
          {t('journey.attendance', { total: n(a.total), female: n(a.female), male: n(a.male), youth: n(a.youth) })}
        </span>
      </button>
      {session.exercises.length > 0 ? (
        <p className="journey-detail">
          <span className="label">{t('journey.exercisesLabel')}:</span>{' '}
          {session.exercises.map((e, i) => (
            <span key={e.id} className="chip">
              {exerciseViewOf(e.type) ? <Icon name={exerciseViewOf(e.type)!.icon} size={20} /> : null}
              {e.title}
              {i < session.exercises.length - 1 ? <span className="visually-hidden">, </span> : null}
            </span>
          ))}
        </p>
      ) : null}
      {session.agreements.length > 0 ? (
        <div className="journey-detail">
          <span className="label">{t('journey.agreementsLabel')}:</span>
          <ul className="journey-agreements">
            {session.agreements.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

/** Drawn again only when its own step changes: a long programme has many sessions to draw. */
const StepCard = memo(function StepCard({
  step,
  current,
  readOnly,
  onStatus,
  language,
  onOpen,
}: {
  step: JourneyStep;
  current: boolean;
  readOnly: boolean;
  onStatus: (step: JourneyStep, status: StepStatus | null) => void;
  language: Language;
  onOpen: (sessionId: string) => void;
}) {
  const { t } = useTranslation();
  const label = t(stepLabelKey(step.phase, step.step));
  const number = stepNumber.get(step.step) ?? 0;
  return (
    <section
      className={`journey-step ${step.status}${current ? ' current' : ''}`}
      id={stepAnchor(step.step)}
      aria-labelledby={`${stepAnchor(step.step)}-title`}
      data-testid={`step-${step.step}`}
    >
      <div className="journey-step-head">
        <StatusMark status={step.status} size={32} />
        <h3 id={`${stepAnchor(step.step)}-title`} tabIndex={-1}>
          {number}. {label}
        </h3>
        {current ? <span className="here-tag">{t('journey.here')}</span> : null}
        <select
          aria-label={t('journey.statusLabel', { step: label })}
          value={step.chosen ?? ''}
          disabled={readOnly}
          onChange={(e) => onStatus(step, e.target.value === '' ? null : (e.target.value as StepStatus))}
        >
          <option value="">{t('journey.suggestedOption', { status: t(`journey.statuses.${step.suggested}`) })}</option>
          {stepStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`journey.statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="muted small journey-why">
        {step.chosen ? t('journey.chosenNote') : t(`journey.suggestedWhy.${step.suggestedWhy}`)}
      </p>
      {step.sessions.length === 0 ? (
        // Unless the facilitator set the status, the suggestion above already says there is none.
        step.chosen ? (
          <p className="muted small">{t('journey.noSessions')}</p>
        ) : null
      ) : (
        <ul className="session-list">
          {step.sessions.map((s) => (
            <SessionRow key={s.id} session={s} language={language} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </section>
  );
});

/**
 * The community's home: its programme journey (issue 12). The path of the three phases
 * and their steps, each step's sessions, exercises and agreements and its status, and,
 * for the step the community stands at, the techniques domain.md gives and a way to
 * start a session with them. "Wall view" keeps only the path and the current step, large,
 * for the village to see where it stands.
 */
export function JourneyPanel({ onNewSession }: { onNewSession: () => void }) {
  const { t } = useTranslation();
  const { community, showError, notify, language, navigate } = useApp();
  const [journey, setJourney] = useState<Journey | null>(null);
  const [wall, setWall] = useState(false);
  const [starting, setStarting] = useState(false);
  const [posterPack, setPosterPack] = useState(false);
  const readOnly = community?.readOnly ?? true;

  // Read afresh on arrival and when another file (or a backup of it) is shown; the community's
  // own refresh on arrival does not read it twice.
  const fileKey = `${community?.path}|${community?.readOnlyReason}|${community?.backupOf?.id}`;
  useEffect(() => {
    let stale = false;
    call('journey.get', {})
      .then((j) => {
        if (!stale) setJourney(j);
      })
      .catch(showError);
    return () => {
      stale = true;
    };
  }, [fileKey, showError]);

  const openSession = useCallback((sessionId: string) => navigate({ name: 'session', sessionId }), [navigate]);
  const setStatus = useCallback(
    (step: JourneyStep, status: StepStatus | null): void => {
      call('journey.setStatus', { phase: step.phase, step: step.step, status }).then(setJourney).catch(showError);
    },
    [showError],
  );

  // Escape leaves the wall view, as it leaves a dialog.
  useKeymap([{ keyTest: (e) => e.key === 'Escape' && wall, run: () => setWall(false) }]);

  if (!journey) return null;
  const current = journey.current;
  const isCurrent = (s: { phase: string; step: string }): boolean =>
    current?.phase === s.phase && current.step === s.step;

  const goToStep = (step: string): void => {
    setWall(false);
    // After the cards are back on screen.
    requestAnimationFrame(() => {
      const heading = document.getElementById(`${stepAnchor(step)}-title`);
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus();
    });
  };

  const exportReport = (): void => {
    call('report.exportProgrammePdf', { language })
      .then((saved) => {
        if (saved) notify(t('journey.exported', { file: saved.path }));
      })
      .catch(showError);
  };

  return (
    <section className={`card journey${wall ? ' wall' : ''}`} aria-labelledby="journey-heading" data-testid="journey">
      {posterPack ? <PosterPack onClose={() => setPosterPack(false)} /> : null}
      <div className="section-head">
        <div>
          <h2 id="journey-heading">{t('journey.heading')}</h2>
          <p className="muted small journey-lead">
            {t('journey.lead', {
              sessions: formatNumber(language, journey.sessionCount),
              exercises: formatNumber(language, journey.exerciseCount),
            })}
          </p>
        </div>
        <div className="journey-actions">
          <Button aria-pressed={wall} onClick={() => setWall((w) => !w)}>
            <Icon name={wall ? 'shrink' : 'expand'} /> {wall ? t('journey.wallViewOff') : t('journey.wallView')}
          </Button>
          <Button onClick={exportReport}>
            <Icon name="pdf" /> {t('journey.exportReport')}
          </Button>
          <Button onClick={() => setPosterPack(true)} aria-haspopup="dialog">
            <Icon name="pdf" /> {t('posters.pack')}
          </Button>
          {readOnly ? null : (
            <Button variant="primary" onClick={onNewSession}>
              <Icon name="plus" /> {t('session.new')}
            </Button>
          )}
        </div>
      </div>

      {journey.sessionCount === 0 ? <p className="muted">{t('session.none')}</p> : null}
      <ol className="journey-path" aria-label={t('journey.pathLabel')}>
        {phases.map((phase: Phase) => (
          <li key={phase} className="journey-phase">
            <h3>{t(phaseLabelKey(phase))}</h3>
            <ol>
              {journey.steps
                .filter((s) => s.phase === phase)
                .map((s) => (
                  <li key={s.step} className={`journey-node ${s.status}${isCurrent(s) ? ' current' : ''}`}>
                    <button
                      type="button"
                      onClick={() => goToStep(s.step)}
                      aria-current={isCurrent(s) ? 'step' : undefined}
                      data-testid={`node-${s.step}`}
                    >
                      <StatusMark status={s.status} />
                      <span className="node-text">
                        <span className="node-label">
                          {stepNumber.get(s.step)}. {t(stepLabelKey(s.phase, s.step))}
                        </span>
                        <span className="node-status">
                          {t(`journey.statuses.${s.status}`)}
                          {s.sessions.length > 0 ? ` · ${formatNumber(language, s.sessions.length)}×` : ''}
                        </span>
                        {isCurrent(s) ? <span className="here-tag">{t('journey.here')}</span> : null}
                      </span>
                    </button>
                  </li>
                ))}
            </ol>
          </li>
        ))}
      </ol>

      {current ? (
        <div className="journey-current" data-testid="journey-current">
          <h3>{t('journey.currentHeading', { step: t(stepLabelKey(current.phase, current.step)) })}</h3>
          <p className="muted">{t('journey.techniques')}:</p>
          <Techniques step={current.step} />
          {readOnly ? null : (
            <Button
              variant="primary"
              className="big"
              onClick={() => {
                // The form (and any refusal in the banner above the page) needs the page back.
                setWall(false);
                setStarting(true);
              }}
            >
              <Icon name="plus" /> {t('journey.startSession')}
            </Button>
          )}
        </div>
      ) : (
        <p className="lead">{t('journey.allDone')}</p>
      )}

      <div className="journey-steps" hidden={wall}>
        {journey.steps.map((s) => (
          <StepCard
            key={s.step}
            step={s}
            current={isCurrent(s)}
            readOnly={readOnly}
            onStatus={setStatus}
            language={language}
            onOpen={openSession}
          />
        ))}
      </div>

      {starting && current ? (
        <JourneyStart phase={current.phase} step={current.step} onClose={() => setStarting(false)} />
      ) : null}
    </section>
  );
}
