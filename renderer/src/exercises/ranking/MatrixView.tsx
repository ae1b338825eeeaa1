import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkCell,
  formulaTerms,
  scoreMatrix,
  seedsLeft,
  weightPointsTotal,
  type Cells,
  type ScoringMode,
} from '../../../../shared/exercises/ranking/matrix.js';
import { rankWithinCategories } from '../../../../shared/exercises/ranking/ranks.js';
import { formatScore, rankLabel } from '../../../../shared/exercises/ranking/scene.js';
import { zMatrixDocument, type MatrixDocument } from '../../../../shared/exercises/ranking/schema.js';
import {
  applyMatrixTemplate,
  matrixTemplates,
  type MatrixTemplate,
} from '../../../../shared/exercises/ranking/templates.js';
import { useExercise } from '../document/useExercise.js';
import { Icon } from '../../components/Icon.js';
import { Button, ConfirmDialog, Field, Segmented, SegmentedField } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { addGroup, addItem, renameItem, hasName, mapGroups } from './rankingEdits.js';
import { EditableName, GroupBar, ItemsEditor, NumberingSwitch, RankingResult } from './RankingParts.js';
import { ExerciseFrame } from '../ExerciseFrame.js';

const parse = (body: unknown): MatrixDocument => zMatrixDocument.parse(body);
type Tab = 'setup' | 'score' | 'result';

function dropFromCells(cells: MatrixDocument['cells'], optionId: string | null, criterionId: string | null) {
  return mapGroups(cells, (rows) =>
    Object.fromEntries(
      Object.entries(rows)
        .filter(([o]) => o !== optionId)
        .map(([o, cols]) => [o, Object.fromEntries(Object.entries(cols).filter(([c]) => c !== criterionId))]),
    ),
  );
}

type ScaleKey = 'scale05' | 'scale15' | 'scale110' | 'scale13' | 'seeds';
const scales: Record<ScaleKey, ScoringMode> = {
  scale05: { kind: 'scale', min: 0, max: 5 },
  scale15: { kind: 'scale', min: 1, max: 5 },
  scale110: { kind: 'scale', min: 1, max: 10 },
  scale13: { kind: 'scale', min: 1, max: 3 },
  seeds: { kind: 'seeds', seedsPerCriterion: 10 },
};
function scaleKeyOf(scoring: ScoringMode): ScaleKey {
  if (scoring.kind === 'seeds') return 'seeds';
  if (scoring.max === 5) return scoring.min === 0 ? 'scale05' : 'scale15';
  return scoring.max === 3 ? 'scale13' : 'scale110';
}

function filledIn(cells: MatrixDocument['cells'], pick: (optionId: string, criterionId: string) => boolean): number {
  let n = 0;
  for (const rows of Object.values(cells))
    for (const [o, cols] of Object.entries(rows)) for (const c of Object.keys(cols)) if (pick(o, c)) n += 1;
  return n;
}

