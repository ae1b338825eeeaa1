import './ranking.css';
import { useMemo, useState } from 'react';
import { formulaTerms } from '#shared/exercises/ranking/matrix.js';
import { withCriterionNames } from '#shared/exercises/ranking/labels.js';
import { filledIn, matrixActions } from '#shared/exercises/ranking/matrixActions.js';
import { zMatrixDocument, type MatrixDocument } from '#shared/exercises/ranking/schema.js';
import { matrixResult, matrixScoreTable } from '#shared/exercises/ranking/tables.js';
import type { MatrixTemplate } from '#shared/exercises/ranking/templates.js';
import { ConfirmDialog } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { ExerciseFrame } from '../ExerciseFrame.js';
import { DataTable } from './DataTable.js';
import { ItemsEditor } from './ItemsEditor.js';
import { CategoriesCard, CriteriaCard, TemplateCard } from './MatrixCriteria.js';
import { MatrixScoreGrid } from './MatrixScoreGrid.js';
import { MatrixScoringCard } from './MatrixScoringCard.js';
import { GroupBar, NumberingSwitch, ProblemLine } from './RankingParts.js';
import { RankingResult, resultTableId } from './RankingResult.js';
import { useRankingExercise } from './useRankingActions.js';

const parse = (body: unknown): MatrixDocument => zMatrixDocument.parse(body);
type Tab = 'setup' | 'score' | 'result';

export function MatrixView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t, history, run, tab, setTab, groupId, setGroupId } = useRankingExercise<MatrixDocument, Tab>(
    exerciseId,
    parse,
    'setup',
  );
  const { doc, exercise } = history;
  const [problem, setProblem] = useState<string | null>(null);
  const [pendingTemplate, setPendingTemplate] = useState<MatrixTemplate | null>(null);
  const results = useMemo(() => (doc ? doc.groups.map((g) => matrixResult(doc, g.id)) : []), [doc]);
  if (!doc || !exercise) return null;
  const group = doc.groups.find((g) => g.id === groupId) ?? doc.groups[0]!;
  const active = doc.groups.indexOf(group);
  const result = results[active]!;
  const scored = matrixScoreTable(doc, group.id, t);
  // Template criteria are shown in the current language (see labels.ts); the file keeps them as written.
  const shown = withCriterionNames(doc, t);
  const formula = t('ranking.matrixScoring.formulaOf', {
    terms: formulaTerms(shown.criteria, doc.scoring, doc.weights, doc.combine),
  });

  const applyTemplate = (template: MatrixTemplate): void => {
    setPendingTemplate(null);
    run(matrixActions.chooseTemplate, {
      template,
      nameOf: (key) => t(`ranking.matrixScoring.criteriaNames.${key}`),
      newId,
    });
  };
  // A template replaces criteria the group already wrote, so it asks first.
  const chooseTemplate = (template: MatrixTemplate): void =>
    template !== 'custom' && doc.criteria.length > 0 ? setPendingTemplate(template) : applyTemplate(template);
  const groupBar = <GroupBar groups={doc.groups} active={group.id} onSelect={setGroupId} />;
  // The result's chart: on the Result tab and, alone, on the wall.
  const resultChart = (
    <RankingResult
      items={doc.items}
      groups={doc.groups}
      rankings={results.map((r) => r.ranking)}
      active={active}
      values={result.totals}
      numbering={doc.numbering}
    />
  );

  return (
    <ExerciseFrame
      sessionId={sessionId}
      history={history}
      tab={tab}
      onTab={setTab}
      wall={resultChart}
      tabs={[
        { key: 'setup', label: t('ranking.setup') },
        { key: 'score', label: t('ranking.score') },
        { key: 'result', label: t('ranking.result') },
      ]}
    >
      {tab === 'setup' ? (
        <div className="ranking-setup">
          <ItemsEditor
            sessionId={sessionId}
            exerciseId={exerciseId}
            label={t('ranking.items')}
            items={doc.items}
            onAdd={(name) => run(matrixActions.addItem, { id: newId(), name })}
            onRename={(id, name) => run(matrixActions.renameItem, { id, name })}
            onRemove={(id) => run(matrixActions.removeItem, { id })}
            lossFor={(id) => filledIn(doc.cells, (o) => o === id)}
          />
          <TemplateCard doc={doc} onChoose={(template) => template !== doc.template && chooseTemplate(template)} />
          <CriteriaCard doc={shown} run={run} problem={problem} onProblem={setProblem} />
          <MatrixScoringCard doc={shown} weightSum={result.weightSum} run={run} />
          {doc.items.length > 0 ? <CategoriesCard doc={doc} run={run} listId={`categories-${exerciseId}`} /> : null}
          <GroupBar
            groups={doc.groups}
            active={group.id}
            onSelect={setGroupId}
            onAdd={(name) => run(matrixActions.addGroup, { id: newId(), name })}
          />
          {pendingTemplate ? (
            <ConfirmDialog
              message={t('ranking.matrixScoring.templateReplaces', { n: filledIn(doc.cells, () => true) })}
              confirmLabel={t('ranking.matrixScoring.useTemplate')}
              onConfirm={() => applyTemplate(pendingTemplate)}
              onClose={() => setPendingTemplate(null)}
            />
          ) : null}
        </div>
      ) : null}
      {tab === 'score' ? (
        doc.items.length < 2 || doc.criteria.length === 0 ? (
          <p className="lead" role="alert">
            {t('ranking.needTwo')}
          </p>
        ) : (
          <div className="matrix-stage">
            {groupBar}
            <p className="formula" data-testid="formula">
              {formula}
            </p>
            <ProblemLine problem={problem} />
            <MatrixScoreGrid doc={shown} groupId={group.id} scored={scored} run={run} onProblem={setProblem} />
          </div>
        )
      ) : null}
      {tab === 'result' ? (
        <div className="ranking-result">
          {groupBar}
          {resultChart}
          <p className="formula">{formula}</p>
          {doc.template !== 'custom' ? <p className="muted">{t('ranking.matrixScoring.problemNote')}</p> : null}
          <DataTable table={scored} className="data result-table" testId="result-table" id={resultTableId} />
          <NumberingSwitch
            value={doc.numbering}
            onChange={(numbering) => run(matrixActions.setNumbering, { numbering })}
          />
        </div>
      ) : null}
    </ExerciseFrame>
  );
}
