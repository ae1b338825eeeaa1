import './successes.css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addContributor,
  addSuccess,
  markAchieved,
  removeContributor,
  removeSuccess,
  renameSuccess,
  setEvidence,
  setEvidencePhoto,
} from '#shared/exercises/successes/actions.js';
import { successBoardScene } from '#shared/exercises/successes/board.js';
import { achievedCountText, boardLabels } from '#shared/exercises/successes/report.js';
import {
  boardOrder,
  isAchieved,
  zSuccessesDocument,
  type Contributor,
  type Success,
  type SuccessesDocument,
} from '#shared/exercises/successes/schema.js';
import type { RefusalReason } from '#shared/result.js';
import type { Translate } from '#shared/i18n/translate.js';
import { formatDate } from '#shared/i18n/format.js';
import { call, refusalError } from '../../api.js';
import { useApp } from '../../AppContext.js';
import { Icon } from '../../components/Icon.js';
import { Button, Field } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { usePlanSources, type PlanSources } from '../actionPlan/usePlanSources.js';
import { useExercise, type OpenExercise } from '../document/useExercise.js';
import { ExerciseFrame } from '../ExerciseFrame.js';
import { SceneChart } from '../../canvas/SceneChart.js';
import { localToday } from '../evaluation/editing.js';
import { BlurText } from '../framing/BlurText.js';
import { DamagedImage, importPhoto } from '../resources/photoImport.js';

const parse = (body: unknown): SuccessesDocument => zSuccessesDocument.parse(body);
type Tab = 'edit' | 'board';

/**
 * Recognising success: the milestones the group set itself, each marked reached with
 * its date, the evidence (words, a photo) and who made it happen; and the success board
 * for the wall, drawn from the same scene as the PDF and the poster.
 */
export function SuccessesView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const { showError } = useApp();
  const history = useExercise(exerciseId, parse);
  const { doc, perform } = history;
  const { sources } = usePlanSources();
  const [tab, setTab] = useState<Tab>('edit');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [newTitle, setNewTitle] = useState('');
  if (!doc) return null;

  const refused = (why: RefusalReason | null): boolean => {
    if (why) showError(refusalError(why));
    return why !== null;
  };
  const add = (): void => {
    const id = newId();
    if (refused(perform(addSuccess, { id, title: newTitle }))) return;
    setNewTitle('');
    setSelectedId(id);
  };
  const selectedIndex = doc.successes.findIndex((s) => s.id === selectedId);
  const selected = selectedIndex === -1 ? null : doc.successes[selectedIndex]!;

  return (
    <ExerciseFrame
      sessionId={sessionId}
      history={history}
      tabs={[
        { key: 'edit', label: t('successes.tabEdit') },
        { key: 'board', label: t('successes.tabBoard') },
      ]}
      tab={tab}
      onTab={setTab}
      wall={<SuccessBoard doc={doc} />}
    >
      {tab === 'edit' ? (
        <>
          <section className="card" aria-label={t('successes.milestones')}>
            <h2>
              {t('successes.milestones')} <small className="muted">{achievedCountText(t, doc)}</small>
            </h2>
            {doc.successes.length === 0 ? <p className="muted">{t('successes.empty')}</p> : null}
            <ol className="success-list">
              {doc.successes.map((s, i) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className={`success-row${s.id === selectedId ? ' on' : ''}`}
                    aria-pressed={s.id === selectedId}
                    onClick={() => setSelectedId(s.id)}
                  >
                    <span className="visually-hidden">{t('successes.select', { number: i + 1 })}: </span>
                    <span className={`success-mark${isAchieved(s) ? ' reached' : ''}`} aria-hidden="true">
                      {isAchieved(s) ? '✓' : '○'}
                    </span>
                    <span className="success-title">{s.title}</span>
                    <span className="muted">{achievedText(t, s)}</span>
                  </button>
                </li>
              ))}
            </ol>
            <div className="inline-form">
              <input
                aria-label={t('successes.newMilestone')}
                placeholder={t('successes.newMilestone')}
                value={newTitle}
                onChange={(e) => setNewTitle(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter') return;
                  e.preventDefault();
                  add();
                }}
              />
              <Button variant="primary" onClick={add} disabled={!newTitle.trim()}>
                <Icon name="plus" /> {t('successes.addMilestone')}
              </Button>
            </div>
          </section>
          {selected ? (
            <SuccessEditor
              key={selected.id}
              success={selected}
              number={selectedIndex + 1}
              sources={sources}
              perform={perform}
              refused={refused}
              onRemoved={() => setSelectedId(null)}
            />
          ) : null}
        </>
      ) : (
        <SuccessBoard doc={doc} />
      )}
    </ExerciseFrame>
  );
}

