import './evaluation.css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addGroup,
  addQuestion,
  removeGroup,
  removeQuestion,
  renameGroup,
  setBeforeAfter,
  setReason,
  setScore,
} from '#shared/exercises/evaluation/actions.js';
import { answerOf, evaluationByGroup } from '#shared/exercises/evaluation/aggregate.js';
import { evaluationChartScene } from '#shared/exercises/evaluation/chart.js';
import {
  chartLabels,
  groupText,
  questionText,
  scoreText,
  sideBySideTable,
} from '#shared/exercises/evaluation/report.js';
import {
  evaluationScale,
  zEvaluationDocument,
  type BeforeAfter,
  type EvaluationDocument,
  type Score,
} from '#shared/exercises/evaluation/schema.js';
import type { RefusalReason } from '#shared/result.js';
import { call, refusalError } from '../../api.js';
import { useApp } from '../../AppContext.js';
import { Icon } from '../../components/Icon.js';
import { Button, Segmented, SegmentedField } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { useExercise, type OpenExercise } from '../document/useExercise.js';
import { ExerciseFrame } from '../ExerciseFrame.js';
import { BlurText } from '../framing/BlurText.js';
import { BeforeAfterPanel } from './BeforeAfterPanel.js';
import { SceneChart } from '../../canvas/SceneChart.js';

const parse = (body: unknown): EvaluationDocument => zEvaluationDocument.parse(body);
type Tab = 'answers' | 'results' | 'beforeAfter';
type Perform = OpenExercise<EvaluationDocument>['perform'];

/**
 * The participatory evaluation: each group answers the seed's questions on a simple scale
 * with its reasons (one group at a time, chosen at the top), the results side by side as a
 * chart and a table, and the before/after comparisons gathered from the whole community.
 */
export function EvaluationView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const { showError, community } = useApp();
  const history = useExercise(exerciseId, parse);
  const { doc, perform } = history;
  const [tab, setTab] = useState<Tab>('answers');
  const [groupId, setGroupId] = useState<string | null>(null);
  const [live, setLive] = useState<BeforeAfter | null>(null);
  const readOnly = community?.readOnly ?? false;
  const loaded = doc !== null;

  // The comparisons are read from the file each time the evaluation opens, and kept in it
  // when they differ from what it holds (not an undo step; never on a read-only file).
  useEffect(() => {
    if (!loaded) return;
    let current = true;
    call('evaluation.sources', { exerciseId })
      .then((gathered) => {
        if (!current) return;
        setLive(gathered);
        if (!readOnly) perform(setBeforeAfter, { beforeAfter: gathered });
      })
      .catch(showError);
    return () => {
      current = false;
    };
  }, [loaded, exerciseId, readOnly, perform, showError]);

  if (!doc) return null;
  const refused = (why: RefusalReason | null): boolean => {
    if (why) showError(refusalError(why));
    return why !== null;
  };
  const answering = doc.groups.find((g) => g.id === groupId) ?? doc.groups[0]!;

  return (
    <ExerciseFrame
      sessionId={sessionId}
      history={history}
      tabs={[
        { key: 'answers', label: t('evaluation.tabAnswers') },
        { key: 'results', label: t('evaluation.tabResults') },
        { key: 'beforeAfter', label: t('evaluation.tabBeforeAfter') },
      ]}
      tab={tab}
      onTab={setTab}
      wall={<Results doc={doc} />}
    >
      {tab === 'answers' ? (
        <>
          <section className="card evaluation-answering">
            <p>{t('evaluation.scaleNote')}</p>
            <SegmentedField
              label={t('evaluation.answeringGroup')}
              value={answering.id}
              options={doc.groups.map((g) => ({ value: g.id, label: groupText(t, g) }))}
              onChange={setGroupId}
            />
          </section>
          {doc.questions.map((q, i) => (
            <QuestionCard
              key={`${q.id}-${answering.id}`}
              doc={doc}
              questionId={q.id}
              groupId={answering.id}
              number={i + 1}
              perform={perform}
            />
          ))}
          <GroupsCard doc={doc} perform={perform} refused={refused} />
        </>
      ) : null}
      {tab === 'results' ? <Results doc={doc} /> : null}
      {tab === 'beforeAfter' ? <BeforeAfterPanel beforeAfter={live ?? doc.beforeAfter} /> : null}
    </ExerciseFrame>
  );
}