export function MatrixView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const history = useExercise(exerciseId, parse);
  const { doc, exercise, commit } = history;
  const [tab, setTab] = useState<Tab>('setup');
  const [groupId, setGroupId] = useState('all');
  const [criterionName, setCriterionName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [pendingTemplate, setPendingTemplate] = useState<Exclude<MatrixTemplate, 'custom'> | null>(null);

  const ids = useMemo(() => doc?.items.map((i) => i.id) ?? [], [doc]);
  const results = useMemo(
    () =>
      doc
        ? doc.groups.map((g) =>
            scoreMatrix(ids, doc.criteria, doc.cells[g.id] ?? {}, doc.scoring, doc.weights, doc.combine),
          )
        : [],
    [doc, ids],
  );
  if (!doc || !exercise) return null;
  const group = doc.groups.find((g) => g.id === groupId) ?? doc.groups[0]!;
  const cells: Cells = doc.cells[group.id] ?? {};
  const active = doc.groups.indexOf(group);
  const result = results[active]!;
  const totals = Object.fromEntries(result.rows.map((r) => [r.optionId, r.total]));
  const { scoring } = doc;

  const setCell = (optionId: string, criterionId: string, value: number): void => {
    const why = checkCell(cells, ids, optionId, criterionId, value, scoring);
    if (why) {
      setProblem(t(`errors.${why === 'not_whole' ? 'outside_scale' : why}`));
      return;
    }
    setProblem(null);
    const row = { ...(cells[optionId] ?? {}), [criterionId]: value };
    commit({ ...doc, cells: { ...doc.cells, [group.id]: { ...cells, [optionId]: row } } });
  };

  const addCriterion = (): void => {
    if (!criterionName.trim()) return setProblem(t('errors.empty_name'));
    if (hasName(doc.criteria, criterionName)) return setProblem(t('errors.duplicate_name'));
    setProblem(null);
    commit({
      ...doc,
      template: 'custom',
      criteria: [...doc.criteria, { id: newId(), name: criterionName, weight: 1 }],
    });
    setCriterionName('');
  };

  const scaleKey = scaleKeyOf(scoring);
  const formula = t('ranking.matrixScoring.formulaOf', {
    terms: formulaTerms(doc.criteria, scoring, doc.weights, doc.combine),
  });
  const rowOf = (optionId: string) => result.rows.find((r) => r.optionId === optionId)!;
  const categories = [...new Set(doc.items.map((i) => i.category?.trim() ?? '').filter(Boolean))];
  const inCategory = rankWithinCategories(
    doc.items,
    (i) => i.category ?? '',
    (i) => totals[i.id] ?? 0,
  );
  const applyTemplate = (template: Exclude<MatrixTemplate, 'custom'>): void => {
    setPendingTemplate(null);
    commit(applyMatrixTemplate(doc, template, (key) => t(`ranking.matrixScoring.criteriaNames.${key}`), newId));
  };
  const chooseTemplate = (template: MatrixTemplate): void => {
    if (template === doc.template) return;
    if (template === 'custom') return commit({ ...doc, template });
    if (doc.criteria.length > 0) return setPendingTemplate(template);
    applyTemplate(template);
  };
  const setCategory = (itemId: string, category: string): void =>
    commit({ ...doc, items: doc.items.map((i) => (i.id === itemId ? { ...i, category } : i)) });
  const problemLine = problem ? (
    <p className="field-error" role="alert">
      {problem}
    </p>
  ) : null;

  return (
    <ExerciseFrame
      sessionId={sessionId}
      history={history}
      tab={tab}
      onTab={setTab}
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
            onAdd={(name) => commit(addItem(doc, name, newId()))}
            onRename={(id, name) => commit(renameItem(doc, id, name))}
            onRemove={(id) =>
              commit({ ...doc, items: doc.items.filter((i) => i.id !== id), cells: dropFromCells(doc.cells, id, null) })
            }
            lossFor={(id) => filledIn(doc.cells, (o) => o === id)}
          />
          {/* Changing the template's criteria, scale or weighting makes the matrix a custom one again. */}
          <section className="card" aria-label={t('ranking.matrixScoring.template')}>
            <h2>{t('ranking.matrixScoring.template')}</h2>
            <p className="hint">{t('ranking.matrixScoring.templateHint')}</p>
            <Segmented
              label={t('ranking.matrixScoring.template')}
              value={doc.template}
              options={matrixTemplates.map((value) => ({
                value,
                label: t(`ranking.matrixScoring.templates.${value}`),
              }))}
              onChange={chooseTemplate}
            />
            {doc.template !== 'custom' ? <p className="muted">{t('ranking.matrixScoring.problemNote')}</p> : null}
          </section>
          <section className="card" aria-label={t('ranking.matrixScoring.criteria')}>
            <h2>{t('ranking.matrixScoring.criteria')}</h2>
            <p className="hint">{t('ranking.matrixScoring.criterionHint')}</p>
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                addCriterion();
              }}
            >
              <input
                aria-label={t('ranking.matrixScoring.criterionName')}
                placeholder={t('ranking.matrixScoring.criterionName')}
                value={criterionName}
                onChange={(e) => setCriterionName(e.target.value)}
              />
              <Button variant="primary" type="submit">
                <Icon name="plus" /> {t('ranking.matrixScoring.addCriterion')}
              </Button>
            </form>
            {problemLine}
            <ol className="item-list">
              {doc.criteria.map((c) => (
                <li key={c.id}>
                  <EditableName
                    name={c.name}
                    others={doc.criteria.filter((x) => x.id !== c.id)}
                    label={t('ranking.matrixScoring.renameCriterion')}
                    onRename={(name) =>
                      commit({ ...doc, criteria: doc.criteria.map((x) => (x.id === c.id ? { ...x, name } : x)) })
                    }
                    onProblem={setProblem}
                  />
                  <Button
                    variant="ghost"
                    aria-label={`${t('common.delete')}: ${c.name}`}
                    onClick={() =>
                      commit({
                        ...doc,
                        template: 'custom',
                        criteria: doc.criteria.filter((x) => x.id !== c.id),
                        cells: dropFromCells(doc.cells, null, c.id),
                      })
                    }
                  >
                    <Icon name="close" size={18} />
                  </Button>
                </li>
              ))}
            </ol>
          </section>
          <section className="card">
            <SegmentedField
              label={t('ranking.matrixScoring.scoring')}
              value={scaleKey}
              options={[
                { value: 'scale05', label: t('ranking.matrixScoring.scale05') },
                { value: 'scale15', label: t('ranking.matrixScoring.scale15') },
                { value: 'scale110', label: t('ranking.matrixScoring.scale110') },
                { value: 'scale13', label: t('ranking.matrixScoring.scale13') },
                { value: 'seeds', label: t('ranking.matrixScoring.seeds') },
              ]}
              onChange={(v) =>
                // Changing the scale would leave stored values meaningless: start the scores afresh (undo brings them back).
                // Seeds cannot be multiplied, so a product falls back to a sum.
                commit({
                  ...doc,
                  cells: {},
                  template: 'custom',
                  scoring: scales[v],
                  combine: v === 'seeds' ? 'sum' : doc.combine,
                })
              }
            />
            {scoring.kind === 'scale' ? (
              <SegmentedField
                label={t('ranking.matrixScoring.combine')}
                value={doc.combine}
                options={[
                  { value: 'sum', label: t('ranking.matrixScoring.add') },
                  { value: 'product', label: t('ranking.matrixScoring.multiply') },
                ]}
                // Multiplying uses the plain scores, so the weights go back to equal.
                onChange={(combine) =>
                  commit({ ...doc, combine, weights: combine === 'product' ? 'equal' : doc.weights })
                }
              >
                {doc.combine === 'product' ? <p className="hint">{t('ranking.matrixScoring.multiplyHint')}</p> : null}
              </SegmentedField>
            ) : null}
            {scoring.kind === 'seeds' ? (
              <Field label={t('ranking.matrixScoring.seedsPer')}>
                {(id) => (
                  <input
                    id={id}
                    type="number"
                    min={1}
                    max={1000}
                    value={scoring.seedsPerCriterion}
                    onChange={(e) => {
                      const n = Math.round(Number(e.target.value));
                      if (n >= 1 && n <= 1000)
                        commit({ ...doc, cells: {}, scoring: { kind: 'seeds', seedsPerCriterion: n } });
                    }}
                  />
                )}
              </Field>
            ) : null}
            <SegmentedField
              label={t('ranking.matrixScoring.weights')}
              value={doc.weights}
              options={[
                { value: 'equal', label: t('ranking.matrixScoring.equalWeights') },
                { value: 'points', label: t('ranking.matrixScoring.pointWeights') },
              ]}
              onChange={(weights) =>
                commit({ ...doc, weights, template: 'custom', combine: weights === 'points' ? 'sum' : doc.combine })
              }
            />
            {doc.weights === 'points' ? (
              <div className="weights">
                {doc.criteria.map((c) => (
                  <Field key={c.id} label={c.name}>
                    {(id) => (
                      <input
                        id={id}
                        type="number"
                        min={0}
                        max={10}
                        value={c.weight}
                        onChange={(e) => {
                          const w = Math.round(Number(e.target.value));
                          if (w >= 0 && w <= 10)
                            commit({
                              ...doc,
                              criteria: doc.criteria.map((x) => (x.id === c.id ? { ...x, weight: w } : x)),
                            });
                        }}
                      />
                    )}
                  </Field>
                ))}
                <p className={result.weightSum === weightPointsTotal ? 'muted' : 'warning'} role="status">
                  {t('ranking.matrixScoring.weightSum', { sum: result.weightSum })}
                </p>
              </div>
            ) : null}
          </section>
          {doc.items.length > 0 ? (
            <section className="card" aria-label={t('ranking.matrixScoring.categories')}>
              <h2>{t('ranking.matrixScoring.categories')}</h2>
              <p className="hint">{t('ranking.matrixScoring.categoryHint')}</p>
              <datalist id={`categories-${exerciseId}`}>
                {categories.map((c) => (
                  <option key={c} value={c} />
                ))}
              </datalist>
              <div className="weights">
                {doc.items.map((item) => (
                  <Field key={item.id} label={item.name}>
                    {(id) => (
                      <input
                        id={id}
                        key={item.category ?? ''}
                        list={`categories-${exerciseId}`}
                        defaultValue={item.category ?? ''}
                        placeholder={t('ranking.matrixScoring.category')}
                        maxLength={200}
                        onBlur={(e) => e.target.value !== (item.category ?? '') && setCategory(item.id, e.target.value)}
                        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
                      />
                    )}
                  </Field>
                ))}
              </div>
            </section>
          ) : null}
          <GroupBar
            groups={doc.groups}
            active={group.id}
            onSelect={setGroupId}
            onAdd={(name) => commit(addGroup(doc, name, newId()))}
          />
          {pendingTemplate ? (
            <ConfirmDialog
              message={t('ranking.matrixScoring.templateReplaces', {
                n: filledIn(doc.cells, () => true),
              })}
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
            <GroupBar groups={doc.groups} active={group.id} onSelect={setGroupId} />
            <p className="formula" data-testid="formula">
              {formula}
            </p>
            {problemLine}
            <table className="data score-grid" data-testid="score-grid">
              <thead>
                <tr>
                  <th>{t('ranking.items')}</th>
                  {doc.criteria.map((c) => (
                    <th key={c.id}>
                      {c.name}
                      {doc.weights === 'points' ? <span className="muted"> ×{c.weight}</span> : null}
                      {scoring.kind === 'seeds' ? (
                        <span className="seeds-left" data-testid={`seeds-left-${c.name}`}>
                          {t('ranking.matrixScoring.seedsLeft', {
                            n: seedsLeft(cells, ids, c.id, scoring.seedsPerCriterion),
                          })}
                        </span>
                      ) : null}
                    </th>
                  ))}
                  <th>{t('ranking.total')}</th>
                </tr>
              </thead>
              <tbody>
                {doc.items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">{item.name}</th>
                    {doc.criteria.map((c) => {
                      const value = cells[item.id]?.[c.id];
                      // An empty cell steps up to 1 (or the scale's minimum when that is higher).
                      const up =
                        value === undefined ? Math.max(scoring.kind === 'scale' ? scoring.min : 0, 1) : value + 1;
                      const label = `${item.name} · ${c.name}`;
                      return (
                        <td key={c.id} className="score-cell">
                          <Button
                            aria-label={`${label} −`}
                            disabled={value === undefined}
                            onClick={() => value !== undefined && setCell(item.id, c.id, value - 1)}
                          >
                            −
                          </Button>
                          <input
                            aria-label={label}
                            inputMode="numeric"
                            value={value ?? ''}
                            placeholder="·"
                            onChange={(e) => {
                              if (e.target.value === '') return;
                              setCell(item.id, c.id, Number(e.target.value));
                            }}
                          />
                          <Button aria-label={`${label} +`} onClick={() => setCell(item.id, c.id, up)}>
                            +
                          </Button>
                        </td>
                      );
                    })}
                    <td className="total" data-testid={`total-${item.name}`}>
                      {doc.combine === 'product' && !rowOf(item.id).complete ? (
                        <span className="muted">{t('ranking.matrixScoring.incomplete')}</span>
                      ) : (
                        <strong>{formatScore(totals[item.id] ?? 0)}</strong>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
      {tab === 'result' ? (
        <div className="ranking-result">
          <GroupBar groups={doc.groups} active={group.id} onSelect={setGroupId} />
          <RankingResult
            items={doc.items}
            groups={doc.groups}
            rankings={results.map((r) => r.ranking)}
            active={active}
            values={totals}
            numbering={doc.numbering}
          />
          <p className="formula">{formula}</p>
          {doc.template !== 'custom' ? <p className="muted">{t('ranking.matrixScoring.problemNote')}</p> : null}
          <table className="data result-table" data-testid="result-table">
            <thead>
              <tr>
                <th>{t('ranking.rank')}</th>
                <th>{t('ranking.items')}</th>
                {categories.length > 0 ? (
                  <>
                    <th>{t('ranking.matrixScoring.category')}</th>
                    <th>{t('ranking.matrixScoring.rankInCategory')}</th>
                  </>
                ) : null}
                {doc.criteria.map((c) => (
                  <th key={c.id}>{c.name}</th>
                ))}
                <th>{t('ranking.total')}</th>
              </tr>
            </thead>
            <tbody>
              {result.ranking.map((r) => {
                const row = rowOf(r.item);
                const item = doc.items.find((i) => i.id === r.item)!;
                const local = inCategory.get(item);
                return (
                  <tr key={r.item}>
                    <td>
                      <strong>
                        {rankLabel(r, doc.numbering)}
                        {r.tied ? '=' : ''}
                      </strong>
                    </td>
                    <td>{item.name}</td>
                    {categories.length > 0 ? (
                      <>
                        <td>{item.category}</td>
                        <td data-testid={`category-rank-${item.name}`}>
                          {local ? `${rankLabel(local, doc.numbering)}${local.tied ? '=' : ''}` : ''}
                        </td>
                      </>
                    ) : null}
                    {row.breakdown.map((b, i) => (
                      <td key={doc.criteria[i]!.id}>{formatScore(b)}</td>
                    ))}
                    <td>
                      <strong>{formatScore(row.total)}</strong>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <NumberingSwitch value={doc.numbering} onChange={(numbering) => commit({ ...doc, numbering })} />
        </div>
      ) : null}
    </ExerciseFrame>
  );
}
