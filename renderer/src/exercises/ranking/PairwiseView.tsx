import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  choicesInvolving,
  pairKey,
  pairsOf,
  rankPairwise,
  withoutItem,
  type PairChoice,
} from '../../../../shared/exercises/ranking/pairwise.js';
import { zPairwiseDocument, type PairwiseDocument } from '../../../../shared/exercises/ranking/schema.js';
import { formatScore } from '../../../../shared/exercises/ranking/scene.js';
import { useExercise } from '../document/useExercise.js';
import { Button, Field } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { addGroup, addItem, renameItem, mapGroups } from './rankingEdits.js';
import { GroupBar, ItemsEditor, NumberingSwitch, RankingResult, RankingTable } from './RankingParts.js';
import { ExerciseFrame } from '../ExerciseFrame.js';

const parse = (body: unknown): PairwiseDocument => zPairwiseDocument.parse(body);
type Tab = 'setup' | 'compare' | 'result';

export function PairwiseView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const history = useExercise(exerciseId, parse);
  const { doc, exercise, commit } = history;
  const [tab, setTab] = useState<Tab>('setup');
  const [groupId, setGroupId] = useState('all');
  const [index, setIndexState] = useState(0);
  // The pair on screen, readable at once by a key that follows before the next render.
  const indexRef = useRef(0);
  const setIndex = useCallback((next: number | ((i: number) => number)) => {
    indexRef.current = typeof next === 'function' ? next(indexRef.current) : next;
    setIndexState(indexRef.current);
  }, []);
  const [showMatrix, setShowMatrix] = useState(false);
  const reasonRef = useRef<HTMLInputElement>(null);

  const ids = useMemo(() => doc?.items.map((i) => i.id) ?? [], [doc]);
  const pairs = useMemo(() => pairsOf(ids), [ids]);
  const group = doc?.groups.find((g) => g.id === groupId) ?? doc?.groups[0];
  const choices = (doc && group && doc.choices[group.id]) || {};
  const results = useMemo(
    () => (doc ? doc.groups.map((g) => rankPairwise(ids, doc.choices[g.id] ?? {})) : []),
    [doc, ids],
  );
  const current = pairs[Math.min(index, pairs.length - 1)];
  const cell = current ? choices[pairKey(current.first, current.second)] : undefined;
  const [reason, setReason] = useState('');
  useEffect(() => setReason(cell?.reason ?? ''), [cell?.reason, current?.first, current?.second]);

  const setCell = useCallback(
    (choice: PairChoice, why: string) => {
      if (!doc || !group || !current) return;
      const key = pairKey(current.first, current.second);
      const groupChoices = {
        ...(doc.choices[group.id] ?? {}),
        [key]: why.trim() ? { choice, reason: why } : { choice },
      };
      commit({ ...doc, choices: { ...doc.choices, [group.id]: groupChoices } });
    },
    [commit, current, doc, group],
  );

  const choose = useCallback(
    (choice: PairChoice) => {
      setCell(choice, reason);
      setIndex((i) => Math.min(i + 1, pairs.length - 1));
    },
    [pairs.length, reason, setCell],
  );

  useEffect(() => {
    if (tab !== 'compare') return;
    const onKey = (e: KeyboardEvent): void => {
      const target = e.target as HTMLElement | null;
      if (target === reasonRef.current) {
        if (e.key === 'Enter') {
          e.preventDefault();
          if (cell) setCell(cell.choice, reason);
          reasonRef.current?.blur();
        }
        return;
      }
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'ArrowLeft') choose('first');
      else if (e.key === 'ArrowRight') choose('second');
      else if (e.key.toLowerCase() === 'e') choose('equal');
      else if (e.key === 'Enter') reasonRef.current?.focus();
      else if (e.key === 'ArrowUp' || e.key === 'PageUp') setIndex((i) => Math.max(0, i - 1));
      else if (e.key === 'ArrowDown' || e.key === 'PageDown') setIndex((i) => Math.min(pairs.length - 1, i + 1));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [cell, choose, pairs.length, reason, setCell, tab]);

  if (!doc || !exercise || !group) return null;
  const names = new Map(doc.items.map((i) => [i.id, i.name]));
  const active = doc.groups.indexOf(group);
  const result = results[active]!;
  const enough = doc.items.length >= 2;

  const lossFor = (id: string): number =>
    Object.values(doc.choices).reduce((sum, c) => sum + choicesInvolving(c, id), 0);

  return (
    <ExerciseFrame
      sessionId={sessionId}
      history={history}
      tab={tab}
      onTab={setTab}
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
                  onBlur={(e) => e.target.value !== doc.question && commit({ ...doc, question: e.target.value })}
                />
              )}
            </Field>
          </section>
          <ItemsEditor
            sessionId={sessionId}
            exerciseId={exerciseId}
            label={t('ranking.items')}
            items={doc.items}
            onAdd={(name) => commit(addItem(doc, name, newId()))}
            onRename={(id, name) => commit(renameItem(doc, id, name))}
            onRemove={(id) =>
              commit({
                ...doc,
                items: doc.items.filter((i) => i.id !== id),
                choices: mapGroups(doc.choices, (c) => withoutItem(c, id)),
              })
            }
            lossFor={lossFor}
          />
          <GroupBar
            groups={doc.groups}
            active={group.id}
            onSelect={setGroupId}
            onAdd={(name) => commit(addGroup(doc, name, newId()))}
          />
        </div>
      ) : null}
      {tab === 'compare' ? (
        !enough ? (
          <p className="lead" role="alert">
            {t('ranking.needTwo')}
          </p>
        ) : (
          <div className="pair-stage">
            <GroupBar groups={doc.groups} active={group.id} onSelect={setGroupId} />
            {doc.question ? <p className="pair-question">{doc.question}</p> : null}
            <p className="pair-progress" data-testid="pair-progress">
              {t('ranking.pair.progress', { n: index + 1, total: pairs.length })} · {result.decided}/{result.total}
            </p>
            <div className="pair-choice">
              {(['first', 'equal', 'second'] as const).map((choice) => (
                <button
                  key={choice}
                  type="button"
                  className={`${choice === 'equal' ? 'pair-equal' : 'pair-option'} ${cell?.choice === choice ? 'chosen' : ''}`}
                  onClick={() => choose(choice)}
                >
                  {choice === 'equal' ? t('ranking.pair.equal') : names.get(current![choice])}
                </button>
              ))}
            </div>
            <div className="inline-form pair-reason">
              <input
                ref={reasonRef}
                aria-label={t('ranking.pair.reason')}
                placeholder={t('ranking.pair.reason')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                onBlur={() => cell && reason !== (cell.reason ?? '') && setCell(cell.choice, reason)}
              />
            </div>
            <div className="pair-nav">
              <Button onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0}>
                ↑ {t('ranking.pair.previous')}
              </Button>
              <span className="muted">{t('ranking.pair.keys')}</span>
              <Button
                onClick={() => setIndex((i) => Math.min(pairs.length - 1, i + 1))}
                disabled={index >= pairs.length - 1}
              >
                {t('ranking.pair.next')} ↓
              </Button>
              <Button variant="ghost" onClick={() => setShowMatrix((s) => !s)} aria-pressed={showMatrix}>
                {t('ranking.pair.matrix')}
              </Button>
            </div>
            {result.decided === result.total ? <p className="lead done">{t('ranking.pair.done')}</p> : null}
            {showMatrix ? (
              <table className="data pair-matrix" data-testid="pair-matrix">
                <thead>
                  <tr>
                    <th />
                    {doc.items.slice(1).map((i) => (
                      <th key={i.id}>{i.name}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {doc.items.slice(0, -1).map((row, r) => (
                    <tr key={row.id}>
                      <th scope="row">{row.name}</th>
                      {doc.items.slice(1).map((col, c) => {
                        if (c + 1 <= r) return <td key={col.id} className="blank" />;
                        const x = choices[pairKey(row.id, col.id)];
                        const text = !x
                          ? ''
                          : x.choice === 'equal'
                            ? '='
                            : names.get(x.choice === 'first' ? row.id : col.id);
                        return (
                          <td
                            key={col.id}
                            className="pair-cell"
                            onClick={() => setIndex(pairs.findIndex((p) => p.first === row.id && p.second === col.id))}
                            title={x?.reason}
                          >
                            {text}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
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
            values={result.scores}
            numbering={doc.numbering}
            cycles={result.cycles}
          />
          <div className="result-side">
            <RankingTable
              items={doc.items}
              ranking={result.ranking}
              values={result.scores}
              numbering={doc.numbering}
              valueLabel={t('ranking.score')}
            />
            <NumberingSwitch value={doc.numbering} onChange={(numbering) => commit({ ...doc, numbering })} />
            <p className="muted">
              {formatScore(result.decided)}/{result.total}
            </p>
          </div>
        </div>
      ) : null}
    </ExerciseFrame>
  );
}