function QuestionCard({
  doc,
  questionId,
  groupId,
  number,
  perform,
}: {
  doc: EvaluationDocument;
  questionId: string;
  groupId: string;
  number: number;
  perform: Perform;
}) {
  const { t } = useTranslation();
  const question = doc.questions.find((q) => q.id === questionId)!;
  const group = doc.groups.find((g) => g.id === groupId)!;
  const answer = answerOf(doc, groupId, questionId);
  const words = questionText(t, question);
  const groupName = groupText(t, group);
  return (
    <section className="card evaluation-question" aria-label={`${number}. ${words}`}>
      <h3>
        {number}. {words}
      </h3>
      <Segmented<'' | `${Score}`>
        label={`${t('evaluation.scoreOf', { group: groupName })}: ${words}`}
        value={answer.score === null ? '' : `${answer.score}`}
        options={evaluationScale.map((s) => ({ value: `${s}` as const, label: scoreText(t, s), shortcut: `${s}` }))}
        onChange={(value) =>
          perform(setScore, { groupId, questionId, score: value === '' ? null : (Number(value) as Score) })
        }
      />
      <BlurText
        rows={2}
        label={`${t('evaluation.reasonOf', { group: groupName })}: ${words}`}
        placeholder={t('evaluation.reasonOf', { group: groupName })}
        value={answer.reason}
        onCommit={(reason) => perform(setReason, { groupId, questionId, reason })}
      />
      {question.seed === null ? (
        <Button variant="ghost" onClick={() => perform(removeQuestion, { id: questionId })}>
          <Icon name="trash" /> {t('evaluation.removeQuestion', { number })}
        </Button>
      ) : null}
    </section>
  );
}

function GroupsCard({
  doc,
  perform,
  refused,
}: {
  doc: EvaluationDocument;
  perform: Perform;
  refused: (why: RefusalReason | null) => boolean;
}) {
  const { t } = useTranslation();
  const [newGroup, setNewGroup] = useState('');
  const [newQuestion, setNewQuestion] = useState('');
  const add = (): void => {
    if (!refused(perform(addGroup, { id: newId(), name: newGroup }))) setNewGroup('');
  };
  const ask = (): void => {
    if (!refused(perform(addQuestion, { id: newId(), text: newQuestion }))) setNewQuestion('');
  };
  return (
    <section className="card" aria-label={t('evaluation.groupsTitle')}>
      <h2>{t('evaluation.groupsTitle')}</h2>
      <ul className="evaluation-groups">
        {doc.groups.map((g, i) => (
          <li key={g.id}>
            <BlurText
              label={t('evaluation.groupName', { number: i + 1 })}
              value={groupText(t, g)}
              enterCommits
              onCommit={(name) => refused(perform(renameGroup, { id: g.id, name }))}
            />
            <Button
              variant="ghost"
              disabled={doc.groups.length <= 1}
              onClick={() => refused(perform(removeGroup, { id: g.id }))}
            >
              <Icon name="trash" /> {t('evaluation.removeGroup', { name: groupText(t, g) })}
            </Button>
          </li>
        ))}
      </ul>
      <div className="inline-form">
        <input
          aria-label={t('evaluation.newGroup')}
          placeholder={t('evaluation.newGroup')}
          value={newGroup}
          onChange={(e) => setNewGroup(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add();
          }}
        />
        <Button onClick={add} disabled={!newGroup.trim()}>
          <Icon name="plus" /> {t('evaluation.addGroup')}
        </Button>
      </div>
      <div className="inline-form">
        <input
          aria-label={t('evaluation.newQuestion')}
          placeholder={t('evaluation.newQuestion')}
          value={newQuestion}
          onChange={(e) => setNewQuestion(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            ask();
          }}
        />
        <Button onClick={ask} disabled={!newQuestion.trim()}>
          <Icon name="plus" /> {t('evaluation.addQuestion')}
        </Button>
      </div>
    </section>
  );
}

function Results({ doc }: { doc: EvaluationDocument }) {
  const { t } = useTranslation();
  const result = useMemo(() => evaluationByGroup(doc), [doc]);
  const scene = useMemo(() => evaluationChartScene(result, chartLabels(t, doc)), [result, t, doc]);
  const side = sideBySideTable(t, doc, result);
  const summary = side.rows
    .map((r) =>
      t('evaluation.chartSummary', {
        question: r.question,
        answers: doc.groups.map((g, i) => `${groupText(t, g)} ${r.cells[i]}`).join(', '),
      }),
    )
    .join('; ');
  return (
    <>
      <section className="card" aria-label={t('evaluation.chart')}>
        <h2>{t('evaluation.chart')}</h2>
        <SceneChart scene={scene} testId="evaluation-chart" name={t('evaluation.chart')} summary={summary} />
      </section>
      <section className="card" aria-label={t('evaluation.tabResults')}>
        <h2>{t('evaluation.tabResults')}</h2>
        <table className="data evaluation-table" data-testid="evaluation-side-by-side">
          <thead>
            <tr>
              {side.header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {side.rows.map((r, i) => (
              <tr key={doc.questions[i]!.id}>
                <th scope="row">{r.question}</th>
                {r.cells.map((c, j) => (
                  <td key={doc.groups[j]!.id}>{c}</td>
                ))}
                <td className={result.questions[i]!.groupsDiffer ? 'evaluation-differ' : ''}>{r.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
