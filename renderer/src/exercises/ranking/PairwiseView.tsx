import './ranking.css';
import { useMemo } from 'react';
import { choicesInvolving, rankPairwise } from '#shared/exercises/ranking/pairwise.js';
import { pairwiseActions } from '#shared/exercises/ranking/pairwiseActions.js';
import { zPairwiseDocument, type PairwiseDocument } from '#shared/exercises/ranking/schema.js';
import { Field } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { ExerciseFrame } from '../ExerciseFrame.js';
import { ItemsEditor } from './ItemsEditor.js';
import { PairCompare } from './PairCompare.js';
import { GroupBar, NumberingSwitch } from './RankingParts.js';
import { RankingResult, RankingTable } from './RankingResult.js';
import { useRankingExercise } from './useRankingActions.js';

const parse = (body: unknown): PairwiseDocument => zPairwiseDocument.parse(body);
type Tab = 'setup' | 'compare' | 'result';

export function PairwiseView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t, history, run, tab, setTab, groupId, setGroupId } = useRankingExercise<PairwiseDocument, Tab>(
    exerciseId,
    parse,
    'setup',
  );
  const { doc, exercise } = history;
  const results = useMemo(
    () =>
      doc
        ? doc.groups.map((g) =>
            rankPairwise(
              doc.items.map((i) => i.id),
              doc.choices[g.id] ?? {},
            ),
          )
        : [],
    [doc],
  );
  const group = doc?.groups.find((g) => g.id === groupId) ?? doc?.groups[0];
  if (!doc || !exercise || !group) return null;
  const active = doc.groups.indexOf(group);
  const result = results[active]!;
  // The result's chart: on the Result tab and, alone, on the wall.
  const resultChart = (
    <RankingResult
      items={doc.items}
      groups={doc.groups}
      rankings={results.map((r) => r.ranking)}
      active={active}
      values={result.scores}
      numbering={doc.numbering}
      cycles={result.cycles}
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
        { key: 'compare', label: t('ranking.pair.compare') },
        { key: 'result', label: t('ranking.result') },
      ]}
    >
      {tab === 'setup' ? (
        <div className="ranking-setup">
          <section className="card">
            <Field label={t('ranking.question')}>
              {(id) => (
                <input
                  id={id}
                  key={doc.question}
                  defaultValue={doc.question}
                  placeholder={t('ranking.questionHint')}
                  onBlur={(e) => run(pairwiseActions.setQuestion, { question: e.target.value })}
                />
              )}
            </Field>
          </section>
          <ItemsEditor
            sessionId={sessionId}
            exerciseId={exerciseId}
            label={t('ranking.items')}
            items={doc.items}
            onAdd={(name) => run(pairwiseActions.addItem, { id: newId(), name })}
            onRename={(id, name) => run(pairwiseActions.renameItem, { id, name })}
            onRemove={(id) => run(pairwiseActions.removeItem, { id })}
            lossFor={(id) => Object.values(doc.choices).reduce((sum, c) => sum + choicesInvolving(c, id), 0)}
          />
          <GroupBar
            groups={doc.groups}
            active={group.id}
            onSelect={setGroupId}
            onAdd={(name) => run(pairwiseActions.addGroup, { id: newId(), name })}
          />
        </div>
      ) : null}
      {tab === 'compare' ? (
        doc.items.length < 2 ? (
          <p className="lead" role="alert">
            {t('ranking.needTwo')}
          </p>
        ) : (
          <PairCompare doc={doc} group={group} onSelectGroup={setGroupId} result={result} run={run} />
        )
      ) : null}
      {tab === 'result' ? (
        <div className="ranking-result">
          <GroupBar groups={doc.groups} active={group.id} onSelect={setGroupId} />
          {resultChart}
          <div className="result-side">
            <RankingTable
              items={doc.items}
              ranking={result.ranking}
              values={result.scores}
              numbering={doc.numbering}
              valueLabel={t('ranking.score')}
            />
            <NumberingSwitch
              value={doc.numbering}
              onChange={(numbering) => run(pairwiseActions.setNumbering, { numbering })}
            />
            <p className="muted">
              {result.decided}/{result.total}
            </p>
          </div>
        </div>
      ) : null}
    </ExerciseFrame>
  );
}