function achievedText(t: Translate, s: Success): string {
  return isAchieved(s) ? boardLabels(t).date(s.achievedOn) : t('successes.notYet');
}

function SuccessBoard({ doc }: { doc: SuccessesDocument }) {
  const { t } = useTranslation();
  const scene = useMemo(() => successBoardScene(doc, boardLabels(t)), [doc, t]);
  const summary = t('successes.boardSummary', {
    list: boardOrder(doc)
      .map((s) => `${s.title} (${achievedText(t, s)})`)
      .join('; '),
  });
  return (
    <section className="card" aria-label={t('successes.board')}>
      <h2>
        {t('successes.board')} <small className="muted">{achievedCountText(t, doc)}</small>
      </h2>
      {doc.successes.length ? (
        <SceneChart scene={scene} testId="success-board" name={t('successes.board')} summary={summary} />
      ) : (
        <p className="muted">{t('successes.empty')}</p>
      )}
    </section>
  );
}

function SuccessEditor({
  success,
  number,
  sources,
  perform,
  refused,
  onRemoved,
}: {
  success: Success;
  number: number;
  sources: PlanSources | null;
  perform: OpenExercise<SuccessesDocument>['perform'];
  refused: (why: RefusalReason | null) => boolean;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const { language, showError } = useApp();
  const [typed, setTyped] = useState('');
  const [photo, setPhoto] = useState<string | null>(null);
  const id = success.id;
  useEffect(() => {
    if (!success.photoId) return setPhoto(null);
    let live = true;
    call('photo.get', { id: success.photoId })
      .then((p) => live && setPhoto(`data:image/jpeg;base64,${p.data}`))
      .catch(showError);
    return () => {
      live = false;
    };
  }, [success.photoId, showError]);

  const contribute = (contributor: Contributor): boolean => {
    if (refused(perform(addContributor, { id, contributor }))) return false;
    return true;
  };
  const pickPhoto = (): void => {
    importPhoto()
      .then((stored) => stored && perform(setEvidencePhoto, { id, photoId: stored.id }))
      .catch((error: unknown) =>
        showError(error instanceof DamagedImage ? new Error(t('errors.damaged_image')) : error),
      );
  };
  const named = new Set(success.contributors.map((c) => `${c.kind}:${c.name.trim().toLowerCase()}`));
  const people = (sources?.people ?? [])
    .filter((p) => !named.has(`person:${p.name.trim().toLowerCase()}`))
    .slice(0, 12);
  const institutions = (sources?.institutions ?? [])
    .filter((i) => !named.has(`institution:${i.name.trim().toLowerCase()}`))
    .slice(0, 12);

  return (
    <section className="card success-editor" aria-label={t('successes.editorOf', { number })}>
      <h2>{t('successes.editorOf', { number })}</h2>
      <Field label={t('successes.milestone')}>
        {(fieldId) => (
          <BlurText
            id={fieldId}
            value={success.title}
            enterCommits
            onCommit={(title) => refused(perform(renameSuccess, { id, title }))}
          />
        )}
      </Field>
      <div className="inline-form">
        <Field label={t('successes.date')}>
          {(fieldId) => (
            <input
              id={fieldId}
              type="date"
              value={success.achievedOn}
              max={localToday()}
              onChange={(e) => refused(perform(markAchieved, { id, date: e.target.value, today: localToday() }))}
            />
          )}
        </Field>
        {isAchieved(success) ? (
          <Button onClick={() => perform(markAchieved, { id, date: '', today: localToday() })}>
            {t('successes.unmark')}
          </Button>
        ) : (
          <Button
            variant="primary"
            onClick={() => perform(markAchieved, { id, date: localToday(), today: localToday() })}
          >
            <Icon name="star" /> {t('successes.markAchieved')}
          </Button>
        )}
        {isAchieved(success) ? (
          <strong className="success-date">{formatDate(language, success.achievedOn)}</strong>
        ) : null}
      </div>
      <Field label={t('successes.evidence')}>
        {(fieldId) => (
          <BlurText
            id={fieldId}
            rows={3}
            value={success.evidence}
            placeholder={t('successes.evidenceHint')}
            onCommit={(evidence) => perform(setEvidence, { id, evidence })}
          />
        )}
      </Field>
      <div className="success-photo">
        {photo ? (
          <img src={photo} alt={t('successes.photoAlt', { title: success.title })} data-testid="evidence-photo" />
        ) : null}
        <div className="inline-form">
          <Button onClick={pickPhoto}>
            <Icon name="plus" /> {success.photoId ? t('successes.replacePhoto') : t('successes.addPhoto')}
          </Button>
          {success.photoId ? (
            <Button onClick={() => perform(setEvidencePhoto, { id, photoId: null })}>
              {t('successes.removePhoto')}
            </Button>
          ) : null}
        </div>
      </div>
      <h3>{t('successes.contributors')}</h3>
      {success.contributors.length === 0 ? <p className="muted">{t('successes.noContributors')}</p> : null}
      <ul className="success-chips" aria-label={t('successes.contributors')}>
        {success.contributors.map((c, index) => (
          <li key={`${c.kind}-${c.name}`} className="success-chip">
            <span>
              {c.name} <small className="muted">({t(`successes.${c.kind}`)})</small>
            </span>
            <button
              type="button"
              className="success-chip-remove"
              aria-label={t('successes.removeContributor', { name: c.name })}
              onClick={() => perform(removeContributor, { id, index })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="inline-form">
        <input
          aria-label={t('successes.typedName')}
          placeholder={t('successes.typedName')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            if (contribute({ kind: 'person', participantId: null, name: typed })) setTyped('');
          }}
        />
        <Button
          disabled={!typed.trim()}
          onClick={() => contribute({ kind: 'person', participantId: null, name: typed }) && setTyped('')}
        >
          {t('successes.addPerson')}
        </Button>
        <Button
          disabled={!typed.trim()}
          onClick={() => contribute({ kind: 'institution', participantId: null, name: typed }) && setTyped('')}
        >
          {t('successes.addInstitution')}
        </Button>
      </div>
      {people.length ? (
        <div className="success-suggestions" role="group" aria-label={t('successes.suggestedPeople')}>
          <span className="muted">{t('successes.suggestedPeople')}</span>
          {people.map((p) => (
            <Button
              key={p.participantId}
              className="suggestion"
              onClick={() => contribute({ kind: 'person', participantId: p.participantId, name: p.name })}
            >
              + {p.name}
            </Button>
          ))}
        </div>
      ) : null}
      {institutions.length ? (
        <div className="success-suggestions" role="group" aria-label={t('successes.suggestedInstitutions')}>
          <span className="muted">{t('successes.suggestedInstitutions')}</span>
          {institutions.map((i) => (
            <Button
              key={i.name}
              className="suggestion"
              onClick={() => contribute({ kind: 'institution', participantId: null, name: i.name })}
            >
              + {i.name}
            </Button>
          ))}
        </div>
      ) : null}
      <div className="inline-form">
        <Button
          variant="danger"
          onClick={() => {
            perform(removeSuccess, { id });
            onRemoved();
          }}
        >
          <Icon name="trash" /> {t('successes.remove')}
        </Button>
      </div>
    </section>
  );
}
